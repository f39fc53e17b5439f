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
  /** Per list (`people`, `ties`…), the items it held when the network was found valid. */
  items: ReadonlyMap<string, WeakSet<object>>;
  /** Its other fields (focus, layout, plan…) then, each by identity. */
  fields: Map<string, unknown>;
  /**
   * Kring made it, and a read would give it back as it is (nothing to default, migrate, move,
   * repair or warn about): what `parseNetwork` or an operation returned.
   */
  asRead: boolean;
}

const checked = new WeakMap<object, Check>();

const LIST_KEYS: ReadonlySet<string> = new Set(ITEM_LISTS);

/**
 * Remember that `network` was found valid under `limits`, with the items its lists hold now;
 * `asRead` when reading it would give it back unchanged (see `Check.asRead`).
 */
export function markChecked(network: object, limits: ParseLimits, asRead: boolean): void {
  const items = new Map<string, WeakSet<object>>();
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(network)) {
    if (!LIST_KEYS.has(key) || !Array.isArray(value)) {
      fields.set(key, value);
      continue;
    }
    const set = new WeakSet<object>();
    for (const item of value) if (typeof item === 'object' && item !== null) set.add(item as object);
    items.set(key, set);
  }
  checked.set(network, { limits, items, fields, asRead });
}

/**
 * Remember that `copy` holds what `original` holds (the same content, partly other objects):
 * found valid when `original` was, under the same limits (`shareUnchanged`).
 */
export function markSameAs(copy: object, original: object): void {
  const was = checked.get(original);
  if (was) markChecked(copy, was.limits, was.asRead);
}

/** Were the limits of an earlier check at least as strict as `limits`. */
function asStrict(was: ParseLimits, limits: ParseLimits): boolean {
  return (Object.keys(limits) as (keyof ParseLimits)[]).every((k) => was[k] <= limits[k]);
}

/**
 * The earlier check of `network` when it still holds (under limits at least as strict as
 * `limits`): its lists hold only the items checked then, and its other fields the very values
 * they held. An item pushed into a list, or a list or field replaced, since then: `null`.
 */
function stillChecked(network: unknown, limits: ParseLimits): Check | null {
  if (typeof network !== 'object' || network === null) return null;
  const was = checked.get(network);
  if (!was || !asStrict(was.limits, limits)) return null;
  let fields = 0;
  for (const [key, value] of Object.entries(network)) {
    if (LIST_KEYS.has(key) && Array.isArray(value)) {
      const set = was.items.get(key);
      if (!set) return null;
      for (const item of value as unknown[]) if (typeof item !== 'object' || item === null || !set.has(item)) return null;
      continue;
    }
    fields += 1;
    if (!was.fields.has(key) || was.fields.get(key) !== value) return null;
  }
  return fields === was.fields.size ? was : null;
}

/**
 * Whether Kring made `network` — it is what {@link parseNetwork} or an operation (`updatePerson`,
 * `addTie`, `undo`…) returned, valid and complete (a read would give it back unchanged, with no
 * warning) — and it still holds what it held then: its lists the same items, its other fields
 * the same values. A view shows such a network without reading it again (the views do so with
 * their own edits and with what a host passes back from an operation). Checked under the limits
 * it was made with: an operation's result may be larger than `parseNetwork` reads by default
 * (edits are not refused for size, see `PARSE_LIMITS`). Objects given to or returned by Kring
 * are not changed in place: a change inside an item is not seen here.
 */
export function isMadeByKring(network: unknown): boolean {
  if (typeof network !== 'object' || network === null) return false;
  const was = checked.get(network);
  return was !== undefined && was.asRead && stillChecked(network, was.limits) !== null;
}

/** Is `network` valid as Kring found it before, under `limits` (`validateNetwork` need not walk it). */
export function stillValid(network: unknown, limits: ParseLimits): boolean {
  return stillChecked(network, limits) !== null;
}

/**
 * What reading `network` under `limits` gives when Kring found it valid and complete before
 * (see `Check.asRead`) and it still holds that: a copy of it (the object and its lists fresh,
 * the items shared), remembered as checked with it. Otherwise `null`: read it.
 */
export function readAsChecked(network: unknown, limits: ParseLimits): Record<string, unknown> | null {
  const was = stillChecked(network, limits);
  if (!was?.asRead) return null;
  const copy: Record<string, unknown> = { ...(network as Record<string, unknown>) };
  for (const key of ITEM_LISTS) if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).slice();
  checked.set(copy, was);
  return copy;
}

/**
 * How far an earlier check of `network` counts for a read under `limits`: `trusted` when it
 * was checked under limits at least as strict (its items may be taken over as they are), not
 * when under looser ones (an item is taken over only after a walk that checks the limits of
 * this read); `null` when Kring never found it valid. With the items of each list checked then.
 */
export function checkedFor(network: unknown, limits: ParseLimits): { trusted: boolean; items: ReadonlyMap<string, WeakSet<object>> } | null {
  if (typeof network !== 'object' || network === null) return null;
  const was = checked.get(network);
  if (!was) return null;
  return { trusted: asStrict(was.limits, limits), items: was.items };
}

/**
 * Items found to hold the same as another: a later item → the earlier one whose identity a view
 * keeps for it (`shareUnchanged`), or a host's item → the item `parseNetwork` read from it as it
 * is. Items are not changed in place (see `ParseOptions.previous`), so the pair stays equal.
 */
const equalTo = new WeakMap<object, object>();

/** Remember that `later` holds what `earlier` holds. */
export function rememberEqual(later: object, earlier: object): void {
  if (later !== earlier) equalTo.set(later, earlier);
}

/** The item `later` was found to hold the same as, if any. */
export function foundEqual(later: object): object | undefined {
  return equalTo.get(later);
}
