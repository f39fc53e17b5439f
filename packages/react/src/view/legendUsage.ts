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

/** The symbols `network` uses (the client counts as a person of their kind; their node is always explained). */
export function legendUsage(network: Network): LegendUsage {
  const strengths = new Set<Strength>();
  const qualities = new Set<Quality>();
  const statuses = new Set<TieStatus>();
  const directions = new Set<DirectionUse>();
  const support = new Set<SupportType>();
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
  }
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
  const intents = new Set<ActionIntent>();
  for (const tie of network.ties) if (tie.intent) intents.add(tie.intent);
  let openActions = false;
  for (const action of network.actions ?? []) {
    if (actionStatus(action) !== 'open') continue;
    intents.add(action.intent);
    if (action.about.some((id) => id !== network.focus)) openActions = true;
  }
  const present = new Set(network.people.map((p) => p.id));
  const groupKinds = new Set<GroupKind>();
  for (const group of network.groups) if (group.members.some((id) => present.has(id))) groupKinds.add(group.kind);
  return { strengths, qualities, statuses, directions, formalities, deceased, kinds, badges, support, intents, openActions, groupKinds };
}
