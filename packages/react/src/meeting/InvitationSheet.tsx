/**
 * The printed invitation list: the shared title block ("Uitnodigingslijst — Samir", "Stand
 * per …", "Vertrouwelijk"), then the meeting (title, date, kind, group) and the names of the
 * people invited, with their role.
 *
 * It never names a person the client does not want contacted and says nothing that gives a
 * refusal away — no "not invited" part, no count of people left out, no consent words: the
 * list is read again through core's `invitationList` here, so even a list handed in with a
 * refused person prints without them. Print-only inside the planner (`data-print-only`);
 * `onScreen` shows it as a preview.
 * @internal
 */
import { useMemo, type ReactElement } from 'react';
import { formatFuzzyDate, invitationList, type MeetingKind, type Network } from '@kring/core';
import { TitleBlock } from '../paper/TitleBlock';
import { titleBlockContent } from '../paper/content';
import { PersonLabel } from './InvitationList';
import type { MeetingText } from './messages';

/** What the sheet prints: a saved meeting or the form as it is. */
export interface SheetMeeting {
  title: string;
  date?: string | undefined;
  kind: MeetingKind;
  group?: string | undefined;
  /** People (or group) ids; refused people are left out again here. */
  invited: readonly string[];
}

/** Props of {@link InvitationSheet}. */
export interface InvitationSheetProps {
  network: Network;
  meeting: SheetMeeting;
  client: string;
  t: MeetingText;
  /** "Stand per": today (fuzzy). */
  today: string;
  author?: string | undefined;
  /** Show on screen too (a preview), not only on paper. */
  onScreen?: boolean;
}

/** @internal */
export function InvitationSheet({ network, meeting, client, t, today, author, onScreen }: InvitationSheetProps): ReactElement {
  const invite = useMemo(() => invitationList(network, meeting.invited).invite, [network, meeting.invited]);
  const content = useMemo(() => titleBlockContent({ title: t('meeting.paperTitle', { client }), date: today, author }, t), [t, client, today, author]);
  const group = meeting.group ? network.groups.find((g) => g.id === meeting.group) : undefined;
  return (
    <article data-part="invitation-sheet" data-paper="portrait" data-print-only={onScreen ? undefined : ''} data-on-screen={onScreen || undefined} lang={t.locale}>
      {onScreen ? (
        <div data-part="title-block" data-on-screen="">
          <p data-part="title-block-title">{content.title}</p>
          <p data-part="title-block-meta">
            <span data-part="title-block-date">{content.date}</span>
            {content.author ? ` · ${content.author}` : null}
          </p>
          <p data-part="title-block-confidential">{content.confidential}</p>
        </div>
      ) : (
        <TitleBlock content={content} />
      )}
      <p data-part="sheet-title">{meeting.title}</p>
      <dl data-part="sheet-facts">
        <div>
          <dt>{t('field.meeting.date')}</dt>
          <dd>{meeting.date ? formatFuzzyDate(meeting.date, t.locale) : t('meeting.dateUnknown')}</dd>
        </div>
        <div>
          <dt>{t('field.meeting.kind')}</dt>
          <dd>{t.label('meetingKind', meeting.kind)}</dd>
        </div>
        {group ? (
          <div>
            <dt>{t('field.meeting.group')}</dt>
            <dd>{group.name}</dd>
          </div>
        ) : null}
      </dl>
      <p data-part="sheet-subtitle">{t('meeting.sheetInvited')}</p>
      {invite.length ? (
        <ol data-part="sheet-invitees">
          {invite.map((p) => (
            <li key={p.id}>
              <PersonLabel person={p} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('meeting.sheetNone')}</p>
      )}
    </article>
  );
}
