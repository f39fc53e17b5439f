/**
 * The rules pass: the rules of FORMAT.md that span more than one field — unique ids,
 * references, self-ties, one tie per pair, history order, period order.
 *
 * It runs on a draft built by the structural pass, which may have holes where the input
 * was broken (a missing id, an `undefined` reference); every check skips what is not
 * there, because the structural pass has already reported it.
 */
import { fuzzyDateEnd, fuzzyDateStart } from '../dates';
import { joinPath } from '../model/errors';
import type { Network } from '../model/types';
import type { ReadContext } from './context';
import { isRecord } from './json';

type Entity = { id?: unknown };
type Kind = 'people' | 'ties' | 'groups' | 'events';
const KIND_NAME: Record<Kind, string> = { people: 'a person', ties: 'a tie', groups: 'a group', events: 'an event' };

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** Is this date string usable for comparisons (the structural pass reported the rest). */
function day(date: unknown, edge: 'start' | 'end'): number {
  if (typeof date !== 'string') return NaN;
  return edge === 'start' ? fuzzyDateStart(date) : fuzzyDateEnd(date);
}

/** Check the cross-field rules on a (possibly partial) network; report on `ctx`. */
export function checkRules(draft: Partial<Network>, ctx: ReadContext): void {
  // One id space for people, ties, groups and events.
  const firstSeen = new Map<string, { path: string; kind: Kind }>();
  const kinds: Kind[] = ['people', 'ties', 'groups', 'events'];
  for (const kind of kinds) {
    list(draft[kind] as Entity[] | undefined).forEach((entity, i) => {
      const id = isRecord(entity) ? entity.id : undefined;
      if (typeof id !== 'string') return;
      const path = joinPath(joinPath(kind, i), 'id');
      const seen = firstSeen.get(id);
      if (seen) ctx.error('duplicate-id', path, `The id ${quote(id)} is already used at ${seen.path}.`);
      else firstSeen.set(id, { path, kind });
    });
  }

  // When `people` itself could not be read, every reference would dangle: the
  // structural error already says what is wrong.
  const peopleReadable = Array.isArray(draft.people);
  const checkRef = (ref: unknown, path: string): boolean => {
    if (typeof ref !== 'string' || !peopleReadable) return false;
    const target = firstSeen.get(ref);
    if (!target) {
      ctx.error('dangling-reference', path, `${quote(ref)} is not the id of a person in people.`);
      return false;
    }
    if (target.kind !== 'people') {
      ctx.error('dangling-reference', path, `${quote(ref)} is ${KIND_NAME[target.kind]}, not a person.`);
      return false;
    }
    return true;
  };

  if (draft.focus !== undefined) checkRef(draft.focus, 'focus');

  const pairs = new Map<string, string>();
  list(draft.ties).forEach((tie, i) => {
    if (!isRecord(tie)) return;
    const path = joinPath('ties', i);
    const between = Array.isArray(tie.between) ? (tie.between as unknown[]) : [];
    const betweenPath = joinPath(path, 'between');
    between.forEach((ref, k) => checkRef(ref, joinPath(betweenPath, k)));
    const [a, b] = between;
    if (typeof a === 'string' && typeof b === 'string') {
      if (a === b) {
        ctx.error('self-tie', betweenPath, `A tie joins two different people; both ends are ${quote(a)}.`);
      } else {
        const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        const other = pairs.get(key);
        if (other !== undefined) ctx.error('duplicate-tie', betweenPath, `${other} already joins ${quote(a)} and ${quote(b)}.`);
        else pairs.set(key, path);
      }
    }
    const history = Array.isArray(tie.history) ? (tie.history as unknown[]) : [];
    let previous: { start: number; index: number } | null = null;
    history.forEach((entry, k) => {
      if (!isRecord(entry)) return;
      const start = day(entry.date, 'start');
      if (Number.isNaN(start)) return;
      if (previous && start < previous.start) {
        ctx.error(
          'history-order',
          joinPath(joinPath(joinPath(path, 'history'), k), 'date'),
          `History is oldest first; this date is before the one at history[${previous.index}].`,
        );
      }
      previous = { start, index: k };
    });
  });

  list(draft.groups).forEach((group, i) => {
    if (!isRecord(group) || !Array.isArray(group.members)) return;
    const path = joinPath(joinPath('groups', i), 'members');
    (group.members as unknown[]).forEach((ref, k) => checkRef(ref, joinPath(path, k)));
  });

  list(draft.events).forEach((event, i) => {
    if (!isRecord(event)) return;
    const path = joinPath('events', i);
    if (Array.isArray(event.people)) {
      (event.people as unknown[]).forEach((ref, k) => checkRef(ref, joinPath(joinPath(path, 'people'), k)));
    }
    const start = day(event.start, 'start');
    const end = day(event.end, 'end');
    if (!Number.isNaN(start) && !Number.isNaN(end) && end < start) {
      ctx.error('period-order', joinPath(path, 'end'), 'The end of a period is before its start.');
    }
  });

  if (isRecord(draft.layout)) {
    for (const key of Object.keys(draft.layout)) checkRef(key, joinPath('layout', key));
  }
}
