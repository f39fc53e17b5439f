/**
 * The meetings of the plan: planned ones (soonest first) and held ones (latest first), each
 * with its date, kind, group, the people invited, what was agreed and the actions that came
 * out of it; buttons to change, record the outcome, print the invitation list and remove.
 * @internal
 */
import { useId, useRef, useState, type ReactElement } from 'react';
import { formatFuzzyDate, isActionOverdue, type Meeting, type Network } from '@kring/core';
import { isolate } from '../utils/bidi';
import { IntentSymbol } from './IntentSymbol';
import { meetingActions, nameOf, splitMeetings } from './meetingData';
import { MeetingOutcome } from './MeetingOutcome';
import type { MeetingText } from './messages';
import type { MeetingCommands } from './useMeetingCommands';
import { heading, type Heading } from './heading';


/** Props of {@link MeetingList}. */
export interface MeetingListProps {
  network: Network;
  commands: MeetingCommands;
  t: MeetingText;
  today: string;
  readOnly: boolean;
  H: Heading;
  H2: Heading;
  H3: Heading;
  onEdit: (meeting: Meeting) => void;
  onPrint: (meeting: Meeting) => void;
  /** Remove a meeting (its buttons go with it: focus moves to the list's heading). */
  onRemove?: (meeting: Meeting) => void;
}

function ActionsOf({ network, meeting, t, today }: { network: Network; meeting: Meeting; t: MeetingText; today: string }): ReactElement | null {
  const actions = meetingActions(network, meeting.id);
  if (!actions.length) return null;
  return (
    <div data-part="meeting-actions">
      <p data-part="meeting-actions-title">{t('meeting.actions', { count: actions.length })}</p>
      <ul>
        {actions.map((a) => {
          const owner = a.owner ? nameOf(network, a.owner) : undefined;
          const overdue = isActionOverdue(a, today);
          return (
            <li key={a.id} data-intent={a.intent} data-overdue={overdue || undefined}>
              <IntentSymbol intent={a.intent} />
              <span>
                {t('meeting.actionLine', { intent: t.label('actionIntent', a.intent), step: a.step })}
                {owner ? <span data-part="meeting-action-meta">{` · ${t('meeting.actionOwner', { owner })}`}</span> : null}
                {a.due ? <span data-part="meeting-action-meta">{` · ${t('meeting.actionDue', { date: formatFuzzyDate(a.due, t.locale) })}`}</span> : null}
                {overdue ? <>{' · '}<strong data-part="meeting-overdue">{t('meeting.actionOverdue')}</strong></> : null}
                {a.status && a.status !== 'open' ? <span data-part="meeting-action-meta">{` · ${t.label('actionStatus', a.status)}`}</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function MeetingItem(props: Omit<MeetingListProps, 'H' | 'H2'> & { meeting: Meeting; H: Heading }): ReactElement {
  const { network, meeting, t, readOnly, commands, onEdit, onPrint, onRemove, today, H, H3 } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const date = formatFuzzyDate(meeting.date, t.locale);
  // Each name bidi-isolated: an Arabic name before the comma cannot pull the next one into its run.
  const names = meeting.invited.map((x) => isolate(nameOf(network, x)));
  const group = meeting.group ? network.groups.find((g) => g.id === meeting.group) : undefined;
  const labels = { title: meeting.title, date };
  return (
    <li data-part="meeting-item" aria-labelledby={`${id}-title`}>
      <H id={`${id}-title`} data-part="meeting-item-title">{meeting.title}</H>
      <p data-part="meeting-when">{t('meeting.when', { date, kind: t.label('meetingKind', meeting.kind) })}</p>
      {group ? <p>{t('meeting.groupLine', { group: group.name })}</p> : null}
      <p>{names.length ? t('meeting.invitedLine', { names: names.join(', ') }) : t('meeting.invitedNone')}</p>
      {meeting.outcome ? <p data-part="meeting-outcome-text">{t('meeting.outcomeLine', { outcome: meeting.outcome })}</p> : null}
      <ActionsOf network={network} meeting={meeting} t={t} today={today} />
      <div data-part="meeting-item-actions" data-screen-only="">
        {!readOnly ? (
          <>
            <button type="button" data-part="button" aria-expanded={open} aria-controls={`${id}-outcome`} aria-label={t('meeting.outcomeOpenLabel', labels)} onClick={() => setOpen((o) => !o)}>
              {t('meeting.outcomeOpen')}
            </button>
            <button type="button" data-part="button" aria-label={t('meeting.editLabel', labels)} onClick={() => onEdit(meeting)}>
              {t('meeting.edit')}
            </button>
          </>
        ) : null}
        <button type="button" data-part="button" aria-label={t('meeting.printLabel', labels)} onClick={() => onPrint(meeting)}>
          {t('meeting.print')}
        </button>
        {!readOnly ? (
          <button type="button" data-part="button" data-variant="danger" aria-label={t('meeting.removeLabel', labels)} onClick={() => onRemove?.(meeting)}>
            {t('meeting.remove')}
          </button>
        ) : null}
      </div>
      <div id={`${id}-outcome`} data-screen-only="" hidden={!open || readOnly}>
        {open && !readOnly ? <MeetingOutcome network={network} meeting={meeting} commands={commands} t={t} H={H3} /> : null}
      </div>
    </li>
  );
}

/** Planned and held meetings. @internal */
export function MeetingList(props: MeetingListProps): ReactElement {
  const { network, t, today, H, H2, commands, readOnly } = props;
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onRemove = (meeting: Meeting) => {
    commands.remove(meeting);
    headingRef.current?.focus();
  };
  const { upcoming, held } = splitMeetings(network, today);
  const part = (key: 'upcoming' | 'held', list: Meeting[]) => (
    <section data-part="meeting-group" data-when={key} aria-labelledby={`${id}-${key}`}>
      <H2 id={`${id}-${key}`} data-part="meeting-subtitle">
        {t(key === 'upcoming' ? 'meeting.upcoming' : 'meeting.held', { count: list.length })}
      </H2>
      {list.length ? (
        <ul data-part="meeting-items">
          {list.map((m) => <MeetingItem key={m.id} {...props} onRemove={onRemove} meeting={m} H={heading(Number(H2[1]) + 1)} />)}
        </ul>
      ) : (
        <p data-part="meeting-note">{t(key === 'upcoming' ? 'meeting.noUpcoming' : 'meeting.noHeld')}</p>
      )}
    </section>
  );
  return (
    <section data-part="meeting-list" data-screen-only="" aria-labelledby={`${id}-title`}>
      <div data-part="meeting-list-head">
        <H id={`${id}-title`} data-part="meeting-subtitle" tabIndex={-1} ref={headingRef}>{t('meeting.list')}</H>
        {!readOnly ? (
          <button type="button" data-part="button" onClick={commands.undo} disabled={!commands.canUndo}>
            {t('meeting.undo')}
          </button>
        ) : null}
      </div>
      {part('upcoming', upcoming)}
      {part('held', held)}
    </section>
  );
}
