/**
 * The form to add or change a life event or period: title, one moment or a period
 * (start, end or "still going"), area of life, how it was (in words), the people
 * involved and a note. Dates are typed as people say them ("mei 2019", "ca. 2010").
 */
import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import {
  EVENT_CATEGORIES, formatFuzzyDate, fuzzyDateEnd, fuzzyDateStart,
  type EventCategory, type LifeEvent, type Network, type Valence,
} from '@kring/core';
import { CategoryIcon } from './icons';
import { parseDateInput } from './dateInput';
import type { LifelineText } from './text';

/** The fields of a new or changed event, as the form hands them over. */
export interface EventDraft {
  title: string;
  category: EventCategory;
  valence: Valence;
  people: string[];
  note: string;
  /** Exactly one of `date` (a moment) or `start` (a period, with `end` or still going). */
  date?: string;
  start?: string;
  end?: string;
}

/** Props of {@link EventForm}. */
export interface EventFormProps {
  /** The event to change; absent for a new one. */
  event?: LifeEvent;
  /** The date to start a new event at (fuzzy). */
  initialDate?: string;
  /** People to choose from (names already redacted when needed); the client is left out. */
  network: Network;
  t: LifelineText;
  onSubmit(draft: EventDraft): void;
  onCancel(): void;
  onDelete?: () => void;
  /** An error from saving (e.g. a rule of the format); shown above the buttons. */
  saveError?: string | null;
}

const VALENCE_ORDER: Valence[] = [-2, -1, 0, 1, 2];
const VALENCE_SIGN: Record<Valence, string> = { [-2]: '−−', [-1]: '−', 0: '0', 1: '+', 2: '++' } as Record<Valence, string>;

function shown(date: string | undefined, t: LifelineText): string {
  return date ? formatFuzzyDate(date, t.locale) : '';
}

export function EventForm({ event, initialDate, network, t, onSubmit, onCancel, onDelete, saveError }: EventFormProps): ReactElement {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(event?.title ?? '');
  const [kind, setKind] = useState<'point' | 'period'>(event && event.date === undefined ? 'period' : 'point');
  const [date, setDate] = useState(shown(event?.date ?? (event ? undefined : initialDate), t));
  const [start, setStart] = useState(shown(event?.start ?? (event ? event.date : initialDate), t));
  const [end, setEnd] = useState(shown(event?.end, t));
  const [ongoing, setOngoing] = useState(event ? event.date === undefined && event.end === undefined : false);
  const [category, setCategory] = useState<EventCategory>(event?.category ?? 'other');
  const [valence, setValence] = useState<Valence>(event?.valence ?? 0);
  const [people, setPeople] = useState<string[]>(event?.people ?? []);
  const [note, setNote] = useState(event?.note ?? '');
  const [errors, setErrors] = useState<Partial<Record<'title' | 'date' | 'start' | 'end', string>>>({});

  const others = network.people.filter((p) => p.id !== network.focus);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!title.trim()) next.title = t('errorTitle');
    const draft: EventDraft = { title: title.trim(), category, valence, people, note: note.trim() };
    if (kind === 'point') {
      const d = parseDateInput(date);
      if (!d) next.date = t('errorDate');
      else draft.date = d;
    } else {
      const s = parseDateInput(start);
      if (!s) next.start = t('errorDate');
      else draft.start = s;
      if (!ongoing) {
        const en = parseDateInput(end);
        if (!en) next.end = t('errorDate');
        else if (s && fuzzyDateEnd(en) < fuzzyDateStart(s)) next.end = t('errorEndBeforeStart');
        else draft.end = en;
      }
    }
    setErrors(next);
    const firstBad = (['title', 'date', 'start', 'end'] as const).find((k) => next[k]);
    if (firstBad) {
      formRef.current?.querySelector<HTMLInputElement>(`[data-field="${firstBad}"]`)?.focus();
      return;
    }
    onSubmit(draft);
  }

  const dateField = (field: 'date' | 'start' | 'end', labelText: string, value: string, set: (v: string) => void, disabled = false) => {
    const parsed = value.trim() ? parseDateInput(value) : null;
    const err = errors[field];
    return (
      <div className="kring-lifeline__field" data-part="field">
        <label htmlFor={`${id}-${field}`}>{labelText}</label>
        <input
          id={`${id}-${field}`}
          data-field={field}
          type="text"
          inputMode="text"
          autoComplete="off"
          value={value}
          disabled={disabled}
          aria-invalid={err ? true : undefined}
          aria-describedby={`${id}-${field}-hint${err ? ` ${id}-${field}-error` : ''}`}
          onChange={(e) => set(e.target.value)}
        />
        <span id={`${id}-${field}-hint`} className="kring-lifeline__hint" data-part="hint">
          {parsed && !disabled ? `= ${formatFuzzyDate(parsed, t.locale)}` : t('dateHint')}
        </span>
        {err ? (
          <span id={`${id}-${field}-error`} className="kring-lifeline__error" data-part="field-error">
            {err}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <form ref={formRef} className="kring-lifeline__form" data-part="event-form" onSubmit={submit} noValidate>
      <div className="kring-lifeline__field" data-part="field">
        <label htmlFor={`${id}-title`}>{t('fieldTitle')}</label>
        <input
          id={`${id}-title`}
          data-field="title"
          type="text"
          value={title}
          required
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {errors.title ? (
          <span id={`${id}-title-error`} className="kring-lifeline__error" data-part="field-error">
            {errors.title}
          </span>
        ) : null}
      </div>

      <fieldset className="kring-lifeline__fieldset" data-part="fieldset">
        <legend>{t('fieldWhen')}</legend>
        <div className="kring-lifeline__choices kring-lifeline__choices--row">
          {(['point', 'period'] as const).map((k) => (
            <label key={k} className="kring-lifeline__choice" data-part="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  if (k === 'period' && !start) setStart(date);
                  if (k === 'point' && !date) setDate(start);
                }}
              />
              <span>{k === 'point' ? t('kindPoint') : t('kindPeriod')}</span>
            </label>
          ))}
        </div>
        {kind === 'point' ? (
          dateField('date', t('fieldDate'), date, setDate)
        ) : (
          <>
            {dateField('start', t('fieldStart'), start, setStart)}
            {dateField('end', t('fieldEnd'), ongoing ? '' : end, setEnd, ongoing)}
            <label className="kring-lifeline__choice" data-part="choice">
              <input type="checkbox" checked={ongoing} onChange={(e) => setOngoing(e.target.checked)} />
              <span>{t('fieldOngoing')}</span>
            </label>
          </>
        )}
      </fieldset>

      <fieldset className="kring-lifeline__fieldset" data-part="fieldset">
        <legend>{t('fieldCategory')}</legend>
        <div className="kring-lifeline__choices kring-lifeline__choices--grid">
          {EVENT_CATEGORIES.map((c) => (
            <label key={c} className="kring-lifeline__choice kring-lifeline__chip" data-part="choice">
              <input type="radio" name={`${id}-category`} value={c} checked={category === c} onChange={() => setCategory(c)} />
              <CategoryIcon category={c} size={16} />
              <span>{t.label('category', c)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="kring-lifeline__fieldset" data-part="fieldset">
        <legend>{t('fieldValence')}</legend>
        <div className="kring-lifeline__choices kring-lifeline__choices--valence">
          {VALENCE_ORDER.map((v) => (
            <label key={v} className="kring-lifeline__choice kring-lifeline__chip" data-part="choice" data-valence={v}>
              <input type="radio" name={`${id}-valence`} value={v} checked={valence === v} onChange={() => setValence(v)} />
              <span aria-hidden="true" className="kring-lifeline__sign">{VALENCE_SIGN[v]}</span>
              <span>{t.label('valence', v)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="kring-lifeline__fieldset" data-part="fieldset">
        <legend>{t('fieldPeople')}</legend>
        {others.length === 0 ? (
          <p className="kring-lifeline__hint">{t('noPeople')}</p>
        ) : (
          <div className="kring-lifeline__choices kring-lifeline__choices--grid">
            {others.map((p) => (
              <label key={p.id} className="kring-lifeline__choice" data-part="choice">
                <input
                  type="checkbox"
                  value={p.id}
                  checked={people.includes(p.id)}
                  onChange={(e) => setPeople((prev) => (e.target.checked ? [...prev, p.id] : prev.filter((x) => x !== p.id)))}
                />
                <span>{p.name}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <div className="kring-lifeline__field" data-part="field">
        <label htmlFor={`${id}-note`}>{t('fieldNote')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>

      {saveError ? (
        <p className="kring-lifeline__error" role="alert" data-part="save-error">
          {saveError}
        </p>
      ) : null}

      <div className="kring-lifeline__actions" data-part="actions">
        <button type="submit" className="kring-lifeline__button kring-lifeline__button--primary" data-part="save">
          {t('save')}
        </button>
        <button type="button" className="kring-lifeline__button" data-part="cancel" onClick={onCancel}>
          {t('cancel')}
        </button>
        {onDelete ? (
          <button type="button" className="kring-lifeline__button kring-lifeline__button--danger" data-part="delete" onClick={onDelete}>
            {t('delete')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
