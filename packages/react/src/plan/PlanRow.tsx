/**
 * One action of the plan: its intent (icon and words), the step, about whom, who does it,
 * when it is due (overdue: an icon and the words "Te laat — was 1 mei 2024", never colour
 * alone), its status, the note; and, when editable, its buttons and its inline forms
 * (edit, "Gedaan" with the date).
 * @internal
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { formatFuzzyDate, type ActionInput, type Network, type NetworkIssue } from '@kring/core';
import type { Text } from '../i18n';
import type { PlanItem } from '../view/plan';
import { DateField } from '../editor/DateField';
import { FormErrors, issueLookup } from '../editor/FormErrors';
import { IntentIcon } from '../symbols/IntentIcon';
import { SymbolImage } from '../symbols/icons';
import { UserText } from '../utils/UserText';
import { ActionForm } from './ActionForm';
import { aboutName, ownerName } from './describe';
import { consentWords } from './consent';
import type { PlanTextKey } from './messages';

/** What is open in a row. @internal */
export type RowMode = 'edit' | 'complete' | null;

/** Props of {@link PlanRow}. @internal */
export interface PlanRowProps {
  item: PlanItem;
  network: Network;
  t: Text<PlanTextKey>;
  readOnly: boolean;
  mode: RowMode;
  setMode: (mode: RowMode) => void;
  today: string;
  issues: readonly NetworkIssue[] | undefined;
  headingLevel: number;
  onSave: (input: ActionInput) => boolean;
  onComplete: (date: string) => boolean;
  onDrop: () => void;
  onReopen: () => void;
  onRemove: () => void;
}

/** A warning sign (decorative: the words beside it say it). */
function OverdueIcon(): ReactElement {
  return (
    <SymbolImage width={16} height={16}>
      <path d="M8 1.8 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 6.2v3.8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12" r="0.95" fill="currentColor" />
    </SymbolImage>
  );
}

function CompleteForm({ t, today, issues, path, onSave, onCancel }: { t: Text<PlanTextKey>; today: string; issues: readonly NetworkIssue[] | undefined; path: string; onSave: (date: string) => boolean; onCancel: () => void }): ReactElement {
  const [date, setDate] = useState<string | undefined>(today);
  const [missing, setMissing] = useState(false);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const errors = issueLookup(issues, path, t, ['done']);
  useEffect(() => inputRef.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!date) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    onSave(date);
  };
  return (
    <form data-part="complete-form" data-screen-only="" onSubmit={submit} noValidate>
      <DateField label={t('plan.completeWhen')} value={date} required inputRef={inputRef} t={t} today={() => today} onCommit={(v) => { setDate(v); setMissing(false); }} error={errors.at('done') ?? (missing ? t('editor.dateRequired') : undefined)} />
      <FormErrors issues={errors.general} />
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary">
          {t('plan.completeSave')}
        </button>
        <button type="button" data-part="button" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}

/** @internal */
export function PlanRow(props: PlanRowProps): ReactElement {
  const { item, network, t, readOnly, mode, setMode, today, issues } = props;
  const { action, status, overdue } = item;
  const id = useId();
  const H = `h${Math.min(6, Math.max(2, props.headingLevel))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  const path = `actions[${item.index}]`;
  const owner = ownerName(network, action.owner, t);
  const step = action.step;
  // A refused reopen (consent withdrawn since): said in the form's words, with the names.
  const refused = issues?.some((i) => i.code === 'consent-refused') ? consentWords(network, action.about, action.intent, t).refused : undefined;
  const general = mode === null ? issueLookup(issues?.filter((i) => !refused || i.code !== 'consent-refused'), path, t, []).general : [];
  if (refused && mode === null) general.unshift({ path: 'about', text: refused });
  const button = (label: string, hidden: string, onClick: () => void, variant?: string) => (
    <button type="button" data-part="button" data-variant={variant} aria-label={`${label}: ${hidden}`} onClick={onClick}>
      {label}
    </button>
  );
  if (mode === 'edit') {
    return (
      <li data-part="plan-row" data-mode="edit" data-action-id={action.id}>
        <ActionForm
          network={network}
          mode="edit"
          headingLevel={Math.min(5, props.headingLevel) as 2 | 3 | 4 | 5}
          defaultValues={{ about: action.about, intent: action.intent, step: action.step, owner: action.owner, due: action.due, note: action.note }}
          issues={issues}
          issuePath={path}
          today={() => today}
          locale={t.locale}
          messages={t.overrides}
          onSubmit={props.onSave}
          onCancel={() => setMode(null)}
        />
      </li>
    );
  }
  return (
    <li data-part="plan-row" data-action-id={action.id} data-status={status} data-overdue={overdue || undefined} aria-labelledby={`${id}-step`}>
      <p data-part="plan-intent">
        <SymbolImage width={20} height={20} viewBox="0 0 16 16">
          <IntentIcon intent={action.intent} />
        </SymbolImage>
        <span>{t.label('actionIntent', action.intent)}</span>
      </p>
      <H id={`${id}-step`} data-part="plan-step" tabIndex={-1}>
        <UserText>{step}</UserText>
      </H>
      <dl data-part="plan-meta">
        <div>
          <dt>{t('plan.about')}</dt>
          <dd>
            {action.about.map((ref, i) => (
              <span key={ref}>
                {i > 0 ? ', ' : null}
                <UserText>{aboutName(network, ref, t)}</UserText>
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('plan.owner')}</dt>
          <dd>{owner ? <UserText>{owner}</UserText> : <span data-part="plan-none">{t('plan.noOwner')}</span>}</dd>
        </div>
        <div>
          <dt>{t('plan.due')}</dt>
          <dd>
            {overdue && action.due ? (
              <strong data-part="plan-overdue">
                <OverdueIcon />
                {t('plan.overdue', { date: formatFuzzyDate(action.due, t.locale) })}
              </strong>
            ) : action.due ? (
              formatFuzzyDate(action.due, t.locale)
            ) : (
              <span data-part="plan-none">{t('plan.noDue')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('plan.status')}</dt>
          <dd data-part="plan-status">
            {status === 'done' ? (action.done ? t('plan.doneOn', { date: formatFuzzyDate(action.done, t.locale) }) : t.label('actionStatus', 'done')) : t.label('actionStatus', status)}
          </dd>
        </div>
      </dl>
      {action.note ? (
        <p data-part="plan-note">
          <UserText>{action.note}</UserText>
        </p>
      ) : null}
      <FormErrors issues={general} />
      {!readOnly && mode === 'complete' ? (
        <CompleteForm t={t} today={today} issues={issues} path={path} onSave={(date) => props.onComplete(date)} onCancel={() => setMode(null)} />
      ) : null}
      {!readOnly && mode === null ? (
        <div data-part="plan-row-actions" data-screen-only="">
          {status === 'open' ? button(t('plan.complete'), step, () => setMode('complete'), 'primary') : button(t('plan.reopen'), step, props.onReopen)}
          {button(t('plan.edit'), step, () => setMode('edit'))}
          {status === 'open' ? button(t('plan.drop'), step, props.onDrop) : null}
          {button(t('plan.remove'), step, props.onRemove, 'danger')}
        </div>
      ) : null}
    </li>
  );
}
