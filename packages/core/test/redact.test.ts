import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';
import { validateNetwork, type Network } from '../src';
import { nameInitials, redactNetwork, redactNetworkWithIds } from '../src/redact';
import { networkArbitrary } from './arbitraries';
import { networkArb } from './time-arbitrary';

/** 1000 generated networks take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT = 60_000;

/**
 * The network without anything redaction may change: names, notes, titles, roles, group names,
 * and a `relationCode` or language tag that holds a name (or is no RoleCode / ISO 639 tag)
 * — those are kept only as a subset of the input's, see redact-review.test.ts.
 */
function skeleton(n: Network): unknown {
  const copy = structuredClone(n);
  delete copy.title;
  for (const p of copy.people) {
    p.name = '';
    delete p.note;
    delete p.role;
    delete p.relationCode;
    delete p.languages;
    if (p.boundary) delete p.boundary.note;
  }
  for (const t of copy.ties) {
    delete t.note;
    for (const h of t.history ?? []) delete h.note;
  }
  for (const g of copy.groups) {
    g.name = '';
    delete g.note;
  }
  for (const e of copy.events) {
    e.title = '';
    delete e.note;
  }
  return copy;
}

/**
 * What a redacted copy of `n` must look like apart from its texts: the document `id` and every
 * extension left out, ids replaced by position (`p1`, `t1`, `g1`, `e1`) and every reference
 * rewritten the same way.
 */
function expectedSkeleton(n: Network): unknown {
  const copy = structuredClone(n);
  const ids = new Map<string, string>();
  copy.people.forEach((p, i) => ids.set(p.id, `p${i + 1}`));
  copy.ties.forEach((t, i) => ids.set(t.id, `t${i + 1}`));
  copy.groups.forEach((g, i) => ids.set(g.id, `g${i + 1}`));
  copy.events.forEach((e, i) => ids.set(e.id, `e${i + 1}`));
  const id = (x: string): string => ids.get(x) ?? x;
  delete copy.id;
  delete copy.extensions;
  copy.focus = id(copy.focus);
  for (const x of [...copy.people, ...copy.ties, ...copy.groups, ...copy.events]) {
    x.id = id(x.id);
    delete x.extensions;
  }
  for (const t of copy.ties) t.between = [id(t.between[0]), id(t.between[1])];
  for (const g of copy.groups) g.members = g.members.map(id);
  for (const e of copy.events) if (e.people) e.people = e.people.map(id);
  if (copy.layout) copy.layout = Object.fromEntries(Object.entries(copy.layout).map(([k, v]) => [id(k), v]));
  return skeleton(copy);
}

/** Every `note` key outside `extensions`. */
function notesIn(value: unknown, path = ''): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'extensions' ? [] : k === 'note' ? [`${path}.${k}`] : notesIn(v, `${path}.${k}`),
  );
}

/** All free text a redacted network still shows. */
function texts(n: Network): string[] {
  return [
    n.title ?? '',
    ...n.people.flatMap((p) => [p.name, p.role ?? '']),
    ...n.groups.map((g) => g.name),
    ...n.events.map((e) => e.title),
  ];
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** The first of `names` that `text` mentions as a whole word, case-insensitively (an independent, slow oracle). */
function mentioned(text: string, names: string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const name of names) {
    const needle = name.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = Array.from(lower.slice(0, at)).at(-1) ?? '';
      const after = Array.from(lower.slice(at + needle.length))[0] ?? '';
      if (!WORD.test(before) && !WORD.test(after)) return name;
    }
  }
  return undefined;
}

describe('nameInitials', () => {
  it('makes initials the way caseworkers write them', () => {
    expect(nameInitials('Jan de Vries')).toBe('J.d.V.');
    expect(nameInitials('Latifa')).toBe('L.');
    expect(nameInitials('Ewa Bakker-Nowak')).toBe('E.B.-N.');
    expect(nameInitials('Barbara (Basia) Nowak')).toBe('B.B.N.');
    expect(nameInitials('  Özlem   Kaya ')).toBe('Ö.K.');
    expect(nameInitials('E\u0301mile')).toBe('E\u0301.'); // a combining accent stays with its letter
    expect(nameInitials("van 't Hof")).toBe('v.t.H.');
    expect(nameInitials('')).toBe('?');
    expect(nameInitials('💛')).toBe('?');
  });
});

describe('redactNetwork', () => {
  it('Samir, initials: names become initials, notes go, nothing else changes', () => {
    const r = redactNetwork(samirNetwork, 'initials');
    expect(r.people.map((p) => p.name)).toEqual(['S.', 'L.', 'J.d.V.', 'I.D.K.', 'R.']);
    expect(r.ties[0]?.history).toEqual([{ date: '2019', status: 'broken' }, { date: '2024-03', status: 'active', quality: 'ambivalent' }]);
    expect(skeleton(r)).toEqual(expectedSkeleton(samirNetwork));
    expect(r.extensions).toBeUndefined(); // host data is left out unless allow-listed
    expect(r.people[1]?.role).toBe('zus');
  });

  it('Samir, roles: names become roles; without a role, initials', () => {
    const r = redactNetwork(samirNetwork, 'role');
    expect(r.people.map((p) => p.name)).toEqual(['S.', 'zus', 'netwerkondersteuner', 'I.D.K.', 'R.']);
    expect(skeleton(r)).toEqual(expectedSkeleton(samirNetwork));
  });

  it('Marco: boundaries stay flagged, names inside titles are redacted, shared roles are numbered', () => {
    const { network: initials, ids } = redactNetworkWithIds(marcoNetwork, 'initials');
    const roles = redactNetwork(marcoNetwork, 'role');
    const person = (n: Network, id: string) => n.people.find((p) => p.id === ids.get(id));
    const title = (n: Network, id: string) => n.events.find((e) => e.id === ids.get(id))?.title;
    expect(person(initials, 'p-sandra')?.boundary).toEqual({});
    expect(person(initials, 'p-kees')?.boundary).toEqual({});
    expect(person(initials, 'p-marco')?.name).toBe('M.B.');
    expect(initials.title).toBe('Netwerk van M.B.');
    expect(title(initials, 'e-scheiding')).toBe('Uit elkaar met S.d.W.');
    expect(title(initials, 'e-straat')).toBe('Op straat en bij K. op de bank');
    expect(title(initials, 'e-lisa')).toBe('Kaartje van L.');
    expect(title(initials, 'e-detentie')).toBe('Detentie');
    expect(title(roles, 'e-scheiding')).toBe('Uit elkaar met ex-partner');
    expect(title(roles, 'e-lisa')).toBe('Kaartje van dochter');
    expect(person(roles, 'p-mehmet')?.name).toBe('medebewoner 1');
    expect(person(roles, 'p-joyce')?.name).toBe('medebewoner 2');
    expect(person(roles, 'p-basia')?.name).toBe('tante');
    expect(person(roles, 'o-debrug')?.name).toBe('I.D.B.'); // a place without a role
    expect(initials.groups.map((g) => g.name)).toEqual(['Steungroep', 'Appgroep familie']);
    expect(notesIn(initials)).toEqual([]);
    expect(notesIn(roles)).toEqual([]);
    for (const r of [initials, roles]) {
      expect(skeleton(r)).toEqual(expectedSkeleton(marcoNetwork));
      expect(validateNetwork(r)).toEqual([]);
    }
  });

  it('redacts a name inside a role ("zus van Ahmed") and a first name used alone', () => {
    const n: Network = {
      format: 'kring.network', version: 1, focus: 'c', title: 'Netwerk van Ahmed',
      people: [
        { id: 'c', name: 'Ahmed Bouzid', kind: 'person' },
        { id: 'z', name: 'Samira', kind: 'person', role: 'zus van Ahmed' },
        { id: 'j1', name: 'Jan de Vries', kind: 'person', role: 'buurman' },
        { id: 'j2', name: 'Jan Smit', kind: 'person' },
      ],
      ties: [], groups: [{ id: 'g', name: 'Familie Bouzid', kind: 'chat', members: ['z'] }],
      events: [{ id: 'e', title: 'ahmed en SAMIRA bij Jan', date: '2020', category: 'family', valence: 1 }],
    };
    const r = redactNetwork(n, 'role');
    expect(r.title).toBe('Netwerk van A.B.');
    expect(r.people.map((p) => p.name)).toEqual(['A.B.', 'zus van A.B.', 'buurman', 'J.S.']);
    expect(r.people[1]?.role).toBe('zus van A.B.');
    expect(r.events[0]?.title).toBe('A.B. en zus van A.B. bij J.'); // two Jans: only the initial
    expect(r.groups[0]?.name).toBe('Familie A.B.'); // a surname alone is a name too
  });

  it('finds names at any place in a text, whatever punctuation surrounds them', () => {
    const n: Network = {
      format: 'kring.network', version: 1, focus: 'c',
      people: [
        { id: 'c', name: 'Ahmed Jr.', kind: 'person' },
        { id: 'l', name: 'Latifa', kind: 'person' },
        { id: 'j', name: 'Jan de Vries', kind: 'person' },
        { id: 'e', name: 'Émile 🦊', kind: 'person' },
      ],
      ties: [], groups: [],
      events: [
        { id: 'e1', title: 'Ahmed Jr.,Latifa en jan  de\tvries', date: '2020', category: 'family', valence: 0 },
        { id: 'e2', title: 'Latifaatje, Jantje en Jan de Vriesje; (Latifa)', date: '2020', category: 'family', valence: 0 },
        { id: 'e3', title: '🦊Émile 🦊!', date: '2020', category: 'family', valence: 0 },
      ],
    };
    const r = redactNetwork(n, 'initials');
    expect(r.events.map((e) => e.title)).toEqual([
      'A.J.,L. en J.d.V.',
      'Latifaatje, Jantje en J.d.V. de Vriesje; (L.)', // whole words only: the first name is still caught
      '🦊É. 🦊!', // the fox is no part of a name
    ]);
  });

  it('does not throw on a network that skipped validation', () => {
    const junk = {
      format: 'kring.network', version: 1, focus: 'c',
      people: [{ id: 'c', name: 42, kind: 'person', role: null }, { id: 'x', kind: 'person' }],
      ties: [], groups: [{ id: 'g', kind: 'chat', members: [] }], events: [{ id: 'e', date: '2020' }],
    } as unknown as Network;
    expect(() => redactNetwork(junk, 'initials')).not.toThrow();
    expect(() => redactNetwork(junk, 'role')).not.toThrow();
    expect(redactNetwork(junk, 'initials').people.map((p) => p.name)).toEqual(['?1', '?2']); // unique, like all initials
  });

  it('keeps structure and drops every note on any network (property, shared generator)', () => {
    fc.assert(
      fc.property(networkArbitrary(), fc.constantFrom('initials' as const, 'role' as const), (n, mode) => {
        const before = structuredClone(n);
        const r = redactNetwork(n, mode);
        expect(n).toEqual(before);
        expect(skeleton(r)).toEqual(expectedSkeleton(n));
        expect(notesIn(r)).toEqual([]);
        expect(r.people.map((p) => p.boundary !== undefined)).toEqual(n.people.map((p) => p.boundary !== undefined));
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);

  it('leaves no name in any text (property, names and titles from a pool)', () => {
    fc.assert(
      fc.property(networkArb(), fc.constantFrom('initials' as const, 'role' as const), (n, mode) => {
        const r = redactNetwork(n, mode);
        expect(skeleton(r)).toEqual(expectedSkeleton(n));
        expect(notesIn(r)).toEqual([]);
        const names = n.people.flatMap((p) => {
          const words = p.name.split(' ');
          return p.kind === 'person' && words.length > 1 ? [p.name, words[0]!] : [p.name];
        });
        for (const text of texts(r)) expect(mentioned(text, names), text).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);
});
