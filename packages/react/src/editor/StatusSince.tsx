/**
 * The "Sinds wanneer?" question of the TieEditor: shown under the status field when a tie
 * fades, breaks, ends or is restored (`tieStatusChangeKind`), with a typed fuzzy date that
 * starts at today. Nothing is written until the user records it.
 * @internal
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { compareFuzzyDates, formatFuzzyDate, isFuzzyDate, readTypedDate, type TieStatus, type TieStatusChangeKind } from '@kring/core';
import type { Text } from '../i18n';
import type { EditorTextKey } from './messages';
import { TextField } from './fields';
import { dateProblem, dateReads } from './DateField';

/** Props of {@link StatusSince}. */
export interface StatusSinceProps {
  kind: TieStatusChangeKind;
  /** The status before the change; named in the hint ("Tot dan was de band actief"). */
  from: TieStatus | undefined;
  /** The date of the last history entry: an earlier answer would put the history out of order. */
  notBefore?: string | undefined;
  /** The date the field starts with (today). */
  initialDate: string;
  /** The user records the change with this fuzzy date. */
  onConfirm: (date: string) => void;
  /** The user keeps the status as it was. */
  onCancel: () => void;
  t: Text<EditorTextKey>;
}

/** The question, its date field and the two buttons (record / keep the status). */
export function StatusSince({ kind, from, notBefore, initialDate, onConfirm, onCancel, t }: StatusSinceProps): ReactElement {
  const { locale } = t;
  const id = useId();
  const [text, setText] = useState(initialDate);
  const [tried, setTried] = useState(false);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const date = readTypedDate(text);
  const tooEarly = date !== null && notBefore !== undefined && isFuzzyDate(notBefore) && compareFuzzyDates(date, notBefore) < 0;
  const problem = dateProblem(text, t, true);
  const error = tried
    ? (problem ?? (tooEarly ? t('editor.since.tooEarly', { date: formatFuzzyDate(notBefore as string, locale) }) : undefined))
    : undefined;
  const confirm = () => {
    setTried(true);
    if (date && !problem && !tooEarly) onConfirm(date);
    else inputRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      confirm();
    }
  };
  const was = from ? t.label('status', from).toLocaleLowerCase(locale) : undefined;
  return (
    <div data-part="status-since" role="group" aria-labelledby={`${id}-q`} onKeyDown={onKeyDown}>
      <p id={`${id}-q`} data-part="status-since-question">
        {t(`editor.since.question.${kind}`)}
      </p>
      <TextField
        label={t('editor.since.label')}
        value={text}
        onCommit={(v) => setText(v ?? '')}
        inputRef={inputRef}
        maxLength={40}
        autoComplete="off"
        hint={was ? `${t('editor.dateHint')} ${t('editor.since.before', { status: was })}` : t('editor.dateHint')}
        reads={(typed) => dateReads(typed, t)}
        error={error}
        required
      />
      <div data-part="form-actions">
        <button type="button" data-part="button" data-variant="primary" onClick={confirm}>
          {t('editor.since.confirm')}
        </button>
        <button type="button" data-part="button" onClick={onCancel}>
          {t('editor.since.cancel')}
        </button>
      </div>
    </div>
  );
}
