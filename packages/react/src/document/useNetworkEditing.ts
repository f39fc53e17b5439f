/**
 * Editing a network, the same way in every view: apply an operation, undo, redo.
 *
 * The networks live with the host; the undo history is UI state. Inside a
 * `KringLinkProvider` the views of one network share one history (by the network's id), so an
 * event added on the Lifeline is undone from the map's Undo, and adding one no longer wipes
 * the map's history. An edit is announced only once the host shows it (`useWhenShown`): a
 * host that refuses an edit (keeps the old network) hears nothing claimed as done.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { createHistory, type History, type Network, type NetworkIssue, type OperationResult } from '@kring/core';
import { useLinkedHistory } from '../linked/KringLinkProvider';
import { useWhenShown, type ShownJob } from '../utils/useWhenShown';

/** What every change a view hands to its host says. */
export interface ChangeBase {
  /** What kind of change (the view's own list, plus `undo` and `redo`). */
  type: string;
  /** What happened, in words (also announced to screen readers). */
  message: string;
  /** The person, tie or event it is about. */
  id?: string;
}

/** The change an undo or redo hands to the host. */
export interface HistoryChange {
  type: 'undo' | 'redo';
  message: string;
}

/** The texts the editing hook announces. */
export interface EditingMessages {
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
}

/** Options of {@link useNetworkEditing}. */
export interface NetworkEditingOptions<C extends ChangeBase> {
  /** The network shown (parsed). */
  network: Network;
  /** Hands a new network to the host (see `useNetworkSource`). */
  commit: (next: Network, change: C | HistoryChange) => void;
  /** Can the user edit now (not read-only, not redacted, not in the past)? */
  editable: boolean;
  /** Says something to screen readers (the view's live region). */
  announce: (message: string) => void;
  messages: EditingMessages;
}

/** What applying an operation gave. */
export type ApplyResult = { ok: true; id: string | null } | { ok: false; errors: NetworkIssue[] };

/** Options of {@link NetworkEditing.apply}. */
export interface ApplyOptions {
  /** Steps with the same key in quick succession are one undo step (typing in a field, a drag). */
  coalesceKey?: string;
  /** Do not announce the change (the view says it otherwise, e.g. in a form's status line). */
  silent?: boolean;
}

/** What {@link useNetworkEditing} returns. */
export interface NetworkEditing<C extends ChangeBase> {
  /** Commit a core operation's result as one undo step; a refused operation changes nothing. */
  apply: (result: OperationResult, change: C, options?: ApplyOptions) => ApplyResult;
  /** Undo / redo one step (announced; "nothing to undo" when there is none); `false` when nothing changed. */
  undo: () => boolean;
  redo: () => boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Run `job` once the edit made on `before` is shown (see `useWhenShown`). */
  whenShown: (before: Network, job: ShownJob) => void;
  /** Run `job` when the latest edit is shown (now when there is none waiting). */
  afterLastEdit: (job: ShownJob) => void;
}

/** The undo history of this view's network: shared with linked views of the same network. */
function useHistory(network: Network): History<Network> {
  const linked = useLinkedHistory();
  const own = useRef<History<Network> | null>(null);
  if (linked) return linked(network);
  if (!own.current) own.current = createHistory<Network>(network, { limit: 100 });
  return own.current;
}

/**
 * Apply, undo and redo for a view, on one history per network. The history follows the host:
 * when the host shows a network the history did not make (another user's save, a reload),
 * the next step starts from it, and undo cannot reach back past it.
 * @internal
 */
export function useNetworkEditing<C extends ChangeBase>(options: NetworkEditingOptions<C>): NetworkEditing<C> {
  const { network, commit, editable, announce, messages } = options;
  const history = useHistory(network);
  const { whenShown, afterLastEdit } = useWhenShown(network);
  const flags = useSyncExternalStore(
    history.subscribe,
    () => (history.canUndo ? 1 : 0) + (history.canRedo ? 2 : 0),
    () => 0,
  );
  const inSync = history.present === network;
  const latest = useRef({ network, commit, editable, announce, messages, history });
  latest.current = { network, commit, editable, announce, messages, history };

  const apply = useCallback(
    (result: OperationResult, change: C, applyOptions: ApplyOptions = {}): ApplyResult => {
      if (!result.ok) return { ok: false, errors: result.errors };
      const { network: shown, commit: hand, announce: say, history: h } = latest.current;
      if (h.present !== shown) h.reset(shown);
      h.push(result.network, applyOptions.coalesceKey ? { coalesceKey: applyOptions.coalesceKey } : undefined);
      hand(result.network, change);
      whenShown(shown, () => {
        if (!applyOptions.silent) say(change.message);
      });
      return { ok: true, id: result.id ?? change.id ?? null };
    },
    [whenShown],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo'): boolean => {
      const { network: shown, commit: hand, announce: say, messages: m, history: h, editable: canEdit } = latest.current;
      if (!canEdit) return false;
      if (h.present !== shown) h.reset(shown);
      if (direction === 'undo' ? !h.canUndo : !h.canRedo) {
        say(direction === 'undo' ? m.nothingToUndo : m.nothingToRedo);
        return false;
      }
      const next = direction === 'undo' ? h.undo() : h.redo();
      const message = direction === 'undo' ? m.undone : m.redone;
      hand(next, { type: direction, message });
      whenShown(shown, () => say(message));
      return true;
    },
    [whenShown],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const canUndo = editable && inSync && (flags & 1) === 1;
  const canRedo = editable && inSync && (flags & 2) === 2;
  return useMemo(
    () => ({ apply, undo, redo, canUndo, canRedo, whenShown, afterLastEdit }),
    [apply, undo, redo, canUndo, canRedo, whenShown, afterLastEdit],
  );
}
