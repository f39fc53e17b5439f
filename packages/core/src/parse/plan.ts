/**
 * The rules of the network plan (FORMAT.md, `actions[]` and `meetings[]`): references and
 * consent. Runs inside the rules pass, after the id space is known, on a draft that may have
 * holes (every check skips what the structural pass already reported).
 *
 * - `about` entries name a person or a tie; `invited` entries a person; `group` a group;
 *   `owner` is a person id or free text — free text that is exactly the id of a tie, group,
 *   event, action or meeting is refused (it reads as a reference to the wrong thing).
 * - Consent: an open action (status absent or `open`) whose intent means contacting (all
 *   but `limit` and `maintain`) about a person with consent `not-allowed`, or about a tie
 *   whose other end (not the client) has it, is `consent-refused` at that `about` entry. A
 *   `done` action is a record of contact that happened (perhaps before consent was
 *   withdrawn) and a `dropped` one will not happen, so recording a refusal never forces
 *   deleting the plan's history, only dropping open steps. Inviting such a person to a
 *   meeting is `consent-refused` at that `invited` entry. `ask-first` gives the warning
 *   `consent-ask-first` at the same paths (validateNetwork returns errors only).
 *
 * Lenient mode: a dangling `about` or `invited` entry is left out (an action left with no
 * `about` goes); a refused-consent action is left out whole (the plan must not keep a step
 * that contacts someone who said no), a refused invitee is left out of `invited`; a dangling
 * `owner` or `group` field is left out. All with a warning at the path.
 */
import { joinPath } from '../model/errors';
import { NON_CONTACT_INTENTS, type ActionIntent, type Network } from '../model/types';
import { HOLE, type ReadContext } from './context';
import { isRecord } from './json';
import type { SeenIds } from './rules';

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

function drop(items: unknown[], index: number, ctx: ReadContext): void {
  items[index] = HOLE;
  ctx.holes = true;
}

/** An error, or in lenient mode a warning that `leftOut` was left out. */
function report(ctx: ReadContext, code: 'dangling-reference' | 'consent-refused', path: string, message: string, leftOut: string): void {
  if (ctx.lenient) ctx.warn(code, path, `${message} Left out: ${leftOut}.`);
  else ctx.error(code, path, message);
}

interface PlanContext {
  ctx: ReadContext;
  seen: SeenIds;
  /** Person id → consent, for the people that have one. */
  consent: Map<string, unknown>;
  /** Tie id → its two ends, for the ties still in the draft (lenient mode may have left some out). */
  ends: Map<string, unknown[]>;
  focus: unknown;
}

function what(ref: string, pc: PlanContext, expected: string): string {
  const target = pc.seen.get(ref);
  return target ? `${quote(ref)} is ${kindName(target.kind)}, not ${expected}.` : `${quote(ref)} is not the id of ${expected} in this network.`;
}

function kindName(kind: string): string {
  return { people: 'a person', ties: 'a tie', groups: 'a group', events: 'an event', actions: 'an action', meetings: 'a meeting' }[kind] ?? kind;
}

/**
 * The consent check of one person contacted at `path`: `true` when refused (reported).
 * `ask-first` only warns.
 */
function consentRefused(personId: unknown, path: string, pc: PlanContext, leftOut: string): boolean {
  if (typeof personId !== 'string') return false;
  const consent = pc.consent.get(personId);
  if (consent === 'not-allowed') {
    report(pc.ctx, 'consent-refused', path, `${quote(personId)} does not want to be contacted (consent: not-allowed).`, leftOut);
    return true;
  }
  if (consent === 'ask-first') {
    pc.ctx.warn('consent-ask-first', path, `Ask ${quote(personId)} first before contacting them (consent: ask-first).`);
  }
  return false;
}

/** The people an `about` entry means contacting: the person, or a tie's ends but the client. */
function contacted(ref: string, pc: PlanContext): unknown[] {
  const kind = pc.seen.get(ref)?.kind;
  if (kind === 'people') return [ref];
  if (kind === 'ties') return (pc.ends.get(ref) ?? []).filter((end) => end !== pc.focus);
  return [];
}

function checkAction(action: Record<string, unknown>, i: number, actions: unknown[], pc: PlanContext): void {
  const { ctx } = pc;
  const path = joinPath('actions', i);
  const about = Array.isArray(action.about) ? (action.about as unknown[]) : [];
  const aboutPath = joinPath(path, 'about');
  // Only a step still to take means contacting: a done one happened (perhaps before consent was
  // withdrawn, and is kept as a record), a dropped one will not happen.
  const open = action.status === undefined || action.status === 'open';
  const contacting = open && typeof action.intent === 'string' && !NON_CONTACT_INTENTS.includes(action.intent as ActionIntent);
  let kept = 0;
  let refused = false;
  about.forEach((ref, k) => {
    if (typeof ref !== 'string') return;
    const at = joinPath(aboutPath, k);
    const kind = pc.seen.get(ref)?.kind;
    if (kind !== 'people' && !(kind === 'ties' && pc.ends.has(ref))) {
      report(ctx, 'dangling-reference', at, what(ref, pc, 'a person or a tie'), at);
      if (ctx.lenient) drop(about, k, ctx);
      return;
    }
    kept += 1;
    if (contacting) for (const person of contacted(ref, pc)) if (consentRefused(person, at, pc, path)) refused = true;
  });
  if (ctx.lenient && (refused || (about.length > 0 && kept === 0))) {
    drop(actions, i, ctx);
    return;
  }
  const owner = action.owner;
  if (typeof owner === 'string') {
    const kind = pc.seen.get(owner)?.kind;
    if (kind !== undefined && kind !== 'people') {
      const at = joinPath(path, 'owner');
      report(ctx, 'dangling-reference', at, `${what(owner, pc, 'a person')} An owner is a person id or free text.`, at);
      if (ctx.lenient) delete action.owner;
    }
  }
}

function checkMeeting(meeting: Record<string, unknown>, i: number, pc: PlanContext): void {
  const { ctx } = pc;
  const path = joinPath('meetings', i);
  if (Array.isArray(meeting.invited)) {
    const invited = meeting.invited as unknown[];
    const invitedPath = joinPath(path, 'invited');
    invited.forEach((ref, k) => {
      if (typeof ref !== 'string') return;
      const at = joinPath(invitedPath, k);
      if (pc.seen.get(ref)?.kind !== 'people') {
        report(ctx, 'dangling-reference', at, what(ref, pc, 'a person'), at);
        if (ctx.lenient) drop(invited, k, ctx);
      } else if (consentRefused(ref, at, pc, at) && ctx.lenient) {
        drop(invited, k, ctx);
      }
    });
  }
  const group = meeting.group;
  if (typeof group === 'string' && pc.seen.get(group)?.kind !== 'groups') {
    const at = joinPath(path, 'group');
    report(ctx, 'dangling-reference', at, what(group, pc, 'a group'), at);
    if (ctx.lenient) delete meeting.group;
  }
}

/** Check references and consent of `actions` and `meetings`; report on `ctx`. */
export function checkPlan(draft: Partial<Network>, ctx: ReadContext, seen: SeenIds): void {
  const actions = Array.isArray(draft.actions) ? (draft.actions as unknown[]) : [];
  const meetings = Array.isArray(draft.meetings) ? (draft.meetings as unknown[]) : [];
  if (actions.length === 0 && meetings.length === 0) return;
  const pc: PlanContext = { ctx, seen, consent: new Map(), ends: new Map(), focus: draft.focus };
  for (const person of Array.isArray(draft.people) ? (draft.people as unknown[]) : []) {
    if (isRecord(person) && typeof person.id === 'string' && !pc.consent.has(person.id)) pc.consent.set(person.id, person.consent);
  }
  for (const tie of Array.isArray(draft.ties) ? (draft.ties as unknown[]) : []) {
    if (isRecord(tie) && typeof tie.id === 'string') pc.ends.set(tie.id, Array.isArray(tie.between) ? (tie.between as unknown[]) : []);
  }
  actions.forEach((action, i) => {
    if (isRecord(action)) checkAction(action, i, actions, pc);
  });
  meetings.forEach((meeting, i) => {
    if (isRecord(meeting)) checkMeeting(meeting, i, pc);
  });
}
