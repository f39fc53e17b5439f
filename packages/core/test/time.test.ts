import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marcoIntakeDate, marcoNetwork, samirNetwork } from '@kring/fixtures';
import { validateNetwork, type Network, type Tie } from '../src';
import { diffNetworks, networkAt, networkDates, type NetworkChange } from '../src/time';
import { compareFuzzyDates, fuzzyDateEnd, fuzzyDateStart, isOnOrBefore } from '../src/dates';
import { networkArbitrary } from './arbitraries';
import { fuzzyDateArb, networkArb } from './time-arbitrary';

/** Networks from both generators: this file's (dates everywhere, names from a pool) and the shared one (any text, any ids). */
const anyNetwork = fc.oneof(networkArb(), networkArbitrary());

const tie = (n: Network, id: string): Tie | undefined => n.ties.find((t) => t.id === id);
const ids = (items: { id: string }[]): string[] => items.map((x) => x.id);

/** Deep-freeze, so any mutation of an input throws in strict mode. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

/** An exact date (YYYY-MM-DD) wholly after every date the network mentions. */
function dayAfterEverything(n: Network): string {
  const last = Math.max(0, ...networkDates(n).map(fuzzyDateEnd));
  return new Date((last + 1) * 86_400_000).toISOString().slice(0, 10);
}

/** 1000 generated networks take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT = 60_000;

describe('networkAt: a tie through time (Samir, FORMAT.md)', () => {
  const samir = frozen(structuredClone(samirNetwork));

  it('in 2020 the tie with Latifa is broken; history after 2020 is dropped', () => {
    const t = tie(networkAt(samir, '2020'), 't-1');
    expect(t?.status).toBe('broken');
    expect(t?.strength).toBe('strong'); // never recorded otherwise: the current value
    expect(t?.quality).toBe('ambivalent'); // no earlier quality known: as first recorded (2024-03)
    expect(t?.history).toEqual([{ date: '2019', status: 'broken', note: 'ruzie na de uitzetting' }]);
  });

  it('in 2024-03 (and in 2024, which contains it) it is active again but ambivalent', () => {
    for (const date of ['2024-03', '2024-03-31', '2024']) {
      const t = tie(networkAt(samir, date), 't-1');
      expect(t, date).toMatchObject({ status: 'active', quality: 'ambivalent', strength: 'strong' });
      expect(t?.history).toHaveLength(2);
    }
  });

  it('after the last history entry (2024-04 on) the current state holds, unchanged', () => {
    for (const date of ['2024-04', '2024-06', '2025', '9999']) {
      expect(tie(networkAt(samir, date), 't-1'), date).toBe(samir.ties[0]);
    }
    expect(networkAt(samir, '2024-06')).toEqual(samir);
  });

  it('before the first entry the first recorded state applies and there is no history', () => {
    const t = tie(networkAt(samir, '2015'), 't-1');
    expect(t).toMatchObject({ status: 'broken', quality: 'ambivalent', strength: 'strong' });
    expect(t).not.toHaveProperty('history');
  });

  it('drops events after the date and shows periods still going then without an end', () => {
    expect(ids(networkAt(samir, '2019-05').events)).toEqual(['e-1']);
    const in2020 = networkAt(samir, '2020').events.find((e) => e.id === 'e-2');
    expect(in2020).toBeDefined();
    expect(in2020).not.toHaveProperty('end');
    expect(networkAt(samir, '2022').events.find((e) => e.id === 'e-2')?.end).toBe('~2021');
    expect(networkAt(samir, '2021').events.find((e) => e.id === 'e-2')?.end).toBe('~2021');
  });

  it('an invalid date changes nothing and does not throw', () => {
    expect(networkAt(samir, 'gisteren')).toEqual(samir);
    expect(networkAt(samir, '')).toEqual(samir);
  });
});

describe('networkAt: ten years of Marco', () => {
  const marco = frozen(structuredClone(marcoNetwork));

  it('leaves out people who joined later, with their ties, memberships, event links and layout', () => {
    const n = networkAt(marco, '2020');
    const present = ids(n.people);
    for (const id of ['p-joyce', 'p-fatima', 'p-wim', 'o-schuldhulp', 'o-spaak', 'p-bo']) expect(present).not.toContain(id);
    for (const id of ['p-marco', 'p-mehmet', 'p-karin', 'o-debrug', 'p-ewa']) expect(present).toContain(id);
    expect(n.ties.every((t) => t.between.every((p) => present.includes(p)))).toBe(true);
    expect(n.groups.find((g) => g.id === 'g-steun')?.members).toEqual(['p-anouk', 'p-mehmet']);
    expect(n.layout).toEqual({ 'p-anouk': { angle: 330, pinned: true } });
    expect(ids(n.events)).not.toContain('e-bw');
    expect(n.events.find((e) => e.id === 'e-opvang')).not.toHaveProperty('end');
  });

  it('shows someone who died later as alive, and someone who had died as deceased', () => {
    expect(networkAt(marco, '2020').people.find((p) => p.id === 'p-ewa')).not.toHaveProperty('deceased');
    expect(networkAt(marco, '2021-02').people.find((p) => p.id === 'p-ewa')?.deceased).toBe('2021-02-14');
    expect(networkAt(marco, '2023').people.find((p) => p.id === 'p-ewa')?.deceased).toBe('2021-02-14');
  });

  it('leaves out ties that did not exist yet (tie `since`)', () => {
    expect(tie(networkAt(marco, '2020'), 't-basia')).toBeUndefined();
    expect(tie(networkAt(marco, '2021-02'), 't-basia')).toBeDefined();
    expect(tie(networkAt(marco, '2023-05'), 't-anouk-fatima')).toBeUndefined();
  });

  it('follows the sister: close, broken, back at the funeral, strong again', () => {
    const at = (d: string) => tie(networkAt(marco, d), 't-anouk');
    expect(at('2016')).toMatchObject({ status: 'active', strength: 'strong', quality: 'supportive' });
    expect(at('2018')).toMatchObject({ status: 'broken', strength: 'strong', quality: 'supportive' });
    expect(at('2022')).toMatchObject({ status: 'active', strength: 'weak', quality: 'ambivalent' });
    expect(at('2023-09')).toBe(marco.ties[0]);
  });

  it('is a valid network on every date it mentions', () => {
    for (const d of networkDates(marco)) expect(validateNetwork(networkAt(marco, d)), d).toEqual([]);
  });

  it('is the current network on any date after everything it mentions', () => {
    expect(networkAt(marco, '2025-04')).toEqual(marco);
    expect(networkAt(marco, dayAfterEverything(marco))).toEqual(marco);
  });
});

describe('networkDates', () => {
  it('lists every date once, in order', () => {
    expect(networkDates(samirNetwork)).toEqual(['2019', '2019-05', '2019-06', '~2021', '2024-03']);
    const dates = networkDates(marcoNetwork);
    expect(dates[0]).toBe('2015');
    expect(dates.at(-1)).toBe('2025-03');
    expect(dates).toContain('2021-02-14'); // deceased and an event
    expect(dates).toContain('2023-06-12'); // consentDate
    expect(dates).toContain('~2018'); // history
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('skips strings that are not dates', () => {
    const n: Network = { ...samirNetwork, people: [...samirNetwork.people, { id: 'p-x', name: 'X', kind: 'person', since: 'ooit' }] };
    expect(networkDates(n)).toEqual(networkDates(samirNetwork));
  });
});

describe('diffNetworks', () => {
  it('Samir: from intake to now the tie with Latifa is restored', () => {
    const changes = diffNetworks(networkAt(samirNetwork, '2019-06'), samirNetwork);
    expect(changes).toEqual<NetworkChange[]>([
      { kind: 'tie-restored', tieId: 't-1', personId: 'p-latifa', otherId: 'p-samir', from: 'broken', to: 'active' },
      { kind: 'tie-quality-changed', tieId: 't-1', personId: 'p-latifa', otherId: 'p-samir', from: 'ambivalent', to: 'supportive' },
    ]);
  });

  it('Marco: what changed since intake', () => {
    const changes = diffNetworks(networkAt(marcoNetwork, marcoIntakeDate), marcoNetwork);
    expect(changes).toEqual<NetworkChange[]>([
      { kind: 'person-added', personId: 'p-wim' },
      { kind: 'person-added', personId: 'o-schuldhulp' },
      { kind: 'person-added', personId: 'o-spaak' },
      { kind: 'person-added', personId: 'p-bo' },
      { kind: 'tie-added', tieId: 't-wim', personId: 'p-wim', otherId: 'p-marco' },
      { kind: 'tie-added', tieId: 't-schuldhulp', personId: 'o-schuldhulp', otherId: 'p-marco' },
      { kind: 'tie-added', tieId: 't-spaak', personId: 'o-spaak', otherId: 'p-marco' },
      { kind: 'tie-added', tieId: 't-bo', personId: 'p-bo', otherId: 'p-marco' },
      { kind: 'tie-added', tieId: 't-anouk-fatima', personId: 'p-anouk', otherId: 'p-fatima' },
      { kind: 'tie-strengthened', tieId: 't-anouk', personId: 'p-anouk', otherId: 'p-marco', from: 'weak', to: 'strong' },
      { kind: 'tie-quality-changed', tieId: 't-anouk', personId: 'p-anouk', otherId: 'p-marco', from: 'ambivalent', to: 'supportive' },
      { kind: 'tie-restored', tieId: 't-lisa', personId: 'p-lisa', otherId: 'p-marco', from: 'broken', to: 'active' },
      { kind: 'tie-quality-changed', tieId: 't-lisa', personId: 'p-lisa', otherId: 'p-marco', from: 'stressful', to: 'supportive' },
    ]);
  });

  it('names every kind of change', () => {
    const a: Network = {
      format: 'kring.network', version: 1, focus: 'c',
      people: [
        { id: 'c', name: 'C', kind: 'person' },
        { id: 'a', name: 'A', kind: 'person', closeness: 'inner', sector: 'family' },
        { id: 'b', name: 'B', kind: 'person' },
        { id: 'gone', name: 'G', kind: 'person' },
      ],
      ties: [
        { id: 't1', between: ['c', 'a'], status: 'active', strength: 'strong', quality: 'supportive' },
        { id: 't2', between: ['b', 'c'], status: 'active', strength: 'weak' },
        { id: 't3', between: ['c', 'gone'] },
      ],
      groups: [], events: [],
    };
    const b: Network = {
      ...a,
      people: [a.people[0]!, { ...a.people[1]!, closeness: 'outer', sector: undefined } as never, a.people[2]!, { id: 'new', name: 'N', kind: 'place' }],
      ties: [
        { id: 't1', between: ['c', 'a'], status: 'faded', strength: 'moderate', quality: 'stressful' },
        { id: 't2-new-id', between: ['c', 'b'], status: 'ended', strength: 'moderate' },
        { id: 't4', between: ['a', 'b'] },
      ],
    };
    delete (b.people[1] as { sector?: string }).sector;
    expect(diffNetworks(a, b)).toEqual<NetworkChange[]>([
      { kind: 'person-added', personId: 'new' },
      { kind: 'person-removed', personId: 'gone' },
      { kind: 'person-moved', personId: 'a', field: 'closeness', from: 'inner', to: 'outer' },
      { kind: 'person-moved', personId: 'a', field: 'sector', from: 'family' },
      { kind: 'tie-added', tieId: 't4', personId: 'a', otherId: 'b' },
      { kind: 'tie-removed', tieId: 't3', personId: 'gone', otherId: 'c' },
      { kind: 'tie-faded', tieId: 't1', personId: 'a', otherId: 'c', from: 'active', to: 'faded' },
      { kind: 'tie-weakened', tieId: 't1', personId: 'a', otherId: 'c', from: 'strong', to: 'moderate' },
      { kind: 'tie-quality-changed', tieId: 't1', personId: 'a', otherId: 'c', from: 'supportive', to: 'stressful' },
      { kind: 'tie-status-changed', tieId: 't2-new-id', personId: 'b', otherId: 'c', from: 'active', to: 'ended' },
      { kind: 'tie-strengthened', tieId: 't2-new-id', personId: 'b', otherId: 'c', from: 'weak', to: 'moderate' },
    ]);
    const broken = diffNetworks(b, { ...b, ties: [{ ...b.ties[0]!, status: 'broken' }, ...b.ties.slice(1)] });
    expect(broken).toEqual([{ kind: 'tie-broken', tieId: 't1', personId: 'a', otherId: 'c', from: 'faded', to: 'broken' }]);
  });
});

describe('time properties', () => {
  it('networkAt on a date after everything is the current network (deep-equal)', () => {
    fc.assert(
      fc.property(anyNetwork, fuzzyDateArb, (n, d) => {
        frozen(n);
        expect(networkAt(n, dayAfterEverything(n))).toEqual(n);
        const later = `${Number(d.replace('~', '').slice(0, 4)) + 40}${d.replace('~', '').slice(4)}`; // 2040..2070, after every generated date
        expect(networkAt(n, later)).toEqual(n);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('networkAt never mutates, keeps every reference valid and shows nothing from after the date', () => {
    fc.assert(
      fc.property(anyNetwork, fuzzyDateArb, (n, d) => {
        expect(validateNetwork(n)).toEqual([]); // the generator makes valid networks
        const before = structuredClone(n);
        const at = networkAt(frozen(n), d);
        expect(n).toEqual(before);
        expect(validateNetwork(at)).toEqual([]);
        const present = new Set(at.people.map((p) => p.id));
        expect(present.has(n.focus)).toBe(true);
        const after = (x: string | undefined) => x !== undefined && !isOnOrBefore(x, d);
        for (const p of at.people) {
          if (p.id !== n.focus) expect(after(p.since)).toBe(false);
          expect(after(p.deceased)).toBe(false);
        }
        for (const t of at.ties) {
          expect(t.between.every((id) => present.has(id))).toBe(true);
          expect(after(t.since)).toBe(false);
          for (const h of t.history ?? []) expect(after(h.date)).toBe(false);
        }
        for (const g of at.groups) expect(g.members.every((id) => present.has(id))).toBe(true);
        for (const e of at.events) {
          expect(after(e.date) || after(e.start) || after(e.end)).toBe(false);
          expect((e.people ?? []).every((id) => present.has(id))).toBe(true);
          const original = n.events.find((x) => x.id === e.id);
          if (e.people && original?.people?.length) expect(e.people.length).toBeGreaterThan(0); // emptied lists are dropped
        }
        for (const id of Object.keys(at.layout ?? {})) expect(present.has(id)).toBe(true);
        expect(at.extensions).toEqual(n.extensions);
        // Everything still there keeps its order.
        expect(ids(at.people)).toEqual(ids(n.people).filter((id) => present.has(id)));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('networkAt is idempotent and the dates of the result are dates of the network', () => {
    fc.assert(
      fc.property(anyNetwork, fuzzyDateArb, (n, d) => {
        const at = networkAt(n, d);
        expect(networkAt(at, d)).toEqual(at);
        const all = new Set(networkDates(n));
        for (const x of networkDates(at)) expect(all.has(x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('networkAt on exact days agrees with going back in two steps', () => {
    const day = fc.integer({ min: fuzzyDateStart('2000-01-01'), max: fuzzyDateEnd('2031-12-31') })
      .map((o) => new Date(o * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(networkArb(), day, day, (n, x, y) => {
        const [early, late] = [x, y].sort(compareFuzzyDates) as [string, string];
        expect(networkAt(networkAt(n, late), early)).toEqual(networkAt(n, early));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('networkDates is sorted and unique', () => {
    fc.assert(
      fc.property(networkArb(), (n) => {
        const dates = networkDates(n);
        expect(new Set(dates).size).toBe(dates.length);
        for (let i = 1; i < dates.length; i++) expect(compareFuzzyDates(dates[i - 1]!, dates[i]!)).toBeLessThan(0);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('diffNetworks: nothing between a network and itself; added and removed mirror each other', () => {
    fc.assert(
      fc.property(anyNetwork, anyNetwork, fuzzyDateArb, (a, b, d) => {
        expect(diffNetworks(a, a)).toEqual([]);
        const past = networkAt(a, d);
        const forward = diffNetworks(past, a);
        const backward = diffNetworks(a, past);
        const pick = (cs: NetworkChange[], kind: NetworkChange['kind']) => cs.filter((c) => c.kind === kind).map((c) => c.personId).sort();
        expect(pick(forward, 'person-added')).toEqual(pick(backward, 'person-removed'));
        expect(pick(forward, 'person-removed')).toEqual([]);
        expect(forward.filter((c) => c.kind === 'tie-added').length).toBe(backward.filter((c) => c.kind === 'tie-removed').length);
        // going back in time only ever adds people who joined later
        const joinedLater = a.people.filter((p) => !past.people.some((q) => q.id === p.id)).map((p) => p.id).sort();
        expect(pick(forward, 'person-added')).toEqual(joinedLater);
        expect(diffNetworks(a, b)).toEqual(diffNetworks(a, b)); // deterministic
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);
});
