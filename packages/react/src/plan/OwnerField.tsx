/**
 * "Wie doet het": a person of the network (stored as their id) or free text — the presets
 * "begeleider" and "cliënt", or anything typed under "Iemand anders…".
 * @internal
 */
import { useId, useState, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { Text } from '../i18n';
import { TextField } from '../editor/fields';
import type { PlanFormTextKey } from './messages';

const CASEWORKER = '\u0000caseworker';
const CLIENT = '\u0000client';
const OTHER = '\u0000other';

/** Props of {@link OwnerField}. @internal */
export interface OwnerFieldProps {
  network: Network;
  value: string | undefined;
  onChange: (owner: string | undefined) => void;
  t: Text<PlanFormTextKey>;
  error?: string | undefined;
}

/** @internal */
export function OwnerField({ network, value, onChange, t, error }: OwnerFieldProps): ReactElement {
  const id = useId();
  const caseworker = t('plan.form.ownerCaseworker');
  const client = t('plan.form.ownerClient');
  const people = network.people.filter((p) => p.id !== network.focus && !p.deceased);
  const isPerson = value !== undefined && network.people.some((p) => p.id === value);
  const [other, setOther] = useState(() => value !== undefined && value !== '' && !isPerson && value !== caseworker && value !== client);
  const choice = value === undefined || value === '' ? (other ? OTHER : '') : isPerson ? value : value === caseworker && !other ? CASEWORKER : value === client && !other ? CLIENT : OTHER;
  const pick = (v: string) => {
    setOther(v === OTHER);
    if (v === '') onChange(undefined);
    else if (v === CASEWORKER) onChange(caseworker);
    else if (v === CLIENT) onChange(client);
    else if (v === OTHER) onChange(undefined);
    else onChange(v);
  };
  return (
    <div data-part="owner-field">
      <div data-part="field" data-invalid={error ? true : undefined}>
        <label htmlFor={`${id}-owner`}>{t('field.action.owner')}</label>
        <select id={`${id}-owner`} value={choice} aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined} onChange={(e) => pick(e.target.value)}>
          <option value="">{t('plan.form.ownerNone')}</option>
          <option value={CASEWORKER}>{caseworker}</option>
          <option value={CLIENT}>{client}</option>
          {people.length ? (
            <optgroup label={t('plan.form.ownerPeople')}>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value={OTHER}>{t('plan.form.ownerOther')}</option>
        </select>
        {error ? (
          <p id={`${id}-error`} data-part="field-error">
            {error}
          </p>
        ) : null}
      </div>
      {choice === OTHER ? (
        <TextField label={t('plan.form.ownerText')} value={value} hint={t('plan.form.ownerTextHint')} autoComplete="off" onCommit={(v) => onChange(v?.trim() ? v : undefined)} />
      ) : null}
    </div>
  );
}
