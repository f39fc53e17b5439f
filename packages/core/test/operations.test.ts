import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IssueCode, Network, NetworkIssue, OperationResult } from '../src';
import {
  addEvent, addGroup, addPerson, addTie, effectiveFormality, placePerson, removeEvent, removeGroup, removePerson,
  removeTie, setLayoutHint, updateEvent, updateGroup, updatePerson, updateTie,
} from '../src/operations';
import { validateNetwork } from '../src/parse';
import { networkAt } from '../src/time';

/** The example of FORMAT.md (kept here so indexes in the assertions stay stable). */
function samir(): Network {
  return {
    format: 'kring.network',
    version: 1,
    id: 'net-samir',
    focus: 'p-samir',
    people: [
      { id: 'p-samir', name: 'Samir', kind: 'person' },
      {
        id: 'p-latifa', name: 'Latifa', kind: 'person', sector: 'family', role: 'zus', closeness: 'inner',
        consent: 'allowed', burden: 'strained', location: { area: 'abroad', country: 'MA' },
        languages: ['ar', 'nl'], channels: ['video', 'whatsapp'],
      },
      { id: 'p-jan', name: 'Jan de Vries', kind: 'person', sector: 'care', role: 'netwerkondersteuner', closeness: 'middle' },
      { id: 'o-kloof', name: 'Inloophuis De Kloof', kind: 'place', sector: 'community', closeness: 'outer' },
      { id: 'p-rex', name: 'Rex', kind: 'animal', sector: 'family', closeness: 'inner' },
    ],
    ties: [
      {
        id: 't-1', between: ['p-samir', 'p-latifa'], strength: 'strong', quality: 'supportive', status: 'active',
        intent: 'maintain', support: { receives: ['emotional', 'practical'], gives: ['companionship'] }, contact: 'weekly',
        history: [
          { date: '2019', status: 'broken', note: 'ruzie na de uitzetting' },
          { date: '2024-03', status: 'active', quality: 'ambivalent' },
        ],
      },
      { id: 't-jan', between: ['p-samir', 'p-jan'], strength: 'moderate' },
    ],
    groups: [{ id: 'g-steun', name: 'Steungroep', kind: 'support-group', members: ['p-latifa', 'p-jan'], channel: 'whatsapp' }],
    events: [
      { id: 'e-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2, people: ['p-latifa'] },
      { id: 'e-2', title: 'In de opvang', start: '2019-06', end: '~2021', category: 'housing', valence: -1, people: ['p-jan', 'p-latifa'] },
    ],
    layout: { 'p-latifa': { angle: 40 }, 'p-jan': { angle: 200, radius: 0.5, pinned: true } },
    extensions: { 'com.example.vendor': { dossierId: 'A-1234' } },
  };
}

/** Freeze a value and everything in it, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A frozen Samir network and an untouched copy to compare with. */
function frozen(): { n: Network; copy: Network } {
  return { n: deepFreeze(samir()), copy: samir() };
}

function ok(result: OperationResult): Network {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  expect(validateNetwork(result.network)).toEqual([]);
  return result.network;
}

function errors(result: OperationResult): NetworkIssue[] {
  if (result.ok) throw new Error('expected the operation to be refused');
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

/** The refusal contains an issue with this code at this path. */
function expectIssue(result: OperationResult, code: IssueCode, path: string): void {
  expect(errors(result)).toContainEqual(expect.objectContaining({ code, path }));
}

function person(n: Network, id: string) {
  return n.people.find((p) => p.id === id);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('addPerson', () => {
  it('adds a person with the smallest free p-<n> id and reports it', () => {
    const { n, copy } = frozen();
    const result = addPerson(n, { name: 'Ahmed', kind: 'person', sector: 'friends', closeness: 'middle' });
    const next = ok(result);
    expect(result.ok && result.id).toBe('p-1');
    expect(next.people).toHaveLength(6);
    expect(next.people[5]).toEqual({ id: 'p-1', name: 'Ahmed', kind: 'person', sector: 'friends', closeness: 'middle' });
    expect(n).toEqual(copy);
  });

  it('fills gaps and avoids ids used anywhere in the document', () => {
    const base = samir();
    base.people.push({ id: 'p-1', name: 'A', kind: 'person' }, { id: 'p-3', name: 'B', kind: 'person' });
    base.events.push({ id: 'p-2', title: 'odd id', date: '2020', category: 'other', valence: 0 });
    const result = addPerson(base, { name: 'C', kind: 'person' });
    expect(result.ok && result.id).toBe('p-4');
    const again = addPerson(base, { name: 'C', kind: 'person' });
    expect(again.ok && again.id).toBe('p-4');
  });

  it('keeps an id the caller gives', () => {
    const result = addPerson(samir(), { id: 'p-ahmed', name: 'Ahmed', kind: 'person' });
    expect(result.ok && result.id).toBe('p-ahmed');
    expect(person(ok(result), 'p-ahmed')?.name).toBe('Ahmed');
  });

  it('leaves out fields given as undefined and does not share the caller objects', () => {
    const input = { name: 'Ahmed', kind: 'person' as const, role: undefined, languages: ['ar'] };
    const next = ok(addPerson(samir(), input));
    const added = next.people[5];
    expect(added).toEqual({ id: 'p-1', name: 'Ahmed', kind: 'person', languages: ['ar'] });
    expect(added && 'role' in added).toBe(false);
    input.languages.push('nl');
    expect(added?.languages).toEqual(['ar']);
  });

  it('keeps vendor extensions on the new person', () => {
    const next = ok(addPerson(samir(), { name: 'A', kind: 'person', extensions: { 'nl.vendor': { x: 1 } } }));
    expect(next.people[5]?.extensions).toEqual({ 'nl.vendor': { x: 1 } });
  });

  it('refuses an id that is taken', () => {
    expectIssue(addPerson(samir(), { id: 'p-jan', name: 'Jan 2', kind: 'person' }), 'duplicate-id', 'people[5].id');
  });

  it('reports bad values at the path of the new person', () => {
    const n = samir();
    expectIssue(addPerson(n, { name: 'A', kind: 'person', consent: 'maybe' as never }), 'invalid-value', 'people[5].consent');
    expectIssue(addPerson(n, { name: 42 as never, kind: 'person' }), 'wrong-type', 'people[5].name');
    expectIssue(addPerson(n, { name: 'A', kind: 'robot' as never }), 'invalid-value', 'people[5].kind');
    expectIssue(addPerson(n, { kind: 'person' } as never), 'required', 'people[5].name');
  });

  it('never throws on nonsense from plain JavaScript', () => {
    const n = samir();
    for (const input of [null, undefined, 42, 'Ahmed', [], { name: 'A' }]) {
      expect(() => addPerson(n, input as never)).not.toThrow();
      expect(addPerson(n, input as never).ok).toBe(false);
    }
    for (const network of [null, undefined, 42, {}, { people: [] }]) {
      expectIssue(addPerson(network as never, { name: 'A', kind: 'person' }), 'not-an-object', '');
    }
  });
});

describe('hostile input', () => {
  it('reports a __proto__ key as a field instead of changing a prototype', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "role": "buur"}') as never;
    expectIssue(updatePerson(samir(), 'p-jan', patch), 'forbidden-key', 'people[2].__proto__');
    const input = JSON.parse('{"name": "X", "kind": "person", "__proto__": {"polluted": true}}') as never;
    expectIssue(addPerson(samir(), input), 'forbidden-key', 'people[5].__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses cyclic, non-JSON and unknown values at their path without throwing', () => {
    const cyclic: Record<string, unknown> = { name: 'X', kind: 'person' };
    cyclic.extensions = { 'nl.vendor': { back: cyclic } };
    expect(() => addPerson(samir(), cyclic as never)).not.toThrow();
    expect(errors(addPerson(samir(), cyclic as never)).map((e) => e.code)).toContain('too-deep');
    expectIssue(addPerson(samir(), { name: 'X', kind: 'person', since: new Date() } as never), 'wrong-type', 'people[5].since');
    expectIssue(addPerson(samir(), { name: 'X', kind: 'person', colour: 'red' } as never), 'unknown-field', 'people[5].colour');
    expectIssue(placePerson(samir(), 'p-rex', { angle: Number.NaN }), 'invalid-value', 'layout["p-rex"].angle');
    expectIssue(placePerson(samir(), 'p-rex', { radius: 2 }), 'invalid-value', 'layout["p-rex"].radius');
    expectIssue(addTie(samir(), { between: ['p-samir', 'p-rex', 'p-jan'] } as never), 'invalid-value', 'ties[2].between');
  });
});

describe('updatePerson', () => {
  it('changes the fields in the patch and keeps the rest', () => {
    const { n, copy } = frozen();
    const next = ok(updatePerson(n, 'p-latifa', { burden: 'overloaded', consent: 'ask-first' }));
    expect(person(next, 'p-latifa')).toEqual({ ...copy.people[1], burden: 'overloaded', consent: 'ask-first' });
    expect(next.people[0]).toBe(n.people[0]);
    expect(next.ties).toBe(n.ties);
    expect(n).toEqual(copy);
  });

  it('removes a field set to undefined', () => {
    const next = ok(updatePerson(samir(), 'p-latifa', { burden: undefined, location: undefined }));
    const latifa = person(next, 'p-latifa');
    expect(latifa && 'burden' in latifa).toBe(false);
    expect(latifa && 'location' in latifa).toBe(false);
  });

  it('replaces nested values as a whole', () => {
    const next = ok(updatePerson(samir(), 'p-latifa', { location: { area: 'elsewhere' } }));
    expect(person(next, 'p-latifa')?.location).toEqual({ area: 'elsewhere' });
  });

  it('returns the very same network when nothing changes', () => {
    const n = samir();
    const result = updatePerson(n, 'p-jan', { sector: 'care', note: undefined });
    expect(ok(result)).toBe(n);
  });

  it('refuses an unknown id', () => {
    expectIssue(updatePerson(samir(), 'p-nobody', { name: 'X' }), 'not-found', 'people');
  });

  it('refuses to change the id, and accepts the same id', () => {
    expectIssue(updatePerson(samir(), 'p-jan', { id: 'p-jan2' } as never), 'invalid-value', 'people[2].id');
    expect(updatePerson(samir(), 'p-jan', { id: 'p-jan', role: 'mentor' } as never).ok).toBe(true);
  });

  it('reports bad values at the path of the changed field', () => {
    expectIssue(updatePerson(samir(), 'p-jan', { closeness: 'far' as never }), 'invalid-value', 'people[2].closeness');
    expectIssue(updatePerson(samir(), 'p-jan', { name: undefined }), 'required', 'people[2].name');
    expectIssue(updatePerson(samir(), 'p-jan', { consentDate: 'last week' }), 'invalid-date', 'people[2].consentDate');
  });

  it('refuses a patch that is not an object', () => {
    expectIssue(updatePerson(samir(), 'p-jan', null as never), 'wrong-type', 'people[2]');
  });
});

describe('removePerson', () => {
  it('removes the person and everything pointing at them', () => {
    const { n, copy } = frozen();
    const next = ok(removePerson(n, 'p-latifa'));
    expect(person(next, 'p-latifa')).toBeUndefined();
    expect(next.ties.map((t) => t.id)).toEqual(['t-jan']);
    expect(next.groups[0]?.members).toEqual(['p-jan']);
    expect(next.events[0]).toEqual({ id: 'e-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2 });
    expect(next.events[1]?.people).toEqual(['p-jan']);
    expect(next.layout).toEqual({ 'p-jan': { angle: 200, radius: 0.5, pinned: true } });
    expect(next.extensions).toBe(n.extensions);
    expect(n).toEqual(copy);
  });

  it('keeps an emptied group and shares untouched parts', () => {
    const n = samir();
    const step = ok(removePerson(n, 'p-rex'));
    expect(step.ties).toBe(n.ties);
    expect(step.groups).toBe(n.groups);
    expect(step.events).toBe(n.events);
    expect(step.layout).toBe(n.layout);
    const next = ok(removePerson(ok(removePerson(n, 'p-latifa')), 'p-jan'));
    expect(next.groups).toEqual([{ id: 'g-steun', name: 'Steungroep', kind: 'support-group', members: [], channel: 'whatsapp' }]);
    expect(next.ties).toEqual([]);
    expect(next.layout).toEqual({});
  });

  it('protects the client at the centre', () => {
    expectIssue(removePerson(samir(), 'p-samir'), 'focus-protected', 'people[0]');
  });

  it('refuses an unknown id', () => {
    expectIssue(removePerson(samir(), 'p-nobody'), 'not-found', 'people');
    expectIssue(removePerson(samir(), 42 as never), 'not-found', 'people');
  });
});

describe('placePerson', () => {
  it('writes circle, sector and layout hint in one change, keeping other hint fields', () => {
    const { n, copy } = frozen();
    const next = ok(placePerson(n, 'p-jan', { closeness: 'inner', sector: 'friends', angle: 80, radius: 0.2 }));
    expect(person(next, 'p-jan')).toMatchObject({ closeness: 'inner', sector: 'friends' });
    expect(next.layout?.['p-jan']).toEqual({ angle: 80, radius: 0.2, pinned: true });
    expect(n).toEqual(copy);
  });

  it('creates a layout hint when there was none, and leaves absent keys alone', () => {
    const n = samir();
    const next = ok(placePerson(n, 'p-rex', { angle: 10 }));
    expect(next.layout?.['p-rex']).toEqual({ angle: 10 });
    expect(person(next, 'p-rex')).toEqual(n.people[4]);
    const moved = ok(placePerson(n, 'p-rex', { closeness: 'outer' }));
    expect(moved.layout).toBe(n.layout);
  });

  it('removes keys given as undefined and drops an emptied hint', () => {
    const next = ok(placePerson(samir(), 'p-latifa', { closeness: undefined, angle: undefined }));
    expect(person(next, 'p-latifa')?.closeness).toBeUndefined();
    expect(next.layout && 'p-latifa' in next.layout).toBe(false);
  });

  it('places a person in the layout even when no layout existed', () => {
    const n = samir();
    delete n.layout;
    expect(ok(placePerson(n, 'p-jan', { angle: 90 })).layout).toEqual({ 'p-jan': { angle: 90 } });
  });

  it('returns the same network for an empty placement', () => {
    const n = samir();
    expect(ok(placePerson(n, 'p-jan', {}))).toBe(n);
  });

  it('refuses an unknown id, bad values and a non-object', () => {
    expectIssue(placePerson(samir(), 'p-nobody', { angle: 3 }), 'not-found', 'people');
    expectIssue(placePerson(samir(), 'p-jan', { sector: 'space' as never }), 'invalid-value', 'people[2].sector');
    expectIssue(placePerson(samir(), 'p-jan', null as never), 'wrong-type', 'people[2]');
  });
});

describe('setLayoutHint', () => {
  it('sets, replaces and removes a hint', () => {
    const { n, copy } = frozen();
    const set = ok(setLayoutHint(n, 'p-rex', { angle: 5, pinned: true }));
    expect(set.layout?.['p-rex']).toEqual({ angle: 5, pinned: true });
    const replaced = ok(setLayoutHint(set, 'p-rex', { radius: 0.9 }));
    expect(replaced.layout?.['p-rex']).toEqual({ radius: 0.9 });
    const removed = ok(setLayoutHint(replaced, 'p-rex', undefined));
    expect(removed.layout).toEqual(n.layout);
    expect(n).toEqual(copy);
  });

  it('removing a hint that is not there changes nothing', () => {
    const n = samir();
    expect(ok(setLayoutHint(n, 'p-rex', undefined))).toBe(n);
  });

  it('refuses an unknown person and a hint that is not an object', () => {
    expectIssue(setLayoutHint(samir(), 'p-nobody', { angle: 1 }), 'not-found', 'people');
    expectIssue(setLayoutHint(samir(), 'p-rex', 5 as never), 'wrong-type', 'layout["p-rex"]');
  });
});

describe('addTie / removeTie', () => {
  it('adds a tie with the next free t-<n> id', () => {
    const { n, copy } = frozen();
    const result = addTie(n, { between: ['p-samir', 'p-rex'], strength: 'strong', quality: 'supportive' });
    const next = ok(result);
    expect(result.ok && result.id).toBe('t-2');
    expect(next.ties[2]).toEqual({ id: 't-2', between: ['p-samir', 'p-rex'], strength: 'strong', quality: 'supportive' });
    expect(n).toEqual(copy);
  });

  it('refuses a tie to oneself, a second tie for a pair and unknown people', () => {
    const n = samir();
    expectIssue(addTie(n, { between: ['p-rex', 'p-rex'] }), 'self-tie', 'ties[2].between');
    expect(errors(addTie(n, { between: ['p-latifa', 'p-samir'] })).map((e) => e.code)).toContain('duplicate-tie');
    expectIssue(addTie(n, { between: ['p-samir', 'p-nobody'] }), 'dangling-reference', 'ties[2].between[1]');
    expectIssue(addTie(n, { between: ['p-samir', 'p-rex'], status: 'gone' as never }), 'invalid-value', 'ties[2].status');
  });

  it('removes a tie', () => {
    const { n, copy } = frozen();
    const next = ok(removeTie(n, 't-1'));
    expect(next.ties.map((t) => t.id)).toEqual(['t-jan']);
    expect(next.people).toBe(n.people);
    expect(n).toEqual(copy);
    expectIssue(removeTie(n, 't-404'), 'not-found', 'ties');
  });
});

describe('updateTie', () => {
  /** The tie with this id as `networkAt` shows it on `date`. */
  const tieOn = (n: Network, id: string, date: string) => networkAt(n, date).ties.find((t) => t.id === id);
  /** Status, strength and quality of that tie on `date`. */
  const stateOn = (n: Network, id: string, date: string) => {
    const tie = tieOn(n, id, date);
    return { status: tie?.status, strength: tie?.strength, quality: tie?.quality };
  };

  it('records the new state from its date on, after the state the history did not hold yet', () => {
    const { n, copy } = frozen();
    const next = ok(updateTie(n, 't-1', { status: 'broken', quality: 'stressful' }, { date: '2025-01', note: 'ruzie' }));
    const tie = next.ties[0];
    expect(tie).toMatchObject({ status: 'broken', quality: 'stressful', strength: 'strong' });
    expect(tie?.history).toEqual([
      ...(copy.ties[0]?.history ?? []),
      // The history ended in `active, ambivalent`; the tie was `strong, supportive` once a date
      // lay after it (from 2024-04 in networkAt), and that is kept.
      { date: '2024-04', status: 'active', strength: 'strong', quality: 'supportive' },
      { date: '2025-01', status: 'broken', strength: 'strong', quality: 'stressful', note: 'ruzie' },
    ]);
    expect(n).toEqual(copy);
    for (const date of ['2018', '2019-06', '2024-03', '2024-06', '2024-12-31']) {
      expect(stateOn(next, 't-1', date)).toEqual(stateOn(n, 't-1', date));
    }
    expect(tieOn(next, 't-1', '2025-01-01')).toMatchObject({ status: 'broken', strength: 'strong', quality: 'stressful' });
    expect(networkAt(next, '2025-02')).toEqual(next);
  });

  it('dates the entries today when no date is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-02-03T10:00:00Z'));
    const next = ok(updateTie(samir(), 't-jan', { strength: 'weak' }));
    expect(next.ties[1]?.history).toEqual([{ date: '2026-02-03', strength: 'moderate' }, { date: '2026-02-03', strength: 'weak' }]);
    expect(tieOn(next, 't-jan', '2026-02-02')?.strength).toBe('moderate');
    expect(tieOn(next, 't-jan', '2026-02-03')?.strength).toBe('weak');
  });

  it('dates the earlier state from since when known and not after the change', () => {
    const n = ok(updateTie(samir(), 't-jan', { since: '2020-05' }, { date: '2025' }));
    expect(n.ties[1]?.history).toBeUndefined();
    expect(ok(updateTie(n, 't-jan', { strength: 'weak' }, { date: '2025-03' })).ties[1]?.history).toEqual([
      { date: '2020-05', strength: 'moderate' }, { date: '2025-03', strength: 'weak' },
    ]);
    expect(ok(updateTie(n, 't-jan', { strength: 'weak' }, { date: '2019' })).ties[1]?.history).toEqual([
      { date: '2019', strength: 'moderate' }, { date: '2019', strength: 'weak' },
    ]);
  });

  it('records only the set fields, and also a removal (which networkAt shows after the history)', () => {
    const next = ok(updateTie(samir(), 't-jan', { strength: undefined, status: 'faded' }, { date: '2025' }));
    expect(next.ties[1]).toEqual({
      id: 't-jan', between: ['p-samir', 'p-jan'], status: 'faded',
      history: [{ date: '2025', strength: 'moderate' }, { date: '2025', status: 'faded' }],
    });
    // An entry cannot say "no strength": on the last entry's date the old one still shows.
    expect(tieOn(next, 't-jan', '2025')).toMatchObject({ status: 'faded', strength: 'moderate' });
    expect(tieOn(next, 't-jan', '2026')).toEqual(next.ties[1]);
    const bare = ok(updateTie(samir(), 't-jan', { strength: undefined }, { date: '2025', note: 'weg' }));
    expect(bare.ties[1]?.history).toEqual([{ date: '2025', strength: 'moderate' }, { date: '2025', note: 'weg' }]);
  });

  it('records nothing for other fields or when asked not to, and without an earlier state only the new one', () => {
    const n = samir();
    expect(ok(updateTie(n, 't-1', { intent: 'strengthen', contact: 'daily' }, { date: '2025', note: 'x' })).ties[0]?.history).toEqual(n.ties[0]?.history);
    expect(ok(updateTie(n, 't-1', { status: 'faded' }, { recordHistory: false, note: 'x' })).ties[0]?.history).toEqual(n.ties[0]?.history);
    expect(ok(updateTie(n, 't-1', { status: 'active' }, { date: '2025' }))).toBe(n);
    const bare = ok(addTie(n, { between: ['p-samir', 'p-rex'], since: '2020' }));
    expect(ok(updateTie(bare, 't-2', { status: 'active' }, { date: '2025' })).ties[2]).toEqual({
      id: 't-2', between: ['p-samir', 'p-rex'], since: '2020', status: 'active', history: [{ date: '2025', status: 'active' }],
    });
    expect(ok(updateTie(bare, 't-2', { status: 'active' }, { date: '2025', note: 'nieuw' })).ties[2]?.history).toEqual([
      { date: '2025', status: 'active', note: 'nieuw' },
    ]);
  });

  it('adds nothing before a history that already ends in the state', () => {
    const once = ok(updateTie(samir(), 't-jan', { strength: 'weak' }, { date: '2024' }));
    const twice = ok(updateTie(once, 't-jan', { strength: 'strong', status: 'active' }, { date: '2025-06', note: 'weer' }));
    expect(twice.ties[1]?.history).toEqual([
      { date: '2024', strength: 'moderate' }, { date: '2024', strength: 'weak' },
      { date: '2025-06', status: 'active', strength: 'strong', note: 'weer' },
    ]);
  });

  it('accepts a date equal to the last entry and refuses one before it', () => {
    const n = samir();
    expect(updateTie(n, 't-1', { status: 'faded' }, { date: '2024-03' }).ok).toBe(true);
    const refused = errors(updateTie(n, 't-1', { status: 'faded' }, { date: '2020' }));
    expect(refused.map((e) => e.code)).toContain('history-order');
    expect(refused.every((e) => e.path.startsWith('ties[0].history'))).toBe(true);
  });

  it('refuses a date that is not a fuzzy date', () => {
    expectIssue(updateTie(samir(), 't-1', { status: 'faded' }, { date: 'gisteren' }), 'invalid-date', 'ties[0].history[2].date');
  });

  it('appends to a history given in the same patch', () => {
    const next = ok(updateTie(samir(), 't-jan', { history: [{ date: '2010', status: 'active' }], strength: 'weak' }, { date: '2025' }));
    // As if the history were set first (networkAt then shows `moderate` from 2011) and the strength changed after.
    expect(next.ties[1]?.history).toEqual([
      { date: '2010', status: 'active' }, { date: '2011', strength: 'moderate' }, { date: '2025', strength: 'weak' },
    ]);
  });

  it('refuses unknown ids, id changes, self-ties and duplicates', () => {
    const n = samir();
    expectIssue(updateTie(n, 't-404', { status: 'faded' }), 'not-found', 'ties');
    expectIssue(updateTie(n, 't-1', { id: 't-9' } as never), 'invalid-value', 'ties[0].id');
    expectIssue(updateTie(n, 't-jan', { between: ['p-jan', 'p-jan'] }), 'self-tie', 'ties[1].between');
    expect(errors(updateTie(n, 't-jan', { between: ['p-latifa', 'p-samir'] })).map((e) => e.code)).toContain('duplicate-tie');
    expectIssue(updateTie(n, 't-jan', { quality: 'great' as never }, { date: '2025' }), 'invalid-value', 'ties[1].quality');
  });
});

describe('groups', () => {
  it('adds, updates and removes a group', () => {
    const { n, copy } = frozen();
    const added = addGroup(n, { name: 'Basisteam', kind: 'base-team', members: ['p-jan', 'o-kloof'] });
    const next = ok(added);
    expect(added.ok && added.id).toBe('g-1');
    expect(next.groups[1]).toEqual({ id: 'g-1', name: 'Basisteam', kind: 'base-team', members: ['p-jan', 'o-kloof'] });
    const updated = ok(updateGroup(next, 'g-1', { members: ['p-rex'], channel: 'phone' }));
    expect(updated.groups[1]).toEqual({ id: 'g-1', name: 'Basisteam', kind: 'base-team', members: ['p-rex'], channel: 'phone' });
    const removed = ok(removeGroup(updated, 'g-steun'));
    expect(removed.groups.map((g) => g.id)).toEqual(['g-1']);
    expect(removed.people).toBe(n.people);
    expect(n).toEqual(copy);
  });

  it('refuses unknown members, bad kinds and unknown ids', () => {
    const n = samir();
    expectIssue(addGroup(n, { name: 'X', kind: 'chat', members: ['p-jan', 'p-nobody'] }), 'dangling-reference', 'groups[1].members[1]');
    expectIssue(addGroup(n, { name: 'X', kind: 'party' as never, members: [] }), 'invalid-value', 'groups[1].kind');
    expectIssue(updateGroup(n, 'g-steun', { members: ['p-ghost'] }), 'dangling-reference', 'groups[0].members[0]');
    expectIssue(updateGroup(n, 'g-404', { name: 'X' }), 'not-found', 'groups');
    expectIssue(updateGroup(n, 'g-steun', { id: 'g-x' } as never), 'invalid-value', 'groups[0].id');
    expectIssue(removeGroup(n, 'g-404'), 'not-found', 'groups');
  });
});

describe('events', () => {
  it('adds point events and periods with the next free e-<n> id', () => {
    const { n, copy } = frozen();
    const point = addEvent(n, { title: 'Nieuwe baan', date: '2024-09', category: 'work', valence: 2, people: ['p-jan'] });
    expect(point.ok && point.id).toBe('e-3');
    const next = ok(point);
    expect(next.events[2]).toEqual({ id: 'e-3', title: 'Nieuwe baan', date: '2024-09', category: 'work', valence: 2, people: ['p-jan'] });
    const period = ok(addEvent(next, { title: 'Detentie', start: '~2015', end: '2016', category: 'justice', valence: -2 }));
    expect(period.events[3]?.id).toBe('e-4');
    expect(n).toEqual(copy);
  });

  it('updates an event, also from a point to a period', () => {
    const next = ok(updateEvent(samir(), 'e-1', { date: undefined, start: '2019-05', end: '2019-08', valence: -1 }));
    expect(next.events[0]).toEqual({
      id: 'e-1', title: 'Uit huis gezet', category: 'housing', valence: -1, people: ['p-latifa'], start: '2019-05', end: '2019-08',
    });
  });

  it('removes an event', () => {
    const n = samir();
    const next = ok(removeEvent(n, 'e-1'));
    expect(next.events.map((e) => e.id)).toEqual(['e-2']);
    expectIssue(removeEvent(n, 'e-404'), 'not-found', 'events');
  });

  it('refuses bad dates, periods ending before they start, bad valence and unknown people', () => {
    const n = samir();
    expectIssue(addEvent(n, { title: 'X', date: 'ooit', category: 'loss', valence: 0 }), 'invalid-date', 'events[2].date');
    expectIssue(addEvent(n, { title: 'X', start: '2020', end: '2019', category: 'loss', valence: 0 }), 'period-order', 'events[2].end');
    expectIssue(addEvent(n, { title: 'X', date: '2020', category: 'loss', valence: 3 as never }), 'invalid-value', 'events[2].valence');
    expectIssue(addEvent(n, { title: 'X', date: '2020', category: 'loss', valence: 0, people: ['p-ghost'] }), 'dangling-reference', 'events[2].people[0]');
    expectIssue(updateEvent(n, 'e-2', { end: '2018' }), 'period-order', 'events[1].end');
    expectIssue(updateEvent(n, 'e-404', { title: 'X' }), 'not-found', 'events');
    expectIssue(updateEvent(n, 'e-1', { id: 'e-9' } as never), 'invalid-value', 'events[0].id');
  });
});

describe('effectiveFormality', () => {
  it('uses the sector default unless formality is set', () => {
    expect(effectiveFormality({ id: 'a', name: 'A', kind: 'person', sector: 'care' })).toBe('formal');
    expect(effectiveFormality({ id: 'a', name: 'A', kind: 'person', sector: 'family' })).toBe('informal');
    expect(effectiveFormality({ id: 'a', name: 'A', kind: 'person' })).toBe('informal');
    expect(effectiveFormality({ id: 'a', name: 'Buddy', kind: 'person', sector: 'community', formality: 'formal' })).toBe('formal');
    expect(effectiveFormality({ id: 'a', name: 'Oud-collega', kind: 'person', sector: 'care', formality: 'informal' })).toBe('informal');
    expect(effectiveFormality(null as never)).toBe('informal');
  });
});

describe('immutability', () => {
  it('no operation changes a deep-frozen network, whether it succeeds or is refused', () => {
    const { n, copy } = frozen();
    const calls: (() => OperationResult)[] = [
      () => addPerson(n, { name: 'A', kind: 'person' }),
      () => addPerson(n, { name: 'A', kind: 'bad' as never }),
      () => updatePerson(n, 'p-latifa', { languages: ['nl'], location: undefined }),
      () => updatePerson(n, 'p-latifa', { consent: 'nope' as never }),
      () => removePerson(n, 'p-latifa'),
      () => removePerson(n, 'p-jan'),
      () => removePerson(n, 'p-samir'),
      () => placePerson(n, 'p-jan', { closeness: 'outer', angle: 1, radius: 0.9 }),
      () => placePerson(n, 'p-latifa', { angle: undefined }),
      () => setLayoutHint(n, 'p-latifa', { angle: 3 }),
      () => setLayoutHint(n, 'p-jan', undefined),
      () => addTie(n, { between: ['p-rex', 'o-kloof'] }),
      () => addTie(n, { between: ['p-rex', 'p-rex'] }),
      () => updateTie(n, 't-1', { status: 'faded' }, { date: '2025' }),
      () => updateTie(n, 't-1', { status: 'faded' }, { date: '2000' }),
      () => removeTie(n, 't-1'),
      () => addGroup(n, { name: 'G', kind: 'chat', members: ['p-rex'] }),
      () => updateGroup(n, 'g-steun', { members: ['p-jan'] }),
      () => removeGroup(n, 'g-steun'),
      () => addEvent(n, { title: 'T', date: '2020', category: 'other', valence: 0 }),
      () => updateEvent(n, 'e-2', { end: undefined }),
      () => updateEvent(n, 'e-2', { end: '1900' }),
      () => removeEvent(n, 'e-1'),
    ];
    for (const call of calls) {
      const result = call();
      // A refusal caused by a mutation attempt would show up as a 'wrong-type' at the root.
      if (!result.ok) expect(result.errors.filter((e) => e.path === '' && e.code === 'wrong-type')).toEqual([]);
    }
    expect(n).toEqual(copy);
  });

  it('accepts frozen inputs and patches', () => {
    const n = samir();
    const input = deepFreeze({ name: 'A', kind: 'person' as const, languages: ['nl'] });
    expect(addPerson(n, input).ok).toBe(true);
    const patch = deepFreeze({ languages: ['ar'] });
    const next = ok(updatePerson(n, 'p-latifa', patch));
    expect(Object.isFrozen(person(next, 'p-latifa')?.languages)).toBe(false);
  });
});
