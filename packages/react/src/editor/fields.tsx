/**
 * Native form fields shared by the editors: a visible <label> for every control,
 * <fieldset>/<legend> for groups, hints and errors tied with aria-describedby. The date field is
 * in DateField.tsx, the issue lookup and the form-errors block in FormErrors.tsx.
 * @internal
 */
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactElement, type ReactNode } from 'react';

/** One option of a choice field. */
export interface Option<V extends string> {
  value: V;
  label: string;
  /** Extra content before the label (an icon). */
  icon?: ReactNode;
}

function describedBy(...ids: unknown[]): string | undefined {
  const s = ids.filter((x): x is string => typeof x === 'string' && x !== '').join(' ');
  return s || undefined;
}

/** Hint and error lines under a field. */
function Help({ hintId, hint, errorId, error }: { hintId: string; hint?: ReactNode; errorId: string; error?: string }): ReactElement {
  return (
    <>
      {hint ? (
        <p id={hintId} data-part="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} data-part="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * Text that the user types: kept locally while typing (so half-typed or invalid text is not
 * lost when the host rejects it) and synced when the host's value changes.
 */
export function useDraft(value: string, echo?: { current: string | undefined }): [string, (v: string) => void] {
  const [draft, setDraft] = useState(value);
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      // The host passing back what this field just committed (e.g. "2019-05" for the typed
      // "mei 2019") is no reason to replace the text under the user's cursor; once.
      if (echo && echo.current === value) echo.current = undefined;
      else setDraft(value);
    }
  }, [value, echo]);
  return [draft, setDraft];
}

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string;
  value: string | undefined;
  /** Called with the new text; `undefined` when emptied. */
  onCommit: (value: string | undefined) => void;
  /** When it returns a message, the text is not committed and the message is shown. */
  validate?: (text: string) => string | undefined;
  hint?: ReactNode;
  /** Shown after the hint, e.g. "Dat is: mei 2019". */
  reads?: (text: string) => string | undefined;
  error?: string;
  multiline?: boolean;
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'text' | 'numeric';
  autoComplete?: string;
  maxLength?: number;
  /** Transform typed text (e.g. upper-case a country code). */
  normalize?: (text: string) => string;
  /**
   * The value to commit for valid typed text (default: the text itself), e.g. the canonical
   * fuzzy date `2019-05` for "mei 2019". The typed text stays in the field.
   */
  parse?: (text: string) => string;
  name?: string;
  /** A button next to the input (e.g. "Vandaag"). */
  action?: ReactNode;
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
  autoFocus?: boolean;
  part?: string;
}

/** A labelled text input or textarea. */
export function TextField(props: TextFieldProps): ReactElement {
  const { label, value, onCommit, validate, hint, reads, error, multiline, required, readOnly, inputMode, autoComplete, maxLength, normalize, parse, name, action, inputRef, autoFocus, part } = props;
  const id = useId();
  const echo = useRef<string | undefined>(undefined);
  const [draft, setDraft] = useDraft(value ?? '', echo);
  const [touched, setTouched] = useState(false);
  const localError = validate?.(draft);
  const shown = (touched && localError) || error;
  const readsText = !localError && draft ? reads?.(draft) : undefined;
  const onInput = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const text = normalize ? normalize(e.target.value) : e.target.value;
    setDraft(text);
    if (validate?.(text)) return;
    if (text.trim() === '') {
      onCommit(undefined);
      return;
    }
    const committed = parse ? parse(text) : text;
    if (committed !== text) echo.current = committed;
    onCommit(committed);
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const common = {
    id,
    name,
    value: draft,
    onChange: onInput,
    onBlur: () => setTouched(true),
    required,
    readOnly,
    maxLength,
    autoComplete,
    autoFocus,
    // User text (names, notes, titles) keeps its own direction while it is typed: an Arabic
    // name is right to left in the field as it is everywhere else (see `UserText`).
    dir: 'auto',
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': describedBy((hint || readsText) && hintId, shown && errorId),
  } as const;
  return (
    <div data-part={part ?? 'field'} data-invalid={shown ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <div data-part="field-control">
        {multiline ? <textarea {...common} ref={inputRef} rows={3} /> : <input {...common} ref={inputRef} type="text" inputMode={inputMode} />}
        {action}
      </div>
      <Help
        hintId={hintId}
        hint={hint || readsText ? (
          <>
            {hint}
            {hint && readsText ? ' ' : null}
            {readsText ? <strong>{readsText}</strong> : null}
          </>
        ) : undefined}
        errorId={errorId}
        error={shown || undefined}
      />
    </div>
  );
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps<V extends string> {
  label: string;
  value: V | undefined;
  options: Option<V>[];
  onChange: (value: V | undefined) => void;
  /** Label of the empty option; no empty option when absent. */
  emptyLabel?: string;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  /** The <select>, e.g. to move focus to it after a failed submit. */
  selectRef?: React.Ref<HTMLSelectElement>;
}

/** A labelled native <select>. */
export function SelectField<V extends string>({ label, value, options, onChange, emptyLabel, hint, error, disabled, required, autoFocus, selectRef }: SelectFieldProps<V>): ReactElement {
  const id = useId();
  const known = value === undefined || options.some((o) => o.value === value);
  return (
    <div data-part="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <div data-part="field-control">
        <select
          id={id}
          ref={selectRef}
          value={value ?? ''}
          disabled={disabled}
          required={required}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
          onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as V))}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {!known ? <option value={value}>{value}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <Help hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </div>
  );
}

/** Props of {@link RadioGroupField}. */
export interface RadioGroupFieldProps<V extends string> {
  legend: string;
  value: V | undefined;
  options: Option<V>[];
  onChange: (value: V | undefined) => void;
  /** Label of a "not set" choice (value `undefined`); none when absent. */
  emptyLabel?: string;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  part?: string;
}

/** A <fieldset> of radio buttons with a <legend>; every choice is a 44px target. */
export function RadioGroupField<V extends string>({ legend, value, options, onChange, emptyLabel, hint, error, disabled, part }: RadioGroupFieldProps<V>): ReactElement {
  const id = useId();
  const choices: { value: V | ''; label: string; icon?: ReactNode }[] = [
    ...(emptyLabel !== undefined ? [{ value: '' as const, label: emptyLabel }] : []),
    ...options,
  ];
  return (
    <fieldset
      data-part={part ?? 'choice-group'}
      data-invalid={error ? true : undefined}
      disabled={disabled}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{legend}</legend>
      <div data-part="choices">
        {choices.map((o) => (
          <label key={o.value || '-'} data-part="choice">
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={(value ?? '') === o.value}
              onChange={() => onChange(o.value === '' ? undefined : o.value)}
            />
            {o.icon}
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <Help hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** Props of {@link CheckboxGroupField}. */
export interface CheckboxGroupFieldProps<V extends string> {
  legend: string;
  values: readonly V[] | undefined;
  options: Option<V>[];
  /** Called with the checked values in the order of `options`. */
  onChange: (values: V[]) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

/** A <fieldset> of checkboxes with a <legend>. */
export function CheckboxGroupField<V extends string>({ legend, values, options, onChange, hint, error, disabled }: CheckboxGroupFieldProps<V>): ReactElement {
  const id = useId();
  const set = new Set(values ?? []);
  return (
    <fieldset
      data-part="choice-group"
      data-invalid={error ? true : undefined}
      disabled={disabled}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{legend}</legend>
      <div data-part="choices">
        {options.map((o) => (
          <label key={o.value} data-part="choice">
            <input
              type="checkbox"
              value={o.value}
              checked={set.has(o.value)}
              onChange={(e) => {
                const next = new Set(set);
                if (e.target.checked) next.add(o.value);
                else next.delete(o.value);
                onChange(options.map((x) => x.value).filter((v) => next.has(v)));
              }}
            />
            {o.icon}
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <Help hintId={`${id}-hint`} hint={hint} errorId={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** A single labelled checkbox. */
export function CheckboxField({ label, checked, onChange, disabled, error }: { label: string; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean; error?: string }): ReactElement {
  const id = useId();
  return (
    <div data-part="field" data-invalid={error ? true : undefined}>
      <label data-part="choice">
        <input type="checkbox" checked={checked} disabled={disabled} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      <Help hintId={`${id}-hint`} errorId={`${id}-error`} error={error} />
    </div>
  );
}
