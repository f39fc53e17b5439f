/**
 * Safe reading of arbitrary JSON (vendor `extensions`, unknown fields): a deep copy into
 * fresh plain objects that refuses `__proto__`/`constructor`/`prototype` keys, values JSON
 * cannot hold, and anything beyond the limits. Recursion is bounded by
 * `PARSE_LIMITS.maxExtensionDepth`, so even a 10,000-level or cyclic input cannot
 * overflow the stack.
 */
import { joinPath } from '../model/errors';
import type { ReadContext } from './context';
import { FORBIDDEN_KEYS } from './spec';
import { checkCharacters, checkKeyCharacters } from './text';

/** A plain object (not an array, not null, not a Date/Map/…). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/** An own property only: never read through the prototype chain. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/**
 * Whether `raw` (input) holds exactly what `known` (an item read and found valid before) holds
 * — the same keys and the same JSON values, key order aside — within this read's limits,
 * counting what it looks at toward the read's budget as reading it would. The very same object
 * counts as equal unwalked when the earlier check was at least as strict (`ctx.takeOver.trusted`).
 * Bounded like {@link cloneJson}: deeper than `maxExtensionDepth` + 3 levels counts as
 * different (the item is then read, and refused if it must be).
 */
export function sameJson(known: unknown, raw: unknown, ctx: ReadContext, depth = 0): boolean {
  if (typeof raw === 'string') {
    ctx.charge(raw.length);
    return known === raw && raw.length <= ctx.limits.maxStringLength;
  }
  ctx.charge();
  // The very object checked before (a host's update shares what it did not change).
  if (known === raw && ctx.takeOver?.trusted) return true;
  if (typeof known !== 'object' || typeof raw !== 'object' || known === null || raw === null) return known === raw;
  if (depth > ctx.limits.maxExtensionDepth + 3) return false;
  if (Array.isArray(known)) {
    if (!Array.isArray(raw) || known.length !== raw.length || raw.length > ctx.limits.maxArrayLength) return false;
    for (let i = 0; i < raw.length; i++) if (!sameJson(known[i], raw[i], ctx, depth + 1)) return false;
    return true;
  }
  if (!isRecord(raw) || !isRecord(known)) return false;
  const keys = Object.keys(raw);
  if (keys.length !== Object.keys(known).length) return false;
  for (const key of keys) {
    ctx.charge(key.length);
    if (key.length > ctx.limits.maxStringLength || !Object.prototype.hasOwnProperty.call(known, key) || !sameJson(known[key], raw[key], ctx, depth + 1)) return false;
  }
  return true;
}

/** Is this key refused everywhere. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * Check one key of an object from the input before its value is read: the key's characters
 * count toward the size budget, and a key longer than `PARSE_LIMITS.maxStringLength`
 * (`too-long`, reported on the object's `path`) or a forbidden key such as `__proto__`
 * (`forbidden-key`, reported on the key's own path) is refused. One rule for every object
 * read: extensions (`cloneJson`), records keyed by id and unknown fields (`structure.ts`).
 * @returns the key's path when its value may be read; `undefined` when the key was refused.
 */
export function checkKey(key: string, path: string, ctx: ReadContext): string | undefined {
  ctx.charge(key.length);
  if (key.length > ctx.limits.maxStringLength) {
    ctx.error('too-long', path, `A key longer than ${ctx.limits.maxStringLength} characters.`);
    return undefined;
  }
  const at = joinPath(path, key);
  if (isForbiddenKey(key)) {
    ctx.error('forbidden-key', at, `The key "${key}" is not allowed.`);
    return undefined;
  }
  return at;
}

/** A short description of a value's JSON type for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return isRecord(value) ? 'an object' : Object.prototype.toString.call(value).slice(8, -1);
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
  return `a ${typeof value}`;
}

/**
 * Deep-copy a JSON value. `depth` is the nesting level of `value` itself (the
 * `extensions` object is level 1). Problems are reported on `ctx`; the returned copy
 * leaves out what was refused (the document is then invalid anyway).
 */
export function cloneJson(value: unknown, path: string, depth: number, ctx: ReadContext): unknown {
  if (value === null || typeof value === 'boolean') {
    ctx.charge();
    return value;
  }
  if (typeof value === 'string') {
    ctx.charge(value.length);
    if (value.length > ctx.limits.maxStringLength) {
      ctx.error('too-long', path, `Text longer than ${ctx.limits.maxStringLength} characters (${value.length}).`);
      return undefined;
    }
    return checkCharacters(value, path, ctx, false);
  }
  if (typeof value === 'number') {
    ctx.charge();
    if (!Number.isFinite(value)) {
      ctx.error('invalid-value', path, `${String(value)} is not a JSON number.`);
      return undefined;
    }
    return value === 0 ? 0 : value; // -0 is written as 0 in JSON
  }
  const isArray = Array.isArray(value);
  if (!isArray && !isRecord(value)) {
    ctx.charge();
    ctx.error('wrong-type', path, `Expected a JSON value, got ${describeType(value)}.`);
    return undefined;
  }
  ctx.charge();
  if (depth > ctx.limits.maxExtensionDepth) {
    ctx.error('too-deep', path, `Nested more than ${ctx.limits.maxExtensionDepth} levels deep inside extensions.`);
    return undefined;
  }
  if (isArray) {
    const items = value as unknown[];
    let n = items.length;
    if (n > ctx.limits.maxArrayLength) {
      ctx.error('too-long', path, `More than ${ctx.limits.maxArrayLength} items (${n}).`);
      n = ctx.limits.maxArrayLength;
    }
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const item = items[i];
      if (item === undefined) {
        ctx.error('wrong-type', joinPath(path, i), 'Expected a JSON value, got undefined.');
        continue;
      }
      const copy = cloneJson(item, joinPath(path, i), depth + 1, ctx);
      if (copy !== undefined) out.push(copy);
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const at = checkKey(key, path, ctx);
    if (at === undefined) continue;
    const item = record[key];
    if (item === undefined) continue; // absent, as in JSON.stringify
    if (!checkKeyCharacters(key, at, ctx)) continue;
    const copy = cloneJson(item, at, depth + 1, ctx);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}
