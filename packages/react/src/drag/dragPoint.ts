/**
 * The live point of a running drag, outside React state.
 *
 * A pointer drag moves many times per second. Keeping the point in React state would
 * re-render the whole drawing on every move; instead the drag writes the point here and
 * only the few small parts that follow the pointer (the dragged node's ties and name, see
 * `DragTies`) subscribe to it with `useSyncExternalStore`.
 * @internal
 */

/** The person being dragged and where the pointer is, in drawing coordinates. */
export interface DraggedPoint {
  id: string;
  x: number;
  y: number;
}

/** A tiny external store holding the {@link DraggedPoint} of the running drag (or `null`). */
export interface DragPointStore {
  get(): DraggedPoint | null;
  /** Replace the point and notify the subscribers (synchronously). */
  set(next: DraggedPoint | null): void;
  subscribe(listener: () => void): () => void;
}

/** A new, empty {@link DragPointStore}. */
export function createDragPointStore(): DragPointStore {
  let current: DraggedPoint | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      if (next === current) return;
      if (next && current && next.id === current.id && next.x === current.x && next.y === current.y) return;
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
