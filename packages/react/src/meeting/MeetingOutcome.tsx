/**
 * After a meeting: what was agreed (free text, saved with core `updateMeeting`) and the
 * actions that came out of it (step, about whom, aim, who does it, when — core `addAction`).
 * Before an action is added, the client's consent is checked with core `actionConsent`: a
 * person who must not be contacted cannot be the subject of a contacting action, and the form
 * says why; a person to ask first is flagged.
 * @internal
 */
import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { ACTION_INTENTS, type ActionIntent, type Meeting, type Network } from '@kring/core';
import { DateField } from '../editor/DateField';
import { SelectField, TextField } from '../editor/fields';
import { AskFirstMark } from './Marks';
import { choosablePeople } from './meetingData';
import type { MeetingText } from './messages';
import type { ActionDraft, ActionErrors, MeetingCommands } from './useMeetingCommands';
import type { Heading } from './heading';


const EMPTY: ActionDraft = { about: undefined, intent: 'strengthen', step: '', owner: undefined, due: undefined };

/** The form of one new action agreed at `meeting`. */
function ActionForm({ network, meeting, commands, t, H }: { network: Network; meeting: Meeting; commands: MeetingCommands; t: MeetingText; H: Heading }): ReactElement {
  const id = useId();
  const [draft, setDraft] = useState<ActionDraft>(EMPTY);
  const [errors, setErrors] = useState<ActionErrors | null>(null);
  const [key, setKey] = useState(0);
  const [added, setAdded] = useState('');
  const consent = commands.checkAction(draft);
  const people = choosablePeople(network);
  const caseworker = t('meeting.actionOwnerCaseworker');
  const clientWord = t('meeting.actionOwnerClient');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = commands.addAction(meeting, draft);
    setErrors(problems);
    setAdded(problems ? '' : t('meeting.actionAdded', { step: draft.step.trim() }));
    if (!problems) {
      setDraft(EMPTY);
      setKey((k) => k + 1);
    }
  };
  const set = <K extends keyof ActionDraft>(field: K, value: ActionDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setAdded('');
    // What a failed add said no longer holds once a field changes (the consent line is live).
    setErrors(null);
  };
  return (
    <form key={key} data-part="meeting-action-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <H id={`${id}-title`} data-part="meeting-subtitle">{t('meeting.actionForm')}</H>
      <TextField label={t('field.action.step')} value={draft.step} onCommit={(v) => set('step', v ?? '')} error={errors?.step} required maxLength={300} />
      <SelectField<ActionIntent>
        label={t('field.action.intent')}
        value={draft.intent}
        options={ACTION_INTENTS.map((i) => ({ value: i, label: t.label('actionIntent', i) }))}
        onChange={(v) => v && set('intent', v)}
      />
      <SelectField
        label={t('field.action.about')}
        value={draft.about}
        emptyLabel={t('meeting.actionAboutNone')}
        options={people.map((p) => ({ value: p.id, label: p.consent === 'not-allowed' || p.consent === 'ask-first' ? `${p.name} (${t.label('consent', p.consent)})` : p.name }))}
        onChange={(v) => set('about', v)}
        error={consent.refused ?? errors?.about}
        hint={consent.askFirst ? (
          <span data-part="meeting-flag" data-flag="ask-first"><AskFirstMark />{consent.askFirst}</span>
        ) : undefined}
      />
      <SelectField
        label={t('field.action.owner')}
        value={draft.owner}
        emptyLabel={t('meeting.actionOwnerNone')}
        options={[{ value: caseworker, label: caseworker }, { value: clientWord, label: clientWord }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
        onChange={(v) => set('owner', v)}
      />
      <DateField label={t('field.action.due')} value={draft.due} onCommit={(v) => set('due', v)} t={t} />
      {errors?.general?.length ? (
        <div data-part="form-errors" role="alert">{errors.general.map((text) => <p key={text}>{text}</p>)}</div>
      ) : null}
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary">{t('meeting.actionAdd')}</button>
      </div>
      {added ? <p data-part="form-status">{added}</p> : null}
    </form>
  );
}

/** Props of {@link MeetingOutcome}. */
export interface MeetingOutcomeProps {
  network: Network;
  meeting: Meeting;
  commands: MeetingCommands;
  t: MeetingText;
  H: Heading;
}

/** The outcome field and the action form of one meeting. @internal */
export function MeetingOutcome({ network, meeting, commands, t, H }: MeetingOutcomeProps): ReactElement {
  const [outcome, setOutcome] = useState<string | undefined>(meeting.outcome);
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(commands.saveOutcome(meeting, outcome));
  };
  return (
    <div data-part="meeting-outcome">
      <form data-part="meeting-outcome-form" onSubmit={submit} noValidate>
        <TextField label={t('meeting.outcome')} hint={t('meeting.outcomeHint')} value={outcome} onCommit={(v) => { setOutcome(v); setSaved(false); }} multiline maxLength={4000} />
        <div data-part="form-actions">
          <button type="submit" data-part="button">{t('meeting.outcomeSave')}</button>
        </div>
        {saved ? <p data-part="form-status">{t('meeting.outcomeSaved', { title: meeting.title })}</p> : null}
      </form>
      <ActionForm network={network} meeting={meeting} commands={commands} t={t} H={H} />
    </div>
  );
}
