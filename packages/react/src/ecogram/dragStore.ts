/**
 * Where a dragged person is, as a small store outside React state (issue 16: drags that skip
 * React): the pointer instance (drag/createDrag.ts) writes every move here, and only the map's
 * drawing (EcogramSvg) reads it, with `useSyncExternalStore` — the Ecogram around it, its
 * toolbar, list, legend and editors do not render while a person is dragged. Moves are
 * passed on once per animation frame.
 * @internal
 */

/** A person being dragged, in layout units. @internal */
export interface DragState {
  id: string;
  x: number;
  y: number;
}

/** @internal */
export interface DragStore {
  get(): DragState | null;
  set(value: DragState | null): void;
  subscribe(listener: () => void): () => void;
}

/** @internal */
export function createDragStore(): DragStore {
  let value: DragState | null = null;
  let frame: number | null = null;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    frame = null;
    for (const listener of listeners) listener();
  };
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      const move = next !== null && value !== null && next.id === value.id;
      value = next;
      // Moves are drawn once per frame, with the latest point (a store update renders at once,
      // and pointers report more often than the screen draws); a start and an end at once.
      if (move && typeof requestAnimationFrame === 'function') {
        frame ??= requestAnimationFrame(notify);
        return;
      }
      if (frame !== null && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Server rendering and the first hydration pass: nobody is being dragged. */
export const noDrag = (): DragState | null => null;
