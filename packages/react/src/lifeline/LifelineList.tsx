/**
 * The lifeline as an ordered list, oldest first: the non-visual alternative to the
 * drawing (and a readable print-out). Each item gives the title, the date in words, the
 * area of life, how it was in words, the people involved and the note.
 * @internal
 */
import { useId, type ReactElement } from 'react';
import type { LifeEvent, Network } from '@kring/core';
import { CategoryIcon } from './CategoryIcon';
import { clampValence } from '../view/lifeline/layout';
import { eventDateText, eventPeopleNames, hasValidDates, sortEvents } from '../view/lifeline/items';
import { listText } from '../view/ties/describeTie';
import { UserText } from '../utils/UserText';
import type { LifelineText } from './text';

/** Props of {@link LifelineList}. */
export interface LifelineListProps {
  network: Network;
  t: LifelineText;
  readOnly: boolean;
  selectedId: string | null;
  highlightPersonId: string | null;
  onSelect(id: string): void;
  onEdit(id: string, anchor: HTMLElement): void;
  onDelete(id: string): void;
}

export function LifelineList({ network, t, readOnly, selectedId, highlightPersonId, onSelect, onEdit, onDelete }: LifelineListProps): ReactElement {
  const headingId = useId();
  const events = sortEvents(network.events);
  return (
    <section data-part="list" aria-labelledby={headingId}>
      <h2 id={headingId} data-part="list-heading">
        {t('lifeline.listHeading')}
      </h2>
      {events.length === 0 ? (
        <p data-part="hint">{t('lifeline.listEmpty')}</p>
      ) : (
        <ol data-part="list-items">
          {events.map((e) => (
            <ListItem
              key={e.id}
              event={e}
              network={network}
              t={t}
              readOnly={readOnly}
              selected={selectedId === e.id}
              dimmed={highlightPersonId !== null && !(e.people ?? []).includes(highlightPersonId)}
              onSelect={onSelect}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function ListItem({ event: e, network, t, readOnly, selected, dimmed, onSelect, onEdit, onDelete }: {
  event: LifeEvent; network: Network; t: LifelineText; readOnly: boolean; selected: boolean; dimmed: boolean;
  onSelect(id: string): void; onEdit(id: string, anchor: HTMLElement): void; onDelete(id: string): void;
}) {
  const names = eventPeopleNames(e, network);
  const valence = clampValence(e.valence);
  const date = hasValidDates(e) ? eventDateText(e, t.locale, { periodRange: t('lifeline.periodRange'), periodOngoing: t('lifeline.periodOngoing') }) : (e.date ?? e.start ?? '?');
  return (
    <li
      data-part="list-item"
      data-event-id={e.id}
      data-valence={valence}
      data-selected={selected || undefined}
      data-dimmed={dimmed || undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(e.id)}
    >
      <div data-part="list-main">
        <span data-part="list-title"><UserText>{e.title}</UserText></span>
        <span data-part="list-date">{date}</span>
      </div>
      <div data-part="list-meta">
        <span data-part="list-category">
          <CategoryIcon category={e.category} size={16} />
          {t.label('category', e.category)}
        </span>
        <span data-part="list-valence" data-valence={valence}>
          {t.label('valence', valence)}
        </span>
        {names.length ? (
          <span data-part="list-people">
            {t('lifeline.withPeople', { people: listText(names, t.locale) })}
          </span>
        ) : null}
      </div>
      {e.note ? <p data-part="list-note"><UserText>{e.note}</UserText></p> : null}
      {readOnly ? null : (
        <div data-part="list-actions">
          <button type="button" data-part="button" data-action="list-edit" data-size="small" onClick={(ev) => { ev.stopPropagation(); onEdit(e.id, ev.currentTarget); }}>
            {t('lifeline.listEdit')}
            <span data-part="visually-hidden">: <UserText>{e.title}</UserText></span>
          </button>
          <button type="button" data-part="button" data-action="list-delete" data-size="small" onClick={(ev) => { ev.stopPropagation(); onDelete(e.id); }}>
            {t('lifeline.listDelete')}
            <span data-part="visually-hidden">: <UserText>{e.title}</UserText></span>
          </button>
        </div>
      )}
    </li>
  );
}
