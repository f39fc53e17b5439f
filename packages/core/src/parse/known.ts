/**
 * Networks Kring itself read or made and found valid — what `parseNetwork` returned, and every
 * result of an operation — with the limits they were checked against. A later read may take
 * their items over instead of reading them again (`ParseOptions.previous`): only these, so a
 * `previous` that Kring never checked can never let an unchecked item through.
 * @internal
 */
import type { ParseLimits } from './spec';

const checked = new WeakMap<object, ParseLimits>();

/** Remember that `network` was found valid under `limits`. */
export function markChecked(network: object, limits: ParseLimits): void {
  checked.set(network, limits);
}

/**
 * How far an earlier check of `network` counts for a read under `limits`: `'trusted'` when it
 * was checked under limits at least as strict (its items may be taken over as they are),
 * `'compare'` when under looser ones (an item is taken over only after a walk that checks the
 * limits of this read), `'none'` when Kring never found it valid.
 */
export function checkedFor(network: unknown, limits: ParseLimits): 'trusted' | 'compare' | 'none' {
  if (typeof network !== 'object' || network === null) return 'none';
  const was = checked.get(network);
  if (!was) return 'none';
  return (Object.keys(limits) as (keyof ParseLimits)[]).every((k) => was[k] <= limits[k]) ? 'trusted' : 'compare';
}
