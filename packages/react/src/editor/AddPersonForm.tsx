import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import {
  CLOSENESSES, CONSENTS, PERSON_KINDS, SECTORS,
  type Closeness, type Consent, type NetworkIssue, type PersonInput, type PersonKind, type Sector,
} from '@kring/core';
import { useText, type Locale } from '../i18n';
import { EDITOR_BUNDLES, type EditorTextKey } from './messages';
import { KindIcon, SymbolImage } from '../symbols/icons';
import { RadioGroupField, SelectField, TextField } from './fields';
import { FormErrors, issueLookup } from './FormErrors';
import { optionsOf } from './options';
import { withLocaleGate } from '../locales';

/** What `onSubmit` may answer: `false` or `{ ok: false }` keeps the form filled in (e.g. the add failed). */
export type SubmitAnswer = void | boolean | { ok: boolean };

/** Props of {@link AddPersonForm}. */
export interface AddPersonFormProps {
  /** Called with the new person (no id: `addPerson` makes one). */
  onSubmit: (input: PersonInput) => SubmitAnswer;
  /** Start values, e.g. the sector of the slice the user tapped. */
  defaultValues?: Partial<Pick<PersonInput, 'name' | 'kind' | 'sector' | 'closeness' | 'consent'>>;
  /** Issues from the last `addPerson`; shown next to their field. */
  issues?: readonly NetworkIssue[];
  /** Put the cursor in the name field when shown. Default true. */
  autoFocus?: boolean;
  /** Show the form's own heading (leave off inside a popover that has one). Default true. */
  showTitle?: boolean;
  /** Heading level of the title. Default 2. */
  headingLevel?: 2 | 3 | 4;
  /**
   * Announce "… is toegevoegd." to screen readers (a status region). Default true. Set
   * `false` where the surrounding component already announces the addition (the Ecogram
   * does), so that it is not read twice; the line is still shown.
   */
  announce?: boolean;
  /**
   * The name to report as added, when the surrounding component knows better than the form:
   * the Ecogram passes the name only once the host shows the new person (a host may refuse
   * the edit). `null`: nothing added yet. Absent: the form reports its own submits.
   */
  added?: string | null;
  locale?: Locale;
  messages?: Partial<Record<EditorTextKey, string>>;
}

/**
 * A short, fast form to add someone: name, kind (with icons), sector, circle, consent. Big
 * targets. After adding, it empties the name (keeps the other choices) and puts the cursor
 * back, so the next person can follow right away; a status line says who was added.
 */
export const AddPersonForm = /* @__PURE__ */ withLocaleGate(AddPersonFormView, 'AddPersonForm');

function AddPersonFormView(props: AddPersonFormProps): ReactElement {
  const { onSubmit, defaultValues = {}, issues, autoFocus = true, showTitle = true, headingLevel = 2, announce = true } = props;
  const t = useText(EDITOR_BUNDLES, props.locale, props.messages);
  const id = useId();
  const [name, setName] = useState(defaultValues.name ?? '');
  const [kind, setKind] = useState<PersonKind>(defaultValues.kind ?? 'person');
  const [sector, setSector] = useState<Sector | undefined>(defaultValues.sector);
  const [closeness, setCloseness] = useState<Closeness | undefined>(defaultValues.closeness);
  const [consent, setConsent] = useState<Consent | undefined>(defaultValues.consent);
  const [nameError, setNameError] = useState(false);
  const [ownStatus, setStatus] = useState('');
  const status = props.added === undefined ? ownStatus : props.added ? t('editor.addPerson.added', { name: props.added }) : '';
  const nameRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const errors = issueLookup(issues, undefined, t, ['name', 'kind', 'sector', 'closeness', 'consent']);
  const Heading = `h${headingLevel}` as const;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (!clean) {
      setNameError(true);
      nameRef.current?.focus();
      return;
    }
    const input: PersonInput = { name: clean, kind };
    if (sector) input.sector = sector;
    if (closeness) input.closeness = closeness;
    if (consent) input.consent = consent;
    const answer = onSubmit(input);
    if (answer === false || (typeof answer === 'object' && answer !== null && !answer.ok)) return;
    setName('');
    setNameError(false);
    setStatus(t('editor.addPerson.added', { name: clean }));
    nameRef.current?.focus();
  };

  return (
    <form data-part="add-person-form" aria-labelledby={showTitle ? `${id}-title` : undefined} aria-label={showTitle ? undefined : t('editor.addPerson.title')} onSubmit={submit} noValidate>
      {showTitle ? (
        <Heading id={`${id}-title`} data-part="form-title">
          {t('editor.addPerson.title')}
        </Heading>
      ) : null}
      <TextField
        label={t('field.person.name')}
        value={name}
        required
        autoFocus={autoFocus}
        autoComplete="off"
        inputRef={nameRef}
        onCommit={(v) => {
          setName(v ?? '');
          if (v) setNameError(false);
        }}
        error={nameError ? t('editor.addPerson.nameRequired') : errors.at('name')}
      />
      <RadioGroupField
        part="kind-choices"
        legend={t('field.person.kind')}
        value={kind}
        options={PERSON_KINDS.map((k) => ({
          value: k,
          label: t.label('kind', k),
          icon: (
            <SymbolImage>
              <KindIcon kind={k} />
            </SymbolImage>
          ),
        }))}
        onChange={(v) => v && setKind(v)}
        error={errors.at('kind')}
      />
      <SelectField label={t('field.person.sector')} value={sector} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'sector', SECTORS)} onChange={setSector} error={errors.at('sector')} />
      <RadioGroupField legend={t('field.person.closeness')} value={closeness} emptyLabel={t('editor.notSet')} options={optionsOf(t, 'closeness', CLOSENESSES)} onChange={setCloseness} error={errors.at('closeness')} />
      <RadioGroupField part="consent" legend={t('field.person.consent')} value={consent ?? 'unknown'} options={optionsOf(t, 'consent', CONSENTS)} onChange={setConsent} error={errors.at('consent')} />
      <FormErrors issues={errors.general} />
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary">
          {t('editor.addPerson.submit')}
        </button>
      </div>
      <p role={announce ? 'status' : undefined} data-part="form-status">
        {status}
      </p>
    </form>
  );
}
