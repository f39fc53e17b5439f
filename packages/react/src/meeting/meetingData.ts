/**
 * The meeting planner's reading of the network, without React or the DOM: which meetings are
 * still to come and which were held, the actions agreed at a meeting, the people and groups to
 * choose from. The consent rule itself is core's (`invitationList`, `actionConsent`).
 * @internal
 */
import { fuzzyDateEnd, fuzzyDateStart, type Action, type Group, type Meeting, type Network, type Person } from '@kring/core';
import { MEETING_EXTENSION } from './types';

/** Was the meeting held on `today`: its outcome is recorded, or its date has passed. */
export function isHeld(meeting: Pick<Meeting, 'date' | 'outcome'>, today: string): boolean {
  if (meeting.outcome !== undefined && meeting.outcome.trim() !== '') return true;
  const end = fuzzyDateEnd(meeting.date);
  const now = fuzzyDateStart(today);
  return Number.isFinite(end) && Number.isFinite(now) && end < now;
}

/** The network's meetings: planned ones soonest first, held ones latest first. */
export function splitMeetings(network: Network, today: string): { upcoming: Meeting[]; held: Meeting[] } {
  const all = network.meetings ?? [];
  const byDate = (a: Meeting, b: Meeting) => fuzzyDateStart(a.date) - fuzzyDateStart(b.date);
  return {
    upcoming: all.filter((m) => !isHeld(m, today)).sort(byDate),
    held: all.filter((m) => isHeld(m, today)).sort((a, b) => byDate(b, a)),
  };
}

/** The meeting an action was agreed at (see {@link MEETING_EXTENSION}), if any. */
export function actionMeeting(action: Action): string | undefined {
  const ext = action.extensions?.[MEETING_EXTENSION];
  if (ext && typeof ext === 'object' && !Array.isArray(ext)) {
    const id = (ext as Record<string, unknown>).meeting;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/** The actions agreed at a meeting, in plan order. */
export function meetingActions(network: Network, meetingId: string): Action[] {
  return (network.actions ?? []).filter((a) => actionMeeting(a) === meetingId);
}

/** Groups to plan from: support groups and base teams first, then the others. */
export function plannableGroups(network: Network): Group[] {
  const groups = network.groups ?? [];
  const rank = (g: Group) => (g.kind === 'support-group' || g.kind === 'base-team' ? 0 : 1);
  return [...groups].sort((a, b) => rank(a) - rank(b));
}

/** The people a caseworker can invite or name in an action: everyone living but the client. */
export function choosablePeople(network: Network): Person[] {
  return network.people.filter((p) => p.id !== network.focus && !p.deceased);
}

/** The display name of a person, group or tie end; the id when unknown. */
export function nameOf(network: Network, id: string): string {
  return network.people.find((p) => p.id === id)?.name ?? network.groups.find((g) => g.id === id)?.name ?? id;
}

/** The ids invitees come from: the group, or the chosen people. */
export function invitationSource(source: 'group' | 'selection', group: string | undefined, people: readonly string[]): string[] {
  return source === 'group' ? (group ? [group] : []) : [...people];
}
