/**
 * Structural sharing between two versions of a network, for views that memoise per item.
 * @packageDocumentation
 */
import type { Network } from '../model/types';
import { foundEqual, markSameAs, rememberEqual } from '../parse/known';

/** Deep equality of JSON-like values (key order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function shareList<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of previous) byId.set(item.id, item);
  let changed = next.length !== previous.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    let kept = item;
    // An item found equal before (a host that edits its own copy: compared once, not after
    // every edit; items are not changed in place) is not compared again.
    if (old !== undefined && old !== item && (foundEqual(item) === old || same(old, item))) {
      kept = old;
      rememberEqual(item, old);
    } else if (old === item) kept = old;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? out : (previous as T[]);
}

/**
 * `next`, with every person, tie, group, life event, action and meeting that is deep-equal to the one with the
 * same id in `previous` replaced by that earlier object (and whole lists kept when nothing in
 * them changed). The content is exactly `next`'s; only object identity is borrowed from
 * `previous`, so views that memoise per item (the Ecogram's nodes and ties) redraw only what
 * changed, also when a host passes a freshly parsed or deserialised copy. Neither input is
 * mutated. Returns `previous` itself when the two are deep-equal.
 */
export function shareUnchanged(previous: Network, next: Network): Network {
  if (previous === next) return next;
  const people = shareList(previous.people, next.people);
  const ties = shareList(previous.ties, next.ties);
  const groups = shareList(previous.groups, next.groups);
  const events = shareList(previous.events, next.events);
  const result: Network = { ...next, people, ties, groups, events };
  // The plan lists are optional: shared when both versions have them.
  if (Array.isArray(next.actions)) result.actions = Array.isArray(previous.actions) ? shareList(previous.actions, next.actions) : next.actions;
  if (Array.isArray(next.meetings)) result.meetings = Array.isArray(previous.meetings) ? shareList(previous.meetings, next.meetings) : next.meetings;
  if (same(previous, result)) return previous;
  // The same content as `next`: as valid as `next` was (a later read may take its items over).
  markSameAs(result, next);
  return result;
}
