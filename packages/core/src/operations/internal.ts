/**
 * Shared machinery of the operations. Not exported from the package.
 *
 * Every operation builds a candidate network and hands it to {@link finish}, which runs the
 * one rule set (`validateNetwork` from `../parse`) on it: operations contain no rules of
 * their own beyond "does this id exist" and "is the focus protected".
 */
import { checkNetwork } from '../parse/validate';
import { issue, joinPath, type IssueCode, type NetworkIssue } from '../model/errors';
import type { Network } from '../model/types';
import type { OperationResult } from './types';

/** A plain record, the shape operations work on internally. */
export type Obj = Record<string, unknown>;

/** The id-carrying collections of a network. */
export type Collection = 'people' | 'ties' | 'groups' | 'events' | 'actions' | 'meetings';

/** A non-null, non-array object. */
export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A refused operation. */
export function fail(code: IssueCode, path: string, message: string): OperationResult {
  return { ok: false, errors: [issue(code, path, message)] };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Run an operation body on something that should be a network. Hosts may call operations
 * from plain JavaScript with anything; this never throws. A network that is not shaped like
 * one is refused up front; a failure deeper down (e.g. `null` inside `people`) is caught and
 * reported rather than thrown into the host.
 */
export function operate(network: unknown, body: (n: Network) => OperationResult): OperationResult {
  if (
    !isObject(network) ||
    !Array.isArray(network.people) ||
    !Array.isArray(network.ties) ||
    !Array.isArray(network.groups) ||
    !Array.isArray(network.events)
  ) {
    return fail('not-an-object', '', 'Expected a Kring network: an object with people, ties, groups and events arrays.');
  }
  const outer = changing;
  changing = network as unknown as Network;
  try {
    return body(network as unknown as Network);
  } catch (error) {
    return fail('wrong-type', '', `The network could not be edited (${describe(error)}); validate it with validateNetwork first.`);
  } finally {
    changing = outer;
  }
}

/**
 * The limits an edit is checked against. Size limits guard *reading* untrusted documents; an
 * edit works on a network the host already holds, so it is never refused for the size of its
 * lists or of the whole (a host that keeps more than 10,000 people raises `limits` when it
 * reads them back). Text length and nesting limits still apply to what an edit writes.
 */
const EDIT_LIMITS = { maxArrayLength: Infinity, maxValues: Infinity, maxDocumentChars: Infinity } as const;

/**
 * The network the running operation changes (set by {@link operate}): its items that the
 * candidate shares are not checked again when Kring found it valid before (`previous`).
 */
let changing: Network | null = null;

/**
 * Validate the candidate with the one rule set; the candidate, or the rules it breaks. What the
 * operation did not touch is checked again only when the network it changed was never found
 * valid by Kring (a host's own object): then the whole candidate is checked.
 */
export function finish(candidate: Network, id?: string): OperationResult {
  const errors: NetworkIssue[] = checkNetwork(candidate, changing ? { limits: EDIT_LIMITS, previous: changing } : { limits: EDIT_LIMITS }, true);
  if (errors.length > 0) return { ok: false, errors };
  return id === undefined ? { ok: true, network: candidate } : { ok: true, network: candidate, id };
}

/** Index of the item with this id in a collection, or -1. */
export function indexOfId(items: readonly unknown[], id: unknown): number {
  if (typeof id !== 'string') return -1;
  return items.findIndex((item) => isObject(item) && item.id === id);
}

const NOUN: Record<Collection, string> = {
  people: 'person', ties: 'tie', groups: 'group', events: 'event', actions: 'action', meetings: 'meeting',
};

/** The 'not-found' refusal for an unknown id, with the collection as path. */
export function notFound(collection: Collection, id: unknown): OperationResult {
  return fail('not-found', collection, `There is no ${NOUN[collection]} with id ${JSON.stringify(id)}.`);
}

/** Every id used anywhere in the document. */
export function usedIds(n: Network): Set<string> {
  const used = new Set<string>();
  for (const collection of [n.people, n.ties, n.groups, n.events, n.actions ?? [], n.meetings ?? []] as unknown[][]) {
    if (!Array.isArray(collection)) continue;
    for (const item of collection) if (isObject(item) && typeof item.id === 'string') used.add(item.id);
  }
  return used;
}

/**
 * A new id: `prefix` plus the smallest positive integer that gives an id not used anywhere in
 * the document. Deterministic: the same network always gives the same id.
 */
export function nextId(n: Network, prefix: string): string {
  const used = usedIds(n);
  for (let k = 1; ; k++) {
    const id = `${prefix}${k}`;
    if (!used.has(id)) return id;
  }
}

/** Set an own property, even one called `__proto__` (plain assignment would change the prototype). */
export function setOwn(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const MAX_CLONE_DEPTH = 64;

function isPlainObject(value: unknown): value is Obj {
  if (!isObject(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Copy caller data into the network so the caller's objects are never shared with (and
 * later mutations never leak into) the document. Plain objects and arrays are copied,
 * object keys with the value `undefined` left out (as in JSON); anything else is kept as
 * it is for the validator to judge. Very deep values are kept by reference below a depth cap.
 */
export function cloneInput(value: unknown, depth = 0): unknown {
  if (depth > MAX_CLONE_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => cloneInput(item, depth + 1));
  if (!isPlainObject(value)) return value;
  const copy: Obj = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item !== undefined) setOwn(copy, key, cloneInput(item, depth + 1));
  }
  return copy;
}

/**
 * A new record: `id` first, then the input's other own fields (copied; `undefined` left out).
 * A non-object input carries no fields; the validator then reports what is missing.
 */
export function recordWithId(id: unknown, input: unknown): Obj {
  const record: Obj = { id };
  if (isObject(input)) {
    for (const key of Object.keys(input)) {
      const item = input[key];
      if (key !== 'id' && item !== undefined) setOwn(record, key, cloneInput(item, 1));
    }
  }
  return record;
}

/** The id for a new record: the one the caller gave, or the next free one with `prefix`. */
export function idFor(n: Network, input: unknown, prefix: string): unknown {
  const given = isObject(input) ? input.id : undefined;
  return given === undefined ? nextId(n, prefix) : given;
}

/**
 * Apply a patch: keys present replace the value, keys set to `undefined` remove the field.
 * Returns `target` itself when nothing changes. `id` is skipped (see {@link checkPatch}).
 */
export function applyPatch<T extends object>(target: T, patch: Obj): T {
  let copy: Obj | undefined;
  const source = target as unknown as Obj;
  for (const key of Object.keys(patch)) {
    if (key === 'id') continue;
    const value = patch[key];
    const has = Object.prototype.hasOwnProperty.call(source, key);
    if (value === undefined) {
      if (!has) continue;
      copy ??= { ...source };
      delete copy[key];
    } else {
      if (has && Object.is(source[key], value)) continue;
      copy ??= { ...source };
      setOwn(copy, key, cloneInput(value, 1));
    }
  }
  return (copy ?? target) as T;
}

/**
 * Check that a patch is an object and does not try to change the id; `path` is the JSON path
 * of the item being patched. `undefined` when the patch is acceptable.
 */
export function checkPatch(patch: unknown, currentId: string, path: string): OperationResult | undefined {
  if (!isObject(patch)) return fail('wrong-type', path, 'A patch must be an object of the fields to change.');
  if (Object.prototype.hasOwnProperty.call(patch, 'id') && patch.id !== currentId) {
    return fail('invalid-value', joinPath(path, 'id'), 'An id cannot be changed; remove and add instead.');
  }
  return undefined;
}

/** A copy of `items` with the item at `index` replaced, or `items` itself if it is the same. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  if (items[index] === item) return items as T[];
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

/** A copy of `items` without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)];
}
