/**
 * Networks Kring itself read or made and found valid — what `parseNetwork` and
 * `validateNetwork` found valid, and every result of an operation — with the limits they were
 * checked against and the very items they held then. A later read may take those items over
 * instead of reading them again (`ParseOptions.previous`): only these, so a `previous` that
 * Kring never checked, or an item pushed into one of its lists afterwards, is read as always.
 * @internal
 */
import type { ParseLimits } from './spec';

/** The lists whose items a later read may take over. */
export const ITEM_LISTS = ['people', 'ties', 'groups', 'events', 'actions', 'meetings'] as const;

interface Check {
  limits: ParseLimits;
  /** The items of the lists when the network was found valid. */
  items: WeakSet<object>;
}

const checked = new WeakMap<object, Check>();

/** Remember that `network` was found valid under `limits`, with the items its lists hold now. */
export function markChecked(network: object, limits: ParseLimits): void {
  const items = new WeakSet<object>();
  for (const key of ITEM_LISTS) {
    const list: unknown = (network as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) if (typeof item === 'object' && item !== null) items.add(item as object);
  }
  checked.set(network, { limits, items });
}

/**
 * Remember that `copy` holds what `original` holds (the same content, partly other objects):
 * found valid when `original` was, under the same limits (`shareUnchanged`).
 */
export function markSameAs(copy: object, original: object): void {
  const was = checked.get(original);
  if (was) markChecked(copy, was.limits);
}

/**
 * How far an earlier check of `network` counts for a read under `limits`: `'trusted'` when it
 * was checked under limits at least as strict (its items may be taken over as they are),
 * `'compare'` when under looser ones (an item is taken over only after a walk that checks the
 * limits of this read), `null` when Kring never found it valid; with the items checked then.
 */
export function checkedFor(network: unknown, limits: ParseLimits): { how: 'trusted' | 'compare'; items: WeakSet<object> } | null {
  if (typeof network !== 'object' || network === null) return null;
  const was = checked.get(network);
  if (!was) return null;
  const strict = (Object.keys(limits) as (keyof ParseLimits)[]).every((k) => was.limits[k] <= limits[k]);
  return { how: strict ? 'trusted' : 'compare', items: was.items };
}
