/**
 * The editor popover of the Lifeline: the add form, an event's editor (with Delete), or —
 * read-only — its details. Focus is handed back by the session (`useLifelineEditor`), not by
 * the popover.
 * @internal
 */
import type { ReactElement } from 'react';
import type { EventInput, EventPatch, Network } from '@kring/core';
import { EditorPopover } from '../editor/EditorPopover';
import { EventDetails } from './EventDetails';
import { AddEventForm, EventEditor } from './EventEditor';
import type { LifelineText } from './text';
import { useText } from '../i18n/provider';
import { LIFELINE_EDITOR_BUNDLES } from './editor-messages';
import type { LifelineEditor } from './useLifelineEditor';

/** Props of {@link LifelineEditors}. @internal */
export interface LifelineEditorsProps {
  t: LifelineText;
  session: LifelineEditor;
  /** The host's network (edited) and the network shown (redacted when names are hidden). */
  network: Network;
  shown: Network;
  /** Where the popover is rendered (the Lifeline's root: its theme and styles apply). */
  portalRoot: HTMLElement | null;
  onRemove: (id: string) => void;
  onAdd: (input: EventInput) => boolean;
  onEdit: (id: string, patch: EventPatch, field: string) => void;
}

/** @internal */
export function LifelineEditors({ t: lifelineT, session, network, shown, portalRoot, onRemove, onAdd, onEdit }: LifelineEditorsProps): ReactElement {
  // The editors' texts come with this chunk (issue 16), over the Lifeline's with its overrides.
  const t = useText(LIFELINE_EDITOR_BUNDLES, lifelineT.locale, lifelineT.overrides);
  const { editor, issues } = session;
  const editingEvent = editor && editor.mode !== 'add' ? network.events.find((e) => e.id === editor.id) : undefined;
  const shownEditingEvent = editor && editor.mode !== 'add' ? shown.events.find((e) => e.id === editor.id) : undefined;
  return (
    <EditorPopover
      open={editor !== null}
      onOpenChange={session.onOpenChange}
      {...(editor?.mode === 'add' ? { onDone: session.onDone } : {})}
      anchor={editor?.anchor ?? null}
      title={editor?.mode === 'add' ? t('lifeline.editorAdd') : editor?.mode === 'view' ? t('lifeline.editorView') : t('lifeline.editorEdit')}
      portalRoot={portalRoot}
      returnFocus={false}
      locale={t.locale}
      messages={t.overrides}
      {...(editor?.mode === 'edit' ? { onDelete: () => onRemove(editor.id), deleteLabel: t('lifeline.delete') } : {})}
    >
      {editor?.mode === 'view' && shownEditingEvent ? (
        <EventDetails event={shownEditingEvent} network={shown} t={t} />
      ) : editor?.mode === 'edit' && editingEvent ? (
        <EventEditor event={editingEvent} network={shown} t={t} issues={issues} onChange={(patch, field) => onEdit(editor.id, patch, field)} />
      ) : editor?.mode === 'add' ? (
        <AddEventForm network={shown} t={t} issues={issues} onSubmit={onAdd} controlRef={session.addFormRef} added={session.addedTitle} />
      ) : null}
    </EditorPopover>
  );
}
