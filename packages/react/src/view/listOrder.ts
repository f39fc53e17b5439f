/**
 * The order in which the network list shows people: one group per circle (the circles from
 * the closest out, then the people with no circle), in each group by sector, then by name.
 * The client is not in it (the list names the client above the tables). Pure: no DOM, no React;
 * used by {@link NetworkList} to render and by the Ecogram to pick the row after a deleted one.
 * @internal
 */
import { collator as collatorFor } from '../utils/intl';
import { CLOSENESSES, SECTORS, type Closeness, type Network, type Person } from '@kring/core';

/** One table of the list: the people of one circle, or of none. @internal */
export interface ListGroup {
  key: Closeness | 'none';
  people: Person[];
}

const sectorOrder = (p: Person) => (p.sector ? SECTORS.indexOf(p.sector) : SECTORS.length);

function byPlace(locale: string) {
  const collator = collatorFor(locale, { sensitivity: 'base', numeric: true });
  return (a: Person, b: Person) => sectorOrder(a) - sectorOrder(b) || collator.compare(a.name, b.name);
}

/** The list's tables in order, empty ones left out. @internal */
export function listGroups(network: Network, locale: string): ListGroup[] {
  const others = network.people.filter((p) => p.id !== network.focus);
  const sort = byPlace(locale);
  return [
    ...CLOSENESSES.map((c) => ({ key: c, people: others.filter((p) => p.closeness === c).sort(sort) })),
    { key: 'none' as const, people: others.filter((p) => !p.closeness || !CLOSENESSES.includes(p.closeness)).sort(sort) },
  ].filter((g) => g.people.length > 0);
}

/** The ids of the people as the list shows them, top to bottom (the client not included). @internal */
export function listOrder(network: Network, locale: string): string[] {
  return listGroups(network, locale).flatMap((g) => g.people.map((p) => p.id));
}
