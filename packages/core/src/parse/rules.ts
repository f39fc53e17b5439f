/**
 * The rules pass: the rules of FORMAT.md that span more than one field — unique ids,
 * references, self-ties, one tie per pair, history order, period order.
 *
 * It runs on a draft built by the structural pass, which may have holes where the input
 * was broken (a missing id, an `undefined` reference); every check skips what is not
 * there, because the structural pass has already reported it.
 *
 * Lenient mode repairs what only hurts one item, with a warning at the same path: a tie
 * with a missing or non-person end, a self-tie or a second tie for a pair is left out; a
 * group member, event participant or layout key that is not a person is left out; history
 * is sorted oldest first; an event whose end is before its start is left out (dropping only
 * the end would make it "still going"). A dangling `focus` and duplicate ids stay errors:
 * the document (or what its references mean) cannot be known.
 */
import { fuzzyDateEnd, fuzzyDateStart } from '../dates';
import { joinPath } from '../model/errors';
import type { Network } from '../model/types';
import { HOLE, type ReadContext } from './context';
import { isRecord } from './json';
import { checkPlan } from './plan';
import { EVENT_SPEC, TIE_SPEC } from './spec';

type Entity = { id?: unknown };
/** The id-carrying lists: one id space. */
export type Kind = 'people' | 'ties' | 'groups' | 'events' | 'actions' | 'meetings';
export const KIND_NAME: Record<Kind, string> = {
  people: 'a person', ties: 'a tie', groups: 'a group', events: 'an event', actions: 'an action', meetings: 'a meeting',
};

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

export function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** Is this date string usable for comparisons (the structural pass reported the rest). */
function day(date: unknown, edge: 'start' | 'end'): number {
  if (typeof date !== 'string') return NaN;
  return edge === 'start' ? fuzzyDateStart(date) : fuzzyDateEnd(date);
}

/**
 * A JSON path, or how to write it: the rules look at every item, and most items break no rule,
 * so a path is only written out when something is reported.
 */
type Path = string | (() => string);
const pathOf = (p: Path): string => (typeof p === 'string' ? p : p());

/** Check the cross-field rules on a (possibly partial) network; report on `ctx`. */
export function checkRules(draft: Partial<Network>, ctx: ReadContext): void {
  // One id space for people, ties, groups, events, actions and meetings.
  const firstSeen: SeenIds = new Map();
  const kinds: Kind[] = ['people', 'ties', 'groups', 'events', 'actions', 'meetings'];
  for (const kind of kinds) {
    const items = list(draft[kind] as Entity[] | undefined);
    for (let i = 0; i < items.length; i++) {
      const entity = items[i];
      const id = isRecord(entity) ? entity.id : undefined;
      if (typeof id !== 'string') continue;
      const seen = firstSeen.get(id);
      if (seen) ctx.error('duplicate-id', `${kind}[${i}].id`, `The id ${quote(id)} is already used at ${seenPath(seen)}.`);
      else firstSeen.set(id, { kind, index: i });
    }
  }

  // When `people` itself could not be read, every reference would dangle: the
  // structural error already says what is wrong.
  const peopleReadable = Array.isArray(draft.people);
  /** Report a reference that is not a person: an error, or in lenient mode (`repair`) a warning. */
  const checkRef = (ref: unknown, path: Path, repair = false, leftOut: Path = path): boolean => {
    if (typeof ref !== 'string' || !peopleReadable) return false;
    const target = firstSeen.get(ref);
    if (target?.kind === 'people') return true;
    const what = target ? `${quote(ref)} is ${KIND_NAME[target.kind]}, not a person.` : `${quote(ref)} is not the id of a person in people.`;
    report(ctx, repair, 'dangling-reference', pathOf(path), what, pathOf(leftOut));
    return false;
  };

  if (draft.focus !== undefined) checkRef(draft.focus, 'focus');
  checkTies(draft, ctx, checkRef);

  list(draft.groups).forEach((group, i) => {
    if (!isRecord(group) || !Array.isArray(group.members)) return;
    dropBadRefs(group.members as unknown[], `groups[${i}].members`, ctx, checkRef);
  });

  const events = list(draft.events);
  events.forEach((event, i) => {
    if (!isRecord(event)) return;
    const path = `events[${i}]`;
    if (Array.isArray(event.people)) dropBadRefs(event.people as unknown[], `${path}.people`, ctx, checkRef);
    // Taken over from a network found valid: its period was in order then.
    if (ctx.takeOver?.checked(EVENT_SPEC, event)) return;
    const start = day(event.start, 'start');
    const end = day(event.end, 'end');
    if (!Number.isNaN(start) && !Number.isNaN(end) && end < start) {
      report(ctx, true, 'period-order', `${path}.end`, 'The end of a period is before its start.', path);
      if (ctx.lenient) drop(events, i, ctx);
    }
  });

  if (isRecord(draft.layout)) {
    const layout = draft.layout;
    for (const key of Object.keys(layout)) {
      if (!checkRef(key, () => joinPath('layout', key), true) && ctx.lenient) delete layout[key];
    }
  }
  if (peopleReadable) checkPlan(draft, ctx, firstSeen);
}

/** Every id of the document → in which list and at which place it was first seen. */
export type SeenIds = Map<string, { kind: Kind; index: number }>;

/** Where an id was first seen: `people[3].id`. */
function seenPath(seen: { kind: Kind; index: number }): string {
  return `${seen.kind}[${seen.index}].id`;
}

export type CheckRef = (ref: unknown, path: Path, repair?: boolean, leftOut?: Path) => boolean;

/** An error, or in lenient mode (when `repair`) a warning that `leftOut` was left out. */
export function report(ctx: ReadContext, repair: boolean, code: 'dangling-reference' | 'self-tie' | 'duplicate-tie' | 'period-order' | 'history-order' | 'consent-refused', path: string, message: string, leftOut = path): void {
  if (repair && ctx.lenient) ctx.warn(code, path, code === 'history-order' ? `${message} Sorted oldest first.` : `${message} Left out: ${leftOut}.`);
  else ctx.error(code, path, message);
}

export function drop(items: unknown[], index: number, ctx: ReadContext): void {
  items[index] = HOLE;
  ctx.holes = true;
}

/** Check a list of person references; in lenient mode leave out those that are not people. */
export function dropBadRefs(refs: unknown[], path: string, ctx: ReadContext, checkRef: CheckRef): void {
  refs.forEach((ref, k) => {
    if (!checkRef(ref, () => `${path}[${k}]`, true) && ctx.lenient && typeof ref === 'string') drop(refs, k, ctx);
  });
}

/** Ends, self-ties, one tie per pair, history order. */
function checkTies(draft: Partial<Network>, ctx: ReadContext, checkRef: CheckRef): void {
  const ties = list(draft.ties) as unknown[];
  // One end → the other end → the tie joining them (the smaller id first).
  const pairs = new Map<string, Map<string, number>>();
  ties.forEach((tie, i) => {
    if (!isRecord(tie)) return;
    // Taken over from a network found valid (`previous`): what concerns this tie alone (no
    // self-tie, history oldest first) held then; its ends and its pair are checked again.
    const taken = ctx.takeOver?.checked(TIE_SPEC, tie) ?? false;
    const path = (): string => `ties[${i}]`;
    const betweenPath = (): string => `ties[${i}].between`;
    const between = Array.isArray(tie.between) ? (tie.between as unknown[]) : [];
    let ends = true;
    between.forEach((ref, k) => {
      if (typeof ref === 'string' && !checkRef(ref, () => `${betweenPath()}[${k}]`, true, path)) ends = false;
    });
    if (!ends && ctx.lenient) {
      drop(ties, i, ctx);
      return;
    }
    const [a, b] = between;
    if (typeof a === 'string' && typeof b === 'string') {
      if (a === b) {
        report(ctx, true, 'self-tie', betweenPath(), `A tie joins two different people; both ends are ${quote(a)}.`, path());
        if (ctx.lenient) return drop(ties, i, ctx);
      } else {
        const [low, high] = a < b ? [a, b] : [b, a];
        let joined = pairs.get(low);
        if (!joined) pairs.set(low, (joined = new Map()));
        const other = joined.get(high);
        if (other !== undefined) {
          report(ctx, true, 'duplicate-tie', betweenPath(), `ties[${other}] already joins ${quote(a)} and ${quote(b)}.`, path());
          if (ctx.lenient) return drop(ties, i, ctx);
        } else {
          joined.set(high, i);
        }
      }
    }
    if (!taken && Array.isArray(tie.history)) checkHistory(tie.history as unknown[], path, ctx);
  });
}

/** History oldest first; lenient mode sorts it (stable: equal dates keep their order). */
function checkHistory(history: unknown[], path: () => string, ctx: ReadContext): void {
  let previous: { start: number; index: number } | null = null;
  let sorted = true;
  history.forEach((entry, k) => {
    if (!isRecord(entry)) return;
    const start = day(entry.date, 'start');
    if (Number.isNaN(start)) return;
    if (previous && start < previous.start) {
      sorted = false;
      report(
        ctx,
        true,
        'history-order',
        `${path()}.history[${k}].date`,
        `History is oldest first; this date is before the one at history[${previous.index}].`,
      );
    }
    previous = { start, index: k };
  });
  if (!sorted && ctx.lenient) {
    const kept = history.filter((entry) => entry !== HOLE);
    kept.sort((x, y) => day(isRecord(x) ? x.date : undefined, 'start') - day(isRecord(y) ? y.date : undefined, 'start'));
    history.splice(0, history.length, ...kept);
  }
}
