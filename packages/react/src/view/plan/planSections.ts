/**
 * The network plan as the NetworkPlan view lists it: sections by intent, each action with
 * whom it is about, whether it is overdue, its owner; filters by status, owner and person.
 * Pure (no React, no DOM): the plan view, the map's markers, the summary and paper read the
 * same sections. Core answers the rules (consent, overdue); this file only orders and groups.
 */
import {
  actionPeople, actionStatus, compareFuzzyDates, isActionOverdue, todayFuzzyDate,
  type Action, type ActionIntent, type ActionStatus, type Network,
} from '@kring/core';

/**
 * The plan's sections in the order a caseworker works through them (DOMAIN.md's intervention
 * categories): reactivate faded ties, strengthen (and maintain) what is there, restore what
 * broke, limit what harms, build new ties, and contact steps (meet, ask, inform).
 */
export const PLAN_SECTIONS = [
  { id: 'reactivate', intents: ['reactivate'] },
  { id: 'strengthen', intents: ['strengthen', 'maintain'] },
  { id: 'restore', intents: ['restore'] },
  { id: 'limit', intents: ['limit'] },
  { id: 'build', intents: ['build'] },
  { id: 'contact', intents: ['meet', 'ask', 'inform'] },
] as const satisfies readonly { id: string; intents: readonly ActionIntent[] }[];

/** The id of a plan section. */
export type PlanSectionId = (typeof PLAN_SECTIONS)[number]['id'];

/** The section an intent is listed in. */
export function sectionOf(intent: ActionIntent): PlanSectionId {
  return PLAN_SECTIONS.find((s) => (s.intents as readonly ActionIntent[]).includes(intent))?.id ?? 'contact';
}

/** What the plan shows. */
export interface PlanFilter {
  /** `open` (default): open actions; `done`: done and dropped ones; `all`. */
  status?: 'open' | 'done' | 'all';
  /** Only actions of this owner (a person id or the free text, as stored). */
  owner?: string;
  /** Only actions about this person (directly or through one of their ties). */
  person?: string;
}

/** One action as a row of the plan. */
export interface PlanItem {
  action: Action;
  /** Its index in `network.actions` (for paths in messages). */
  index: number;
  status: ActionStatus;
  /** Open and past its due date (see core's `isActionOverdue`). */
  overdue: boolean;
  /** Ids of the people it is about (a tie gives its ends but the client). */
  people: string[];
}

/** One section of the plan with its rows (empty sections are kept: the view decides to hide them). */
export interface PlanSection {
  id: PlanSectionId;
  intents: readonly ActionIntent[];
  items: PlanItem[];
}

function matches(item: PlanItem, filter: PlanFilter): boolean {
  const status = filter.status ?? 'open';
  if (status === 'open' && item.status !== 'open') return false;
  if (status === 'done' && item.status === 'open') return false;
  if (filter.owner !== undefined && item.action.owner !== filter.owner) return false;
  if (filter.person !== undefined && !item.people.includes(filter.person) && !item.action.about.includes(filter.person)) return false;
  return true;
}

/**
 * Rows in a section: overdue first, then by due date (undated last), then in plan order.
 * Done and dropped rows: most recently done first, then plan order.
 */
function compareItems(a: PlanItem, b: PlanItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.status === 'open' && b.status === 'open') {
    const da = a.action.due;
    const db = b.action.due;
    if (da !== undefined && db !== undefined) return compareFuzzyDates(da, db) || a.index - b.index;
    if (da !== undefined || db !== undefined) return da !== undefined ? -1 : 1;
    return a.index - b.index;
  }
  if (a.status === 'open' || b.status === 'open') return a.status === 'open' ? -1 : 1;
  const ea = a.action.done;
  const eb = b.action.done;
  if (ea !== undefined && eb !== undefined) return compareFuzzyDates(eb, ea) || a.index - b.index;
  if (ea !== undefined || eb !== undefined) return ea !== undefined ? -1 : 1;
  return a.index - b.index;
}

/** Every action of the network as a row, in plan order (before filtering). */
export function planItems(network: Network, today: string = todayFuzzyDate()): PlanItem[] {
  return (network.actions ?? []).map((action, index) => ({
    action,
    index,
    status: actionStatus(action),
    overdue: isActionOverdue(action, today),
    people: actionPeople(network, action),
  }));
}

/** The plan's sections with the rows that pass `filter`, each section sorted (see above). */
export function planSections(network: Network, filter: PlanFilter = {}, today: string = todayFuzzyDate()): PlanSection[] {
  const items = planItems(network, today).filter((item) => matches(item, filter));
  return PLAN_SECTIONS.map((s) => ({
    id: s.id,
    intents: s.intents,
    items: items.filter((item) => (s.intents as readonly ActionIntent[]).includes(item.action.intent)).sort(compareItems),
  }));
}

/** An owner to filter by: a person of the network (by id) or a free text as written. */
export interface PlanOwner {
  value: string;
  /** The person, when `value` is a person id. */
  personId?: string;
}

/** The distinct owners of the plan's actions, in first-use order. */
export function planOwners(network: Network): PlanOwner[] {
  const people = new Set(network.people.map((p) => p.id));
  const seen = new Set<string>();
  const owners: PlanOwner[] = [];
  for (const action of network.actions ?? []) {
    const owner = action.owner;
    if (owner === undefined || owner.trim() === '' || seen.has(owner)) continue;
    seen.add(owner);
    owners.push(people.has(owner) ? { value: owner, personId: owner } : { value: owner });
  }
  return owners;
}
