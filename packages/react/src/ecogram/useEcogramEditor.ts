/**
 * The editor popover's session: which editor is open (a person, a tie, add a person, add a
 * tie), where focus goes back to, and what happened while it was open — one "bijgewerkt"
 * announcement and one history entry per session, not one per keystroke. An editor whose
 * person or tie vanished (undo, the host) closes; so does every editor when the map becomes
 * read-only.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { Network, NetworkIssue } from '@kring/core';
import type { ShownJob } from '../utils/useWhenShown';
import { activeElementOf } from '../utils/activeElement';
import type { EcogramText } from './messages';

/** Which editor is open, and the element it was opened from. @internal */
export type EditorState = (
  | { kind: 'person'; id: string }
  | { kind: 'tie'; id: string }
  | { kind: 'add-person' }
  | { kind: 'add-tie'; from?: string }
) & { anchor: Element | null };

/** What happened while the editor was open. @internal */
export interface EditorSession {
  changed: boolean;
  /** The tie's history got its entry for this session (later changes correct it). */
  recorded: boolean;
}

/** What {@link useEcogramEditor} returns. @internal */
export interface EcogramEditor {
  editor: EditorState | null;
  setEditor: Dispatch<SetStateAction<EditorState | null>>;
  session: RefObject<EditorSession>;
  /** Issues of the last refused edit, shown in the open editor. */
  issues: NetworkIssue[];
  setIssues: Dispatch<SetStateAction<NetworkIssue[]>>;
  /** The name the add form added last (its status line), once the host shows it. */
  addedName: string | null;
  setAddedName: Dispatch<SetStateAction<string | null>>;
  openEditor: (state: EditorState) => void;
  closeEditor: () => void;
  /** Open the editor of a key (`person id` or `tie:<id>`), when the map is editable. */
  openFor: (key: string, from?: HTMLElement | SVGElement | null) => void;
  /** A click on a person or tie: select it, make it the tab stop, open its editor. */
  onItemClick: (key: string) => void;
}

/** @internal */
export function useEcogramEditor(options: {
  network: Network;
  editable: boolean;
  t: EcogramText;
  nameOf: (id: string) => string;
  rootEl: HTMLElement | null;
  rovingId: string;
  pendingFocus: RefObject<string | null>;
  setRoving: (key: string) => void;
  elementFor: (key: string) => HTMLElement | SVGElement | null;
  setSelectedId: (id: string | null) => void;
  announce: (message: string) => void;
  afterLastEdit: (job: ShownJob) => void;
}): EcogramEditor {
  const { network, editable, t, nameOf, rootEl, rovingId, pendingFocus, setRoving, elementFor, setSelectedId, announce, afterLastEdit } = options;
  const [issues, setIssues] = useState<NetworkIssue[]>([]);
  const [editor, setEditor] = useState<EditorState | null>(null);
  /** The last person the add form added and the host showed: its status line (reset when the form opens again). */
  const [addedName, setAddedName] = useState<string | null>(null);
  const editorKind = editor?.kind;
  useEffect(() => {
    if (editorKind === 'add-person') setAddedName(null);
  }, [editorKind]);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  /** What happened while the editor was open: one "updated" announcement, one history entry. */
  const session = useRef<EditorSession>({ changed: false, recorded: false });
  const openEditor = useCallback((state: EditorState) => {
    const active = activeElementOf(rootEl);
    returnFocus.current = state.anchor instanceof HTMLElement || state.anchor instanceof SVGElement ? state.anchor : (active as HTMLElement | null);
    session.current = { changed: false, recorded: false };
    setIssues([]);
    setEditor(state);
  }, [rootEl]);
  const closeEditor = useCallback(() => {
    if (session.current.changed && editor && (editor.kind === 'person' || editor.kind === 'tie')) {
      const tie = editor.kind === 'tie' ? network.ties.find((x) => x.id === editor.id) : undefined;
      const message = tie
        ? t('ecogram.announce.tieUpdated', { a: nameOf(tie.between[0]), b: nameOf(tie.between[1]) })
        : t('ecogram.announce.updated', { name: nameOf(editor.id) });
      afterLastEdit(() => announce(message));
    }
    session.current = { changed: false, recorded: false };
    setEditor(null);
    setIssues([]);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && back.isConnected) back.focus();
    else pendingFocus.current = rovingId;
  }, [afterLastEdit, announce, editor, nameOf, network.ties, pendingFocus, rovingId, t]);
  // An editor whose person/tie vanished (undo, host change) closes.
  const editorTargetGone =
    (editor?.kind === 'person' && !network.people.some((p) => p.id === editor.id)) ||
    (editor?.kind === 'tie' && !network.ties.some((x) => x.id === editor.id));
  useEffect(() => {
    if (editorTargetGone) setEditor(null);
  }, [editorTargetGone]);
  useEffect(() => {
    if (!editable) setEditor(null);
  }, [editable]);

  const openFor = useCallback(
    (key: string, from?: HTMLElement | SVGElement | null) => {
      if (!editable) return;
      const anchor = from ?? null;
      if (key.startsWith('tie:')) openEditor({ kind: 'tie', id: key.slice(4), anchor });
      else openEditor({ kind: 'person', id: key, anchor });
    },
    [editable, openEditor],
  );

  const onItemClick = useCallback(
    (key: string) => {
      const id = key.startsWith('tie:') ? key.slice(4) : key;
      setSelectedId(id);
      setRoving(key);
      openFor(key, elementFor(key));
    },
    [elementFor, openFor, setRoving, setSelectedId],
  );

  return { editor, setEditor, session, issues, setIssues, addedName, setAddedName, openEditor, closeEditor, openFor, onItemClick };
}
