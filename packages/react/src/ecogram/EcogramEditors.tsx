/**
 * What the editor popover shows for the open editor (the view part of the editor session,
 * `useEcogramEditor`): a person's editor, a tie's editor, the add-person form or the add-tie
 * form, each wired to the map's commands. Returns `null` when no editor is open or its person
 * or tie is gone.
 */
import type { ReactElement, RefObject } from 'react';
import { addPerson, addTie, changeTieStatus, updatePerson, updateTie, type Closeness, type Network, type NetworkIssue, type OperationResult, type PersonInput, type Sector, type TieInput } from '@kring/core';
import { AddPersonForm } from '../editor/AddPersonForm';
import { EditorPopover, type PopoverAnchor } from '../editor/EditorPopover';
import { AddTieForm } from '../editor/AddTieForm';
import { PersonEditor } from '../editor/PersonEditor';
import { TieEditor } from '../editor/TieEditor';
import { AddActionPanel } from '../plan/AddActionPanel';
import type { ShownJob } from '../utils/useWhenShown';
import { tieKey } from './EcogramSvg';
import type { EcogramText } from './messages';
import { useText } from '../i18n/provider';
import { ECOGRAM_EDITOR_BUNDLES, type EcogramEditorText } from './editor-messages';
import { tieSessionEdit } from '../view/map/tieEditSession';
import type { EcogramChange } from './types';
import type { EditorSession, EditorState } from './useEcogramEditor';

/** The open editor's title, body and delete action. @internal */
export interface EditorView {
  title: string;
  body: ReactElement;
  onDelete?: () => void;
  deleteLabel?: string;
}

/** What {@link editorViewOf} needs. @internal */
export interface EditorViewContext {
  editor: EditorState | null;
  /** Close the editor before a delete (the delete moves focus itself). */
  closeWithoutFocus: () => void;
  network: Network;
  issues: NetworkIssue[];
  t: EcogramText;
  today: string;
  session: RefObject<EditorSession>;
  addedName: string | null;
  setAddedName: (name: string | null) => void;
  nameOf: (id: string) => string;
  apply: (result: OperationResult, change: Omit<EcogramChange, 'id'> & { id?: string | undefined }, options?: { coalesceKey?: string; silent?: boolean }) => string | null;
  removeItem: (key: string) => void;
  ringText: (closeness: Closeness) => string;
  sectorText: (sector: Sector) => string;
  setSelectedId: (id: string | null) => void;
  whenShown: (before: Network, job: ShownJob) => void;
}

/** @internal */
export function editorViewOf(c: EditorViewContext, t: EcogramEditorText): EditorView | null {
  const { editor, network, issues, today, session, addedName, setAddedName, nameOf, apply, removeItem, ringText, sectorText, setSelectedId, whenShown } = c;
  if (!editor) return null;
  if (editor.kind === 'person') {
    const person = network.people.find((p) => p.id === editor.id);
    if (!person) return null;
    const isFocus = person.id === network.focus;
    return {
      title: t('editor.person.title', { name: person.name }),
      ...(isFocus
        ? {}
        : {
            onDelete: () => {
              c.closeWithoutFocus();
              removeItem(person.id);
            },
            deleteLabel: t('editor.person.delete', { name: person.name }),
          }),
      body: (
        <AddActionPanel
          network={network}
          about={person.id}
          issues={issues}
          today={() => today}
          locale={t.locale}
          apply={(result, message) => apply(result, { type: 'add-action', id: person.id, message }, { silent: true }) !== null}
        >
        <PersonEditor
          value={person}
          network={network}
          issues={issues}
          locale={t.locale}
          messages={t.overrides}
          hiddenFields={isFocus ? ['sector', 'closeness', 'formality', 'consent', 'consentDate', 'source', 'burden', 'boundary'] : []}
          onChange={(patch) => {
            const name = patch.name ?? person.name;
            const message =
              patch.closeness && patch.sector
                ? t('ecogram.announce.movedBoth', { name, ring: ringText(patch.closeness), sector: sectorText(patch.sector) })
                : patch.closeness
                  ? t('ecogram.announce.movedRing', { name, ring: ringText(patch.closeness) })
                  : patch.sector
                    ? t('ecogram.announce.movedSector', { name, sector: sectorText(patch.sector) })
                    : t('ecogram.announce.updated', { name });
            const moved = patch.closeness !== undefined || patch.sector !== undefined;
            const keys = Object.keys(patch).sort().join(',');
            if (apply(updatePerson(network, person.id, patch), { type: moved ? 'place-person' : 'update-person', id: person.id, message }, { coalesceKey: `person:${person.id}:${keys}`, silent: !moved }) !== null) {
              session.current.changed = true;
            }
          }}
        />
        </AddActionPanel>
      ),
    };
  }
  if (editor.kind === 'tie') {
    const tie = network.ties.find((x) => x.id === editor.id);
    if (!tie) return null;
    const a = nameOf(tie.between[0]);
    const b = nameOf(tie.between[1]);
    return {
      title: t('editor.tie.title', { a, b }),
      onDelete: () => {
        c.closeWithoutFocus();
        removeItem(tieKey(tie.id));
      },
      deleteLabel: t('editor.tie.delete'),
      body: (
        <AddActionPanel
          network={network}
          about={tie.id}
          issues={issues}
          today={() => today}
          locale={t.locale}
          apply={(result, message) => apply(result, { type: 'add-action', id: tie.id, message }, { silent: true }) !== null}
        >
        <TieEditor
          value={tie}
          network={network}
          issues={issues}
          locale={t.locale}
          messages={t.overrides}
          today={() => today}
          onChange={(given, dated) => {
            if (dated && given.status !== undefined) {
              // "Sinds wanneer?" answered: core writes the state before and the new status, dated (one undo step).
              if (apply(changeTieStatus(network, tie.id, given.status, { date: dated.date }), { type: 'update-tie', id: tie.id, message: t('ecogram.announce.tieUpdated', { a, b }) }, { silent: true }) !== null) {
                session.current.changed = true;
                if (dated.date === today) session.current.recorded = true;
              }
              return;
            }
            const { patch, record } = tieSessionEdit(tie, given, session.current, today);
            const keys = Object.keys(given).sort().join(',');
            const done = apply(
              updateTie(network, tie.id, patch, { date: today, recordHistory: record }),
              { type: 'update-tie', id: tie.id, message: t('ecogram.announce.tieUpdated', { a, b }) },
              { coalesceKey: `tie:${tie.id}:${keys}`, silent: true },
            );
            if (done !== null) {
              session.current.changed = true;
              if (record) session.current.recorded = true;
            }
          }}
        />
        </AddActionPanel>
      ),
    };
  }
  if (editor.kind === 'add-person') {
    return {
      title: t('ecogram.addPerson'),
      body: (
        <AddPersonForm
          showTitle={false}
          announce={false}
          added={addedName}
          issues={issues}
          locale={t.locale}
          messages={t.overrides}
          onSubmit={(input: PersonInput) => {
            const id = apply(addPerson(network, input), { type: 'add-person', message: t('ecogram.announce.added', { name: input.name }) });
            if (id) whenShown(network, (shown) => {
              if (shown.people.some((p) => p.id === id)) setSelectedId(id);
              // The form's "… is toegevoegd." only once the host shows it (not for a refused edit).
              setAddedName(input.name);
            });
            return id !== null;
          }}
        />
      ),
    };
  }
  return {
    title: t('ecogram.addTie'),
    body: (
      <AddTieForm
        network={network}
        {...(editor.from ? { from: editor.from } : {})}
        showTitle={false}
        announce={false}
        issues={issues}
        locale={t.locale}
        messages={t.overrides}
        onSubmit={(input: TieInput) => {
          const id = apply(addTie(network, input), {
            type: 'add-tie',
            message: t('ecogram.announce.tieAdded', { a: nameOf(input.between[0]), b: nameOf(input.between[1]) }),
          });
          return id !== null;
        }}
      />
    ),
  };
}

/** Props of {@link EcogramEditorLayer}. @internal */
export interface EcogramEditorLayerProps {
  context: EditorViewContext;
  /** Asked to close (Escape, outside press, Close, Done). */
  onClose: () => void;
  /** What the popover points at (an item of the map or list, a toolbar button). */
  anchor: PopoverAnchor | null;
  /** Where the popover is rendered (the Ecogram's root: its theme and styles apply). */
  portalRoot: HTMLElement | null;
}

/**
 * The open editor in its popover: the part of the Ecogram that loads on first use (ecogram/parts.ts),
 * with the forms, their texts and the popover's positioning (@floating-ui/react). @internal
 */
export function EcogramEditorLayer({ context, onClose, anchor, portalRoot }: EcogramEditorLayerProps): ReactElement {
  // The editors' texts come with this chunk (issue 16), over the Ecogram's with its overrides.
  const t = useText(ECOGRAM_EDITOR_BUNDLES, context.t.locale, context.t.overrides);
  const view = editorViewOf(context, t);
  return (
    <EditorPopover
      open={view !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      anchor={anchor}
      title={view?.title ?? ''}
      portalRoot={portalRoot}
      returnFocus={false}
      locale={t.locale}
      messages={t.overrides}
      {...(view?.onDelete ? { onDelete: view.onDelete, deleteLabel: view.deleteLabel } : {})}
    >
      {view?.body}
    </EditorPopover>
  );
}
