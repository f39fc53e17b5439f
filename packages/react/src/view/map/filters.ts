/**
 * Filters and the focus on one person for crowded ecograms: pure functions over a network,
 * no DOM, no React. A filter never changes the host's network: {@link filterNetwork}
 * returns a new, smaller network to draw (or the same object when nothing is filtered),
 * and people keep the places the full layout gave them, so the map does not reshuffle.
 *
 * Decisions (issue 12, point 6):
 * - sector, circle and formal/informal hide *people* (and with them their ties);
 * - "only ties with the client" and "hide faded / broken / ended" hide *ties* only:
 *   the people stay on the map (they are still part of the network, only the line goes);
 * - the client is always shown and is not counted ("12 van 34 personen zichtbaar" counts
 *   the people around the client);
 * - an empty list (`sectors: []`) means "none of them"; an absent list means "all".
 */
import {
  CLOSENESSES, FORMALITIES, SECTORS, effectiveFormality,
  type Closeness, type Formality, type Network, type Person, type Sector, type Tie, type TieStatus,
} from '@kring/core';

/** What the map shows of a crowded network. Every field is optional; `{}` shows everything. */
export interface EcogramFilter {
  /** Only people in these sectors (absent: all sectors). */
  sectors?: readonly Sector[];
  /** Only people in these circles (absent: all circles). */
  closeness?: readonly Closeness[];
  /** Only formal or only informal people (absent: both). */
  formality?: readonly Formality[];
  /** Show only the ties between the client and someone else (ties between two others are hidden). */
  clientTiesOnly?: boolean;
  /** Hide ties that are faded, broken or ended (see {@link INACTIVE_STATUSES}). */
  hideInactive?: boolean;
}

/** The filter that shows everything. */
export const NO_FILTER: EcogramFilter = Object.freeze({});

/** Tie statuses hidden by {@link EcogramFilter.hideInactive}. */
export const INACTIVE_STATUSES: readonly TieStatus[] = ['faded', 'broken', 'ended'];

/** Where a person is drawn: the layout's sector and circle (may differ from the stored fields). */
export interface Placement {
  sector: Sector;
  closeness: Closeness;
}

/** Result of {@link filterNetwork}. */
export interface FilterResult {
  /** The network to draw: the input itself when nothing is filtered out. */
  network: Network;
  /** Ids of the people drawn (the client included). */
  visibleIds: ReadonlySet<string>;
  /** People drawn, the client not counted. */
  visible: number;
  /** People in the network, the client not counted. */
  total: number;
  /** Ties drawn and ties in the network. */
  visibleTies: number;
  totalTies: number;
  /** Does the filter hide anything that could be shown (a person or a tie)? */
  active: boolean;
}

/** Does the filter restrict anything at all (regardless of the network)? */
export function isFilterActive(filter: EcogramFilter | undefined): boolean {
  if (!filter) return false;
  const restricts = <T>(list: readonly T[] | undefined, all: readonly T[]): boolean =>
    list !== undefined && !all.every((v) => list.includes(v));
  return (
    restricts(filter.sectors, SECTORS) ||
    restricts(filter.closeness, CLOSENESSES) ||
    restricts(filter.formality, FORMALITIES) ||
    Boolean(filter.clientTiesOnly) ||
    Boolean(filter.hideInactive)
  );
}

/** Is this person shown under the filter (the client always is)? */
export function personPasses(person: Person, network: Network, filter: EcogramFilter, placement?: Placement): boolean {
  if (person.id === network.focus) return true;
  const sector = placement?.sector ?? person.sector ?? 'other';
  const closeness = placement?.closeness ?? person.closeness ?? 'outer';
  if (filter.sectors && !filter.sectors.includes(sector)) return false;
  if (filter.closeness && !filter.closeness.includes(closeness)) return false;
  if (filter.formality && !filter.formality.includes(effectiveFormality(person))) return false;
  return true;
}

/** Is this tie shown under the filter, given the people shown? */
export function tiePasses(tie: Tie, network: Network, filter: EcogramFilter, visibleIds: ReadonlySet<string>): boolean {
  if (!visibleIds.has(tie.between[0]) || !visibleIds.has(tie.between[1])) return false;
  if (filter.clientTiesOnly && !tie.between.includes(network.focus)) return false;
  if (filter.hideInactive && INACTIVE_STATUSES.includes(tie.status ?? 'active')) return false;
  return true;
}

/**
 * The part of `network` the filter shows. Never throws and never mutates: the result is
 * the same network object when nothing is hidden, otherwise a shallow copy with fewer
 * `people` and `ties` (the person and tie objects themselves are shared).
 * @param placementOf where each person is drawn (the layout's cell); default: the person's own fields.
 */
export function filterNetwork(
  network: Network,
  filter: EcogramFilter | undefined,
  placementOf?: (id: string) => Placement | undefined,
): FilterResult {
  const people = network.people;
  const total = people.filter((p) => p.id !== network.focus).length;
  const all = (): FilterResult => ({
    network,
    visibleIds: new Set(people.map((p) => p.id)),
    visible: total,
    total,
    visibleTies: network.ties.length,
    totalTies: network.ties.length,
    active: false,
  });
  if (!filter || !isFilterActive(filter)) return all();
  const keptPeople = people.filter((p) => personPasses(p, network, filter, placementOf?.(p.id)));
  const visibleIds = new Set(keptPeople.map((p) => p.id));
  const keptTies = network.ties.filter((tie) => tiePasses(tie, network, filter, visibleIds));
  if (keptPeople.length === people.length && keptTies.length === network.ties.length) return all();
  return {
    network: { ...network, people: keptPeople, ties: keptTies },
    visibleIds,
    visible: keptPeople.filter((p) => p.id !== network.focus).length,
    total,
    visibleTies: keptTies.length,
    totalTies: network.ties.length,
    active: true,
  };
}

/** What the focus on one person lights up: that person, the people they share a drawn tie with, and those ties. */
export interface Spotlight {
  /** The person in focus. */
  id: string;
  /** People lit (the person in focus included). */
  people: ReadonlySet<string>;
  /** Ties lit (ids). */
  ties: ReadonlySet<string>;
}

/** The spotlight on `id` in the drawn network; `null` when that person is not drawn. */
export function spotlightOf(network: Network, id: string): Spotlight | null {
  if (!network.people.some((p) => p.id === id)) return null;
  const people = new Set([id]);
  const ties = new Set<string>();
  for (const tie of network.ties) {
    if (!tie.between.includes(id)) continue;
    ties.add(tie.id);
    for (const end of tie.between) people.add(end);
  }
  return { id, people, ties };
}
