/**
 * What the user can do to the life events (the behaviour hook): every edit goes through a core
 * operation and `useNetworkEditing` (one undo step on the network's one history, shared with
 * linked views; announced once the host shows it; a refused operation shows its issues in the
 * editor and says why). Adding, changing and removing an event, undo and redo with focus
 * handed over, and the removed-notice whose Undo brings the event back.
 */
import { useCallback, useMemo, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import {
  addEvent,
  fuzzyDateStart,
  removeEvent,
  updateEvent,
  type EventInput,
  type EventPatch,
  type Network,
  type NetworkIssue,
  type OperationResult,
} from '@kring/core';
import { useNetworkEditing, type NetworkEditing } from '../document';
import type { LifelineItem } from '../view/lifeline/items';
import type { LifelineText } from './text';
import type { TimeScale } from '../view/lifeline/time';
import type { LifelineChange, LifelineView } from './types';
import { useLifelineEditor, type LifelineEditor } from './useLifelineEditor';
import type { LifelineFocus } from './useLifelineFocus';
import type { TimeZoom } from './useTimeZoom';

/** Commit an operation's result as one undo step: the issues when refused, else `null`. */
type Commit = (
  result: OperationResult,
  type: LifelineChange['type'],
  message: string,
  id?: string,
  options?: { coalesceKey?: string; silent?: boolean },
) => NetworkIssue[] | null;

/** What {@link useLifelineCommands} returns. @internal */
export interface LifelineCommands {
  /** The editor popover's session. */
  session: LifelineEditor;
  canUndo: boolean;
  canRedo: boolean;
  /** Undo / redo one step; `from` (the button or key target) hands focus on if it gets disabled. */
  undo: (from?: Element | null) => void;
  redo: (from?: Element | null) => void;
  /** Remove an event; focus goes to its neighbour in time. */
  remove: (id: string) => void;
  /** Add the add form's event; `false` (and its issues in the form) when refused. */
  addFromForm: (input: EventInput) => boolean;
  /** Change an event as the user types (one undo step per field in quick succession). */
  editLive: (id: string, patch: EventPatch, field: string) => void;
  /** The title of the event just removed (the notice), or `null`. */
  removed: string | null;
  /** Close the removed-notice from `from` (focus moves on from it). */
  closeNotice: (from: Element | null) => void;
}

/** What {@link useLifelineCommands} needs. @internal */
export interface LifelineCommandsOptions {
  /** The host's network (edits apply to it, not to the redacted copy). */
  network: Network;
  onCommit: (next: Network, change: LifelineChange) => void;
  readOnly: boolean;
  rootRef: RefObject<HTMLDivElement | null>;
  t: LifelineText;
  announce: (message: string) => void;
  focus: LifelineFocus;
  /** The events drawn, in time order (to find a removed event's neighbour). */
  items: LifelineItem[];
  selectedId: string | null;
  select: (id: string | null) => void;
  view: LifelineView;
  scale: TimeScale;
  zoom: TimeZoom;
}

/** @internal */
export function useLifelineCommands(options: LifelineCommandsOptions): LifelineCommands {
  const { network, onCommit, readOnly, rootRef, t, announce, focus, view } = options;
  // ---- editing: one undo history per network (shared with linked views) ----
  const editingMessages = useMemo(
    () => ({ undone: t('lifeline.announceUndo'), redone: t('lifeline.announceRedo'), nothingToUndo: t('lifeline.announceNothingToUndo'), nothingToRedo: t('lifeline.announceNothingToRedo') }),
    [t],
  );
  const editing = useNetworkEditing<LifelineChange>({ network, commit: onCommit, editable: !readOnly, announce, messages: editingMessages });
  // An edit is announced (and what it added selected) once the host shows it: not when refused.
  const { afterLastEdit, canUndo, canRedo, undo: undoStep, redo: redoStep } = editing;
  const [removed, setRemoved] = useState<string | null>(null);
  const retireNotice = useCallback(() => setRemoved(null), []);
  const { focusLater, keepFocusFrom } = focus;
  const session = useLifelineEditor({ readOnly, rootRef, t, announce, afterLastEdit, focusLater, view, retireNotice });

  const editingApply = editing.apply;
  const commit = useCallback<Commit>(
    (result, type, message, id, commitOptions = {}) => {
      const applied = editingApply(result, { type, message, ...(id !== undefined ? { id } : {}) }, commitOptions);
      if (!applied.ok) return applied.errors;
      // Any later change retires the "removed" notice: its Undo undoes the last step, which
      // would no longer be the removal it names. (remove() sets a new notice after this.)
      setRemoved(null);
      return null;
    },
    [editingApply],
  );

  const undo = useCallback((from?: Element | null) => {
    if (!undoStep()) return;
    keepFocusFrom(from ?? null);
    setRemoved(null);
  }, [undoStep, keepFocusFrom]);
  const redo = useCallback((from?: Element | null) => {
    if (!redoStep()) return;
    keepFocusFrom(from ?? null);
    setRemoved(null);
  }, [redoStep, keepFocusFrom]);
  const closeNotice = useCallback((from: Element | null) => {
    keepFocusFrom(from);
    setRemoved(null);
  }, [keepFocusFrom]);

  const context: EditContext = { ...options, commit, whenShown: editing.whenShown, session, setRemoved };
  const remove = useRemoveEvent(context);
  const { addFromForm, editLive } = useAddAndEdit(context);
  return useMemo(
    () => ({ session, canUndo, canRedo, undo, redo, remove, addFromForm, editLive, removed, closeNotice }),
    [session, canUndo, canRedo, undo, redo, remove, addFromForm, editLive, removed, closeNotice],
  );
}

/** A refused operation's issues, in words. */
function errorsText(errors: NetworkIssue[], t: LifelineText): string {
  return errors.map((e) => t.issue(e.code)).join(' ');
}

/** What the edits need besides the commands' options. */
interface EditContext extends LifelineCommandsOptions {
  commit: Commit;
  whenShown: NetworkEditing<LifelineChange>['whenShown'];
  session: LifelineEditor;
  setRemoved: Dispatch<SetStateAction<string | null>>;
}

/** Remove an event: the notice names it once shown, focus goes to its neighbour in time. */
function useRemoveEvent(context: EditContext): LifelineCommands['remove'] {
  const { network, readOnly, t, announce, focus, items, selectedId, select, view, commit, whenShown, session, setRemoved } = context;
  const { dropEditor } = session;
  const { restoreOnUndo, forgetFocused, focusLater } = focus;
  return useCallback(
    (id: string) => {
      if (readOnly) return;
      const event = network.events.find((e) => e.id === id);
      if (!event) return;
      const index = items.findIndex((i) => i.id === id);
      const neighbour = items[index + 1] ?? items[index - 1];
      const errors = commit(removeEvent(network, id), 'remove-event', t('lifeline.announceRemoved', { title: event.title }), id);
      if (errors) {
        announce(t('lifeline.errorSave', { reason: errorsText(errors, t) }));
        return;
      }
      whenShown(network, () => {
        setRemoved(event.title);
        restoreOnUndo(id);
      });
      dropEditor();
      if (selectedId === id) select(null);
      forgetFocused();
      focusLater(view === 'list' ? `list:${neighbour?.id ?? ''}` : (neighbour?.id ?? '#chart'));
    },
    [readOnly, network, items, commit, t, announce, selectedId, select, view, whenShown, setRemoved, restoreOnUndo, dropEditor, forgetFocused, focusLater],
  );
}

/** Add the add form's event, and change an event as the user types. */
function useAddAndEdit(context: EditContext): Pick<LifelineCommands, 'addFromForm' | 'editLive'> {
  const { network, t, select, scale, zoom, commit, whenShown, session, setRemoved } = context;
  const { setIssues, setAddedTitle, editedRef, lastAddedRef } = session;
  const { reset: resetZoom } = zoom;
  const addFromForm = useCallback(
    (input: EventInput): boolean => {
      const result = addEvent(network, input);
      // The form says it in its own status line (inside the dialog, where it is heard).
      const errors = commit(result, 'add-event', t('lifeline.announceAdded', { title: input.title }), result.ok ? result.id : undefined, { silent: true });
      if (errors || !result.ok || !result.id) {
        setIssues(errors ?? []);
        return false;
      }
      lastAddedRef.current = result.id;
      const id = result.id;
      whenShown(network, (shown) => {
        if (!shown.events.some((e) => e.id === id)) return;
        select(id);
        setAddedTitle(input.title);
      });
      const day = fuzzyDateStart(input.date ?? (input.start as string));
      if (day < scale.d0 || day >= scale.d1) resetZoom();
      setRemoved(null);
      setIssues([]);
      return true;
    },
    [network, commit, t, select, scale, resetZoom, whenShown, setIssues, setAddedTitle, lastAddedRef, setRemoved],
  );

  const editLive = useCallback(
    (id: string, patch: EventPatch, field: string) => {
      const event = network.events.find((e) => e.id === id);
      if (!event) return;
      const title = patch.title ?? event.title;
      const errors = commit(updateEvent(network, id, patch), 'update-event', t('lifeline.announceUpdated', { title }), id, {
        coalesceKey: `event:${id}:${field}`,
        silent: true,
      });
      setIssues(errors ?? []);
      if (!errors) editedRef.current = title;
    },
    [network, commit, t, setIssues, editedRef],
  );
  return { addFromForm, editLive };
}
