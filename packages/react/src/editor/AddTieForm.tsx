import { useId, useState, type FormEvent, type ReactElement } from 'react';
import type { Network, NetworkIssue, TieInput } from '@kring/core';
import { t, type KringMessages, type Locale, useTexts, EDITOR_TEXTS } from '../i18n';
import { tieBetween } from '../symbols/model';
import { issueLookup, SelectField } from './fields';
import type { SubmitAnswer } from './AddPersonForm';

/** Props of {@link AddTieForm}. */
export interface AddTieFormProps {
  network: Network;
  /** The person the tie starts from. When absent, the form asks (default choice: the client). */
  from?: string;
  /** Called with the new tie (`between: [from, other]`, no id: `addTie` makes one). */
  onSubmit: (input: TieInput) => SubmitAnswer;
  /** Issues from the last `addTie`; shown in the form. */
  issues?: readonly NetworkIssue[];
  autoFocus?: boolean;
  /** Show the form's own heading. Default true. */
  showTitle?: boolean;
  headingLevel?: 2 | 3 | 4;
  locale?: Locale;
  messages?: Partial<KringMessages>;
}

/** Pick the other person of a new tie. People who already have a tie with `from` are not offered. */
export function AddTieForm(props: AddTieFormProps): ReactElement {
  const { network, onSubmit, issues, autoFocus = true, showTitle = true, headingLevel = 2 } = props;
  const { messages: m } = useTexts(EDITOR_TEXTS, props.locale, props.messages);
  const id = useId();
  const [fromChoice, setFromChoice] = useState<string | undefined>(network.focus);
  const from = props.from ?? fromChoice ?? network.focus;
  const [other, setOther] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);
  const errors = issueLookup(issues, undefined, m, ['between']);
  const fromName = network.people.find((p) => p.id === from)?.name ?? from;
  const candidates = network.people.filter((p) => p.id !== from && !tieBetween(network, from, p.id));
  const Heading = `h${headingLevel}` as const;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!other || !candidates.some((p) => p.id === other)) {
      setMissing(true);
      return;
    }
    const answer = onSubmit({ between: [from, other] });
    if (answer === false || (typeof answer === 'object' && answer !== null && !answer.ok)) return;
    setOther(undefined);
    setMissing(false);
  };

  return (
    <form data-part="add-tie-form" aria-labelledby={showTitle ? `${id}-title` : undefined} aria-label={showTitle ? undefined : m['editor.addTie.title']} onSubmit={submit} noValidate>
      {showTitle ? (
        <Heading id={`${id}-title`} data-part="form-title">
          {m['editor.addTie.title']}
        </Heading>
      ) : null}
      {props.from === undefined ? (
        <SelectField
          label={m['editor.addTie.from']}
          value={from}
          options={network.people.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => {
            setFromChoice(v);
            setOther(undefined);
          }}
        />
      ) : null}
      {candidates.length === 0 ? (
        <p data-part="field-hint">{t(m, 'editor.addTie.noneLeft', { name: fromName })}</p>
      ) : (
        <SelectField
          label={m['editor.addTie.other']}
          value={other}
          emptyLabel={m['editor.addTie.choose']}
          options={candidates.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => {
            setOther(v);
            if (v) setMissing(false);
          }}
          required
          autoFocus={autoFocus}
          error={missing ? m['editor.addTie.otherRequired'] : errors.at('between')}
        />
      )}
      {errors.general.length ? (
        <div data-part="form-errors" role="alert">
          {errors.general.map((x) => (
            <p key={x}>{x}</p>
          ))}
        </div>
      ) : null}
      <div data-part="form-actions">
        <button type="submit" data-part="button" data-variant="primary" disabled={candidates.length === 0}>
          {m['editor.addTie.submit']}
        </button>
      </div>
    </form>
  );
}
