/**
 * The one date field of every form that asks for a date: the editors (PersonEditor,
 * TieEditor and its history, StatusSince) and the Lifeline's event forms.
 * @internal
 */
import type { ReactElement, Ref } from 'react';
import { formatFuzzyDate, readTypedDate } from '@kring/core';
import type { Text } from '../i18n';
import type { EditorTextKey } from './messages';
import { TextField } from './fields';

/**
 * The earliest year the field takes. Kring maps living networks and life stories: a date
 * before 1900 is far more often a typo ("1019", "1920" → "1290") than a real date.
 */
export const DATE_FIRST_YEAR = 1900;
/**
 * How many years after this year the field still takes: plans and expected dates
 * ("verhuizing in 2027", a consent that runs until …) are allowed, up to the end of the year
 * this many years ahead (today 2026 → up to 2036-12-31). Later is taken as a typo.
 */
export const DATE_YEARS_AHEAD = 10;

/** Why `text` is not a date the field takes; `undefined` when it is (or is empty and not required). */
export function dateProblem(text: string, t: Text<EditorTextKey>, required = false, now: Date = new Date()): string | undefined {
  if (text.trim() === '') return required ? t('editor.dateRequired') : undefined;
  const date = readTypedDate(text);
  if (!date) return t('issue.invalid-date');
  const year = Number(/^~?(\d{4})/.exec(date)?.[1]);
  if (year < DATE_FIRST_YEAR) return t('editor.dateTooEarly', { year: DATE_FIRST_YEAR });
  const last = now.getFullYear() + DATE_YEARS_AHEAD;
  if (year > last) return t('editor.dateTooLate', { year: last });
  return undefined;
}

/** The confirmation under a readable date: "Dat is: februari 2024". */
export function dateReads(text: string, t: Text<EditorTextKey>): string | undefined {
  const date = readTypedDate(text);
  return date ? t('editor.dateReads', { date: formatFuzzyDate(date, t.locale) }) : undefined;
}

/** Props of {@link DateField}. */
export interface DateFieldProps {
  label: string;
  value: string | undefined;
  /** Called with the canonical fuzzy date (`2019-05`, `~2010`); `undefined` when emptied. */
  onCommit: (value: string | undefined) => void;
  /** The texts (and locale, for reading the date back): the editor's or the Lifeline's. */
  t: Text<EditorTextKey>;
  error?: string;
  readOnly?: boolean;
  /** Show a "Vandaag" button that fills in today. */
  today?: () => string;
  required?: boolean;
  /** Text after the shared hint (e.g. what the status was until then). */
  hint?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  part?: string;
}

/**
 * A fuzzy date typed as people write it — "2019", "mei 2019", "3 mei 2019", "3-5-2019",
 * "2019-05-03", "ca. 2010", "~2010" (`readTypedDate` from `@kring/core`) — read back in words
 * ("Dat is: februari 2024") and committed as the format's fuzzy date (`2019-05-03`, `~2010`).
 *
 * Limits, the same in every form: years from {@link DATE_FIRST_YEAR} (1900) up to the end of
 * the year {@link DATE_YEARS_AHEAD} (10) years from now; outside them the text stays in the
 * field, is not committed and a message says why.
 *
 * Messages (one set, overridable through the `messages` prop of the Ecogram, the editors and
 * the Lifeline): `editor.dateHint` (the hint), `editor.dateReads` (the confirmation),
 * `editor.dateRequired` (empty but required), `issue.invalid-date` (not readable — the same
 * words as a refused edit's issue), `editor.dateTooEarly` / `editor.dateTooLate` (`{year}`).
 */
export function DateField({ label, value, onCommit, t, error, readOnly, today, required, hint, inputRef, part }: DateFieldProps): ReactElement {
  return (
    <TextField
      label={label}
      value={value}
      onCommit={onCommit}
      error={error}
      readOnly={readOnly}
      required={required}
      maxLength={40}
      autoComplete="off"
      inputRef={inputRef}
      part={part}
      hint={hint ? `${t('editor.dateHint')} ${hint}` : t('editor.dateHint')}
      validate={(text) => dateProblem(text, t, required)}
      parse={(text) => readTypedDate(text) ?? text}
      reads={(text) => dateReads(text, t)}
      action={
        today && !readOnly ? (
          <button type="button" data-part="field-action" aria-label={t('editor.todayFor', { field: label })} onClick={() => onCommit(today())}>
            {t('editor.today')}
          </button>
        ) : undefined
      }
    />
  );
}
