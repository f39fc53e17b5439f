import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNetwork, serializeNetwork, validateNetwork, type Network, type NetworkIssue } from '../src';
import { networkArbitrary, jsonArbitrary } from './arbitraries';
import { ISSUE_CODES } from './bad-input-helpers';

const RUNS = { numRuns: 1000 };
/** Generous: 1000 runs on a busy 2-core CI machine. Not a timing assertion. */
const TIMEOUT = 120_000;

/** Well-formed result: ok with a network, or errors with string paths and known codes. Plain checks (fast). */
function wellFormed(result: ReturnType<typeof parseNetwork>): boolean {
  const issues: NetworkIssue[] = result.ok ? result.warnings : result.errors;
  if (!result.ok && issues.length === 0) return false;
  return issues.every((i) => typeof i.path === 'string' && ISSUE_CODES.includes(i.code) && typeof i.message === 'string');
}

describe('properties: valid networks', () => {
  it('are valid; parse ∘ serialize gives them back; serialize ∘ parse ∘ serialize is byte-identical; parsing the object copies it', () => {
    fc.assert(
      fc.property(networkArbitrary(), (n) => {
        expect(validateNetwork(n)).toEqual([]);
        const text = serializeNetwork(n);
        const result = parseNetwork(text);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.warnings).toEqual([]);
        // Strict: same prototypes, no undefined keys, no -0 (toEqual would overlook those).
        if (!isDeepStrictEqual(result.network, n)) expect(result.network).toEqual(n);
        expect(isDeepStrictEqual(result.network, n)).toBe(true);
        expect(serializeNetwork(result.network)).toBe(text);
        const direct = parseNetwork(n);
        if (!direct.ok) throw new Error(JSON.stringify(direct.errors));
        expect(isDeepStrictEqual(direct.network, n)).toBe(true);
        expect(direct.network.people[0]).not.toBe(n.people[0]);
        if (n.extensions) expect(direct.network.extensions).not.toBe(n.extensions);
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('properties: arbitrary input never throws', () => {
  it('anything (objects, arrays, Maps, Dates, bigints, null prototypes, sparse arrays…)', () => {
    const anything = fc.anything({
      withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
      withObjectString: true, withSparseArray: true, withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        expect(wellFormed(parseNetwork(input))).toBe(true);
        expect(wellFormed(parseNetwork(input, { mode: 'lenient' }))).toBe(true);
        const issues = validateNetwork(input as Network);
        expect(issues.every((i) => typeof i.path === 'string' && ISSUE_CODES.includes(i.code))).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('any JSON value, as an object and as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(wellFormed(parseNetwork(value))).toBe(true);
        expect(wellFormed(parseNetwork(JSON.stringify(value)))).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseNetwork(text);
        expect(wellFormed(result)).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('a valid network with one value replaced or removed: never throws; what is accepted (strict or lenient) is valid and round-trips', () => {
    const mutation = fc.record({
      network: networkArbitrary({ maxPeople: 4, maxTies: 4, maxEvents: 2, maxGroups: 1 }),
      at: fc.nat(),
      value: fc.oneof(
        jsonArbitrary,
        fc.constant(undefined),
        fc.constantFrom('p-0', '2019-13', '', '__proto__', -1, 3, 0.5, null, ' ', 'a\u0000', '\uD800'),
      ),
      renameTo: fc.option(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'between'), { nil: undefined }),
    });
    fc.assert(
      fc.property(mutation, ({ network, at, value, renameTo }) => {
        const doc = JSON.parse(serializeNetwork(network)) as Record<string, unknown>;
        // Every (container, key) slot in the document.
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach((item, i) => (slots.push([v, i]), walk(item)));
          else if (v && typeof v === 'object') {
            for (const [k, item] of Object.entries(v)) {
              slots.push([v as Record<string, unknown>, k]);
              walk(item);
            }
          }
        };
        walk(doc);
        const [container, key] = slots[at % slots.length]!;
        if (renameTo !== undefined && !Array.isArray(container)) {
          Object.defineProperty(container, renameTo, { value: container[key as string], enumerable: true, configurable: true, writable: true });
          delete container[key as string];
        } else if (value === undefined && Array.isArray(container)) {
          container.splice(key as number, 1);
        } else if (Array.isArray(container)) {
          container[key as number] = value;
        } else {
          container[key as string] = value;
        }
        for (const input of [doc, JSON.stringify(doc)]) {
          const result = parseNetwork(input);
          expect(wellFormed(result)).toBe(true);
          if (result.ok) {
            expect(validateNetwork(result.network)).toEqual([]);
            const again = parseNetwork(serializeNetwork(result.network));
            expect(again.ok && again.network).toEqual(result.network);
          }
          // Lenient mode: accepts at least what strict mode accepts (the same network), and what
          // it repairs is a valid network that reads back strictly without a warning.
          const repaired = parseNetwork(input, { mode: 'lenient' });
          expect(wellFormed(repaired)).toBe(true);
          if (result.ok) expect(repaired.ok && repaired.network).toEqual(result.network);
          if (repaired.ok) {
            expect(validateNetwork(repaired.network)).toEqual([]);
            const again = parseNetwork(serializeNetwork(repaired.network));
            expect(again.ok && again.warnings).toEqual([]);
            expect(again.ok && again.network).toEqual(repaired.network);
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});
