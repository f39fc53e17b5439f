/**
 * How the plan names what an action is about and who does it: a person by name, a tie as
 * "Samir – Latifa", an owner by name or as the free text written. Text only.
 * @internal
 */
import type { Network } from '@kring/core';
import type { Text } from '../i18n';
import type { PlanFormTextKey } from './messages';

type T = Text<PlanFormTextKey>;

/** The name of a person id ('onbekend' when there is none). */
export function personName(network: Network, id: string, t: T): string {
  const name = network.people.find((p) => p.id === id)?.name;
  return name && name.trim() ? name : t('plan.unknown');
}

/** A person's name, or a tie's ends "Samir – Latifa". */
export function aboutName(network: Network, ref: string, t: T): string {
  const tie = network.ties.find((x) => x.id === ref);
  if (tie) return t('plan.tie', { a: personName(network, tie.between[0], t), b: personName(network, tie.between[1], t) });
  return personName(network, ref, t);
}

/** Who does it: the person's name for a person id, else the text as written; `undefined` when none. */
export function ownerName(network: Network, owner: string | undefined, t: T): string | undefined {
  if (owner === undefined || owner.trim() === '') return undefined;
  return network.people.some((p) => p.id === owner) ? personName(network, owner, t) : owner;
}

/** The name of the client (the focus person). */
export function clientName(network: Network, t: T): string {
  return personName(network, network.focus, t);
}
