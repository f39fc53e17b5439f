/**
 * "Over wie": the people and ties an action is about, as a checkbox list with a search field
 * (a network of forty people stays usable). A person who does not want to be contacted cannot
 * be chosen for a contacting intent: the box is disabled and the reason is written beside it
 * (and linked with `aria-describedby`). Chosen ones stay in the list while searching.
 * @internal
 */
import { useId, useState, type ReactElement } from 'react';
import type { ActionIntent, Network } from '@kring/core';
import type { Text } from '../i18n';
import { UserText } from '../utils/UserText';
import { aboutName } from './describe';
import { refusedOption } from './consent';
import type { PlanFormTextKey } from './messages';

/** Props of {@link AboutField}. @internal */
export interface AboutFieldProps {
  network: Network;
  value: readonly string[];
  intent: ActionIntent;
  onChange: (about: string[]) => void;
  t: Text<PlanFormTextKey>;
  /** Ids of texts that describe the whole group (the consent reason, an error). */
  describedBy?: string | undefined;
  error?: string | undefined;
  invalid?: boolean;
  /** The first checkbox, for focus after a refused submit. */
  firstRef?: React.Ref<HTMLInputElement>;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** @internal */
export function AboutField({ network, value, intent, onChange, t, describedBy, error, invalid, firstRef }: AboutFieldProps): ReactElement {
  const id = useId();
  const [query, setQuery] = useState('');
  const chosen = new Set(value);
  const q = fold(query.trim());
  const shows = (ref: string) => chosen.has(ref) || q === '' || fold(aboutName(network, ref, t)).includes(q);
  const people = network.people.filter((p) => (!p.deceased || chosen.has(p.id)) && shows(p.id)).map((p) => p.id);
  const ties = network.ties.filter((x) => shows(x.id)).map((x) => x.id);
  const order = [...network.people.map((p) => p.id), ...network.ties.map((x) => x.id)];
  const toggle = (ref: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(ref);
    else next.delete(ref);
    onChange(order.filter((x) => next.has(x)));
  };
  let first = true;
  const option = (ref: string) => {
    const reason = refusedOption(network, ref, intent, t);
    const reasonId = `${id}-r-${ref}`;
    const ref0 = first ? firstRef : undefined;
    first = false;
    return (
      <li key={ref}>
        <label data-part="choice" data-refused={reason ? '' : undefined}>
          <input
            type="checkbox"
            ref={ref0}
            checked={chosen.has(ref)}
            disabled={Boolean(reason) && !chosen.has(ref)}
            aria-invalid={reason && chosen.has(ref) ? true : undefined}
            aria-describedby={reason ? reasonId : undefined}
            onChange={(e) => toggle(ref, e.target.checked)}
          />
          <UserText>{aboutName(network, ref, t)}</UserText>
        </label>
        {reason ? (
          <p id={reasonId} data-part="choice-reason">
            {reason}
          </p>
        ) : null}
      </li>
    );
  };
  return (
    <fieldset data-part="about-field" data-invalid={invalid || error ? true : undefined} aria-describedby={[describedBy, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
      <legend>{t('field.action.about')}</legend>
      <div data-part="field">
        <label htmlFor={`${id}-search`}>{t('plan.form.search')}</label>
        <input id={`${id}-search`} type="search" value={query} autoComplete="off" dir="auto" aria-describedby={`${id}-search-hint`} onChange={(e) => setQuery(e.target.value)} />
        <p id={`${id}-search-hint`} data-part="field-hint">
          {t('plan.form.searchHint')}
        </p>
      </div>
      {people.length + ties.length === 0 ? (
        <p data-part="field-hint" role="status">
          {t('plan.form.noMatch', { query: query.trim() })}
        </p>
      ) : null}
      {people.length ? (
        <div role="group" aria-labelledby={`${id}-people`} data-part="about-group">
          <p id={`${id}-people`} data-part="about-group-title">
            {t('plan.form.people')}
          </p>
          <ul data-part="about-options">{people.map(option)}</ul>
        </div>
      ) : null}
      {ties.length ? (
        <div role="group" aria-labelledby={`${id}-ties`} data-part="about-group">
          <p id={`${id}-ties`} data-part="about-group-title">
            {t('plan.form.ties')}
          </p>
          <ul data-part="about-options">{ties.map(option)}</ul>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} data-part="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
