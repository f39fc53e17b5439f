import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { todayFuzzyDate, type Meeting, type Network } from '@kring/core';
import { DocumentView, LiveRegion, useAnnouncer } from '../document';
import { printPage } from '../paper/print';
import { useText } from '../i18n';
import { InvitationSheet, type SheetMeeting } from './InvitationSheet';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { MEETING_BUNDLES, type MeetingText } from './messages';
import type { MeetingChange, MeetingPlannerProps } from './types';
import { useMeetingCommands } from './useMeetingCommands';
import { useMeetingDraft } from './useMeetingDraft';
import { heading } from './heading';


/**
 * "Meedenkbijeenkomst plannen": plan a network meeting (meedenkbijeenkomst) or a base team's
 * meeting from a group — its members are the invitees — or from a selection (the host's
 * `people`, e.g. the people selected on the map; the caseworker ticks people on or off).
 *
 * The invitation list is core's `invitationList`: people the client does not want contacted
 * (consent `not-allowed`) are left out and shown to the caseworker in a separate part with the
 * reason ("Niet uitnodigen"); people to ask the client about first are flagged in words and
 * with a mark. Saving writes a meeting with core `addMeeting` / `updateMeeting` that never
 * invites a refused person. Afterwards: what was agreed (the outcome) and the actions that
 * came out of it (core `addAction`, consent checked first with `actionConsent`, the reason
 * shown when refused); actions are linked to their meeting through
 * `extensions["kring.meeting"]`. Planned and held meetings are listed with change, remove
 * and print.
 *
 * Printing (the "Uitnodigingslijst afdrukken" buttons, or the host's own print) prints only the
 * invitation list with the shared title block: it never names the people left out and says
 * nothing that gives a refusal away.
 *
 * Data as in every view: `network` + `onChange` (controlled) or `defaultNetwork`, read with
 * `parseNetwork` (a bad network shows the problems); every edit is one undo step on the
 * network's history (Ctrl/⌘+Z, shared with linked views), announced in one live region.
 * A self-contained part: a host (or the NetworkPlan's "Bijeenkomst plannen") can open it in
 * a dialog or a page of its own.
 */
export function MeetingPlanner(props: MeetingPlannerProps): ReactElement {
  const t = useText(MEETING_BUNDLES, props.locale, props.messages);
  return (
    <DocumentView<MeetingChange>
      source={props}
      part="meeting-planner"
      view="meeting"
      lang={t.locale}
      locale={props.locale}
      className={props.className}
      style={props.style}
      texts={{
        invalid: t('meeting.invalidNetwork'),
        invalidMore: (count) => t('meeting.invalidMore', { count }),
        issue: t.issue,
        renderError: t('meeting.renderError'),
        retry: t('meeting.retry'),
      }}
    >
      {(network, commit) => <Planner {...props} network={network} onCommit={commit} t={t} />}
    </DocumentView>
  );
}

interface PlannerInnerProps extends Omit<MeetingPlannerProps, 'network' | 'defaultNetwork' | 'onChange'> {
  network: Network;
  onCommit: (next: Network, change: MeetingChange) => void;
  t: MeetingText;
}

function Planner(props: PlannerInnerProps): ReactElement {
  const { t, network, headingLevel = 2, readOnly = false, showMeetings = true } = props;
  const id = useId();
  const H1 = heading(headingLevel);
  const H2 = heading(headingLevel + 1);
  const H3 = heading(headingLevel + 2);
  const H4 = heading(headingLevel + 3);
  const today = props.today ?? todayFuzzyDate();
  const client = network.people.find((p) => p.id === network.focus)?.name ?? t('meeting.client');
  const { announce, message } = useAnnouncer();
  const draft = useMeetingDraft(network, t, props.group, props.people);
  const commands = useMeetingCommands({ network, onCommit: props.onCommit, editable: !readOnly, t, announce, draft, client });

  // What is printed: a saved meeting's list (its print button), else the form as it is.
  const [printed, setPrinted] = useState<string | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  useEffect(() => {
    if (printRequest > 0) printPage();
  }, [printRequest]);
  const print = (meeting: Meeting | null) => {
    setPrinted(meeting ? meeting.id : null);
    setPrintRequest((n) => n + 1);
  };
  const savedPrinted = printed ? network.meetings?.find((m) => m.id === printed) : undefined;
  const f = draft.fields;
  const sheet: SheetMeeting = savedPrinted ?? {
    title: f.title.trim() || t.label('meetingKind', f.kind),
    date: f.date,
    kind: f.kind,
    group: f.source === 'group' || f.editing ? f.group : undefined,
    invited: draft.invitation.invite.map((p) => p.id),
  };
  const formHeading = useRef<HTMLHeadingElement>(null);
  const [focusForm, setFocusForm] = useState(0);
  useEffect(() => {
    if (focusForm > 0) formHeading.current?.focus();
  }, [focusForm]);
  const edit = (meeting: Meeting) => {
    draft.edit(meeting);
    // The form is above the list: move there ("Bijeenkomst wijzigen: …" is read out).
    setFocusForm((n) => n + 1);
  };

  return (
    <section
      data-part="meeting-planner"
      aria-labelledby={`${id}-title`}
      className={props.className}
      style={props.style}
      lang={t.locale}
      onKeyDown={commands.onKeyDown}
    >
      <header data-part="meeting-header" data-screen-only="">
        <H1 id={`${id}-title`} data-part="meeting-title">{props.title ?? t('meeting.title')}</H1>
        <p data-part="meeting-intro">{readOnly ? t('meeting.readOnly') : t('meeting.intro')}</p>
      </header>
      {!readOnly ? (
        <MeetingForm id={id} network={network} draft={draft} commands={commands} client={client} t={t} H={H2} H2={H3} onPrint={() => print(null)} headingRef={formHeading} />
      ) : null}
      {showMeetings ? (
        <MeetingList
          network={network}
          commands={commands}
          t={t}
          today={today}
          readOnly={readOnly}
          H={H2}
          H2={H3}
          H3={H4}
          onEdit={edit}
          onPrint={(m) => print(m)}
        />
      ) : null}
      <InvitationSheet network={network} meeting={sheet} client={client} t={t} today={today} author={props.author} />
      <LiveRegion message={message} />
    </section>
  );
}
