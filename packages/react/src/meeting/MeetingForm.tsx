/**
 * The form that plans (or changes) a meeting: where the invitees come from — a group, whose
 * members are invited, or a selection ticked in the list of the network's people — then
 * title, kind and date, the invitation list as core's `invitationList` reads it, and Save.
 * @internal
 */
import { useRef, type FormEvent, type ReactElement, type Ref } from 'react';
import { MEETING_KINDS, todayFuzzyDate, type MeetingKind, type Network } from '@kring/core';
import { DateField } from '../editor/DateField';
import { RadioGroupField, SelectField, TextField } from '../editor/fields';
import { UserText } from '../utils/UserText';
import { InvitationList } from './InvitationList';
import { choosablePeople, plannableGroups } from './meetingData';
import type { MeetingText } from './messages';
import type { MeetingCommands } from './useMeetingCommands';
import type { InviteSource, MeetingDraft } from './useMeetingDraft';
import type { Heading } from './heading';


/** Props of {@link MeetingForm}. */
export interface MeetingFormProps {
  id: string;
  network: Network;
  draft: MeetingDraft;
  commands: MeetingCommands;
  client: string;
  t: MeetingText;
  H: Heading;
  H2: Heading;
  /** Print the invitation list of the form as it is. */
  onPrint: () => void;
  /** The form's heading: focused when a meeting is loaded to be changed. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The people to tick, each with the client's consent in words. */
function PeopleChoice({ network, draft, t, error, errorId }: { network: Network; draft: MeetingDraft; t: MeetingText; error?: string | undefined; errorId: string }): ReactElement {
  const people = choosablePeople(network);
  const chosen = new Set(draft.fields.people);
  return (
    <fieldset data-part="choice-group" data-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend>{t('meeting.people')}</legend>
      <p data-part="field-hint">{t('meeting.peopleHint')}</p>
      {people.length === 0 ? <p data-part="meeting-note">{t('meeting.noPeople')}</p> : null}
      <div data-part="meeting-people">
        {people.map((p) => (
          <label key={p.id} data-part="choice" data-consent={p.consent}>
            <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => draft.togglePerson(p.id, e.target.checked)} />
            <span>
              <UserText>{p.name}</UserText>
              {p.role ? <span data-part="meeting-person-role">{', '}<UserText>{p.role}</UserText></span> : null}
              {p.consent === 'not-allowed' || p.consent === 'ask-first' ? (
                <>{' '}<span data-part="meeting-consent" data-consent={p.consent}>{`(${t.label('consent', p.consent)})`}</span></>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** @internal */
export function MeetingForm({ id, network, draft, commands, client, t, H, H2, onPrint, headingRef }: MeetingFormProps): ReactElement {
  const { fields } = draft;
  const groups = plannableGroups(network);
  const dateRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const editingMeeting = fields.editing ? network.meetings?.find((m) => m.id === fields.editing) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!commands.save()) {
      if (!fields.date) dateRef.current?.focus();
    }
  };
  const groupOption = (g: (typeof groups)[number]) => {
    const count = g.members.filter((m) => m !== network.focus).length;
    const kind = t.label('groupKind', g.kind);
    const values = { name: g.name, kind, count };
    // "Steungroep (4 leden)", not "Steungroep (Steungroep, 4 leden)".
    if (g.name.trim().toLocaleLowerCase() === kind.toLocaleLowerCase()) return t(count === 1 ? 'meeting.groupOptionCountOne' : 'meeting.groupOptionCount', values);
    return count === 1 ? t('meeting.groupOptionOne', values) : t('meeting.groupOption', values);
  };
  return (
    <form data-part="meeting-form" data-screen-only="" aria-labelledby={`${id}-form`} onSubmit={submit} noValidate>
      <H id={`${id}-form`} data-part="meeting-subtitle" tabIndex={-1} ref={headingRef}>
        {editingMeeting ? t('meeting.editTitle', { title: editingMeeting.title }) : t('meeting.form')}
      </H>
      <RadioGroupField<InviteSource>
        legend={t('meeting.source')}
        value={fields.source}
        options={[{ value: 'group', label: t('meeting.sourceGroup') }, { value: 'selection', label: t('meeting.sourceSelection') }]}
        onChange={(v) => v && draft.setSource(v)}
        hint={groups.length === 0 ? t('meeting.noGroups') : undefined}
      />
      {fields.source === 'group' ? (
        <SelectField
          label={t('field.meeting.group')}
          value={fields.group}
          emptyLabel={t('meeting.groupNone')}
          options={groups.map((g) => ({ value: g.id, label: groupOption(g) }))}
          onChange={(v) => draft.setGroup(v)}
          error={commands.errors.invitees && !fields.group ? commands.errors.invitees : undefined}
        />
      ) : (
        <PeopleChoice network={network} draft={draft} t={t} error={commands.errors.invitees} errorId={`${id}-invite-error`} />
      )}
      <TextField key={`title-${fields.version}`} label={t('field.meeting.title')} value={fields.title} onCommit={draft.setTitle} maxLength={200} />
      <SelectField<MeetingKind>
        label={t('field.meeting.kind')}
        value={fields.kind}
        options={MEETING_KINDS.map((k) => ({ value: k, label: t.label('meetingKind', k) }))}
        onChange={(v) => v && draft.setKind(v)}
      />
      <DateField key={`date-${fields.version}`} label={t('field.meeting.date')} value={fields.date} onCommit={draft.setDate} t={t} error={commands.errors.date} today={() => todayFuzzyDate()} required inputRef={dateRef} />
      <InvitationList id={id} invitation={draft.invitation} client={client} t={t} H={H2} error={commands.errors.invitees} />
      {commands.errors.general?.length ? (
        <div data-part="form-errors" role="alert">
          {commands.errors.general.map((text) => <p key={text}>{text}</p>)}
        </div>
      ) : null}
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary">
          {fields.editing ? t('meeting.saveChanges') : t('meeting.save')}
        </button>
        {fields.editing ? (
          <button type="button" data-part="button" onClick={draft.reset}>
            {t('meeting.cancel')}
          </button>
        ) : null}
        <button type="button" data-part="button" onClick={onPrint} disabled={draft.invitation.invite.length === 0 || undefined}>
          {t('meeting.printDraft')}
        </button>
      </div>
      {commands.status ? <p data-part="form-status">{commands.status}</p> : null}
    </form>
  );
}
