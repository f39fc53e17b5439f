/**
 * Editing life events, with the shared editor fields (visible labels, fieldsets, hints and
 * errors tied to their controls):
 *
 * - {@link EventEditor}: an existing event, edited live like people in the Ecogram (every
 *   valid change is sent at once as a patch; the Lifeline merges the changes to one field
 *   into one undo step).
 * - {@link AddEventForm}: a new event, sent once with "Toevoegen" when it has a title and a
 *   readable date.
 *
 * Dates are typed as people say them ("mei 2019", "3-5-2019", "ca. 2010") and read back in
 * words; periods have a start and an end or are still going.
 * @internal
 */
import { useImperativeHandle, useRef, useState, type FormEvent, type ReactElement, type Ref } from 'react';
import {
  EVENT_CATEGORIES, fuzzyDateEnd, fuzzyDateStart,
  type EventCategory, type EventInput, type EventPatch, type LifeEvent, type Network, type NetworkIssue, type Valence,
} from '@kring/core';
import { CheckboxField, CheckboxGroupField, RadioGroupField, TextField, type Option } from '../editor/fields';
import { DateField, dateProblem } from '../editor/DateField';
import { FormErrors, issueLookup } from '../editor/FormErrors';
import { CategoryIcon } from './CategoryIcon';
import { isolate } from '../utils/bidi';
import type { LifelineEditorText } from './editor-messages';

const VALENCE_ORDER: Valence[] = [2, 1, 0, -1, -2];
const VALENCE_SIGN: Record<string, string> = { '-2': '−−', '-1': '−', '0': '0', '1': '+', '2': '++' };
const SHOWN = ['title', 'date', 'start', 'end', 'category', 'valence', 'people', 'note'];

function categoryOptions(t: LifelineEditorText): Option<EventCategory>[] {
  return EVENT_CATEGORIES.map((c) => ({ value: c, label: t.label('category', c), icon: <CategoryIcon category={c} size={18} /> }));
}
function valenceOptions(t: LifelineEditorText): Option<string>[] {
  return VALENCE_ORDER.map((v) => ({
    value: String(v),
    label: t.label('valence', v),
    icon: (
      <span aria-hidden="true" data-part="valence-sign" data-valence={v}>
        {VALENCE_SIGN[String(v)]}
      </span>
    ),
  }));
}
function peopleOptions(network: Network): Option<string>[] {
  return network.people.filter((p) => p.id !== network.focus).map((p) => ({ value: p.id, label: isolate(p.name) }));
}

/** Props of {@link EventEditor}. */
export interface EventEditorProps {
  event: LifeEvent;
  /** The network shown (names already redacted when needed), for people and issue paths. */
  network: Network;
  /** Issues from the last `updateEvent`, shown next to their field. */
  issues?: readonly NetworkIssue[];
  t: LifelineEditorText;
  /** A change to one field (`field` names it, for merging undo steps). */
  onChange(patch: EventPatch, field: string): void;
}

/** Edits an existing event live: each valid change is sent at once. */
export function EventEditor({ event: e, network, issues, t, onChange }: EventEditorProps): ReactElement {
  const index = network.events.findIndex((x) => x.id === e.id);
  const errors = issueLookup(issues, index >= 0 ? `events[${index}]` : undefined, t, SHOWN);
  const isPeriod = e.date === undefined;
  const ongoing = isPeriod && e.end === undefined;
  return (
    <div data-part="event-editor">
      <FormErrors issues={errors.general} />
      <TextField
        label={t('field.event.title')}
        value={e.title}
        required
        validate={(text) => (text.trim() ? undefined : t('lifeline.errorTitle'))}
        error={errors.at('title')}
        onCommit={(v) => v !== undefined && onChange({ title: v }, 'title')}
      />
      <RadioGroupField
        legend={t('lifeline.fieldWhen')}
        part="event-kind"
        value={isPeriod ? 'period' : 'point'}
        options={[
          { value: 'point', label: t('lifeline.kindPoint') },
          { value: 'period', label: t('lifeline.kindPeriod') },
        ]}
        onChange={(v) => {
          if (v === 'period' && !isPeriod) onChange({ date: undefined, start: e.date, end: e.date }, 'kind');
          if (v === 'point' && isPeriod) onChange({ start: undefined, end: undefined, date: e.start }, 'kind');
        }}
      />
      {isPeriod ? (
        <>
          <DateField label={t('field.event.start')} value={e.start} required t={t} error={errors.at('start')} onCommit={(d) => d && onChange({ start: d }, 'start')} />
          <CheckboxField
            label={t('lifeline.fieldOngoing')}
            checked={ongoing}
            onChange={(checked) => onChange(checked ? { end: undefined } : { end: e.start }, 'end')}
          />
          {ongoing ? null : (
            <DateField label={t('field.event.end')} value={e.end} required t={t} error={errors.at('end')} onCommit={(d) => d && onChange({ end: d }, 'end')} />
          )}
        </>
      ) : (
        <DateField label={t('field.event.date')} value={e.date} required t={t} error={errors.at('date')} onCommit={(d) => d && onChange({ date: d }, 'date')} />
      )}
      <RadioGroupField
        legend={t('field.event.category')}
        part="event-category"
        value={e.category}
        options={categoryOptions(t)}
        error={errors.at('category')}
        onChange={(v) => v && onChange({ category: v }, 'category')}
      />
      <RadioGroupField
        legend={t('field.event.valence')}
        part="event-valence"
        value={String(e.valence)}
        options={valenceOptions(t)}
        error={errors.at('valence')}
        onChange={(v) => v !== undefined && onChange({ valence: Number(v) as Valence }, 'valence')}
      />
      <PeopleField network={network} values={e.people} t={t} error={errors.at('people')} onChange={(people) => onChange({ people: people.length ? people : undefined }, 'people')} />
      <TextField
        label={t('field.event.note')}
        value={e.note}
        multiline
        error={errors.at('note')}
        onCommit={(v) => onChange({ note: v }, 'note')}
      />
    </div>
  );
}

function PeopleField({ network, values, t, error, onChange }: { network: Network; values: readonly string[] | undefined; t: LifelineEditorText; error?: string; onChange(people: string[]): void }) {
  const options = peopleOptions(network);
  if (options.length === 0) {
    return (
      <p data-part="field-hint">
        {t('field.event.people')}: {t('lifeline.noPeople')}
      </p>
    );
  }
  return <CheckboxGroupField legend={t('field.event.people')} values={values ?? []} options={options} error={error} onChange={onChange} />;
}

/** Props of {@link AddEventForm}. */
export interface AddEventFormProps {
  network: Network;
  t: LifelineEditorText;
  /** A date to start with (fuzzy), e.g. the date picked on the axis. */
  initialDate?: string;
  /** Issues from the last `addEvent`. */
  issues?: readonly NetworkIssue[];
  /** Called with the new event; return `false` when adding failed (the form stays filled in). */
  onSubmit(input: EventInput): boolean;
  /** Lets the popover's "Klaar" add what was typed instead of dropping it. */
  controlRef?: Ref<AddEventFormControl>;
  /**
   * The title of the last event the host took (the status line says it is on the life-line);
   * `null` for none yet. Without it the form names the last event it sent, taken or not.
   */
  added?: string | null;
}

/** What {@link AddEventForm} offers through `controlRef`. */
export interface AddEventFormControl {
  /** Add what is filled in: `'empty'` when nothing was typed, `'invalid'` when errors are shown. */
  submit(): 'added' | 'invalid' | 'empty';
}

/** A form for a new event or period; "Toevoegen" checks it and sends it once. */
export function AddEventForm({ network, t, initialDate, issues, onSubmit, controlRef, added: shownAdded }: AddEventFormProps): ReactElement {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'point' | 'period'>('point');
  const [date, setDate] = useState<string | undefined>(initialDate);
  const [end, setEnd] = useState<string | undefined>(undefined);
  const [ongoing, setOngoing] = useState(false);
  const [category, setCategory] = useState<EventCategory>('other');
  const [valence, setValence] = useState<Valence>(0);
  const [people, setPeople] = useState<string[]>([]);
  const [note, setNote] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Partial<Record<'title' | 'date' | 'end', string>>>({});
  const titleRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const dateRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const coreErrors = issueLookup(issues, undefined, t, SHOWN);

  const [sentAdded, setAdded] = useState<string | null>(null);
  const added = shownAdded !== undefined ? shownAdded : sentAdded;

  const trySubmit = (): 'added' | 'invalid' | 'empty' => {
    const cleanTitle = title.trim();
    if (!cleanTitle && !date && !end && !note && people.length === 0) return 'empty';
    const next: typeof errors = {};
    if (!cleanTitle) next.title = t('lifeline.errorTitle');
    // Typed but not understood, or not typed at all.
    const dateError = (ref: typeof dateRef) => dateProblem(ref.current?.value ?? '', t, true) ?? t('issue.invalid-date');
    if (!date) next.date = dateError(dateRef);
    if (kind === 'period' && !ongoing) {
      if (!end) next.end = dateError(endRef);
      else if (date && fuzzyDateEnd(end) < fuzzyDateStart(date)) next.end = t('lifeline.errorEndBeforeStart');
    }
    setErrors(next);
    if (next.title || next.date || next.end) {
      (next.title ? titleRef : next.date ? dateRef : endRef).current?.focus();
      return 'invalid';
    }
    const common = {
      title: cleanTitle,
      category,
      valence,
      ...(people.length ? { people } : {}),
      ...(note && note.trim() ? { note: note.trim() } : {}),
    };
    const input: EventInput =
      kind === 'point'
        ? { ...common, date: date as string }
        : { ...common, start: date as string, ...(ongoing || !end ? {} : { end }) };
    if (!onSubmit(input)) return 'invalid';
    // Ready for the next one: the life story usually has more.
    setAdded(cleanTitle);
    setTitle('');
    setDate(undefined);
    setEnd(undefined);
    setOngoing(false);
    setPeople([]);
    setNote(undefined);
    titleRef.current?.focus();
    return 'added';
  };
  useImperativeHandle(controlRef, () => ({ submit: trySubmit }));

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (trySubmit() === 'empty') {
      setErrors({ title: t('lifeline.errorTitle'), date: dateProblem(dateRef.current?.value ?? '', t, true) });
      titleRef.current?.focus();
    }
  };

  return (
    <form data-part="event-add-form" onSubmit={submit} noValidate>
      <FormErrors issues={coreErrors.general} />
      <TextField
        label={t('field.event.title')}
        value={title}
        required
        inputRef={titleRef}
        error={errors.title ?? coreErrors.at('title')}
        onCommit={(v) => {
          setTitle(v ?? '');
          if (v?.trim()) setErrors((e) => ({ ...e, title: undefined }));
        }}
      />
      <RadioGroupField
        legend={t('lifeline.fieldWhen')}
        part="event-kind"
        value={kind}
        options={[
          { value: 'point', label: t('lifeline.kindPoint') },
          { value: 'period', label: t('lifeline.kindPeriod') },
        ]}
        onChange={(v) => v && setKind(v)}
      />
      <DateField
        label={kind === 'point' ? t('field.event.date') : t('field.event.start')}
        value={date}
        required
        t={t}
        inputRef={dateRef}
        error={errors.date ?? coreErrors.at(kind === 'point' ? 'date' : 'start')}
        onCommit={(d) => {
          setDate(d);
          if (d) setErrors((e) => ({ ...e, date: undefined }));
        }}
      />
      {kind === 'period' ? (
        <>
          <CheckboxField label={t('lifeline.fieldOngoing')} checked={ongoing} onChange={setOngoing} />
          {ongoing ? null : (
            <DateField
              label={t('field.event.end')}
              value={end}
              t={t}
              inputRef={endRef}
              error={errors.end ?? coreErrors.at('end')}
              onCommit={(d) => {
                setEnd(d);
                if (d) setErrors((e) => ({ ...e, end: undefined }));
              }}
            />
          )}
        </>
      ) : null}
      <RadioGroupField
        legend={t('field.event.category')}
        part="event-category"
        value={category}
        options={categoryOptions(t)}
        onChange={(v) => v && setCategory(v)}
      />
      <RadioGroupField
        legend={t('field.event.valence')}
        part="event-valence"
        value={String(valence)}
        options={valenceOptions(t)}
        onChange={(v) => v !== undefined && setValence(Number(v) as Valence)}
      />
      <PeopleField network={network} values={people} t={t} onChange={setPeople} />
      <TextField label={t('field.event.note')} value={note} multiline onCommit={setNote} />
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary">
          {t('lifeline.addSubmit')}
        </button>
      </div>
      <p data-part="form-status" role="status">
        {added ? t('lifeline.addedNext', { title: added }) : ''}
      </p>
    </form>
  );
}
