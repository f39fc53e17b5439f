import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samirNetwork } from '@kring/fixtures';
import { CLOSENESSES, parseNetwork, serializeNetwork, type Network } from '../src';
import { networkArbitrary } from './arbitraries';
import { errorsOf, pairs } from './bad-input-helpers';

/** Write a network the way version 0 did (the inverse of the migration). */
function toV0(n: Network): Record<string, unknown> {
  const { focus, people, ties, ...rest } = JSON.parse(serializeNetwork(n)) as Record<string, unknown> & Network;
  return {
    ...rest,
    version: 0,
    client: focus,
    nodes: people.map(({ closeness, ...p }) => (closeness ? { ...p, closeness: CLOSENESSES.indexOf(closeness) + 1 } : p)),
    edges: ties.map(({ between, ...t }) => ({ ...t, source: between[0], target: between[1] })),
  };
}

/** Samir's network as the pre-release draft (version 0) wrote it. */
function samirV0(): Record<string, unknown> {
  return {
    format: 'kring.network',
    version: 0,
    id: 'net-samir',
    client: 'p-samir',
    nodes: [
      { id: 'p-samir', name: 'Samir', kind: 'person' },
      {
        id: 'p-latifa', name: 'Latifa', kind: 'person', sector: 'family', role: 'zus', closeness: 1,
        consent: 'allowed', burden: 'strained', location: { area: 'abroad', country: 'MA' },
        languages: ['ar', 'nl'], channels: ['video', 'whatsapp'],
      },
      { id: 'p-jan', name: 'Jan de Vries', kind: 'person', sector: 'care', role: 'netwerkondersteuner', closeness: 2 },
      { id: 'o-kloof', name: 'Inloophuis De Kloof', kind: 'place', sector: 'community', closeness: 3 },
      { id: 'p-rex', name: 'Rex', kind: 'animal', sector: 'family', closeness: 1 },
    ],
    edges: [
      {
        id: 't-1', source: 'p-samir', target: 'p-latifa', strength: 'strong', quality: 'supportive', status: 'active',
        intent: 'maintain', support: { receives: ['emotional', 'practical'], gives: ['companionship'] }, contact: 'weekly',
        history: [
          { date: '2019', status: 'broken', note: 'ruzie na de uitzetting' },
          { date: '2024-03', status: 'active', quality: 'ambivalent' },
        ],
      },
    ],
    groups: [{ id: 'g-steun', name: 'Steungroep', kind: 'support-group', members: ['p-latifa', 'p-jan'], channel: 'whatsapp' }],
    events: [
      { id: 'e-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2, people: ['p-latifa'] },
      { id: 'e-2', title: 'In de opvang', start: '2019-06', end: '~2021', category: 'housing', valence: -1 },
    ],
    layout: { 'p-latifa': { angle: 40 } },
    extensions: { 'com.example.vendor': { dossierId: 'A-1234' } },
  };
}

describe('migration from version 0 (nodes/edges/client, closeness 1..3)', () => {
  it('gives the same network as version 1, with a "migrated" warning', () => {
    const result = parseNetwork(JSON.stringify(samirV0()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.network).toEqual(samirNetwork);
    expect(pairs(result.warnings)).toEqual([['migrated', 'version']]);
  });

  it('writes version 1; reading that back needs no migration', () => {
    const result = parseNetwork(samirV0());
    if (!result.ok) throw new Error('expected ok');
    const text = serializeNetwork(result.network);
    expect(JSON.parse(text).version).toBe(1);
    const again = parseNetwork(text);
    expect(again.ok && again.warnings).toEqual([]);
  });

  it('reports problems at the paths of the version 0 document', () => {
    const doc = samirV0();
    const nodes = doc.nodes as Record<string, unknown>[];
    const edges = doc.edges as Record<string, unknown>[];
    nodes[1]!.closeness = 4;
    nodes[2]!.consent = 'sure';
    delete nodes[3]!.name;
    edges[0]!.target = 'p-nobody';
    edges.push({ id: 't-2', source: 'p-jan' }, { id: 't-3', source: 'p-rex', target: 'p-rex' });
    doc.client = 'p-ghost';
    expect(pairs(errorsOf(doc))).toEqual([
      ['invalid-value', 'nodes[1].closeness'],
      ['invalid-value', 'nodes[2].consent'],
      ['required', 'nodes[3].name'],
      ['required', 'edges[1].target'],
      ['dangling-reference', 'client'],
      ['dangling-reference', 'edges[0].target'],
      ['self-tie', 'edges[2]'],
    ]);
  });

  it('unknown fields of a version 0 document are kept and reported at their version 0 path', () => {
    const doc = samirV0();
    (doc.nodes as Record<string, unknown>[])[0]!.colour = 'red';
    const result = parseNetwork(doc);
    if (!result.ok) throw new Error('expected ok');
    expect(pairs(result.warnings)).toEqual([['migrated', 'version'], ['unknown-field', 'nodes[0].colour']]);
    expect(result.network.people[0]!.extensions).toEqual({ 'kring.unknown': { colour: 'red' } });
  });

  it('a version 0 document that mixes old and new names is refused, not guessed', () => {
    const doc: Record<string, unknown> = { ...samirV0(), focus: 'p-jan' };
    const edges = doc.edges as Record<string, unknown>[];
    edges[0]!.between = ['p-samir', 'p-jan'];
    expect(pairs(errorsOf(doc))).toEqual([['invalid-value', 'focus'], ['invalid-value', 'edges[0].between']]);
  });

  it('__proto__ in a version 0 document is refused and pollutes nothing', () => {
    const text = JSON.stringify(samirV0()).replace('"id":"p-samir",', '"id":"p-samir","__proto__":{"polluted":1},');
    expect(pairs(errorsOf(text))).toEqual([['forbidden-key', 'nodes[0].__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not change its input', () => {
    const doc = samirV0();
    const copy = structuredClone(doc);
    parseNetwork(doc);
    expect(doc).toEqual(copy);
  });
});

describe('migration from version 0: property', () => {
  it('any valid network, written as version 0, reads back identical with one "migrated" warning', () => {
    fc.assert(
      fc.property(networkArbitrary({ maxPeople: 5 }), (n) => {
        const v0 = toV0(n);
        expect('people' in v0 || 'ties' in v0 || 'focus' in v0).toBe(false);
        const result = parseNetwork(JSON.stringify(v0));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(pairs(result.warnings)).toEqual([['migrated', 'version']]);
        if (!isDeepStrictEqual(result.network, n)) expect(result.network).toEqual(n);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
