/**
 * Property tests: whatever sequence of operations a host throws at a valid network —
 * valid or not — ids stay unique, no reference dangles, and a refused operation changes
 * nothing. The invariants are checked directly here, independent of validateNetwork.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Network, OperationResult } from '../src';
import {
  addEvent, addGroup, addPerson, addTie, placePerson, removeEvent, removeGroup, removePerson, removeTie,
  setLayoutHint, updateEvent, updateGroup, updatePerson, updateTie,
} from '../src/operations';
import { networkArbitrary } from './arbitraries';

// ---------------------------------------------------------------------------------------------
// Starting networks

function tiny(): Network {
  return {
    format: 'kring.network', version: 1, focus: 'p-client',
    people: [{ id: 'p-client', name: 'Cliënt', kind: 'person' }],
    ties: [], groups: [], events: [],
  };
}

function samir(): Network {
  return {
    format: 'kring.network', version: 1, id: 'net-samir', focus: 'p-samir',
    people: [
      { id: 'p-samir', name: 'Samir', kind: 'person' },
      { id: 'p-latifa', name: 'Latifa', kind: 'person', sector: 'family', closeness: 'inner', consent: 'allowed' },
      { id: 'p-jan', name: 'Jan de Vries', kind: 'person', sector: 'care', closeness: 'middle' },
      { id: 'o-kloof', name: 'Inloophuis De Kloof', kind: 'place', sector: 'community', closeness: 'outer' },
      { id: 'p-1', name: 'Rex', kind: 'animal', sector: 'family', closeness: 'inner' },
    ],
    ties: [
      {
        id: 't-1', between: ['p-samir', 'p-latifa'], strength: 'strong', quality: 'supportive', status: 'active',
        history: [{ date: '2019', status: 'broken' }, { date: '2024-03', status: 'active', quality: 'ambivalent' }],
      },
      { id: 't-2', between: ['p-jan', 'p-latifa'], status: 'potential' },
    ],
    groups: [{ id: 'g-steun', name: 'Steungroep', kind: 'support-group', members: ['p-latifa', 'p-jan'] }],
    events: [
      { id: 'e-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2, people: ['p-latifa'] },
      { id: 'e-2', title: 'In de opvang', start: '2019-06', end: '~2021', category: 'housing', valence: -1, people: ['p-jan'] },
    ],
    layout: { 'p-latifa': { angle: 40 }, 'p-jan': { angle: 180, radius: 0.4, pinned: true } },
    extensions: { 'com.example.vendor': { dossierId: 'A-1234' } },
  };
}

// ---------------------------------------------------------------------------------------------
// Direct invariant check (deliberately not validateNetwork)

function invariantViolations(n: Network): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const item of [...n.people, ...n.ties, ...n.groups, ...n.events]) {
    if (typeof item.id !== 'string') problems.push(`id not a string: ${String(item.id)}`);
    else if (ids.has(item.id)) problems.push(`duplicate id ${item.id}`);
    ids.add(item.id);
  }
  const people = new Set(n.people.map((p) => p.id));
  if (!people.has(n.focus)) problems.push(`focus ${n.focus} dangles`);
  const pairs = new Set<string>();
  for (const tie of n.ties) {
    const [a, b] = tie.between;
    if (!people.has(a) || !people.has(b)) problems.push(`tie ${tie.id} dangles`);
    if (a === b) problems.push(`tie ${tie.id} joins ${a} to itself`);
    const key = [a, b].sort().join('|');
    if (pairs.has(key)) problems.push(`second tie for ${key}`);
    pairs.add(key);
  }
  for (const group of n.groups) for (const m of group.members) if (!people.has(m)) problems.push(`group ${group.id} member ${m} dangles`);
  for (const event of n.events) for (const p of event.people ?? []) if (!people.has(p)) problems.push(`event ${event.id} person ${p} dangles`);
  for (const key of Object.keys(n.layout ?? {})) if (!people.has(key)) problems.push(`layout ${key} dangles`);
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Random operations. Targets are picked at apply time from the current network (an index
// past the end means an id that does not exist), so sequences stay meaningful as it changes.

const pick = fc.oneof({ arbitrary: fc.nat({ max: 5 }), weight: 9 }, { arbitrary: fc.nat({ max: 12 }), weight: 1 });
/** Sometimes `undefined` (= absent, or "remove" in a patch). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
/** Mostly valid values, about one in ten invalid. */
function values<T>(valid: readonly T[], invalid: readonly unknown[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 9 }, { arbitrary: fc.constantFrom(...(invalid as T[])), weight: 1 });
}
const sector = maybe(values(['family', 'friends', 'peers', 'community', 'work', 'care', 'other'], ['space', 7]));
const closeness = maybe(values(['inner', 'middle', 'outer'], ['far', null]));
const consent = maybe(values(['allowed', 'not-allowed', 'ask-first', 'unknown'], ['maybe']));
const kind = values(['person', 'organisation', 'place', 'group', 'animal'], ['robot', undefined]);
// Empty and blank names and control characters are refused (issue 13).
const name = values(['Ahmed', 'Fatima', 'Kees', 'Zoë 👋', '<b>x</b>', 'لطيفة'], [42, null, undefined, '', ' \t', 'a\u0000b']);
const date = values(['2015', '~2018', '2019-05', '2020-02-29', '2024-03', '2026-01-01', '~2030'], ['2019-13', 'gisteren', 2019]);
const status = maybe(values(['active', 'faded', 'broken', 'ended', 'potential'], ['gone']));
const strength = maybe(values(['strong', 'moderate', 'weak'], ['mighty']));
const quality = maybe(values(['supportive', 'ambivalent', 'stressful', 'harmful'], ['meh']));
const valence = values([-2, -1, 0, 1, 2], [3, 0.5]);
const angle = maybe(values([0, 45, 90, 179.5, 270, 359], [Number.NaN, Infinity, 'north']));
const radius = maybe(values([0, 0.25, 0.5, 1], [-1, 2, Number.NaN]));
/** A given id: usually absent (generated), sometimes one that exists, sometimes a new one. */
const givenId = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 6 },
  { arbitrary: pick.map((i) => ({ existing: i })), weight: 1 },
  { arbitrary: fc.constantFrom('x-new', 'p-1', 't-1', '', 7), weight: 1 },
);

/** Only keep the keys the generator produced (so absent stays absent). */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Op =
  | { op: 'addPerson'; id: unknown; name: string; kind: string; sector?: string; closeness?: string; consent?: string }
  | { op: 'updatePerson'; target: number; patch: Record<string, unknown> }
  | { op: 'removePerson'; target: number }
  | { op: 'placePerson'; target: number; place: Record<string, unknown> }
  | { op: 'setLayoutHint'; target: number; hint?: { angle?: number; radius?: number; pinned?: boolean } }
  | { op: 'addTie'; id: unknown; a: number; b: number; status?: string; strength?: string; quality?: string }
  | { op: 'updateTie'; target: number; patch: Record<string, unknown>; date?: string; record: boolean }
  | { op: 'removeTie'; target: number }
  | { op: 'addGroup'; id: unknown; members: number[]; kind: string }
  | { op: 'updateGroup'; target: number; members: number[] }
  | { op: 'removeGroup'; target: number }
  | { op: 'addEvent'; id: unknown; period: boolean; a: string; b?: string; valence: number; people: number[] }
  | { op: 'updateEvent'; target: number; patch: Record<string, unknown> }
  | { op: 'removeEvent'; target: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('addPerson' as const), id: givenId, name, kind, sector, closeness, consent }),
  fc.record({
    op: fc.constant('updatePerson' as const), target: pick,
    patch: fc
      .tuple(
        fc.record({ sector, closeness, consent, name, role: maybe(fc.string({ maxLength: 4 })) }, { requiredKeys: [] }),
        // Now and then an attempt to change the id.
        fc.oneof({ arbitrary: fc.constant({}), weight: 9 }, { arbitrary: fc.constant({ id: 'p-x' }), weight: 1 }),
      )
      .map(([patch, id]) => ({ ...patch, ...id })),
  }),
  fc.record({ op: fc.constant('removePerson' as const), target: pick }),
  fc.record({ op: fc.constant('placePerson' as const), target: pick, place: fc.record({ sector, closeness, angle, radius }, { requiredKeys: [] }) }),
  fc.record({ op: fc.constant('setLayoutHint' as const), target: pick, hint: maybe(fc.record({ angle, radius, pinned: maybe(fc.boolean()) }, { requiredKeys: [] })) }),
  fc.record({ op: fc.constant('addTie' as const), id: givenId, a: pick, b: pick, status, strength, quality }),
  fc.record({
    op: fc.constant('updateTie' as const), target: pick,
    patch: fc.record({ status, strength, quality, between: maybe(fc.tuple(pick, pick)) }, { requiredKeys: [] }),
    date: maybe(date), record: fc.boolean(),
  }),
  fc.record({ op: fc.constant('removeTie' as const), target: pick }),
  fc.record({ op: fc.constant('addGroup' as const), id: givenId, members: fc.array(pick, { maxLength: 4 }), kind: values(['chat', 'base-team', 'support-group', 'other'], ['party']) }),
  fc.record({ op: fc.constant('updateGroup' as const), target: pick, members: fc.array(pick, { maxLength: 4 }) }),
  fc.record({ op: fc.constant('removeGroup' as const), target: pick }),
  fc.record({ op: fc.constant('addEvent' as const), id: givenId, period: fc.boolean(), a: date, b: maybe(date), valence, people: fc.array(pick, { maxLength: 3 }) }),
  fc.record({
    op: fc.constant('updateEvent' as const), target: pick,
    patch: fc.record({ title: values(['Verhuisd', 'x'], [undefined, 5]), end: maybe(date), valence }, { requiredKeys: [] }),
  }),
  fc.record({ op: fc.constant('removeEvent' as const), target: pick }),
);

/**
 * An id from a collection, chosen by `i` modulo (length + 1): mostly an existing one, and the
 * one slot past the end is an id that does not exist.
 */
function idAt(items: readonly { id: string }[], i: number): string {
  return items[i % (items.length + 1)]?.id ?? `missing-${i}`;
}

function allIds(n: Network): string[] {
  return [...n.people, ...n.ties, ...n.groups, ...n.events].map((x) => x.id);
}

function resolveGivenId(n: Network, id: unknown): Record<string, unknown> {
  if (id === undefined) return {};
  if (typeof id === 'object' && id !== null && 'existing' in id) return { id: idAt(allIds(n).map((x) => ({ id: x })), (id as { existing: number }).existing) };
  return { id };
}

function apply(n: Network, o: Op): OperationResult {
  const person = (i: number) => idAt(n.people, i);
  switch (o.op) {
    case 'addPerson':
      return addPerson(n, { ...resolveGivenId(n, o.id), ...defined({ name: o.name, kind: o.kind, sector: o.sector, closeness: o.closeness, consent: o.consent }) } as never);
    case 'updatePerson':
      return updatePerson(n, person(o.target), o.patch as never);
    case 'removePerson':
      return removePerson(n, person(o.target));
    case 'placePerson':
      return placePerson(n, person(o.target), o.place as never);
    case 'setLayoutHint':
      return setLayoutHint(n, person(o.target), o.hint ? (defined(o.hint) as never) : undefined);
    case 'addTie':
      return addTie(n, { ...resolveGivenId(n, o.id), between: [person(o.a), person(o.b)], ...defined({ status: o.status, strength: o.strength, quality: o.quality }) } as never);
    case 'updateTie': {
      const { between, ...rest } = o.patch as { between?: [number, number] };
      const patch = between ? { ...rest, between: [person(between[0]), person(between[1])] } : rest;
      return updateTie(n, idAt(n.ties, o.target), patch as never, { date: o.date, recordHistory: o.record });
    }
    case 'removeTie':
      return removeTie(n, idAt(n.ties, o.target));
    case 'addGroup':
      return addGroup(n, { ...resolveGivenId(n, o.id), name: 'G', kind: o.kind, members: o.members.map(person) } as never);
    case 'updateGroup':
      return updateGroup(n, idAt(n.groups, o.target), { members: o.members.map(person) });
    case 'removeGroup':
      return removeGroup(n, idAt(n.groups, o.target));
    case 'addEvent': {
      const when = o.period ? defined({ start: o.a, end: o.b }) : { date: o.a };
      return addEvent(n, { ...resolveGivenId(n, o.id), title: 'E', category: 'other', valence: o.valence, ...when, people: o.people.map(person) } as never);
    }
    case 'updateEvent':
      return updateEvent(n, idAt(n.events, o.target), o.patch as never);
    case 'removeEvent':
      return removeEvent(n, idAt(n.events, o.target));
  }
}

/**
 * A valid starting network: the two hand-made ones, or any valid network from the shared
 * arbitrary (arbitrary Unicode or readable ids, histories, layouts). Arbitrary extensions
 * are left out to keep 1000 runs fast; the Samir start carries vendor extensions.
 */
const startArb: fc.Arbitrary<Network> = fc.oneof(
  fc.constantFrom(tiny, samir).map((make) => make()),
  networkArbitrary({ maxPeople: 6, maxTies: 6, maxEvents: 3, extensions: false }),
);

describe('operations keep a network valid, whatever is thrown at them', () => {
  it('ids stay unique, nothing dangles, refused operations change nothing', () => {
    let accepted = 0;
    const acceptedKinds = new Set<string>();
    const refusedCodes = new Set<string>();
    let refused = 0;
    fc.assert(
      fc.property(startArb, fc.array(opArb, { minLength: 1, maxLength: 25, size: 'medium' }), (start, ops) => {
        let n = deepFreeze(start);
        expect(invariantViolations(n)).toEqual([]);
        for (const o of ops) {
          const before = JSON.stringify(n);
          const result = apply(n, o);
          if (result.ok) acceptedKinds.add(o.op);
          else for (const e of result.errors) refusedCodes.add(e.code);
          // The input never changes, accepted or refused (it is deep-frozen too, so a mutation
          // attempt would also surface as a caught exception, which is checked below).
          expect(JSON.stringify(n)).toBe(before);
          if (result.ok) {
            accepted++;
            expect(invariantViolations(result.network)).toEqual([]);
            if (result.id !== undefined) expect(allIds(result.network)).toContain(result.id);
            n = deepFreeze(result.network);
          } else {
            refused++;
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) {
              expect(typeof e.code).toBe('string');
              expect(typeof e.path).toBe('string');
              // A refusal is about the input, never an exception caught inside.
              expect(e.code === 'wrong-type' && e.path === '').toBe(false);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
    // The generator exercises both outcomes substantially, every operation succeeds now and
    // then, and refusals cover the rules.
    expect(accepted).toBeGreaterThan(3000);
    expect(refused).toBeGreaterThan(3000);
    expect(acceptedKinds.size).toBe(14);
    for (const code of ['not-found', 'focus-protected', 'duplicate-id', 'dangling-reference', 'self-tie', 'duplicate-tie', 'history-order', 'period-order', 'invalid-value', 'invalid-date', 'wrong-type', 'required']) {
      expect([...refusedCodes]).toContain(code);
    }
  }, 120_000);

  it('removing a person leaves nothing that mentions them', () => {
    fc.assert(
      fc.property(startArb, fc.array(opArb, { maxLength: 20 }), fc.nat({ max: 8 }), (start, ops, victim) => {
        let n = start;
        for (const o of ops) {
          const r = apply(n, o);
          if (r.ok) n = r.network;
        }
        const id = n.people[victim]?.id;
        if (id === undefined) return;
        const result = removePerson(n, id);
        if (id === n.focus) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        const next = result.network;
        expect(invariantViolations(next)).toEqual([]);
        expect(next.people.some((p) => p.id === id)).toBe(false);
        expect(next.ties.some((t) => t.between.includes(id))).toBe(false);
        expect(next.groups.some((g) => g.members.includes(id))).toBe(false);
        expect(next.events.some((e) => e.people?.includes(id))).toBe(false);
        expect(Object.keys(next.layout ?? {})).not.toContain(id);
        // Everything else survives.
        expect(next.ties).toHaveLength(n.ties.filter((t) => !t.between.includes(id)).length);
        expect(next.groups).toHaveLength(n.groups.length);
        expect(next.events).toHaveLength(n.events.length);
        expect(next.people).toHaveLength(n.people.length - 1);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
