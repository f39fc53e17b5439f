import { useId, useRef, useState, type ReactElement } from 'react';
import {
  compareFuzzyDates, CONTACT_FREQUENCIES, formatFuzzyDate, INTENTS, isFuzzyDate, otherEnd, QUALITIES, STRENGTHS, SUPPORT_TYPES, supportSeenFrom,
  TIE_STATUSES, tieStatusChangeKind, todayFuzzyDate, type Network, type NetworkIssue, type Quality, type Strength, type SupportType, type Tie, type TieHistoryEntry,
  type TiePatch, type TieStatus,
} from '@kring/core';
import { useText, type Locale, type Text } from '../i18n';
import { EDITOR_BUNDLES, type EditorTextKey } from './messages';
import { describeHistoryEntry, nameOf } from '../view/ties/describeTie';
import { CheckboxGroupField, RadioGroupField, SelectField, TextField } from './fields';
import { FormErrors, issueLookup } from './FormErrors';
import { DateField } from './DateField';
import { optionsOf } from './options';
import { StatusSince } from './StatusSince';
import { withLocaleGate } from '../locales';

/** The second argument of {@link TieEditorProps.onChange}: the answer to "Sinds wanneer?". */
export interface TieChangeOptions {
  /** Since when the tie has its new status, a fuzzy date (`2019`, `2019-05`, `~2010`). */
  date: string;
}

/** Fields of a tie that an editor can hide. */
export type TieField = Exclude<keyof Tie, 'id' | 'extensions' | 'between'>;

/** Props of {@link TieEditor}. */
export interface TieEditorProps {
  /** The tie as it is now (controlled). */
  value: Tie;
  /** The network: names of both people, the client (focus) for the support labels, issue paths. */
  network: Network;
  /**
   * Called on every change with only the changed fields (`undefined` = remove the field).
   * A status change that asked "Sinds wanneer?" (the tie faded, broke, ended or was restored:
   * `tieStatusChangeKind`) comes as `{ status }` with `{ date }`, the answer: hand both to
   * `changeTieStatus(network, id, patch.status, options)` (or `updateTie(network, id, patch,
   * options)`) so the state before and the new status are written to `history` with that date.
   */
  onChange?: (patch: TiePatch, options?: TieChangeOptions) => void;
  /**
   * Ask "Sinds wanneer?" before a status change that fades, breaks, ends or restores the tie.
   * Default true; `false` sends every status change at once, without a date.
   */
  askStatusDate?: boolean;
  /** Today, as a fuzzy date: where the "Sinds wanneer?" date starts. Default: today (UTC). */
  today?: () => string;
  /** Issues from the last core operation (e.g. `updateTie` errors); shown next to their field. */
  issues?: readonly NetworkIssue[];
  readOnly?: boolean;
  /** Fields to leave out. */
  hiddenFields?: readonly TieField[];
  locale?: Locale;
  messages?: Partial<Record<EditorTextKey, string>>;
}

const SHOWN: readonly string[] = ['strength', 'quality', 'status', 'intent', 'support', 'contact', 'history', 'since', 'note'];

/** Insert a history entry in date order (oldest first; equal dates keep insertion order). */
export function insertHistoryEntry(history: readonly TieHistoryEntry[], entry: TieHistoryEntry): TieHistoryEntry[] {
  const i = history.findIndex((h) => compareFuzzyDates(h.date, entry.date) > 0);
  return i < 0 ? [...history, entry] : [...history.slice(0, i), entry, ...history.slice(i)];
}

/**
 * Edits every field of a tie: strength, quality, status, intent, the support each way (as
 * checkboxes labelled from the client's side: "Samir krijgt van Latifa" / "Samir geeft aan
 * Latifa"), contact, since, note, and its history (read, add an entry, remove an entry).
 */
export const TieEditor = /* @__PURE__ */ withLocaleGate(TieEditorView, 'TieEditor');

function TieEditorView(props: TieEditorProps): ReactElement {
  const { value: tie, network, onChange, issues, readOnly = false, hiddenFields = [], askStatusDate = true } = props;
  const t = useText(EDITOR_BUNDLES, props.locale, props.messages);
  const { locale } = t;
  const id = useId();
  // A status change that asks "Sinds wanneer?" waits here until the user records it.
  const [pendingStatus, setPendingStatus] = useState<TieStatus | undefined>();
  const [recorded, setRecorded] = useState<{ status: TieStatus; date: string } | null>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const pendingKind = pendingStatus !== undefined ? tieStatusChangeKind(tie.status, pendingStatus) : null;
  const pickStatus = (v: TieStatus | undefined) => {
    setRecorded(null);
    if (askStatusDate && !readOnly && tieStatusChangeKind(tie.status, v)) setPendingStatus(v);
    else {
      setPendingStatus(undefined);
      if (v !== tie.status) set({ status: v });
    }
  };
  const closeQuestion = () => {
    setPendingStatus(undefined);
    statusRef.current?.focus();
  };
  const show = (f: TieField) => !hiddenFields.includes(f);
  const set = (patch: TiePatch) => {
    if (!readOnly) onChange?.(patch);
  };
  const index = network.ties.findIndex((x) => x.id === tie.id);
  const errors = issueLookup(issues, index >= 0 ? `ties[${index}]` : undefined, t, SHOWN);

  // Support labels from the client's side when the client is one end, else from the first person.
  const me = tie.between.includes(network.focus) ? network.focus : tie.between[0];
  const meIsFirst = tie.between[0] === me;
  const other = otherEnd(tie, me);
  const a = nameOf(network, me);
  const b = nameOf(network, other);
  const { receives, gives } = supportSeenFrom(tie, me);
  const setSupport = (mine: { receives?: SupportType[]; gives?: SupportType[] }) => {
    const r = mine.receives ?? receives;
    const g = mine.gives ?? gives;
    const first = meIsFirst ? { receives: r, gives: g } : { receives: g, gives: r };
    const support: NonNullable<Tie['support']> = {};
    if (first.receives.length) support.receives = first.receives;
    if (first.gives.length) support.gives = first.gives;
    set({ support: support.receives || support.gives ? support : undefined });
  };
  const supportOptions = optionsOf(t, 'support', SUPPORT_TYPES);

  return (
    <div data-part="tie-editor" data-readonly={readOnly || undefined}>
      <FormErrors issues={errors.general} />
      <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-tie`}>
        <legend id={`${id}-tie`}>{t('editor.tie.section.tie')}</legend>
        {show('strength') ? (
          <RadioGroupField legend={t('field.tie.strength')} value={tie.strength} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'strength', STRENGTHS)} onChange={(v) => set({ strength: v })} error={errors.at('strength')} />
        ) : null}
        {show('quality') ? (
          <RadioGroupField legend={t('field.tie.quality')} value={tie.quality} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'quality', QUALITIES)} onChange={(v) => set({ quality: v })} error={errors.at('quality')} />
        ) : null}
        {show('status') ? (
          <SelectField label={t('field.tie.status')} value={pendingKind ? pendingStatus : tie.status} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'status', TIE_STATUSES)} onChange={pickStatus} error={errors.at('status')} selectRef={statusRef} />
        ) : null}
        {show('status') && pendingKind && pendingStatus ? (
          <StatusSince
            kind={pendingKind}
            from={tie.status}
            notBefore={tie.history?.[tie.history.length - 1]?.date}
            initialDate={props.today?.() ?? todayFuzzyDate()}
            t={t}
            onCancel={closeQuestion}
            onConfirm={(date) => {
              if (!readOnly) onChange?.({ status: pendingStatus }, { date });
              setRecorded({ status: pendingStatus, date });
              closeQuestion();
            }}
          />
        ) : null}
        {show('status') ? (
          <p data-part="form-status" role="status">
            {recorded && tie.status === recorded.status ? t('editor.since.recorded', { status: t.label('status', recorded.status), date: formatFuzzyDate(recorded.date, locale) }) : null}
          </p>
        ) : null}
        {show('intent') ? (
          <SelectField label={t('field.tie.intent')} value={tie.intent} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'intent', INTENTS)} onChange={(v) => set({ intent: v })} error={errors.at('intent')} />
        ) : null}
        {show('contact') ? (
          <SelectField label={t('field.tie.contact')} value={tie.contact} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'contact', CONTACT_FREQUENCIES)} onChange={(v) => set({ contact: v })} error={errors.at('contact')} />
        ) : null}
        {show('since') ? (
          <DateField label={t('field.tie.since')} value={tie.since} onCommit={(v) => set({ since: v })} t={t} error={errors.at('since')} readOnly={readOnly} />
        ) : null}
      </fieldset>

      {show('support') ? (
        <fieldset data-part="editor-section" disabled={readOnly} aria-labelledby={`${id}-support`} aria-describedby={`${id}-support-hint`}>
          <legend id={`${id}-support`}>{t('editor.tie.section.support')}</legend>
          <p id={`${id}-support-hint`} data-part="field-hint">
            {t('editor.supportHint')}
          </p>
          <CheckboxGroupField legend={t('symbol.receivesFrom', { a, b })} values={receives} options={supportOptions} onChange={(v) => setSupport({ receives: v })} error={errors.at(meIsFirst ? 'support.receives' : 'support.gives')} />
          <CheckboxGroupField legend={t('symbol.givesTo', { a, b })} values={gives} options={supportOptions} onChange={(v) => setSupport({ gives: v })} error={errors.at(meIsFirst ? 'support.gives' : 'support.receives')} />
          {errors.at('support') && !errors.at('support.receives') && !errors.at('support.gives') ? <p data-part="field-error">{errors.at('support')}</p> : null}
        </fieldset>
      ) : null}

      {show('history') ? <HistoryEditor history={tie.history ?? []} onChange={(h) => set({ history: h.length ? h : undefined })} readOnly={readOnly} t={t} error={errors.at('history')} /> : null}

      {show('note') ? (
        <fieldset data-part="editor-section" disabled={readOnly}>
          <TextField label={t('field.tie.note')} value={tie.note} multiline onCommit={(v) => set({ note: v })} error={errors.at('note')} />
        </fieldset>
      ) : null}
    </div>
  );
}

interface HistoryEditorProps {
  history: readonly TieHistoryEntry[];
  onChange: (history: TieHistoryEntry[]) => void;
  readOnly: boolean;
  t: Text<EditorTextKey>;
  error?: string;
}

/** The dated earlier states of a tie: a list to read, a remove button per entry, and a small form to add one. */
function HistoryEditor({ history, onChange, readOnly, t, error }: HistoryEditorProps): ReactElement {
  const { locale } = t;
  const id = useId();
  const [date, setDate] = useState<string | undefined>();
  const [status, setStatus] = useState<TieStatus | undefined>();
  const [strength, setStrength] = useState<Strength | undefined>();
  const [quality, setQuality] = useState<Quality | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const [missingDate, setMissingDate] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const add = () => {
    if (!date || !isFuzzyDate(date)) {
      setMissingDate(true);
      return;
    }
    const entry: TieHistoryEntry = { date };
    if (status) entry.status = status;
    if (strength) entry.strength = strength;
    if (quality) entry.quality = quality;
    if (note) entry.note = note;
    onChange(insertHistoryEntry(history, entry));
    setDate(undefined);
    setStatus(undefined);
    setStrength(undefined);
    setQuality(undefined);
    setNote(undefined);
    setMissingDate(false);
    setFormKey((k) => k + 1);
  };
  return (
    <section data-part="history-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} data-part="editor-section-title">
        {t('field.tie.history')}
      </h3>
      {error ? <p data-part="field-error">{error}</p> : null}
      {history.length === 0 ? (
        <p data-part="field-hint">{t('editor.history.empty')}</p>
      ) : (
        <ol data-part="history-list">
          {history.map((h, i) => (
            <li key={`${h.date}-${i}`}>
              <span>{describeHistoryEntry(h, t)}</span>
              {!readOnly ? (
                <button
                  type="button"
                  data-part="icon-button"
                  aria-label={t('editor.history.remove', { date: formatFuzzyDate(h.date, locale) })}
                  onClick={() => onChange(history.filter((_, j) => j !== i))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {!readOnly ? (
        <fieldset data-part="editor-section" key={formKey}>
          <legend>{t('editor.history.newEntry')}</legend>
          <DateField label={t('field.history.date')} value={date} onCommit={setDate} t={t} required error={missingDate && !date ? t('editor.history.dateRequired') : undefined} />
          <SelectField label={t('field.history.status')} value={status} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'status', TIE_STATUSES)} onChange={setStatus} />
          <SelectField label={t('field.history.strength')} value={strength} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'strength', STRENGTHS)} onChange={setStrength} />
          <SelectField label={t('field.history.quality')} value={quality} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'quality', QUALITIES)} onChange={setQuality} />
          <TextField label={t('field.history.note')} value={note} onCommit={setNote} />
          <button type="button" data-part="button" onClick={add}>
            {t('editor.history.add')}
          </button>
        </fieldset>
      ) : null}
    </section>
  );
}
