import type { Group, Network, Person, Tie } from '@kring/core';
import type { Text } from '../../i18n';
import type { SymbolTextKey } from '../../symbols/messages';

/** Badges shown next to a person on the ecogram (and explained in the legend). */
export const BADGES = ['consent-no', 'ask-first', 'boundary', 'overloaded', 'abroad', 'interpreter', 'support-group'] as const;
/** One badge kind. */
export type BadgeKind = (typeof BADGES)[number];

/** Groups that count as a support group for the badge: `support-group` and `base-team`. */
export function supportGroupsOf(network: Pick<Network, 'groups'>, personId: string): Group[] {
  return network.groups.filter((g) => (g.kind === 'support-group' || g.kind === 'base-team') && g.members.includes(personId));
}

/**
 * The badges of a person, in drawing order: consent (no / ask first), boundary, overloaded,
 * abroad, interpreter, support group. The same list the legend explains. Remembered per person
 * object and groups list (the map asks for every person at every edit): change neither in
 * place, and do not change the array returned (it is shared).
 */
export function personBadges(person: Person, network?: Pick<Network, 'groups'>): readonly BadgeKind[] {
  // Asked for every person at every edit (the badges, the legend, the name labels' room): an
  // unchanged person in the same groups list gets the kinds found before.
  const groups = network?.groups;
  const known = badgesSeen.get(person);
  if (known && known.groups === groups) return known.kinds;
  const out: BadgeKind[] = [];
  if (person.consent === 'not-allowed') out.push('consent-no');
  else if (person.consent === 'ask-first') out.push('ask-first');
  if (person.boundary) out.push('boundary');
  if (person.burden === 'overloaded') out.push('overloaded');
  if (person.location?.area === 'abroad') out.push('abroad');
  if (person.interpreter) out.push('interpreter');
  if (network && supportGroupsOf(network, person.id).length > 0) out.push('support-group');
  badgesSeen.set(person, { groups, kinds: out });
  return out;
}

/** The badge kinds found per person object (people are immutable in Kring's model; weak, so nothing is kept). */
const badgesSeen = new WeakMap<Person, { groups: Network['groups'] | undefined; kinds: readonly BadgeKind[] }>();

/** The tie between two people, if any (in either order). */
export function tieBetween(network: Pick<Network, 'ties'>, a: string, b: string): Tie | undefined {
  return network.ties.find((t) => (t.between[0] === a && t.between[1] === b) || (t.between[0] === b && t.between[1] === a));
}

/** The words of a badge (its text alternative), from `symbol.badge.*` messages. */
export function badgeText(badge: BadgeKind, t: Text<SymbolTextKey>): string {
  return t(`symbol.badge.${badge}`);
}
