/**
 * The editor popover's session on the Lifeline: which editor is open (add an event, edit one,
 * or — read-only — view its details), the issues of a refused edit, where focus goes back to,
 * and what happened while it was open: one "bijgewerkt" announcement per session (once the
 * host shows the last edit), not one per keystroke.
 */
import { useCallback, useMemo, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { NetworkIssue } from '@kring/core';
import { activeElementOf } from '../utils/activeElement';
import type { ShownJob } from '../utils/useWhenShown';
import type { AddEventFormControl } from './EventEditor';
import type { LifelineText } from './text';
import type { LifelineView } from './types';

/** Which editor is open, and the element it was opened from. @internal */
export type EditorState =
  | { mode: 'add'; anchor: Element | null }
  | { mode: 'edit' | 'view'; id: string; anchor: Element | null };

/** What {@link useLifelineEditor} returns. @internal */
export interface LifelineEditor {
  editor: EditorState | null;
  /** Issues from the last refused operation, shown in the editor. */
  issues: NetworkIssue[];
  setIssues: Dispatch<SetStateAction<NetworkIssue[]>>;
  /** The title of the last event added and shown: the add form's status line. */
  addedTitle: string | null;
  setAddedTitle: Dispatch<SetStateAction<string | null>>;
  /** The title of the event changed during this editing session (announced when it ends). */
  editedRef: RefObject<string | null>;
  /** The last event added in this session (focus goes to it when the add form closes). */
  lastAddedRef: RefObject<string | null>;
  /** The add form (so that "Klaar" adds what was typed). */
  addFormRef: RefObject<AddEventFormControl | null>;
  /** Open the add form (not when read-only). */
  openAdd: (anchor: Element | null) => void;
  /** Open an event's editor (its details when read-only). */
  openEdit: (id: string, anchor: Element | null) => void;
  /** Close the editor; focus goes to `focusId` (see `LifelineFocus.focusLater`), else back to where it was. */
  closeEditor: (focusId?: string | null) => void;
  /** Close the editor and leave focus to the caller (the event was removed). */
  dropEditor: () => void;
  /** The popover asks to close (Escape, a click outside, Cancel): unless the add form vetoed it. */
  onOpenChange: (open: boolean) => void;
  /** "Klaar" in the add form: adds what was typed; an invalid form keeps the popover open. */
  onDone: () => void;
}

/** What {@link useLifelineEditor} needs. @internal */
export interface LifelineEditorOptions {
  readOnly: boolean;
  rootRef: RefObject<HTMLDivElement | null>;
  t: LifelineText;
  announce: (message: string) => void;
  /** Runs a job once the latest edit is shown (the session's one announcement). */
  afterLastEdit: (job: ShownJob) => void;
  focusLater: (target: string) => void;
  view: LifelineView;
  /** Opening the add form retires the removed-notice. */
  retireNotice: () => void;
}

/** @internal */
export function useLifelineEditor(options: LifelineEditorOptions): LifelineEditor {
  const { readOnly, rootRef, t, announce, afterLastEdit, focusLater, view, retireNotice } = options;
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [issues, setIssues] = useState<NetworkIssue[]>([]);
  const [addedTitle, setAddedTitle] = useState<string | null>(null);
  const editedRef = useRef<string | null>(null);
  /** Where focus goes back to when the editor closes without a new target. */
  const returnFocusRef = useRef<Element | null>(null);
  /** The add form, the last event added, and a veto on closing. */
  const addFormRef = useRef<AddEventFormControl>(null);
  const lastAddedRef = useRef<string | null>(null);
  const keepOpenRef = useRef(false);

  const openAdd = useCallback(
    (anchor: Element | null) => {
      if (readOnly) return;
      setIssues([]);
      retireNotice();
      setEditor({ mode: 'add', anchor });
      setAddedTitle(null);
      lastAddedRef.current = null;
      // Escape or Cancel returns to where the user was (e.g. the event where N was pressed).
      const active = activeElementOf(rootRef.current);
      returnFocusRef.current = active && rootRef.current?.contains(active) ? active : anchor;
    },
    [readOnly, retireNotice, rootRef],
  );
  const openEdit = useCallback(
    (id: string, anchor: Element | null) => {
      setIssues([]);
      editedRef.current = null;
      setEditor({ mode: readOnly ? 'view' : 'edit', id, anchor });
      returnFocusRef.current = anchor;
    },
    [readOnly],
  );
  const closeEditor = useCallback((focusId?: string | null) => {
    setEditor(null);
    setIssues([]);
    if (editedRef.current !== null) {
      const message = t('lifeline.announceUpdated', { title: editedRef.current });
      afterLastEdit(() => announce(message));
      editedRef.current = null;
    }
    if (focusId) {
      focusLater(focusId);
      return;
    }
    const back = returnFocusRef.current as (Element & { focus?: () => void }) | null;
    if (back && back.isConnected && typeof back.focus === 'function') back.focus();
    else focusLater('#chart');
  }, [afterLastEdit, announce, t, focusLater]);
  const dropEditor = useCallback(() => setEditor(null), []);

  const onOpenChange = useCallback(
    (open: boolean) => {
      if (open) return;
      if (keepOpenRef.current) {
        keepOpenRef.current = false;
        return;
      }
      const target = editor?.mode === 'add' ? lastAddedRef.current : editor?.mode === 'edit' || editor?.mode === 'view' ? editor.id : null;
      closeEditor(target ? (view === 'list' ? `list:${target}` : target) : null);
    },
    [editor, view, closeEditor],
  );
  const onDone = useCallback(() => {
    if (addFormRef.current?.submit() === 'invalid') keepOpenRef.current = true;
  }, []);

  return useMemo(
    () => ({
      editor, issues, setIssues, addedTitle, setAddedTitle, editedRef, lastAddedRef, addFormRef,
      openAdd, openEdit, closeEditor, dropEditor, onOpenChange, onDone,
    }),
    [editor, issues, addedTitle, openAdd, openEdit, closeEditor, dropEditor, onOpenChange, onDone],
  );
}
