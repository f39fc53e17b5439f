import { afterEach, describe, expect, it } from 'vitest';
import { PARSE_LIMITS, type Network, type Person, type Tie } from '@kring/core';
import { fromFhir, toFhir } from '../src';

/**
 * Linear time, checked by a work counter instead of a clock (no timing in unit tests; the
 * timings are in `bench/fhir.ts` and BENCHMARKS.md): every `Set`/`Map` lookup made while
 * importing or exporting is counted. Making a unique id by probing `used.has(hint-2)`,
 * `used.has(hint-3)`, … made `fromFhir` quadratic in RelatedPersons without an id (issue 13:
 * 20,000 took 10 s, 40,000 took 51 s); doubling the input must double the work, not
 * quadruple it.
 */
const originals = { setHas: Set.prototype.has, mapHas: Map.prototype.has, mapGet: Map.prototype.get };
let lookups = 0;

function countLookups(fn: () => void): number {
  lookups = 0;
  const { setHas, mapHas, mapGet } = originals;
  Set.prototype.has = function has(this: Set<unknown>, v: unknown) {
    lookups++;
    return setHas.call(this, v);
  };
  Map.prototype.has = function has(this: Map<unknown, unknown>, k: unknown) {
    lookups++;
    return mapHas.call(this, k);
  };
  Map.prototype.get = function get(this: Map<unknown, unknown>, k: unknown) {
    lookups++;
    return mapGet.call(this, k);
  };
  try {
    fn();
  } finally {
    restore();
  }
  return lookups;
}

function restore(): void {
  Set.prototype.has = originals.setHas;
  Map.prototype.has = originals.mapHas;
  Map.prototype.get = originals.mapGet;
}
afterEach(restore);

/** A foreign bundle: one Patient and `n` RelatedPersons without an id (the upload). */
function idlessBundle(n: number): unknown {
  const entry: unknown[] = [{ fullUrl: 'urn:uuid:0b6a4e4c-0000-4000-8000-000000000001', resource: { resourceType: 'Patient', name: [{ text: 'Sam' }] } }];
  for (let i = 0; i < n; i++) {
    entry.push({
      resource: {
        resourceType: 'RelatedPerson',
        patient: { reference: 'urn:uuid:0b6a4e4c-0000-4000-8000-000000000001' },
        relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'FRND' }] }],
        name: [{ text: `Vriend ${i}` }],
      },
    });
  }
  return { resourceType: 'Bundle', type: 'collection', entry };
}

/** `n` people whose ids differ only after the 56 characters a FHIR id keeps. */
function longIdNetwork(n: number): Network {
  const prefix = 'persoon-'.repeat(8);
  const people: Person[] = [{ id: 'client', name: 'Sam', kind: 'person' }];
  const ties: Tie[] = [];
  for (let i = 0; i < n; i++) {
    people.push({ id: `${prefix}${i}`, name: `Naaste ${i}`, kind: 'person', sector: 'friends' });
    ties.push({ id: `t-${i}`, between: ['client', `${prefix}${i}`] });
  }
  return { format: 'kring.network', version: 1, focus: 'client', people, ties, groups: [], events: [] };
}

describe('fromFhir and toFhir take linear time', () => {
  it('imports n RelatedPersons without an id with work proportional to n', () => {
    let small: ReturnType<typeof fromFhir> | undefined;
    let large: ReturnType<typeof fromFhir> | undefined;
    const a = idlessBundle(2_000);
    const b = idlessBundle(4_000);
    const workSmall = countLookups(() => (small = fromFhir(a)));
    const workLarge = countLookups(() => (large = fromFhir(b)));
    // Every friend is there, with an id of its own.
    expect(small?.ok && small.network.people).toHaveLength(2_001);
    expect(large?.ok && new Set(large.network.people.map((p) => p.id)).size).toBe(4_001);
    // Quadratic: 4×; linear: 2× (measured 2.0). Before the fix: 3.99.
    expect(workLarge / workSmall).toBeLessThan(2.3);
    expect(workLarge / 4_000).toBeLessThan(100);
  });

  it('exports n people whose FHIR ids collide with work proportional to n', () => {
    const a = longIdNetwork(2_000);
    const b = longIdNetwork(4_000);
    let bundle: ReturnType<typeof toFhir> | undefined;
    const workSmall = countLookups(() => toFhir(a, { patient: 'Patient/1', embed: 'none' }));
    const workLarge = countLookups(() => (bundle = toFhir(b, { patient: 'Patient/1', embed: 'none' })));
    const ids = (bundle?.entry ?? []).map((e) => e.resource?.id ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
    expect(workLarge / workSmall).toBeLessThan(2.3);
  });

  it('refuses a bundle with more people than a network holds with one error on the entries, not a wrong network', () => {
    const result = fromFhir(idlessBundle(PARSE_LIMITS.maxArrayLength));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'too-long', path: 'entry', message: expect.stringContaining(`at most ${PARSE_LIMITS.maxArrayLength}`) as unknown }),
      ]);
    }
  });
});
