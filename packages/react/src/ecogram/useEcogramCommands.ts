/**
 * What the user can do to the network from the map (the behaviour hook): every edit goes
 * through a core operation and `useNetworkEditing` (one undo step, announced once the host
 * shows it; a refused operation shows its issues in the editor and says why). Moving a person
 * by circle or sector, removing a person or tie (focus goes to the nearest remaining one),
 * undo and redo (focus stays on the toolbar while there is more to undo).
 */
import { useCallback, useMemo, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { CLOSENESSES, otherEnd, type Closeness, type Network, type NetworkIssue, type OperationResult, type placePerson, type Sector } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { useNetworkEditing, type NetworkEditing } from '../document';
import type { Pt } from '../view/map/geometry';
import type { EcogramText } from './messages';
import { lower } from '../view/map/describeMap';
import { listOrder } from '../view/listOrder';
import type { EcogramChange, EcogramView } from './types';
import { lazyModule, usePreloadWhenIdle, withModule } from '../utils/lazyPart';

/** The operations the map applies itself (mapOperations.ts): loaded when an editable map is idle after its first paint. */
const mapOperations = /* @__PURE__ */ lazyModule(() => import('./mapOperations'));
type MapOperations = NonNullable<ReturnType<typeof mapOperations.get>>;

/** Options of {@link useEcogramCommands.apply}. */
type ApplyChange = Omit<EcogramChange, 'id'> & { id?: string | undefined };

/** What {@link useEcogramCommands} returns. @internal */
export interface EcogramCommands {
  editing: NetworkEditing<EcogramChange>;
  /** Commit an operation's result; the id it made or concerns, or `null` when refused. */
  apply: (result: OperationResult, change: ApplyChange, options?: { coalesceKey?: string; silent?: boolean }) => string | null;
  undo: (from?: Element | null) => void;
  redo: (from?: Element | null) => void;
  /** The element that had focus when Undo/Redo ran (focus moves on if it is disabled afterwards). */
  historyFocus: RefObject<Element | null>;
  place: (id: string, placeArgs: Parameters<typeof placePerson>[2]) => void;
  moveRing: (id: string, step: -1 | 1) => void;
  moveSector: (id: string, step: -1 | 1) => void;
  removeItem: (key: string) => void;
  ringText: (closeness: Closeness) => string;
  sectorText: (sector: Sector) => string;
}

/** @internal */
export function useEcogramCommands(options: {
  network: Network;
  onCommit: (next: Network, change: EcogramChange) => void;
  editable: boolean;
  t: EcogramText;
  announce: (message: string) => void;
  setIssues: Dispatch<SetStateAction<NetworkIssue[]>>;
  layout: EcogramLayout;
  positions: ReadonlyMap<string, Pt>;
  nameOf: (id: string) => string;
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  focusItem: (key: string) => void;
  view: EcogramView;
  undoKey: string;
}): EcogramCommands {
  const { network, onCommit, editable, t, announce, setIssues, layout, positions, nameOf, selectedId, setSelectedId, focusItem, view, undoKey } = options;
  const editingMessages = useMemo(
    () => ({
      undone: t('ecogram.announce.undone'),
      redone: t('ecogram.announce.redone'),
      nothingToUndo: t('ecogram.announce.nothingToUndo'),
      nothingToRedo: t('ecogram.announce.nothingToRedo'),
    }),
    [t],
  );
  const editing = useNetworkEditing<EcogramChange>({ network, commit: onCommit, editable, announce, messages: editingMessages });
  const editingApply = editing.apply;
  const apply = useCallback(
    (
      result: OperationResult,
      change: Omit<EcogramChange, 'id'> & { id?: string | undefined },
      options: { coalesceKey?: string; silent?: boolean } = {},
    ): string | null => {
      const full: EcogramChange = { type: change.type, message: change.message, ...(change.id ? { id: change.id } : {}) };
      const applied = editingApply(result, full, options);
      if (!applied.ok) {
        setIssues(applied.errors);
        const first = applied.errors[0];
        const reason = first ? t.issue(first.code) : t('issue.unknown');
        announce(first?.code === 'focus-protected' ? t('ecogram.announce.focusProtected') : t('ecogram.announce.failed', { reason }));
        return null;
      }
      setIssues((prev) => (prev.length ? [] : prev));
      return applied.id;
    },
    [announce, editingApply, setIssues, t],
  );

  /**
   * The element that had focus when Undo/Redo ran (the toolbar button, when pressed). If that
   * button is disabled afterwards (nothing more to undo), focus moves on instead of falling
   * to the page: see the layout effect under "keyboard".
   */
  const historyFocus = useRef<Element | null>(null);
  const { undo: undoStep, redo: redoStep } = editing;
  const undo = useCallback((from?: Element | null) => {
    if (undoStep()) historyFocus.current = from ?? null;
  }, [undoStep]);
  const redo = useCallback((from?: Element | null) => {
    if (redoStep()) historyFocus.current = from ?? null;
  }, [redoStep]);

  // Run an edit with the operations: at once when they are here (they are, once the editable
  // map has been idle a moment), else as soon as they have come.
  usePreloadWhenIdle(mapOperations, editable);
  const withOperations = useCallback(
    (run: (ops: MapOperations) => void) => void withModule(mapOperations, run, () => announce(t('ecogram.announce.failed', { reason: t('issue.unknown') }))),
    [announce, t],
  );

  const ringText = useCallback((c: Closeness) => lower(t.label('closeness', c), t.locale), [t]);
  const sectorText = useCallback((s: Sector) => lower(t.label('sector', s), t.locale), [t]);

  const place = useCallback(
    (id: string, placeArgs: Parameters<typeof placePerson>[2]) => {
      const before = layout.nodes[id];
      const name = nameOf(id);
      const ringChanged = placeArgs.closeness !== undefined && placeArgs.closeness !== before?.closeness;
      const sectorChanged = placeArgs.sector !== undefined && placeArgs.sector !== before?.sector;
      const message =
        ringChanged && sectorChanged
          ? t('ecogram.announce.movedBoth', { name, ring: ringText(placeArgs.closeness ?? before?.closeness ?? 'outer'), sector: sectorText(placeArgs.sector ?? before?.sector ?? 'other') })
          : sectorChanged
            ? t('ecogram.announce.movedSector', { name, sector: sectorText(placeArgs.sector ?? before?.sector ?? 'other') })
            : t('ecogram.announce.movedRing', { name, ring: ringText(placeArgs.closeness ?? before?.closeness ?? 'outer') });
      withOperations((ops) => void apply(ops.placePerson(network, id, placeArgs), { type: 'place-person', id, message }));
    },
    [apply, layout, nameOf, network, ringText, sectorText, t, withOperations],
  );

  const moveRing = useCallback(
    (id: string, step: -1 | 1) => {
      if (id === network.focus) return announce(t('ecogram.announce.focusProtected'));
      const current = layout.nodes[id]?.closeness ?? 'outer';
      const next = CLOSENESSES[CLOSENESSES.indexOf(current) + step];
      if (!next) return announce(t('ecogram.announce.movedRing', { name: nameOf(id), ring: ringText(current) }));
      place(id, { closeness: next, radius: undefined });
    },
    [announce, layout, nameOf, network.focus, place, ringText, t],
  );

  const moveSector = useCallback(
    (id: string, step: -1 | 1) => {
      if (id === network.focus) return announce(t('ecogram.announce.focusProtected'));
      const current = layout.nodes[id]?.sector ?? 'other';
      const order = layout.sectors.map((s) => s.sector);
      const i = order.indexOf(current);
      const next = order[(i + step + order.length) % order.length];
      if (!next) return;
      place(id, { sector: next, angle: undefined });
    },
    [announce, layout, network.focus, place, t],
  );

  const removeItem = useCallback(
    (key: string) => {
      if (key.startsWith('tie:')) {
        const id = key.slice(4);
        const tie = network.ties.find((x) => x.id === id);
        if (!tie) return;
        withOperations((ops) => {
          const done = apply(ops.removeTie(network, id), {
            type: 'remove-tie',
            id,
            message: t('ecogram.announce.tieRemoved', { a: nameOf(tie.between[0]), b: nameOf(tie.between[1]), undoKey }),
          });
          if (done === null) return;
          if (selectedId === id) setSelectedId(null);
          focusItem(otherEnd(tie, network.focus));
        });
        return;
      }
      if (key === network.focus) return announce(t('ecogram.announce.focusProtected'));
      withOperations((ops) => {
        const done = apply(ops.removePerson(network, key), {
          type: 'remove-person',
          id: key,
          message: t('ecogram.announce.removed', { name: nameOf(key), undoKey }),
        });
        if (done === null) return;
        if (selectedId === key) setSelectedId(null);
        focusItem(nearestLeft(network, key, positions, view, t.locale));
      });
    },
    [announce, apply, focusItem, nameOf, network, positions, selectedId, setSelectedId, t, undoKey, view, withOperations],
  );

  return useMemo(
    () => ({ editing, apply, undo, redo, historyFocus, place, moveRing, moveSector, removeItem, ringText, sectorText }),
    [editing, apply, undo, redo, place, moveRing, moveSector, removeItem, ringText, sectorText],
  );
}

/**
 * Who gets focus after `removed` is gone: in the list the next row (or the one before), on the
 * map the nearest person drawn; else the client.
 */
function nearestLeft(network: Network, removed: string, positions: ReadonlyMap<string, Pt>, view: EcogramView, locale: string): string {
  // The list shows the drawn (filtered) people: those with a position.
  const rows = view === 'list' ? listOrder({ ...network, people: network.people.filter((p) => positions.has(p.id)) }, locale) : [];
  const at = rows.indexOf(removed);
  if (at >= 0) return rows[at + 1] ?? rows[at - 1] ?? network.focus;
  const from = positions.get(removed);
  let best = network.focus;
  let bestD = Infinity;
  if (from) {
    for (const [id, p] of positions) {
      if (id === removed) continue;
      const d = Math.hypot(p.x - from.x, p.y - from.y);
      if (d < bestD) {
        bestD = d;
        best = id;
      }
    }
  }
  return best;
}
