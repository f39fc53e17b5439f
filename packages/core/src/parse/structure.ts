/**
 * The structural pass: walks a document along the spec tables, reports wrong types,
 * missing fields, bad enums and dates, limits and forbidden keys, and builds a fresh
 * copy holding only the known fields (a "draft").
 *
 * The draft keeps array positions (an unreadable entity becomes `{}`, an unreadable
 * reference `undefined`) so the rules pass that runs on it afterwards reports the same
 * JSON paths as the input. A draft is only handed out as a `Network` when no error was
 * reported.
 */
import { parseFuzzyDate } from '../dates';
import { joinPath } from '../model/errors';
import { HOLE, type ReadContext } from './context';
import { checkKey, cloneJson, describeType, isForbiddenKey, isRecord, own, sameJson } from './json';
import { EVENT_SPEC, PERSON_SPEC, UNKNOWN_FIELDS_KEY, type FieldSpec, type ObjectSpec, type ValueSpec } from './spec';
import { checkCharacters, checkKeyCharacters, isBlank } from './text';

/** Unknown fields waiting to be kept under the nearest owner's `extensions["kring.unknown"]`. */
interface UnknownBucket {
  /** Path of the owning entity. */
  base: string;
  entries: { key: string; value: unknown; path: string }[];
}

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    patterns.set(pattern, re);
  }
  return re;
}

/** Quote a value for a message, shortened. */
function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

function readString(raw: unknown, path: string, ctx: ReadContext, isId = false): string | undefined {
  if (typeof raw !== 'string') {
    ctx.charge();
    ctx.error('wrong-type', path, `Expected a string, got ${describeType(raw)}.`);
    return undefined;
  }
  ctx.charge(raw.length);
  if (raw.length > ctx.limits.maxStringLength) {
    ctx.error('too-long', path, `Text longer than ${ctx.limits.maxStringLength} characters (${raw.length}).`);
    return undefined;
  }
  return checkCharacters(raw, path, ctx, isId);
}

/** A name or title: never empty or blank (strict: `required`; lenient: the placeholder name). */
function readLabel(raw: unknown, path: string, ctx: ReadContext): string | undefined {
  const s = readString(raw, path, ctx);
  if (s === undefined || !isBlank(s)) return s;
  const what = s === '' ? 'empty' : 'only white space or invisible characters';
  if (ctx.lenient) {
    ctx.warn('empty-name', path, `The name is ${what}: shown as ${JSON.stringify(ctx.placeholderName)}.`);
    return ctx.placeholderName;
  }
  ctx.error('required', path, `A name cannot be ${what}.`);
  return undefined;
}

/** Read one value along its spec. `undefined` means: refused (an error was reported). */
export function readValue(raw: unknown, spec: ValueSpec, path: string, ctx: ReadContext, bucket: UnknownBucket | null): unknown {
  switch (spec.type) {
    case 'id': {
      const s = readString(raw, path, ctx, true);
      if (s === undefined) return undefined;
      if (s === '') {
        ctx.error('invalid-value', path, 'An id cannot be empty.');
        return undefined;
      }
      if (isForbiddenKey(s)) {
        ctx.error('forbidden-key', path, `${quote(s)} cannot be used as an id.`);
        return undefined;
      }
      return s;
    }
    case 'ref':
      return readString(raw, path, ctx, true);
    case 'text':
      return spec.label ? readLabel(raw, path, ctx) : readString(raw, path, ctx);
    case 'code': {
      const s = readString(raw, path, ctx);
      if (s === undefined) return undefined;
      if (!regex(spec.pattern).test(s)) {
        ctx.error('invalid-value', path, `Expected ${spec.what}, got ${quote(s)}.`);
        return undefined;
      }
      return s;
    }
    case 'enum': {
      const s = readString(raw, path, ctx);
      if (s === undefined) return undefined;
      if (!spec.values.includes(s)) {
        ctx.error('invalid-value', path, `${quote(s)} is not one of: ${spec.values.join(', ')}.`);
        return undefined;
      }
      return s;
    }
    case 'date': {
      const s = readString(raw, path, ctx);
      if (s === undefined) return undefined;
      if (parseFuzzyDate(s) === null) {
        ctx.error('invalid-date', path, `${quote(s)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, optionally with "~" in front.`);
        return undefined;
      }
      return s;
    }
    case 'boolean':
      ctx.charge();
      if (typeof raw !== 'boolean') {
        ctx.error('wrong-type', path, `Expected true or false, got ${describeType(raw)}.`);
        return undefined;
      }
      return raw;
    case 'number': {
      ctx.charge();
      if (typeof raw !== 'number') {
        ctx.error('wrong-type', path, `Expected a number, got ${describeType(raw)}.`);
        return undefined;
      }
      const range = spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` : '';
      const what = `${spec.integer ? 'a whole number' : 'a number'}${range}`;
      if (
        !Number.isFinite(raw) ||
        (spec.integer && !Number.isInteger(raw)) ||
        (spec.min !== undefined && raw < spec.min) ||
        (spec.max !== undefined && raw > spec.max)
      ) {
        ctx.error('invalid-value', path, `Expected ${what}, got ${String(raw)}.`);
        return undefined;
      }
      return raw === 0 ? 0 : raw; // -0 is written as 0 in JSON
    }
    case 'array':
      return readArray(raw, spec, path, ctx, bucket);
    case 'object':
      ctx.charge();
      if (!isRecord(raw)) {
        ctx.error('wrong-type', path, `Expected an object, got ${describeType(raw)}.`);
        return undefined;
      }
      return readObject(raw, spec.spec, path, ctx, bucket);
    case 'record':
      return readRecord(raw, spec.values, path, ctx, bucket);
    case 'extensions':
      if (!isRecord(raw)) {
        ctx.charge();
        ctx.error('wrong-type', path, `Expected an object keyed by reverse-domain names, got ${describeType(raw)}.`);
        return undefined;
      }
      return cloneJson(raw, path, 1, ctx);
  }
}

function readArray(
  raw: unknown,
  spec: Extract<ValueSpec, { type: 'array' }>,
  path: string,
  ctx: ReadContext,
  bucket: UnknownBucket | null,
): unknown[] | undefined {
  ctx.charge();
  if (!Array.isArray(raw)) {
    ctx.error('wrong-type', path, `Expected an array, got ${describeType(raw)}.`);
    return undefined;
  }
  let n = raw.length;
  if (spec.length !== undefined && n !== spec.length) {
    ctx.error('invalid-value', path, `Expected exactly ${spec.length} items, got ${n}.`);
    n = Math.min(n, spec.length);
  }
  if (spec.minItems !== undefined && n < spec.minItems) {
    ctx.error('invalid-value', path, `Expected at least ${spec.minItems} item${spec.minItems === 1 ? '' : 's'}, got ${n}.`);
  }
  if (n > ctx.limits.maxArrayLength) {
    ctx.error('too-long', path, `More than ${ctx.limits.maxArrayLength} items (${n}).`);
    n = ctx.limits.maxArrayLength;
  }
  const placeholder = spec.items.type === 'object';
  // Lenient mode leaves out a broken item, except a tie's two ends (the tie goes instead)
  // and a person given as an object (a person is never dropped for a broken field).
  const items = spec.items;
  const droppable = (item: unknown): boolean =>
    spec.length === undefined && (items.type !== 'object' || items.spec !== PERSON_SPEC || !isRecord(item));
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const item: unknown = raw[i];
    const earlier = reusable(item, items, ctx);
    if (earlier) {
      out.push(earlier);
      continue;
    }
    const at = `${path}[${i}]`;
    const mark = ctx.mark();
    let value: unknown;
    if (item === undefined) {
      ctx.charge();
      ctx.error('required', at, 'Missing item.');
    } else {
      value = readValue(item, items, at, ctx, bucket);
    }
    if (droppable(item) && ctx.canRepair(mark)) {
      ctx.downgrade(mark, `Left out: ${at}.`);
      ctx.holes = true;
      out.push(HOLE);
      continue;
    }
    // Keep positions, so later rules report the input's paths.
    out.push(value === undefined && placeholder ? {} : value);
  }
  return out;
}

/**
 * The item of an earlier read with the same id when `item` holds exactly what it holds (see
 * `parseNetwork`'s `previous`): reading it again would give an equal object; taking it over
 * keeps its identity. The very object found valid under limits as strict: without a look inside.
 */
function reusable(item: unknown, spec: ValueSpec, ctx: ReadContext): Record<string, unknown> | undefined {
  const over = ctx.takeOver;
  if (!over || spec.type !== 'object' || !isRecord(item)) return undefined;
  if (over.trusted && over.checked(spec.spec, item)) {
    ctx.charge();
    return item;
  }
  const id = own(item, 'id');
  const earlier = typeof id === 'string' ? over.earlier(spec.spec, id) : undefined;
  return earlier !== undefined && sameJson(earlier, item, ctx) ? earlier : undefined;
}

function readRecord(
  raw: unknown,
  values: ValueSpec,
  path: string,
  ctx: ReadContext,
  bucket: UnknownBucket | null,
): Record<string, unknown> | undefined {
  ctx.charge();
  if (!isRecord(raw)) {
    ctx.error('wrong-type', path, `Expected an object keyed by person id, got ${describeType(raw)}.`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const at = checkKey(key, path, ctx);
    if (at === undefined) continue;
    const item = raw[key];
    if (item === undefined || !checkKeyCharacters(key, at, ctx)) continue;
    const mark = ctx.mark();
    const value = readValue(item, values, at, ctx, bucket);
    if (ctx.canRepair(mark)) {
      ctx.downgrade(mark, `Left out: ${at}.`);
      continue;
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Per spec: its field keys, and whether it owns unknown fields (has `extensions`). */
const specInfo = new WeakMap<ObjectSpec, { keys: ReadonlySet<string>; isOwner: boolean }>();
function infoOf(spec: ObjectSpec): { keys: ReadonlySet<string>; isOwner: boolean } {
  let info = specInfo.get(spec);
  if (!info) {
    const keys = new Set(spec.fields.map((f) => f.key));
    info = { keys, isOwner: keys.has('extensions') };
    specInfo.set(spec, info);
  }
  return info;
}

/**
 * Read an object along its spec. Objects with an `extensions` field own the unknown
 * fields found in them and in their nested objects.
 */
export function readObject(
  raw: Record<string, unknown>,
  spec: ObjectSpec,
  path: string,
  ctx: ReadContext,
  parentBucket: UnknownBucket | null,
  alsoKnown: readonly string[] = [],
): Record<string, unknown> {
  const { keys: known, isOwner } = infoOf(spec);
  const bucket: UnknownBucket | null = isOwner ? { base: path, entries: [] } : parentBucket;
  const out: Record<string, unknown> = {};
  for (const field of spec.fields) {
    // Field keys are plain identifiers, so this is what `joinPath` gives, without its regex.
    const at = path ? `${path}.${field.key}` : field.key;
    const value = readField(raw, field, at, ctx);
    if (value === undefined) {
      if (field.parseDefault && ctx.mode === 'parse') {
        ctx.defaulted = true;
        out[field.key] = field.parseDefault();
      } else if (isLabel(field) && ctx.lenient) {
        ctx.warn('empty-name', at, `${field.key} is missing: shown as ${JSON.stringify(ctx.placeholderName)}.`);
        out[field.key] = ctx.placeholderName;
      } else if (field.required) {
        ctx.error('required', at, `${field.key} is required.`);
      }
      continue;
    }
    const mark = ctx.mark();
    const read = readValue(value, field.value, at, ctx, bucket);
    if (ctx.canRepair(mark)) {
      // Lenient: a broken name becomes the placeholder, a broken optional field is left out
      // (`ties`, `groups`, `events` become `[]`); a broken required field breaks its owner.
      if (isLabel(field)) {
        ctx.downgrade(mark, `Shown as ${JSON.stringify(ctx.placeholderName)}.`);
        out[field.key] = ctx.placeholderName;
        continue;
      }
      if (!field.required || field.parseDefault) {
        ctx.downgrade(mark, `Left out: ${at}.`);
        if (field.parseDefault) out[field.key] = field.parseDefault();
        continue;
      }
    }
    if (read !== undefined) out[field.key] = read;
  }
  for (const key of Object.keys(raw)) {
    // Known fields were read above (no field of the format is a forbidden key).
    if (known.has(key) || alsoKnown.includes(key)) continue;
    const at = checkKey(key, path, ctx);
    if (at === undefined) continue;
    const value = raw[key];
    if (value === undefined || !checkKeyCharacters(key, at, ctx)) continue;
    keepUnknown(key, value, at, ctx, bucket);
  }
  if (isOwner && bucket && bucket.entries.length > 0) mergeUnknown(out, bucket, ctx);
  // Lenient: the shape is judged on what was read (a `null` or broken date is absent).
  if (spec === EVENT_SPEC) checkEventShape(ctx.lenient ? out : raw, path, ctx);
  return out;
}

function isLabel(field: FieldSpec): boolean {
  return field.value.type === 'text' && field.value.label === true;
}

/** A field's raw value; in lenient mode `null` reads as absent, with a warning. */
function readField(raw: Record<string, unknown>, field: FieldSpec, at: string, ctx: ReadContext): unknown {
  const value = own(raw, field.key);
  if (value === null && ctx.lenient) {
    ctx.warn('null-value', at, `${field.key} is null: read as absent.`);
    return undefined;
  }
  return value;
}

function keepUnknown(key: string, value: unknown, path: string, ctx: ReadContext, bucket: UnknownBucket | null): void {
  if (ctx.mode === 'validate' || !bucket) {
    ctx.error('unknown-field', path, `Unknown field "${key}": it would be lost when the network is written. Put host data in extensions.`);
    return;
  }
  const rel = path.slice(bucket.base.length).replace(/^\./, '');
  const where = joinPath(joinPath(joinPath(bucket.base, 'extensions'), UNKNOWN_FIELDS_KEY), rel);
  ctx.warn('unknown-field', path, `Unknown field "${key}": kept as ${where}.`);
  // It will live at extensions → "kring.unknown" → rel: level 3.
  const copy = cloneJson(value, path, 3, ctx);
  if (copy !== undefined) bucket.entries.push({ key: rel, value: copy, path });
}

function mergeUnknown(out: Record<string, unknown>, bucket: UnknownBucket, ctx: ReadContext): void {
  const extensions = isRecord(out.extensions) ? out.extensions : {};
  let target = extensions[UNKNOWN_FIELDS_KEY];
  if (target === undefined) {
    target = {};
    extensions[UNKNOWN_FIELDS_KEY] = target;
  }
  for (const entry of bucket.entries) {
    if (!isRecord(target)) {
      ctx.warn('unknown-field', entry.path, `Unknown field could not be kept: extensions["${UNKNOWN_FIELDS_KEY}"] is not an object.`);
    } else if (Object.prototype.hasOwnProperty.call(target, entry.key)) {
      ctx.warn('unknown-field', entry.path, `Unknown field could not be kept: extensions["${UNKNOWN_FIELDS_KEY}"] already has ${quote(entry.key)}.`);
    } else {
      target[entry.key] = entry.value;
    }
  }
  out.extensions = extensions;
}

/** An event is a moment (`date`) or a period (`start`, optional `end`), never both. */
function checkEventShape(raw: Record<string, unknown>, path: string, ctx: ReadContext): void {
  const hasDate = own(raw, 'date') !== undefined;
  const hasStart = own(raw, 'start') !== undefined;
  const hasEnd = own(raw, 'end') !== undefined;
  if (hasDate && hasStart) {
    ctx.error('invalid-value', joinPath(path, 'start'), 'An event has either date (a moment) or start (a period), not both.');
  } else if (hasDate && hasEnd) {
    ctx.error('invalid-value', joinPath(path, 'end'), 'end belongs to a period: use start instead of date.');
  } else if (!hasDate && !hasStart) {
    ctx.error('required', joinPath(path, 'date'), 'An event needs date (a moment) or start (a period).');
  }
}
