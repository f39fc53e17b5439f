/**
 * Canonical JSON: the key order of the spec tables (FORMAT.md's order), `format` and
 * `version` first, 2-space indent, no `undefined`, `layout` keys in the order of
 * `people`, extensions written as they are.
 */
import { FORMAT_NAME, FORMAT_VERSION, type Network } from '../model/types';
import { isRecord } from './json';
import { NETWORK_SPEC, type ObjectSpec, type ValueSpec } from './spec';

/** Deeper than this, an (invalid) in-memory value is written as `null` instead of overflowing the stack. */
const MAX_WRITE_DEPTH = 100;

/** A JSON-safe copy of arbitrary data: cycles, functions, symbols and bigints become `null`. */
function plain(value: unknown, depth: number, ancestors: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
  if (typeof value !== 'object' || depth > MAX_WRITE_DEPTH || ancestors.has(value)) return null;
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item: unknown) => (item === undefined ? null : plain(item, depth + 1, ancestors)));
  } else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      Object.defineProperty(record, key, { value: plain(item, depth + 1, ancestors), enumerable: true, writable: true, configurable: true });
    }
    out = record;
  }
  ancestors.delete(value);
  return out;
}

function writeValue(value: unknown, spec: ValueSpec, order: readonly string[]): unknown {
  switch (spec.type) {
    case 'array':
      return Array.isArray(value) ? value.map((item: unknown) => (item === undefined ? null : writeValue(item, spec.items, order))) : plain(value, 0, new Set());
    case 'object':
      return isRecord(value) ? writeObject(value, spec.spec, order) : plain(value, 0, new Set());
    case 'record': {
      if (!isRecord(value)) return plain(value, 0, new Set());
      const out: Record<string, unknown> = {};
      const keys = Object.keys(value);
      const known = new Set(keys);
      const inOrder = new Set(order);
      const ordered = [...order.filter((id) => known.has(id)), ...keys.filter((k) => !inOrder.has(k))];
      for (const key of ordered) {
        const item = value[key];
        if (item === undefined) continue;
        Object.defineProperty(out, key, { value: writeValue(item, spec.values, order), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default:
      return plain(value, 0, new Set());
  }
}

function writeObject(obj: Record<string, unknown>, spec: ObjectSpec, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const value = Object.prototype.hasOwnProperty.call(obj, field.key) ? obj[field.key] : undefined;
    if (value !== undefined) out[field.key] = writeValue(value, field.value, order);
  }
  return out;
}

/**
 * Write a network as canonical JSON: keys in the fixed order of FORMAT.md, 2-space
 * indent, optional fields left out when absent, `layout` keys in the order of `people`,
 * `extensions` as they are. No trailing newline.
 *
 * `parseNetwork(serializeNetwork(n))` gives `n` back for every valid network, and
 * serialising the result again gives the same bytes. Fields outside the format are not
 * written (`validateNetwork` reports them as `unknown-field`). Never throws: values
 * JSON cannot hold (cycles, functions, `NaN`) are written as `null` or left out, as
 * `JSON.stringify` does, so validate first.
 */
export function serializeNetwork(network: Network): string {
  const source: Record<string, unknown> = isRecord(network) ? network : {};
  const people = Array.isArray(source.people) ? (source.people as unknown[]) : [];
  const order = people.map((p) => (isRecord(p) && typeof p.id === 'string' ? p.id : '')).filter((id) => id !== '');
  const doc: Record<string, unknown> = {
    format: source.format ?? FORMAT_NAME,
    version: source.version ?? FORMAT_VERSION,
    ...writeObject(source, NETWORK_SPEC, order),
  };
  return JSON.stringify(plain(doc, 0, new Set()), null, 2);
}
