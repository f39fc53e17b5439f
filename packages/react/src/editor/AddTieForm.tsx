import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { Network, NetworkIssue, TieInput } from '@kring/core';
import { useText, type Locale } from '../i18n';
import { EDITOR_BUNDLES, type EditorTextKey } from './messages';
import { tieBetween } from '../view/ties/badges';
import { SelectField } from './fields';
import { FormErrors, issueLookup } from './FormErrors';
import type { SubmitAnswer } from './AddPersonForm';
import { isolate } from '../utils/bidi';
import { withLocaleGate } from '../locales';

/** Props of {@link AddTieForm}. */
export interface AddTieFormProps {
  network: Network;
  /**
   * The person filled in as "Persoon 1" (e.g. the one selected on the map). Default: the
   * client. It is shown and can be changed like the other picker.
   */
  from?: string;
  /** Called with the new tie (`between: [person 1, person 2]`, no id: `addTie` makes one). */
  onSubmit: (input: TieInput) => SubmitAnswer;
  /** Issues from the last `addTie`; shown in the form. */
  issues?: readonly NetworkIssue[];
  /** Focus "Persoon 2" (the picker still to fill) when the form appears. Default true. */
  autoFocus?: boolean;
  /** Show the form's own heading. Default true. */
  showTitle?: boolean;
  headingLevel?: 2 | 3 | 4;
  /**
   * Say "Latifa en Jan hebben nu een band." in the form's own status line after adding.
   * Default true; `false` for hosts that announce the addition themselves (the Ecogram).
   */
  announce?: boolean;
  locale?: Locale;
  messages?: Partial<Record<EditorTextKey, string>>;
}

/** Why a pair cannot be added, as a message key; `undefined` when it can. */
function pairProblem(network: Network, a: string | undefined, b: string | undefined): 'editor.addTie.otherRequired' | 'editor.addTie.same' | 'editor.addTie.duplicate' | undefined {
  if (!a || !b) return 'editor.addTie.otherRequired';
  if (a === b) return 'editor.addTie.same';
  if (tieBetween(network, a, b)) return 'editor.addTie.duplicate';
  return undefined;
}

/**
 * Add a tie: two labelled pickers, "Persoon 1" (filled in with `from` or the client, and
 * changeable) and "Persoon 2". Everyone is offered in both; people who already have a tie
 * with person 1 say so in their option. Two different people and no second tie between a
 * pair are checked as soon as both are chosen and again on submit, which then moves focus
 * to the picker to fix. After adding, person 2 is cleared and focused for the next tie.
 */
export const AddTieForm = /* @__PURE__ */ withLocaleGate(AddTieFormView, 'AddTieForm');

function AddTieFormView(props: AddTieFormProps): ReactElement {
  const { network, onSubmit, issues, autoFocus = true, showTitle = true, headingLevel = 2, announce = true } = props;
  const t = useText(EDITOR_BUNDLES, props.locale, props.messages);
  const id = useId();
  const known = (x: string | undefined) => (x !== undefined && network.people.some((p) => p.id === x) ? x : undefined);
  const [first, setFirst] = useState<string | undefined>(() => known(props.from) ?? network.focus);
  const [second, setSecond] = useState<string | undefined>();
  // A host that passes another `from` (a new selection) gets it filled in as person 1.
  const [lastFrom, setLastFrom] = useState(props.from);
  if (props.from !== lastFrom) {
    setLastFrom(props.from);
    if (known(props.from)) setFirst(props.from);
  }
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const firstRef = useRef<HTMLSelectElement>(null);
  const secondRef = useRef<HTMLSelectElement>(null);
  const errors = issueLookup(issues, undefined, t, ['between']);
  const nameOf = (x: string | undefined) => network.people.find((p) => p.id === x)?.name ?? x ?? '';
  const Heading = `h${headingLevel}` as const;

  const problem = pairProblem(network, known(first), known(second));
  // "Choose someone" only after a submit; a same-person or duplicate pair as soon as it is chosen.
  const shownProblem = problem === 'editor.addTie.otherRequired' ? (tried ? problem : undefined) : problem;
  const problemText = shownProblem ? t(shownProblem, { a: nameOf(first), b: nameOf(second) }) : undefined;
  const firstMissing = tried && !known(first);
  const noneLeft = known(first) !== undefined && network.people.every((p) => p.id === first || tieBetween(network, first as string, p.id));

  const label = (personId: string, name: string) => {
    const base = personId === network.focus ? t('editor.addTie.client', { name }) : isolate(name);
    return first && personId !== first && tieBetween(network, first, personId) ? t('editor.addTie.hasTie', { name: base }) : base;
  };
  const options = network.people.map((p) => ({ value: p.id, label: label(p.id, p.name) }));
  const firstOptions = network.people.map((p) => ({ value: p.id, label: p.id === network.focus ? t('editor.addTie.client', { name: p.name }) : isolate(p.name) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setStatus('');
    if (!known(first)) {
      firstRef.current?.focus();
      return;
    }
    if (problem) {
      secondRef.current?.focus();
      return;
    }
    const a = first as string;
    const b = second as string;
    const answer = onSubmit({ between: [a, b] });
    if (answer === false || (typeof answer === 'object' && answer !== null && !answer.ok)) return;
    setSecond(undefined);
    setTried(false);
    if (announce) setStatus(t('editor.addTie.added', { a: nameOf(a), b: nameOf(b) }));
    secondRef.current?.focus();
  };

  return (
    <form data-part="add-tie-form" aria-labelledby={showTitle ? `${id}-title` : undefined} aria-label={showTitle ? undefined : t('editor.addTie.title')} onSubmit={submit} noValidate>
      {showTitle ? (
        <Heading id={`${id}-title`} data-part="form-title">
          {t('editor.addTie.title')}
        </Heading>
      ) : null}
      <fieldset data-part="editor-section">
        <legend>{t('editor.addTie.pair')}</legend>
        <SelectField
          label={t('editor.addTie.from')}
          value={first}
          emptyLabel={known(first) ? undefined : t('editor.addTie.choose')}
          options={firstOptions}
          selectRef={firstRef}
          required
          error={firstMissing ? t('editor.addTie.fromRequired') : undefined}
          onChange={(v) => {
            setFirst(v);
            setStatus('');
          }}
        />
        <SelectField
          label={t('editor.addTie.other')}
          value={second}
          emptyLabel={t('editor.addTie.choose')}
          options={options}
          selectRef={secondRef}
          required
          autoFocus={autoFocus}
          hint={known(first) ? (noneLeft ? t('editor.addTie.noneLeft', { name: nameOf(first) }) : t('editor.addTie.otherHint', { name: nameOf(first) })) : undefined}
          error={problemText ?? errors.at('between')}
          onChange={(v) => {
            setSecond(v);
            setStatus('');
          }}
        />
      </fieldset>
      <FormErrors issues={errors.general} />
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary" disabled={network.people.length < 2}>
          {t('editor.addTie.submit')}
        </button>
      </div>
      {announce ? (
        <p data-part="form-status" role="status">
          {status}
        </p>
      ) : null}
    </form>
  );
}
