/**
 * The network plan from the `CarePlan` and `Appointment`s Kring wrote (see `write/plan.ts`):
 * every field from the Kring extensions. A CarePlan or Appointment without them (another
 * system's) is not imported (a warning, as for other resource types Kring does not read); an
 * activity without an action id is left out with a warning. References to the client are
 * written with the client's Kring id (`client-id`) and mapped to the imported client's id by
 * `assemble`. What no longer resolves (a tie between two others, an animal: not exported) is
 * left out by the lenient read of the assembled network, with a warning.
 */
import { ACTION_INTENTS, ACTION_STATUSES, MEETING_KINDS, type Action, type Meeting } from '@kring/core';
import { KRING_EXTENSIONS as X } from '../extensions';
import { set, type Ext, type Reader, type Res } from './reader';

/** What the plan resources gave: the actions and meetings, and the ids the client had there. */
export interface PlanDraft {
  actions: (Action & { path: string })[];
  meetings: (Meeting & { path: string })[];
  clientIds: Set<string>;
  /** The resources read (so they are not reported as "not imported"). */
  read: Set<Res>;
}

function strings(rd: Reader, list: Ext[] | undefined): string[] {
  return (list ?? []).map((e) => rd.value(e, 'valueString')).filter((v): v is string => v !== undefined);
}

function readAction(rd: Reader, ext: Map<string, Ext[]>, path: string): (Action & { path: string }) | null {
  const id = rd.text(ext, X.actionId);
  const intent = rd.code(ext, X.actionIntent, ACTION_INTENTS);
  if (id === undefined || intent === undefined) {
    rd.warn('required', path, 'an activity without a Kring action id and intent was left out');
    return null;
  }
  const action: Action & { path: string } = { id, about: strings(rd, ext.get(X.actionAbout)), intent, step: rd.text(ext, X.actionStep) ?? '', path };
  set(action, 'owner', rd.text(ext, X.actionOwner));
  set(action, 'due', rd.fuzzy(ext, X.actionDue));
  set(action, 'status', rd.code(ext, X.actionStatus, ACTION_STATUSES));
  set(action, 'done', rd.fuzzy(ext, X.actionDone));
  set(action, 'note', rd.text(ext, X.actionNote));
  set(action, 'extensions', rd.vendor(ext));
  return action;
}

function readMeeting(rd: Reader, x: Res, ext: Map<string, Ext[]>): (Meeting & { path: string }) | null {
  const id = rd.text(ext, X.meetingId);
  const date = rd.fuzzy(ext, X.meetingDate);
  const kind = rd.code(ext, X.meetingKind, MEETING_KINDS);
  const title = rd.string(x.r, 'description', x.path);
  if (id === undefined || date === undefined || kind === undefined) {
    rd.warn('required', x.path, 'an Appointment without the Kring meeting id, date and kind was left out');
    return null;
  }
  const meeting: Meeting & { path: string } = { id, title: title ?? '', date, kind, invited: strings(rd, ext.get(X.meetingInvited)), path: x.path };
  set(meeting, 'group', rd.text(ext, X.meetingGroup));
  set(meeting, 'outcome', rd.string(x.r, 'comment', x.path));
  set(meeting, 'extensions', rd.vendor(ext));
  return meeting;
}

/** Read the Kring plan resources of the bundle. */
export function readPlan(rd: Reader, resources: readonly Res[]): PlanDraft {
  const out: PlanDraft = { actions: [], meetings: [], clientIds: new Set(), read: new Set() };
  for (const x of resources) {
    if (x.type !== 'CarePlan' && x.type !== 'Appointment') continue;
    const ext = rd.extensions(x.r, x.path);
    const client = rd.text(ext, X.clientId);
    if (x.type === 'CarePlan') {
      if (rd.code(ext, X.carePlan) !== 'network-plan') continue;
      for (const { o, path } of rd.objects(x.r, 'activity', x.path)) {
        const action = readAction(rd, rd.extensions(o, path), path);
        if (action) out.actions.push(action);
      }
    } else {
      if (!ext.has(X.meetingId)) continue;
      const meeting = readMeeting(rd, x, ext);
      if (meeting) out.meetings.push(meeting);
    }
    if (client !== undefined) out.clientIds.add(client);
    out.read.add(x);
  }
  return out;
}

/** The plan lists for the network, with the client's old ids mapped to `focusId`; `path` (for messages) dropped. */
export function planLists(plan: PlanDraft, focusId: string): { actions?: Action[]; meetings?: Meeting[]; paths: string[] } {
  const id = (ref: string): string => (plan.clientIds.has(ref) ? focusId : ref);
  const out: { actions?: Action[]; meetings?: Meeting[]; paths: string[] } = { paths: [] };
  if (plan.actions.length > 0) {
    out.actions = plan.actions.map(({ path: _p, ...a }) => {
      const action: Action = { ...a, about: a.about.map(id) };
      if (a.owner !== undefined) action.owner = id(a.owner);
      return action;
    });
  }
  if (plan.meetings.length > 0) out.meetings = plan.meetings.map(({ path: _p, ...m }) => ({ ...m, invited: m.invited.map(id) }));
  out.paths = [...plan.actions.map((a) => a.path), ...plan.meetings.map((m) => m.path)];
  return out;
}
