/**
 * Lenient reading of real records (issue 13, point 4): `null`s and broken optional values
 * in a database export do not refuse the whole network; only what makes it meaningless does.
 */
import { describe, expect, it } from 'vitest';
import { parseNetwork, PLACEHOLDER_NAME, serializeNetwork, validateNetwork, type Network, type NetworkIssue } from '../src';
import { base, errorsOf, expectWellFormed, pairs } from './bad-input-helpers';

function lenient(input: unknown, placeholderName?: string): { network: Network; warnings: NetworkIssue[] } {
  const result = parseNetwork(input, placeholderName === undefined ? { mode: 'lenient' } : { mode: 'lenient', placeholderName });
  if (!result.ok) throw new Error(`expected a network, got ${JSON.stringify(result.errors)}`);
  expectWellFormed(result.warnings);
  // What lenient mode gives is a valid network: it saves and reads back strictly, unchanged.
  expect(validateNetwork(result.network)).toEqual([]);
  const again = parseNetwork(serializeNetwork(result.network));
  expect(again.ok && again.warnings).toEqual([]);
  expect(again.ok && again.network).toEqual(result.network);
  return result;
}

function lenientErrors(input: unknown): [string, string][] {
  const result = parseNetwork(input, { mode: 'lenient' });
  if (result.ok) throw new Error('expected errors');
  expectWellFormed(result.errors);
  return pairs(result.errors);
}

describe('strict stays the default', () => {
  it('one null refuses the network without options and with mode strict', () => {
    const doc = base();
    doc.people[1]!.sector = null;
    expect(pairs(errorsOf(doc))).toEqual([['wrong-type', 'people[1].sector']]);
    expect(parseNetwork(doc, { mode: 'strict' })).toEqual(parseNetwork(doc));
  });
});

describe('lenient: nulls and broken optional values', () => {
  it('a null is read as absent, with a warning at its path (and its segments)', () => {
    const doc = base();
    doc.people[1]!.sector = null;
    doc.people[2]!.note = null;
    doc.ties = null as never;
    const { network, warnings } = lenient(doc);
    expect('sector' in network.people[1]!).toBe(false);
    expect('note' in network.people[2]!).toBe(false);
    expect(network.ties).toEqual([]);
    expect(pairs(warnings)).toEqual([
      ['null-value', 'people[1].sector'],
      ['null-value', 'people[2].note'],
      ['null-value', 'ties'],
    ]);
    expect(warnings[0]!.pathSegments).toEqual(['people', 1, 'sector']);
  });

  it('an invalid optional value is left out with a warning carrying its code and path; the rest stays', () => {
    const doc = base();
    Object.assign(doc.people[1]!, {
      consent: 'misschien',
      consentDate: '2019-13',
      location: { area: 'ver weg', country: 'NL' },
      languages: ['nl', 5, 'ar-MA', null],
      interpreter: 'ja',
      closeness: 'inner',
    });
    const { network, warnings } = lenient(doc);
    expect(network.people[1]).toEqual({
      id: 'p-2', name: 'Latifa', kind: 'person', sector: 'family', closeness: 'inner',
      location: { country: 'NL' }, languages: ['nl', 'ar-MA'],
    });
    expect(pairs(warnings)).toEqual([
      ['invalid-value', 'people[1].consent'],
      ['invalid-date', 'people[1].consentDate'],
      ['invalid-value', 'people[1].location.area'],
      ['wrong-type', 'people[1].languages[1]'],
      ['wrong-type', 'people[1].languages[3]'],
      ['wrong-type', 'people[1].interpreter'],
    ]);
    expect(warnings[0]!.message).toMatch(/Left out: people\[1\]\.consent\./);
  });

  it('a broken tie, group member, event or history order is repaired or left out, paths as in the input', () => {
    const doc = base();
    doc.people.push({ id: 'p-4', name: 'Kees', kind: 'person' });
    doc.ties = [
      { id: 't-1', between: ['p-1', 'p-2'] },
      { id: 't-2', between: ['p-1', 'p-weg'] }, // a person deleted in the source system
      { id: 't-3', between: ['p-3', 'p-3'] },
      { id: 't-4', between: ['p-2', 'p-1'] }, // a second tie for the pair p-1/p-2
      { id: 't-5', between: ['p-1', null] },
      { id: 't-6', between: ['p-1', 'p-3'], strength: 'heel sterk', history: [{ date: '2021' }, { date: '2019' }, { date: 'gisteren' }] },
      { id: 't-7', between: ['p-1', 'p-4'] },
    ];
    doc.groups[0]!.members = ['p-2', 'p-weg', 'p-3'];
    doc.events.push(
      { id: 'e-2', title: 'Verhuisd', date: '2020', category: 'verhuizing', valence: 0 },
      { id: 'e-3', title: 'Opname', start: '2021-06', end: '2021-01', category: 'health', valence: -1 },
      { id: 'e-4', title: 'Werk', date: null, start: '2022', category: 'work', valence: 1 },
    );
    doc.layout = { 'p-2': { angle: 90 }, 'p-weg': { angle: 10 } };
    const { network, warnings } = lenient(doc);
    expect(network.ties.map((t) => t.id)).toEqual(['t-1', 't-6', 't-7']);
    expect(network.ties[1]).toEqual({ id: 't-6', between: ['p-1', 'p-3'], history: [{ date: '2019' }, { date: '2021' }] });
    expect(network.groups[0]!.members).toEqual(['p-2', 'p-3']);
    expect(network.events.map((e) => e.id)).toEqual(['e-1', 'e-4']);
    expect(network.layout).toEqual({ 'p-2': { angle: 90 } });
    expect(pairs(warnings)).toEqual([
      ['wrong-type', 'ties[4].between[1]'],
      ['invalid-value', 'ties[5].strength'],
      ['invalid-date', 'ties[5].history[2].date'],
      ['invalid-value', 'events[1].category'],
      ['null-value', 'events[3].date'],
      ['dangling-reference', 'ties[1].between[1]'],
      ['self-tie', 'ties[2].between'],
      ['duplicate-tie', 'ties[3].between'],
      ['history-order', 'ties[5].history[1].date'],
      ['dangling-reference', 'groups[0].members[1]'],
      ['period-order', 'events[2].end'],
      ['dangling-reference', 'layout["p-weg"]'],
    ]);
    const byPath = new Map(warnings.map((w) => [w.path, w.message]));
    expect(byPath.get('ties[1].between[1]')).toMatch(/Left out: ties\[1\]\.$/);
    expect(byPath.get('events[1].category')).toMatch(/Left out: events\[1\]\.$/);
    expect(byPath.get('ties[5].history[1].date')).toMatch(/Sorted oldest first/);
  });

  it('still refuses what makes the document meaningless: no people, a focus that is no one, duplicate ids', () => {
    expect(lenientErrors({ ...base(), people: [] })).toEqual([['dangling-reference', 'focus']]);
    expect(lenientErrors({ ...base(), people: null })).toEqual([['required', 'people']]);
    expect(lenientErrors({ ...base(), focus: 'p-weg' })).toEqual([['dangling-reference', 'focus']]);
    const dup = base();
    dup.ties[0]!.id = 'p-2';
    expect(lenientErrors(dup)).toEqual([['duplicate-id', 'ties[0].id']]);
  });

  it('does not drop a person for a broken required field (kind), but refuses; a person that is null is left out', () => {
    const doc = base();
    doc.people[2]!.kind = 'Persoon';
    expect(lenientErrors(doc)).toEqual([['invalid-value', 'people[2].kind']]);
    const withNull = base();
    (withNull.people as unknown[]).push(null);
    const { network, warnings } = lenient(withNull);
    expect(network.people).toHaveLength(3);
    expect(pairs(warnings)).toEqual([['wrong-type', 'people[3]']]);
  });

  it('version 0 documents: warnings at the input paths, segments too', () => {
    const doc = {
      format: 'kring.network', version: 0, client: 'p-1',
      nodes: [{ id: 'p-1', name: 'Samir', kind: 'person' }, { id: 'p-2', name: 'Latifa', kind: 'person', sector: null }],
      edges: [],
    };
    const { warnings } = lenient(doc);
    const nullWarning = warnings.find((w) => w.code === 'null-value');
    expect(nullWarning?.path).toBe('nodes[1].sector');
    expect(nullWarning?.pathSegments).toEqual(['nodes', 1, 'sector']);
  });
});

describe('names: never a node without a label', () => {
  const cases: [string, unknown][] = [['empty', ''], ['spaces', '   '], ['tabs and a line break', '\t\n'], ['a non-breaking space', '\u00A0']];

  it('strict: an empty or blank name, group name or event title is an error at its path', () => {
    for (const [what, name] of cases) {
      const doc = base();
      doc.people[1]!.name = name;
      doc.groups[0]!.name = name;
      doc.events[0]!.title = name;
      expect(pairs(errorsOf(doc)), what).toEqual([
        ['required', 'people[1].name'],
        ['required', 'groups[0].name'],
        ['required', 'events[0].title'],
      ]);
    }
  });

  it('lenient: the placeholder "Naamloos" with an empty-name warning; also for a missing, null or unreadable name', () => {
    for (const [what, name] of [...cases, ['null', null], ['a number', 42], ['only a control character', '\u0000']] as [string, unknown][]) {
      const doc = base();
      doc.people[1]!.name = name;
      const { network, warnings } = lenient(doc);
      expect(network.people[1]!.name, what).toBe(PLACEHOLDER_NAME);
      expect(warnings.some((w) => w.path === 'people[1].name'), what).toBe(true);
    }
    const missing = base();
    delete missing.people[1]!.name;
    expect(pairs(lenient(missing).warnings)).toEqual([['empty-name', 'people[1].name']]);
    expect(PLACEHOLDER_NAME).toBe('Naamloos');
  });

  it('lenient: the host chooses the placeholder word (English UI)', () => {
    const doc = base();
    doc.groups[0]!.name = ' ';
    const { network } = lenient(doc, 'Unnamed');
    expect(network.groups[0]!.name).toBe('Unnamed');
  });
});
