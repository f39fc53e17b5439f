/**
 * An event's details, read-only (what the editor shows when the Lifeline cannot be edited:
 * read-only or redacted).
 * @internal
 */
import type { ReactElement } from 'react';
import type { LifeEvent, Network } from '@kring/core';
import { UserText } from '../utils/UserText';
import { CategoryIcon } from './CategoryIcon';
import { clampValence } from '../view/lifeline/layout';
import { eventDateText, eventPeopleNames, hasValidDates } from '../view/lifeline/items';
import { listText } from '../view/ties/describeTie';
import type { LifelineText } from './text';

/** @internal */
export function EventDetails({ event, network, t }: { event: LifeEvent; network: Network; t: LifelineText }): ReactElement {
  const names = eventPeopleNames(event, network);
  return (
    <div data-part="event-details">
      <p data-part="details-title">
        <CategoryIcon category={event.category} size={16} /> <UserText>{event.title}</UserText>
      </p>
      <dl data-part="details-list">
        <dt>{t(event.date !== undefined ? 'field.event.date' : 'field.event.start')}</dt>
        <dd>{hasValidDates(event) ? eventDateText(event, t.locale, { periodRange: t('lifeline.periodRange'), periodOngoing: t('lifeline.periodOngoing') }) : (event.date ?? event.start)}</dd>
        <dt>{t('field.event.category')}</dt>
        <dd>{t.label('category', event.category)}</dd>
        <dt>{t('field.event.valence')}</dt>
        <dd>{t.label('valence', clampValence(event.valence))}</dd>
        {names.length ? (
          <>
            <dt>{t('field.event.people')}</dt>
            <dd>{listText(names, t.locale)}</dd>
          </>
        ) : null}
        {event.note ? (
          <>
            <dt>{t('field.event.note')}</dt>
            <dd><UserText>{event.note}</UserText></dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
