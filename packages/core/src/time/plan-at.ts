/**
 * The network plan on a date, for `networkAt`. Decision (documented on `networkAt`):
 * actions and meetings are plan items, not history. The format records no date on which a
 * step was planned, so no item is left out for its date (a `due` date after the date is a
 * deadline still ahead, as an open plan shows it); what is undone is their *result*:
 * - an action `done` after the date was still open then: shown without `status` and `done`;
 *   should that open step contact someone whose consent is now `not-allowed` (consent has no
 *   history), it is left out, so the result stays a valid network;
 * - a meeting dated after the date had not been held: shown without `outcome`.
 * Items about people or ties not there yet go by the removal cascade (`plan-cascade.ts`).
 * @internal
 */
import { NON_CONTACT_INTENTS, type Action, type Meeting, type Network } from '../model/types';

/** `isLater(d)`: `d` lies wholly after the date. */
type IsLater = (d: string) => boolean;

function contactsRefused(action: Action, network: Network): boolean {
  if (NON_CONTACT_INTENTS.includes(action.intent)) return false;
  const refused = new Set(network.people.filter((p) => p.consent === 'not-allowed').map((p) => p.id));
  if (refused.size === 0) return false;
  return action.about.some((id) => {
    if (refused.has(id)) return true;
    const tie = network.ties.find((t) => t.id === id);
    return tie !== undefined && tie.between.some((end) => end !== network.focus && refused.has(end));
  });
}

function actionAt(action: Action, isLater: IsLater, network: Network): Action | null {
  if (action.done === undefined || !isLater(action.done)) return action;
  const { status: _s, done: _d, ...open } = action;
  return contactsRefused(open, network) ? null : open;
}

function meetingAt(meeting: Meeting, isLater: IsLater): Meeting {
  if (meeting.outcome === undefined || !isLater(meeting.date)) return meeting;
  const { outcome: _o, ...planned } = meeting;
  return planned;
}

/** The `actions` and `meetings` of `network` (already cascaded) on the date; the same lists when nothing changes. */
export function planAt(network: Network, isLater: IsLater): Pick<Network, 'actions' | 'meetings'> {
  const out: Pick<Network, 'actions' | 'meetings'> = {};
  if (Array.isArray(network.actions)) {
    const actions: Action[] = [];
    for (const a of network.actions) {
      const next = actionAt(a, isLater, network);
      if (next) actions.push(next);
    }
    out.actions = actions.length === network.actions.length && actions.every((a, i) => a === network.actions?.[i]) ? network.actions : actions;
  }
  if (Array.isArray(network.meetings)) {
    const meetings = network.meetings.map((m) => meetingAt(m, isLater));
    out.meetings = meetings.every((m, i) => m === network.meetings?.[i]) ? network.meetings : meetings;
  }
  return out;
}
