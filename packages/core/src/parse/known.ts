/**
 * Networks known to be valid: returned by an operation (which ran {@link validateNetwork} on
 * it) or by {@link parseNetwork} itself. `parseNetwork` hands such a network back as it is,
 * without reading it again: a view whose host passes the result of `updatePerson` as its new
 * `network` does not read a thousand people again for one rename (issue 16). Networks are
 * values: one changed in place after Kring returned it is not supported (the operations make a
 * new one).
 * @internal
 */
import type { Network } from '../model/types';
import type { ParseLimits } from './spec';

const known = /* @__PURE__ */ new WeakSet<object>();

/** Remember that `network` is valid (it passed the one rule set). */
export function markValid(network: Network): void {
  known.add(network);
}

/**
 * `value` is a network Kring found valid, and its lists are within `limits` (an edit is not
 * refused for the size of its lists, reading is: a host that reads back more than the limit
 * raises it, as for a document).
 */
export function knownValid(value: unknown, limits: ParseLimits): value is Network {
  if (typeof value !== 'object' || value === null || !known.has(value)) return false;
  const n = value as Network;
  return [n.people, n.ties, n.groups, n.events, n.actions ?? [], n.meetings ?? []].every((list) => list.length <= limits.maxArrayLength);
}
