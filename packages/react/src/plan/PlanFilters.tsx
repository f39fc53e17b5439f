/**
 * Which actions the plan shows: open, done and dropped, or all; of one owner; about one
 * person. UI state only (`usePlanFilter`), never written to the network.
 * @internal
 */
import { useId, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import type { Text } from '../i18n';
import { planOwners, type PlanFilter } from '../view/plan';
import { ownerName, personName } from './describe';
import type { PlanTextKey } from './messages';
import { actionPeople } from '@kring/core';

const STATUSES = ['open', 'done', 'all'] as const;

/** Props of {@link PlanFilters}. @internal */
export interface PlanFiltersProps {
  network: Network;
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
  t: Text<PlanTextKey>;
}

/** Everyone the plan's actions are about, in network order. */
function planPeople(network: Network): string[] {
  const ids = new Set<string>();
  for (const action of network.actions ?? []) for (const id of actionPeople(network, action)) ids.add(id);
  return network.people.filter((p) => ids.has(p.id)).map((p) => p.id);
}

/** @internal */
export function PlanFilters({ network, filter, onChange, t }: PlanFiltersProps): ReactElement {
  const id = useId();
  const status = filter.status ?? 'open';
  const owners = planOwners(network);
  const people = planPeople(network);
  const without = (key: 'owner' | 'person', value: string): PlanFilter => {
    const next: PlanFilter = { ...filter };
    if (value === '') delete next[key];
    else next[key] = value;
    return next;
  };
  return (
    <div data-part="plan-filters" role="group" aria-label={t('plan.filters')} data-screen-only="">
      <fieldset data-part="plan-filter-status">
        <legend>{t('plan.filter.status')}</legend>
        <div data-part="choices">
          {STATUSES.map((s) => (
            <label key={s} data-part="choice">
              <input type="radio" name={`${id}-status`} value={s} checked={status === s} onChange={() => onChange({ ...filter, status: s })} />
              <span>{t(`plan.filter.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div data-part="field">
        <label htmlFor={`${id}-owner`}>{t('plan.filter.owner')}</label>
        <select id={`${id}-owner`} value={filter.owner ?? ''} onChange={(e) => onChange(without('owner', e.target.value))}>
          <option value="">{t('plan.filter.anyone')}</option>
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {ownerName(network, o.value, t)}
            </option>
          ))}
        </select>
      </div>
      <div data-part="field">
        <label htmlFor={`${id}-person`}>{t('plan.filter.person')}</label>
        <select id={`${id}-person`} value={filter.person ?? ''} onChange={(e) => onChange(without('person', e.target.value))}>
          <option value="">{t('plan.filter.anyone')}</option>
          {people.map((p) => (
            <option key={p} value={p}>
              {personName(network, p, t)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
