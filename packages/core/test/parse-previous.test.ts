/**
 * `parseNetwork(input, { previous })` and `validateNetwork(network, { previous })`: items
 * holding exactly what an item of a network Kring found valid before holds are taken over, not
 * read again. The result must be what a read without `previous` gives — the same network, the
 * same errors and warnings — only with the earlier objects kept.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTie, parseNetwork, updatePerson, updateTie, validateNetwork, type Network, type ParseResult } from '../src';
import { jsonArbitrary, networkArbitrary } from './arbitraries';

const TIMEOUT = 120_000;
type Item = Record<string, unknown>;
const LISTS = ['people', 'ties', 'groups', 'events'] as const;

/** One change a host (or a broken host) could make to a copy of the network. */
type Change =
  | { kind: 'set'; list: (typeof LISTS)[number]; at: number; key: string; value: unknown }
  | { kind: 'drop'; list: (typeof LISTS)[number]; at: number }
  | { kind: 'duplicate'; list: (typeof LISTS)[number]; at: number };

const KEYS = ['id', 'name', 'kind', 'sector', 'closeness', 'strength', 'between', 'members', 'date', 'notes', 'extensions', 'unknownField'];
const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), list: fc.constantFrom(...LISTS), at: fc.nat(8), key: fc.constantFrom(...KEYS), value: jsonArbitrary }),
  fc.record({ kind: fc.constant('drop' as const), list: fc.constantFrom(...LISTS), at: fc.nat(8) }),
  fc.record({ kind: fc.constant('duplicate' as const), list: fc.constantFrom(...LISTS), at: fc.nat(8) }),
);

/**
 * `base` with `changes` applied the way a host's update does it: changed items are new objects,
 * every other item is the very object of `base` (`share`) or a deep copy (a host that read the
 * network again from its store).
 */
function changed(base: Network, changes: Change[], share: boolean): Network {
  const out = (share ? { ...base } : structuredClone(base)) as unknown as Record<string, unknown>;
  for (const c of changes) {
    const list = [...((out[c.list] as Item[] | undefined) ?? [])];
    if (list.length === 0) continue;
    const i = c.at % list.length;
    if (c.kind === 'set') list[i] = { ...list[i], [c.key]: c.value };
    else if (c.kind === 'drop') list.splice(i, 1);
    else list.push(list[i]!);
    out[c.list] = list;
  }
  return out as unknown as Network;
}

/** The result as plain data: what a host can see of it. */
function seen(result: ParseResult): unknown {
  return result.ok ? { ok: true, network: result.network, warnings: result.warnings } : { ok: false, errors: result.errors };
}

describe('parseNetwork with previous', () => {
  it('gives what a read without it gives, for any change to a network read before (shared or copied items)', () => {
    fc.assert(
      fc.property(networkArbitrary(), fc.array(changeArbitrary, { maxLength: 4 }), fc.boolean(), (n, changes, share) => {
        const first = parseNetwork(n);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const input = changed(first.network, changes, share);
        const again = parseNetwork(input, { previous: first.network });
        const fresh = parseNetwork(input);
        expect(isDeepStrictEqual(seen(again), seen(fresh))).toBe(true);
        if (!again.ok) return;
        // What holds what it held before is the earlier object.
        for (const list of LISTS) {
          const before = new Map((first.network[list] as unknown as Item[]).map((item) => [item.id, item]));
          for (const item of again.network[list] as unknown as Item[]) {
            const old = before.get(item.id);
            if (old && isDeepStrictEqual(old, item)) expect(item).toBe(old);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, TIMEOUT);

  it('takes over nothing from a network Kring never found valid', () => {
    const network = { format: 'kring.network', version: 1, focus: 'c', people: [{ id: 'c', kind: 'person', name: 'Cleo' }, { id: 'p', kind: 'person', name: 42 }], ties: [], groups: [], events: [] };
    const result = parseNetwork(structuredClone(network), { previous: network as unknown as Network });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('people[1].name');
  });

  it('keeps every limit of the read for what it takes over (an edit may grow a list past the read limit)', () => {
    const start = parseNetwork({ format: 'kring.network', version: 1, focus: 'c', people: [{ id: 'c', kind: 'person', name: 'Cleo' }, { id: 'p', kind: 'person', name: 'Piet' }], ties: [], groups: [], events: [] });
    if (!start.ok) throw new Error('start');
    // Operations never refuse a network for its size: a tie with a history of 10,001 entries…
    const withTie = addTie(start.network, { between: ['c', 'p'] });
    if (!withTie.ok) throw new Error(JSON.stringify(withTie.errors));
    const history = Array.from({ length: 10_001 }, (_, i) => ({ date: String(1000 + Math.floor(i / 20)), strength: 'weak' as const }));
    const grown = updateTie(withTie.network, withTie.network.ties[0]!.id, { history } as never);
    if (!grown.ok) throw new Error(JSON.stringify(grown.errors));
    // …which a read with the default limits refuses, with or without the edited network as `previous`.
    const fresh = parseNetwork(grown.network);
    const again = parseNetwork(grown.network, { previous: grown.network });
    expect(fresh.ok).toBe(false);
    expect(seen(again)).toEqual(seen(fresh));
  });
});

describe('validateNetwork with previous (what operations do)', () => {
  it('an edit checks what it changed: the rest of a network Kring found valid is taken over, the result is the same', () => {
    fc.assert(
      fc.property(networkArbitrary(), fc.array(changeArbitrary, { maxLength: 3 }), (n, changes) => {
        const first = parseNetwork(n);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const candidate = changed(first.network, changes, true);
        expect(validateNetwork(candidate, { previous: first.network })).toEqual(validateNetwork(candidate));
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT);

  it('an operation on a network Kring checked refuses what breaks a rule between items, as before', () => {
    const start = parseNetwork({ format: 'kring.network', version: 1, focus: 'c', people: [{ id: 'c', kind: 'person', name: 'Cleo' }, { id: 'p', kind: 'person', name: 'Piet' }], ties: [], groups: [], events: [] });
    if (!start.ok) throw new Error('start');
    const renamed = updatePerson(start.network, 'p', { name: 'Pieter' });
    expect(renamed.ok).toBe(true);
    const broken = updatePerson(start.network, 'p', { name: '' });
    expect(broken.ok).toBe(false);
  });
});

describe('what counts as found valid', () => {
  const doc = () => ({ format: 'kring.network', version: 1, focus: 'c', people: [{ id: 'c', kind: 'person', name: 'Cleo' }, { id: 'p', kind: 'person', name: 'Piet' }], ties: [], groups: [], events: [] });

  it('an item pushed into a checked network afterwards is read, not taken over', () => {
    const host = doc() as unknown as Network;
    expect(parseNetwork(host).ok).toBe(true);
    // A host that changes its own lists in place (against React's rule) still gets the new item checked.
    (host.people as unknown[]).push({ id: 'x', kind: 'person', name: 7 });
    const again = parseNetwork({ ...host }, { previous: host });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.map((e) => e.path)).toEqual(['people[2].name']);
  });

  it('an input read with warnings or defaults is not taken as checked itself (its parsed copy is)', () => {
    const withUnknown = { ...doc(), people: [{ id: 'c', kind: 'person', name: 'Cleo', mood: 'fine' }, { id: 'p', kind: 'person', name: 'Piet' }] };
    const read = parseNetwork(withUnknown);
    expect(read.ok).toBe(true);
    // The input still holds the unknown field at the top of the person: it is read again (and warned about).
    const again = parseNetwork(structuredClone(withUnknown), { previous: withUnknown as unknown as Network });
    expect(again.ok && again.warnings.map((w) => w.code)).toEqual(['unknown-field']);
  });

  it("an operation on the host's own network read before checks what it changed, and refuses what breaks", () => {
    const host = doc() as unknown as Network;
    expect(parseNetwork(host).ok).toBe(true);
    expect(updatePerson(host, 'p', { name: 'Pieter' }).ok).toBe(true);
    const refused = updatePerson(host, 'p', { name: '   ' });
    expect(refused.ok).toBe(false);
  });
});
