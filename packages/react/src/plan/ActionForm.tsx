/**
 * The form of one plan action: about whom (people or ties), the intent, the step, who does it,
 * when it is due, a note. Used by the NetworkPlan (add and edit) and by the person's and the
 * tie's popover on the map and in the list ("Actie toevoegen").
 *
 * Consent, as core's `actionConsent` reads it (the same rule as the reader): a person with
 * consent `not-allowed` cannot be chosen for a contacting intent (the option is disabled and
 * says why); when one is chosen already (an edit, a pre-filled form, another intent picked)
 * the form says why in words beside the list and the intent, linked with `aria-describedby`,
 * and does not submit. `ask-first` is a warning that does not block. Core's own refusals come
 * back as `issues` and are shown beside their field or in `FormErrors`.
 */
import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { ACTION_INTENTS, todayFuzzyDate, type ActionInput, type ActionIntent, type Network, type NetworkIssue } from '@kring/core';
import { useText, type Locale } from '../i18n';
import { DateField } from '../editor/DateField';
import { SelectField, TextField } from '../editor/fields';
import { FormErrors, issueLookup } from '../editor/FormErrors';
import type { SubmitAnswer } from '../editor/AddPersonForm';
import { AboutField } from './AboutField';
import { OwnerField } from './OwnerField';
import { consentWords } from './consent';
import { PLAN_FORM_BUNDLES, type PlanFormTextKey } from './messages';
import { withLocaleGate } from '../locales';

/** What the form fills in. */
export interface ActionFormValues {
  about: string[];
  intent: ActionIntent;
  step: string;
  owner?: string | undefined;
  due?: string | undefined;
  note?: string | undefined;
}

/** Props of {@link ActionForm}. */
export interface ActionFormProps {
  /** The network the action is in: people and ties to choose, consent, names. */
  network: Network;
  /** Start values (an edit: the action; from a popover: `about` the person or tie). */
  defaultValues?: Partial<ActionFormValues>;
  /** `add` (default) or `edit`: the title and the submit button's words. */
  mode?: 'add' | 'edit';
  /** Called with the action (no id for a new one). `false` or `{ ok: false }` keeps the form open. */
  onSubmit: (input: ActionInput) => SubmitAnswer;
  /** Shows "Annuleren". */
  onCancel?: () => void;
  /** Issues from the last core operation; shown beside their field or above the buttons. */
  issues?: readonly NetworkIssue[];
  /** The JSON path of the action (`actions[2]`) to match `issues` to fields. */
  issuePath?: string;
  /** Show the form's heading. Default true. */
  showTitle?: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
  /** Put the cursor in the first field when shown. Default true. */
  autoFocus?: boolean;
  /** Today, for the due date's "Vandaag" button. */
  today?: () => string;
  locale?: Locale;
  messages?: Partial<Record<PlanFormTextKey, string>>;
}

const SHOWN = ['about', 'intent', 'step', 'owner', 'due', 'note'];

/** The values as an action for core (empty optional fields left out). */
function toInput(v: ActionFormValues): ActionInput {
  const input: ActionInput = { about: v.about, intent: v.intent, step: v.step.trim() };
  if (v.owner) input.owner = v.owner;
  if (v.due) input.due = v.due;
  if (v.note?.trim()) input.note = v.note;
  return input;
}

/**
 * The form of one plan action: intent, about whom (people or ties), step, owner, due date,
 * note. A person who does not want to be contacted cannot be chosen for a contacting intent,
 * and the form says why; `ask-first` gives a warning.
 */
export const ActionForm = /* @__PURE__ */ withLocaleGate(ActionFormView, 'ActionForm');

function ActionFormView(props: ActionFormProps): ReactElement {
  const { network, defaultValues = {}, mode = 'add', onSubmit, onCancel, issues, showTitle = true, headingLevel = 3, autoFocus = true } = props;
  const t = useText(PLAN_FORM_BUNDLES, props.locale, props.messages);
  const id = useId();
  const [values, setValues] = useState<ActionFormValues>(() => ({
    about: defaultValues.about ?? [], intent: defaultValues.intent ?? 'strengthen', step: defaultValues.step ?? '',
    owner: defaultValues.owner, due: defaultValues.due, note: defaultValues.note,
  }));
  const [tried, setTried] = useState(false);
  const firstAbout = useRef<HTMLInputElement>(null);
  const stepRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const set = (patch: Partial<ActionFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errors = issueLookup(issues, props.issuePath, t, SHOWN);
  const consent = consentWords(network, values.about, values.intent, t);
  const aboutMissing = values.about.length === 0;
  const stepMissing = values.step.trim() === '';
  const Heading = `h${headingLevel}` as const;
  const reasonId = `${id}-refused`;
  const askId = `${id}-ask`;
  const consentIds = [consent.refused ? reasonId : '', consent.askFirst ? askId : ''].filter(Boolean).join(' ') || undefined;
  const title = mode === 'edit' ? t('plan.form.editTitle') : t('plan.form.addTitle');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (aboutMissing || consent.refused) {
      firstAbout.current?.focus();
      return;
    }
    if (stepMissing) {
      stepRef.current?.focus();
      return;
    }
    onSubmit(toInput(values));
  };

  return (
    <form data-part="action-form" aria-labelledby={showTitle ? `${id}-title` : undefined} aria-label={showTitle ? undefined : title} onSubmit={submit} noValidate>
      {showTitle ? (
        <Heading id={`${id}-title`} data-part="form-title">
          {title}
        </Heading>
      ) : null}
      <SelectField
        label={t('field.action.intent')}
        value={values.intent}
        autoFocus={autoFocus}
        options={ACTION_INTENTS.map((i) => ({ value: i, label: t.label('actionIntent', i) }))}
        onChange={(v) => v && set({ intent: v })}
        error={errors.at('intent')}
      />
      <AboutField
        network={network}
        value={values.about}
        intent={values.intent}
        onChange={(about) => set({ about })}
        t={t}
        firstRef={firstAbout}
        describedBy={consentIds}
        invalid={Boolean(consent.refused)}
        error={errors.at('about') ?? (tried && aboutMissing ? t('plan.form.aboutRequired') : undefined)}
      />
      {consent.refused ? (
        <p id={reasonId} data-part="consent-refused" role="alert">
          {consent.refused}
        </p>
      ) : null}
      {consent.askFirst ? (
        <p id={askId} data-part="consent-ask-first" role="status">
          {consent.askFirst}
        </p>
      ) : null}
      <TextField
        label={t('field.action.step')}
        value={values.step}
        required
        multiline
        inputRef={stepRef}
        hint={t('plan.form.stepHint')}
        onCommit={(v) => set({ step: v ?? '' })}
        error={errors.at('step') ?? (tried && stepMissing ? t('plan.form.stepRequired') : undefined)}
      />
      <OwnerField network={network} value={values.owner} onChange={(owner) => set({ owner })} t={t} error={errors.at('owner')} />
      <DateField label={t('field.action.due')} value={values.due} onCommit={(due) => set({ due })} t={t} error={errors.at('due')} today={props.today ?? (() => todayFuzzyDate())} />
      <TextField label={t('field.action.note')} value={values.note} multiline onCommit={(note) => set({ note })} error={errors.at('note')} />
      <FormErrors issues={errors.general} />
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary" aria-describedby={consent.refused ? reasonId : undefined}>
          {mode === 'edit' ? t('plan.form.submitEdit') : t('plan.form.submitAdd')}
        </button>
        {onCancel ? (
          <button type="button" data-part="button" onClick={onCancel}>
            {t('plan.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
