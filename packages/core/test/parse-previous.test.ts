/**
 * `parseNetwork(input, { previous })` and `validateNetwork(network, { previous })`: items
 * holding exactly what an item of a network Kring found valid before holds are taken over, not
 * read again. The result must be what a read without `previous` gives — the same network, the
 * same errors and warnings — only with the earlier objects kept.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTie, isMadeByKring, parseNetwork, updatePerson, updateTie, validateNetwork, type Network, type ParseResult } from '../src';
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

describe('a network Kring made, read or checked again', () => {
  const doc = () => ({ format: 'kring.network', version: 1, focus: 'c', people: [{ id: 'c', kind: 'person', name: 'Cleo' }, { id: 'p', kind: 'person', name: 'Piet' }], ties: [], groups: [], events: [] });

  it('reading what parseNetwork returned gives an equal network: a new object and new lists holding the same items', () => {
    fc.assert(
      fc.property(networkArbitrary(), (n) => {
        const first = parseNetwork(n);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const again = parseNetwork(first.network);
        // What a read of a copy (a network Kring never saw) gives.
        const fresh = parseNetwork(structuredClone(first.network));
        expect(isDeepStrictEqual(seen(again), seen(fresh))).toBe(true);
        if (!again.ok) return;
        expect(again.network).not.toBe(first.network);
        for (const list of LISTS) {
          expect(again.network[list]).not.toBe(first.network[list]);
          (again.network[list] as unknown[]).forEach((item, i) => expect(item).toBe((first.network[list] as unknown[])[i]));
        }
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);

  it('what was read with a warning is read again, and warned about again', async () => {
    const { planNetwork } = await import('@kring/fixtures');
    const first = parseNetwork(structuredClone(planNetwork));
    if (!first.ok) throw new Error('plan');
    expect(first.warnings.map((w) => w.code)).toContain('consent-ask-first');
    expect(isMadeByKring(first.network)).toBe(false);
    const again = parseNetwork(first.network);
    expect(again.ok && again.warnings).toEqual(first.warnings);
  });

  it('isMadeByKring: what parseNetwork or an operation returned, not a host object (even one found valid)', () => {
    const host = doc() as unknown as Network;
    expect(validateNetwork(host)).toEqual([]);
    expect(isMadeByKring(host)).toBe(false);
    const read = parseNetwork(host);
    if (!read.ok) throw new Error('read');
    expect(isMadeByKring(host)).toBe(false);
    expect(isMadeByKring(read.network)).toBe(true);
    const renamed = updatePerson(read.network, 'p', { name: 'Pieter' });
    if (!renamed.ok) throw new Error('rename');
    expect(isMadeByKring(renamed.network)).toBe(true);
    // An operation on the host's own object: its result is Kring's.
    const onHost = updatePerson(host, 'p', { name: 'Pieter' });
    expect(onHost.ok && isMadeByKring(onHost.network)).toBe(true);
    expect(isMadeByKring({ ...read.network })).toBe(false);
    expect(isMadeByKring(null)).toBe(false);
  });

  it('isMadeByKring: no longer once an item was pushed, a list or a field replaced in place', () => {
    const made = () => {
      const read = parseNetwork(doc());
      if (!read.ok) throw new Error('read');
      return read.network as unknown as Record<string, unknown> & Network;
    };
    const pushed = made();
    (pushed.people as unknown[]).push({ id: 'x', kind: 'person', name: 'X' });
    expect(isMadeByKring(pushed)).toBe(false);
    const replacedItem = made();
    (replacedItem.people as unknown[])[1] = { id: 'p', kind: 'person', name: 'Other' };
    expect(isMadeByKring(replacedItem)).toBe(false);
    const replacedList = made();
    replacedList.ties = [{ id: 't', between: ['c', 'p'] }] as Network['ties'];
    expect(isMadeByKring(replacedList)).toBe(false);
    // A list replaced by one holding the very same items holds what it held: still Kring's.
    const sameItems = made();
    sameItems.people = [...sameItems.people];
    expect(isMadeByKring(sameItems)).toBe(true);
    const newField = made();
    newField.focus = 'p';
    expect(isMadeByKring(newField)).toBe(false);
    const added = made();
    added.extensions = { 'x.y': 1 };
    expect(isMadeByKring(added)).toBe(false);
  });

  it('a network changed in place after Kring made it is read and checked again (parse and validate)', () => {
    const read = parseNetwork(doc());
    if (!read.ok) throw new Error('read');
    expect(validateNetwork(read.network)).toEqual([]);
    (read.network.people as unknown[]).push({ id: 'x', kind: 'person', name: 7 });
    const again = parseNetwork(read.network);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.map((e) => e.path)).toEqual(['people[2].name']);
    expect(validateNetwork(read.network).map((e) => e.path)).toEqual(['people[2].name']);
  });

  it('an edit of a network Kring checked still refuses a tie history out of order and a second tie for a pair', () => {
    const read = parseNetwork({ ...doc(), people: [...doc().people, { id: 'q', kind: 'person', name: 'Quinten' }], ties: [{ id: 't1', between: ['c', 'p'], history: [{ date: '2020', strength: 'weak' }, { date: '2022', strength: 'strong' }] }] });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const outOfOrder = updateTie(read.network, 't1', { history: [{ date: '2022', strength: 'strong' }, { date: '2020', strength: 'weak' }] } as never);
    expect(outOfOrder.ok).toBe(false);
    if (!outOfOrder.ok) expect(outOfOrder.errors.map((e) => e.code)).toContain('history-order');
    // A second tie for the pair (written directly, past addTie's own check): the rules still see both.
    const candidate = { ...read.network, ties: [...read.network.ties, { id: 't2', between: ['p', 'c'] }] } as unknown as Network;
    expect(validateNetwork(candidate, { previous: read.network }).map((e) => e.code)).toEqual(['duplicate-tie']);
    const second = parseNetwork(candidate, { previous: read.network });
    expect(!second.ok && second.errors.map((e) => e.path)).toEqual(['ties[1].between']);
  });
});
