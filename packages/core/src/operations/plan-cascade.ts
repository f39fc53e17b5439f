/**
 * The plan's part of the removal cascade: what happens to `actions` and `meetings` when
 * people, ties or groups they point at go (by `removePerson`, `removeTie`, `removeGroup`, or
 * when `networkAt` leaves them out). Decision, written down here and in the README:
 *
 * - An action's `about` loses the ids that went; an action left about no one is removed
 *   (a step about no one cannot be done or shown; as a tie goes with its person).
 * - An action whose `owner` is an id that went loses its `owner` (it would otherwise read as
 *   free text holding an id).
 * - A meeting's `invited` loses the people who went (the meeting stays: it was held or is
 *   planned with the others); a meeting whose `group` went loses its `group`.
 *
 * Unchanged lists and items are shared; absent lists stay absent; never throws on the
 * malformed parts validation would report.
 * @internal
 */
import type { Action, Meeting, Network } from '../model/types';

/** `network` with every reference to an id in `gone` removed from its plan, as described above. */
export function withoutPlanRefs(network: Network, gone: ReadonlySet<string>): Network {
  if (gone.size === 0) return network;
  let result = network;
  if (Array.isArray(network.actions)) {
    const actions: Action[] = [];
    let changed = false;
    for (const action of network.actions) {
      const next = actionWithout(action, gone);
      if (next !== action) changed = true;
      if (next) actions.push(next);
    }
    if (changed) result = { ...result, actions };
  }
  if (Array.isArray(network.meetings)) {
    const meetings = network.meetings.map((m) => meetingWithout(m, gone));
    if (meetings.some((m, i) => m !== network.meetings?.[i])) result = { ...result, meetings };
  }
  return result;
}

function actionWithout(action: Action, gone: ReadonlySet<string>): Action | null {
  let next = action;
  if (Array.isArray(action.about) && action.about.some((id) => gone.has(id))) {
    const about = action.about.filter((id) => !gone.has(id));
    if (about.length === 0) return null;
    next = { ...next, about };
  }
  if (typeof action.owner === 'string' && gone.has(action.owner)) {
    const { owner: _gone, ...rest } = next;
    next = rest;
  }
  return next;
}

function meetingWithout(meeting: Meeting, gone: ReadonlySet<string>): Meeting {
  let next = meeting;
  if (Array.isArray(meeting.invited) && meeting.invited.some((id) => gone.has(id))) {
    next = { ...next, invited: meeting.invited.filter((id) => !gone.has(id)) };
  }
  if (typeof meeting.group === 'string' && gone.has(meeting.group)) {
    const { group: _gone, ...rest } = next;
    next = rest;
  }
  return next;
}
