/**
 * The network plan read as a caseworker reads it: who an action or a meeting contacts and
 * whether the client allows that, which actions are overdue, how many open actions each person
 * has, and the plan's counts. The consent rule itself (an error on read) lives in
 * `parse/plan.ts`; these helpers answer the same question for a form, before anything is
 * written, so the form can say why a person cannot be chosen. No DOM, no React.
 */
import { fuzzyDateEnd, fuzzyDateStart, todayFuzzyDate } from '../dates';
import { NON_CONTACT_INTENTS, actionStatus, type Action, type ActionIntent, type Group, type Network, type Person } from '../model/types';

/** Does an action with this intent mean contacting the people it is about? (All but `limit` and `maintain`.) */
export function isContactingIntent(intent: ActionIntent): boolean {
  return !NON_CONTACT_INTENTS.includes(intent);
}

/**
 * The people an `about` entry means contacting: the person itself, or a tie's ends except the
 * client. Unknown ids give nothing.
 */
export function contactedPeople(network: Network, ref: string): Person[] {
  const person = network.people.find((p) => p.id === ref);
  if (person) return [person];
  const tie = network.ties.find((t) => t.id === ref);
  if (!tie) return [];
  return tie.between.filter((end) => end !== network.focus).flatMap((end) => network.people.filter((p) => p.id === end));
}

/** What the client's consent says about contacting a set of people. */
export interface ConsentCheck {
  /** People with consent `not-allowed`: an open contacting action or an invitation is an error. */
  refused: Person[];
  /** People with consent `ask-first`: allowed after asking the client (a warning). */
  askFirst: Person[];
}

function check(people: Iterable<Person>): ConsentCheck {
  const refused: Person[] = [];
  const askFirst: Person[] = [];
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    if (p.consent === 'not-allowed') refused.push(p);
    else if (p.consent === 'ask-first') askFirst.push(p);
  }
  return { refused, askFirst };
}

/**
 * The consent check of an action before it is written: the people it would contact (through
 * `about`) that refused contact or must be asked first. An intent that does not contact
 * (`limit`, `maintain`) refuses nobody. The same rule `parseNetwork` applies to open actions.
 */
export function actionConsent(network: Network, about: readonly string[], intent: ActionIntent): ConsentCheck {
  if (!isContactingIntent(intent)) return { refused: [], askFirst: [] };
  return check(about.flatMap((ref) => contactedPeople(network, ref)));
}

/** An invitation list split by consent (a meedenkbijeenkomst, a base team's meeting). */
export interface InvitationList {
  /** People who may be invited (consent `allowed`, `unknown` or not recorded, and `ask-first`). */
  invite: Person[];
  /** Of `invite`, the people to ask the client about first. */
  askFirst: Person[];
  /** People left out because the client does not want them contacted: for the caseworker's eyes only. */
  excluded: Person[];
}

/**
 * Who of `ids` (people, or groups whose members are taken) can be invited to a meeting. The
 * client (focus) is not an invitee of their own list; deceased people are left out silently
 * (they are not "excluded" for a reason the client gave). Order follows `ids`.
 */
export function invitationList(network: Network, ids: readonly string[]): InvitationList {
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const groups = new Map<string, Group>((network.groups ?? []).map((g) => [g.id, g]));
  const seen = new Set<string>();
  const invite: Person[] = [];
  const excluded: Person[] = [];
  const add = (id: string) => {
    if (seen.has(id) || id === network.focus) return;
    seen.add(id);
    const p = byId.get(id);
    if (!p || p.deceased) return;
    (p.consent === 'not-allowed' ? excluded : invite).push(p);
  };
  for (const id of ids) {
    const group = groups.get(id);
    if (group) group.members.forEach(add);
    else add(id);
  }
  return { invite, askFirst: invite.filter((p) => p.consent === 'ask-first'), excluded };
}

/**
 * Is an action overdue on `today`: open, with a due date whose last day is before today?
 * (`due: '2026-11'` is overdue from 1 December 2026.) Done and dropped actions never are.
 */
export function isActionOverdue(action: Pick<Action, 'status' | 'due'>, today: string = todayFuzzyDate()): boolean {
  if (actionStatus(action) !== 'open' || action.due === undefined) return false;
  const end = fuzzyDateEnd(action.due);
  const now = fuzzyDateStart(today);
  return Number.isFinite(end) && Number.isFinite(now) && end < now;
}

/**
 * The people an action is about: the people named, and both ends of a named tie but the
 * client. For counts and markers per person (not a consent check: see {@link actionConsent}).
 */
export function actionPeople(network: Network, action: Pick<Action, 'about'>): string[] {
  const ids = new Set<string>();
  for (const ref of action.about) for (const p of contactedPeople(network, ref)) ids.add(p.id);
  return [...ids];
}

/** Open actions per person id (people without open actions are absent). */
export function openActionCounts(network: Network): Map<string, number> {
  const counts = new Map<string, number>();
  for (const action of network.actions ?? []) {
    if (actionStatus(action) !== 'open') continue;
    for (const id of actionPeople(network, action)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The plan's numbers for a summary. */
export interface PlanMetrics {
  open: number;
  /** Open actions past their due date. */
  overdue: number;
  done: number;
  dropped: number;
  /** Ids of open actions past their due date, in plan order. */
  overdueIds: string[];
  /** Open actions by intent (intents without open actions are absent). */
  openByIntent: Partial<Record<ActionIntent, number>>;
  /** Ids of ties whose intent is `limit` and of people that open `limit` actions are about: contact that is to be limited. */
  limitedPeople: string[];
  /** Meetings in the plan, and of those the ones on or after today. */
  meetings: number;
  upcomingMeetings: number;
  /** Members of support groups and base teams (living people, each once), by group id. */
  groupMembers: Record<string, string[]>;
}

/** The plan's numbers on `today` (default: today, UTC). */
export function planMetrics(network: Network, today: string = todayFuzzyDate()): PlanMetrics {
  const m: PlanMetrics = { open: 0, overdue: 0, done: 0, dropped: 0, overdueIds: [], openByIntent: {}, limitedPeople: [], meetings: 0, upcomingMeetings: 0, groupMembers: {} };
  const limited = new Set<string>();
  for (const tie of network.ties) {
    if (tie.intent === 'limit') for (const end of tie.between) if (end !== network.focus) limited.add(end);
  }
  for (const action of network.actions ?? []) {
    const status = actionStatus(action);
    m[status] += 1;
    if (status !== 'open') continue;
    m.openByIntent[action.intent] = (m.openByIntent[action.intent] ?? 0) + 1;
    if (isActionOverdue(action, today)) { m.overdue += 1; m.overdueIds.push(action.id); }
    if (action.intent === 'limit') for (const id of actionPeople(network, action)) limited.add(id);
  }
  m.limitedPeople = network.people.filter((p) => limited.has(p.id)).map((p) => p.id);
  const now = fuzzyDateStart(today);
  for (const meeting of network.meetings ?? []) {
    m.meetings += 1;
    if (fuzzyDateEnd(meeting.date) >= now) m.upcomingMeetings += 1;
  }
  const alive = new Set(network.people.filter((p) => !p.deceased).map((p) => p.id));
  for (const group of network.groups ?? []) {
    if (group.kind !== 'support-group' && group.kind !== 'base-team') continue;
    m.groupMembers[group.id] = [...new Set(group.members)].filter((id) => alive.has(id));
  }
  return m;
}
