import {
  actionStatus, effectiveFormality, type ActionIntent, type GroupKind, supportSeenFrom, type Formality, type Network, type PersonKind, type Quality, type Strength, type SupportType, type TieStatus,
} from '@kring/core';
import { personBadges } from './ties/badges';
import { supportKindsOf } from './ties/supportLetters';
import type { BadgeKind } from './ties/badges';

/** Which arrow explanation a tie needs, seen from the client (or the tie's first person). */
export type DirectionUse = 'receives' | 'gives' | 'both';

/** What a network uses of the ecogram's symbols: the legend shows only these (unless told to show all). */
export interface LegendUsage {
  strengths: ReadonlySet<Strength>;
  qualities: ReadonlySet<Quality>;
  statuses: ReadonlySet<TieStatus>;
  directions: ReadonlySet<DirectionUse>;
  formalities: ReadonlySet<Formality>;
  deceased: boolean;
  kinds: ReadonlySet<PersonKind>;
  badges: ReadonlySet<BadgeKind>;
  support: ReadonlySet<SupportType>;
  /** Intents drawn as markers: the ties' own and those of open actions (view/map/planMarks.ts). */
  intents: ReadonlySet<ActionIntent>;
  /** Someone has an open action (the count beside them is drawn). */
  openActions: boolean;
  /** Kinds of the groups with a member on the map (their outlines are drawn). */
  groupKinds: ReadonlySet<GroupKind>;
}

/** What the ties use: depends on the ties and the client only. */
type TieUsage = Pick<LegendUsage, 'strengths' | 'qualities' | 'statuses' | 'directions' | 'support'> & { intents: ReadonlySet<ActionIntent> };
/** What the people use: depends on the people, the client and the groups only. */
type PeopleUsage = Pick<LegendUsage, 'formalities' | 'deceased' | 'kinds' | 'badges'>;

/**
 * The parts found before, by the list they were found in (and the client, and for the people
 * the groups): an edit that leaves the ties alone (a rename: the same ties array, see
 * shareUnchanged) does not read the 1,400 ties of a 1,000-person map again, nor one that leaves
 * the people alone their badges. Lists are immutable in Kring's model; weak, so nothing is kept.
 */
const tiesSeen = new WeakMap<Network['ties'], { focus: string; usage: TieUsage }>();
const peopleSeen = new WeakMap<Network['people'], { focus: string; groups: Network['groups']; usage: PeopleUsage }>();

function tieUsage(network: Network): TieUsage {
  const known = tiesSeen.get(network.ties);
  if (known && known.focus === network.focus) return known.usage;
  const strengths = new Set<Strength>();
  const qualities = new Set<Quality>();
  const statuses = new Set<TieStatus>();
  const directions = new Set<DirectionUse>();
  const support = new Set<SupportType>();
  const intents = new Set<ActionIntent>();
  for (const tie of network.ties) {
    if (tie.strength) strengths.add(tie.strength);
    if (tie.quality) qualities.add(tie.quality);
    if (tie.status) statuses.add(tie.status);
    const from = tie.between.includes(network.focus) ? network.focus : tie.between[0];
    const s = supportSeenFrom(tie, from);
    if (s.receives.length > 0 && s.gives.length > 0) directions.add('both');
    else if (s.receives.length > 0) directions.add('receives');
    else if (s.gives.length > 0) directions.add('gives');
    for (const k of supportKindsOf(tie)) support.add(k);
    if (tie.intent) intents.add(tie.intent);
  }
  const usage = { strengths, qualities, statuses, directions, support, intents };
  tiesSeen.set(network.ties, { focus: network.focus, usage });
  return usage;
}

function peopleUsage(network: Network): PeopleUsage {
  const known = peopleSeen.get(network.people);
  if (known && known.focus === network.focus && known.groups === network.groups) return known.usage;
  const formalities = new Set<Formality>();
  const kinds = new Set<PersonKind>();
  const badges = new Set<BadgeKind>();
  let deceased = false;
  for (const person of network.people) {
    kinds.add(person.kind);
    if (person.deceased) deceased = true;
    if (person.id === network.focus) continue;
    formalities.add(effectiveFormality(person));
    for (const b of personBadges(person, network)) badges.add(b);
  }
  const usage = { formalities, deceased, kinds, badges };
  peopleSeen.set(network.people, { focus: network.focus, groups: network.groups, usage });
  return usage;
}

/** The symbols `network` uses (the client counts as a person of their kind; their node is always explained). */
export function legendUsage(network: Network): LegendUsage {
  const ties = tieUsage(network);
  const people = peopleUsage(network);
  const intents = new Set<ActionIntent>(ties.intents);
  let openActions = false;
  for (const action of network.actions ?? []) {
    if (actionStatus(action) !== 'open') continue;
    intents.add(action.intent);
    if (action.about.some((id) => id !== network.focus)) openActions = true;
  }
  const present = new Set(network.people.map((p) => p.id));
  const groupKinds = new Set<GroupKind>();
  for (const group of network.groups) if (group.members.some((id) => present.has(id))) groupKinds.add(group.kind);
  return { ...ties, ...people, intents, openActions, groupKinds };
}
