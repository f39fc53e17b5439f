/**
 * The invitation list as the caseworker sees it while planning: who is invited, each one to
 * ask the client about first flagged in words and with a mark, and — in a part of its own,
 * clearly for the caseworker only and never printed — who is left out and why.
 * @internal
 */
import type { ReactElement } from 'react';
import type { InvitationList as Invitation, Person } from '@kring/core';
import { UserText } from '../utils/UserText';
import { AskFirstMark, NoContactMark } from './Marks';
import type { MeetingText } from './messages';
import type { Heading } from './heading';


/** A person's name and role, as text. */
export function PersonLabel({ person }: { person: Person }): ReactElement {
  return (
    <>
      <UserText part="meeting-person-name">{person.name}</UserText>
      {person.role ? (
        <>
          {', '}
          <UserText part="meeting-person-role">{person.role}</UserText>
        </>
      ) : null}
    </>
  );
}

/** Props of {@link InvitationList}. */
export interface InvitationListProps {
  id: string;
  invitation: Invitation;
  client: string;
  t: MeetingText;
  H: Heading;
  /** The form's problem with the list ("Kies minstens één persoon"). */
  error?: string | undefined;
}

/** Who is invited and who is not (screen only: the printed list is `InvitationSheet`). */
export function InvitationList({ id, invitation, client, t, H, error }: InvitationListProps): ReactElement {
  const { invite, askFirst, excluded } = invitation;
  const ask = new Set(askFirst.map((p) => p.id));
  return (
    <div data-part="meeting-invitation" data-screen-only="" role="group" aria-labelledby={`${id}-invite`}>
      <H id={`${id}-invite`} data-part="meeting-subtitle">
        {t('meeting.invite', { count: invite.length })}
      </H>
      {invite.length ? (
        <ul data-part="meeting-invitees">
          {invite.map((p) => (
            <li key={p.id} data-ask-first={ask.has(p.id) || undefined}>
              <span data-part="meeting-invitee-name">
                <PersonLabel person={p} />
              </span>
              {ask.has(p.id) ? (
                <span data-part="meeting-flag" data-flag="ask-first">
                  <AskFirstMark />
                  {t('meeting.askFirst', { client })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p data-part="meeting-note">{t('meeting.inviteNone')}</p>
      )}
      {error ? (
        <p id={`${id}-invite-error`} data-part="field-error">
          {error}
        </p>
      ) : null}
      {askFirst.length ? (
        <p data-part="meeting-note">
          {askFirst.length === 1 ? t('meeting.askFirstCountOne', { client }) : t('meeting.askFirstCount', { client, count: askFirst.length })}
        </p>
      ) : null}
      {excluded.length ? (
        <section data-part="meeting-excluded" aria-labelledby={`${id}-excluded`} aria-describedby={`${id}-excluded-hint`}>
          <H id={`${id}-excluded`} data-part="meeting-subtitle">
            <NoContactMark />
            {t('meeting.excluded', { count: excluded.length })}
          </H>
          <p id={`${id}-excluded-hint`} data-part="meeting-note">
            {t('meeting.excludedHint')}
          </p>
          <ul data-part="meeting-excluded-list">
            {excluded.map((p) => (
              <li key={p.id}>
                <strong data-part="meeting-invitee-name">
                  <PersonLabel person={p} />
                </strong>
                {' — '}
                <span data-part="meeting-reason">
                  {t.label('consent', 'not-allowed')}
                  {'. '}
                  {t('meeting.excludedReason', { client, name: p.name })}
                </span>
                {p.boundary?.note ? (
                  <span data-part="meeting-reason-note">
                    {' '}
                    {t('meeting.excludedNote', { note: p.boundary.note })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
