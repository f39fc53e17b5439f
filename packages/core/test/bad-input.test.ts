import { describe, expect, it } from 'vitest';
import { parseNetwork, PARSE_LIMITS } from '../src';
import { base, errorsOf, pairs } from './bad-input-helpers';

describe('bad input: not a network at all', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['undefined', undefined],
    ['a boolean', true],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a function', () => 1],
    ['JSON of a number', '42'],
    ['JSON of an array', '[]'],
    ['JSON null', 'null'],
  ])('%s → not-an-object at the root', (_name, input) => {
    expect(pairs(errorsOf(input))).toEqual([['not-an-object', '']]);
  });

  it.each([['x'], [''], ['{'], ['{"format": "kring.network",}'], ['mei 2019']])('text %j that is not JSON → invalid-json', (input) => {
    expect(pairs(errorsOf(input))).toEqual([['invalid-json', '']]);
  });

  it('accepts JSON text with a byte-order mark', () => {
    expect(parseNetwork('\uFEFF' + JSON.stringify(base())).ok).toBe(true);
  });

  it('a foreign document → wrong-format, and still lists what is missing', () => {
    const errors = errorsOf({ resourceType: 'Patient', format: 'fhir' });
    expect(pairs(errors)).toEqual(expect.arrayContaining([['wrong-format', 'format'], ['required', 'version'], ['required', 'focus'], ['required', 'people']]));
  });
});

describe('bad input: version', () => {
  it('a newer version is a clear error, not a guess', () => {
    const errors = errorsOf({ ...base(), version: 2, people: 'whatever' });
    expect(pairs(errors)).toEqual([['unsupported-version', 'version']]);
    expect(errors[0]?.message).toMatch(/version 2.*reads versions 0 to 1/);
  });
  it.each([['1'], [1.5], [-1], [null]])('version %j → invalid-version', (version) => {
    expect(pairs(errorsOf({ ...base(), version }))).toEqual([['invalid-version', 'version']]);
  });
  it('a missing version or format → required', () => {
    const { version: _v, format: _f, ...rest } = base();
    expect(pairs(errorsOf(rest))).toEqual([['required', 'format'], ['required', 'version']]);
  });
});

describe('bad input: wrong types and values', () => {
  it.each([
    ['a person is a string', 'wrong-type', 'people[3]', (d: ReturnType<typeof base>) => ({ ...d, people: [...d.people, 'Anna'] })],
    ['a name is a number', 'wrong-type', 'people[1].name', (d: ReturnType<typeof base>) => (d.people[1]!.name = 42, d)],
    ['a kind is unknown', 'invalid-value', 'people[1].kind', (d: ReturnType<typeof base>) => (d.people[1]!.kind = 'alien', d)],
    ['a consent is unknown', 'invalid-value', 'people[2].consent', (d: ReturnType<typeof base>) => (d.people[2]!.consent = 'yes', d)],
    ['a sector is misspelled', 'invalid-value', 'people[2].sector', (d: ReturnType<typeof base>) => (d.people[2]!.sector = 'Care', d)],
    ['a burden is null', 'wrong-type', 'people[2].burden', (d: ReturnType<typeof base>) => (d.people[2]!.burden = null, d)],
    ['interpreter is "yes"', 'wrong-type', 'people[2].interpreter', (d: ReturnType<typeof base>) => (d.people[2]!.interpreter = 'yes', d)],
    ['languages is a string', 'wrong-type', 'people[2].languages', (d: ReturnType<typeof base>) => (d.people[2]!.languages = 'nl', d)],
    ['a language tag is malformed', 'invalid-value', 'people[2].languages[1]', (d: ReturnType<typeof base>) => (d.people[2]!.languages = ['nl', 'Dutch language'], d)],
    ['a channel is unknown', 'invalid-value', 'people[2].channels[0]', (d: ReturnType<typeof base>) => (d.people[2]!.channels = ['pigeon'], d)],
    ['a country is lowercase', 'invalid-value', 'people[2].location.country', (d: ReturnType<typeof base>) => (d.people[2]!.location = { country: 'ma' }, d)],
    ['an area is unknown', 'invalid-value', 'people[2].location.area', (d: ReturnType<typeof base>) => (d.people[2]!.location = { area: 'moon' }, d)],
    ['a boundary is text', 'wrong-type', 'people[2].boundary', (d: ReturnType<typeof base>) => (d.people[2]!.boundary = 'no calls', d)],
    ['between is a string', 'wrong-type', 'ties[0].between', (d: ReturnType<typeof base>) => (d.ties[0]!.between = 'p-1,p-2', d)],
    ['between has three ends', 'invalid-value', 'ties[0].between', (d: ReturnType<typeof base>) => (d.ties[0]!.between = ['p-1', 'p-2', 'p-3'], d)],
    ['between holds a number', 'wrong-type', 'ties[0].between[1]', (d: ReturnType<typeof base>) => (d.ties[0]!.between = ['p-1', 2], d)],
    ['a strength is unknown', 'invalid-value', 'ties[0].strength', (d: ReturnType<typeof base>) => (d.ties[0]!.strength = 'very', d)],
    ['support.gives is unknown', 'invalid-value', 'ties[0].support.gives[0]', (d: ReturnType<typeof base>) => (d.ties[0]!.support = { gives: ['love'] }, d)],
    ['a history entry is a string', 'wrong-type', 'ties[0].history[0]', (d: ReturnType<typeof base>) => (d.ties[0]!.history = ['2019'], d)],
    ['a group kind is unknown', 'invalid-value', 'groups[0].kind', (d: ReturnType<typeof base>) => (d.groups[0]!.kind = 'club', d)],
    ['members is a string', 'wrong-type', 'groups[0].members', (d: ReturnType<typeof base>) => (d.groups[0]!.members = 'p-2', d)],
    ['a valence is text', 'wrong-type', 'events[0].valence', (d: ReturnType<typeof base>) => (d.events[0]!.valence = '-2', d)],
    ['a valence is 3', 'invalid-value', 'events[0].valence', (d: ReturnType<typeof base>) => (d.events[0]!.valence = 3, d)],
    ['a valence is 1.5', 'invalid-value', 'events[0].valence', (d: ReturnType<typeof base>) => (d.events[0]!.valence = 1.5, d)],
    ['a category is unknown', 'invalid-value', 'events[0].category', (d: ReturnType<typeof base>) => (d.events[0]!.category = 'fun', d)],
    ['layout is an array', 'wrong-type', 'layout', (d: ReturnType<typeof base>) => ({ ...d, layout: [] })],
    ['a layout angle is text', 'wrong-type', 'layout["p-2"].angle', (d: ReturnType<typeof base>) => ({ ...d, layout: { 'p-2': { angle: '40' } } })],
    ['a layout radius is 2', 'invalid-value', 'layout["p-2"].radius', (d: ReturnType<typeof base>) => ({ ...d, layout: { 'p-2': { radius: 2 } } })],
    ['a layout angle is NaN', 'invalid-value', 'layout["p-2"].angle', (d: ReturnType<typeof base>) => ({ ...d, layout: { 'p-2': { angle: NaN } } })],
    ['pinned is 1', 'wrong-type', 'layout["p-2"].pinned', (d: ReturnType<typeof base>) => ({ ...d, layout: { 'p-2': { pinned: 1 } } })],
    ['extensions is an array', 'wrong-type', 'extensions', (d: ReturnType<typeof base>) => ({ ...d, extensions: [] })],
    ['an extension holds a function', 'wrong-type', 'extensions["com.x"].f', (d: ReturnType<typeof base>) => ({ ...d, extensions: { 'com.x': { f: () => 1 } } })],
    ['an extension holds Infinity', 'invalid-value', 'extensions["com.x"][0]', (d: ReturnType<typeof base>) => ({ ...d, extensions: { 'com.x': [Infinity] } })],
    ['a title is a number', 'wrong-type', 'title', (d: ReturnType<typeof base>) => ({ ...d, title: 1 })],
    ['focus is a number', 'wrong-type', 'focus', (d: ReturnType<typeof base>) => ({ ...d, focus: 1 })],
  ])('%s → %s at %s', (_name, code, path, breakIt) => {
    expect(pairs(errorsOf(breakIt(base())))).toEqual([[code, path]]);
  });
});

describe('bad input: broken ids', () => {
  it('an empty id, and the references to the person it was meant for', () => {
    const d = base();
    d.people[2]!.id = '';
    expect(pairs(errorsOf(d))).toEqual([['invalid-value', 'people[2].id'], ['dangling-reference', 'groups[0].members[1]']]);
  });
  it('a numeric id', () => {
    const d = base();
    d.people[2]!.id = 3;
    expect(pairs(errorsOf(d))).toEqual([['wrong-type', 'people[2].id'], ['dangling-reference', 'groups[0].members[1]']]);
  });
  it('people that cannot be read do not make every reference dangle', () => {
    expect(pairs(errorsOf({ ...base(), people: {} }))).toEqual([['wrong-type', 'people']]);
  });
});

describe('bad input: missing fields', () => {
  it('reports every required field that is missing', () => {
    const d = base();
    delete d.people[1]!.name;
    delete d.people[2]!.kind;
    delete d.ties[0]!.between;
    delete d.groups[0]!.members;
    delete d.events[0]!.valence;
    delete d.events[0]!.category;
    delete d.events[0]!.title;
    expect(pairs(errorsOf(d))).toEqual([
      ['required', 'people[1].name'],
      ['required', 'people[2].kind'],
      ['required', 'ties[0].between'],
      ['required', 'groups[0].members'],
      ['required', 'events[0].title'],
      ['required', 'events[0].category'],
      ['required', 'events[0].valence'],
    ]);
  });
  it('an event needs a date or a start', () => {
    const d = base();
    delete d.events[0]!.date;
    expect(pairs(errorsOf(d))).toEqual([['required', 'events[0].date']]);
  });
  it('missing focus and people', () => {
    const { focus: _f, people: _p, ...rest } = base();
    expect(pairs(errorsOf(rest))).toEqual(expect.arrayContaining([['required', 'focus'], ['required', 'people']]));
  });
  it('a hole in an array (in memory) is reported, not skipped', () => {
    const d = base();
    // eslint-disable-next-line no-sparse-arrays
    d.groups[0]!.members = ['p-2', , 'p-3'];
    expect(pairs(errorsOf(d))).toEqual([['required', 'groups[0].members[1]']]);
  });
});

describe('bad input: ids and references', () => {
  it('duplicate ids, across people, ties, groups and events', () => {
    const d = base();
    d.people.push({ id: 'p-2', name: 'Latifa again', kind: 'person' });
    d.ties.push({ id: 'p-3', between: ['p-1', 'p-3'] });
    d.events.push({ id: 'g-1', title: 'x', date: '2020', category: 'other', valence: 0 });
    const errors = errorsOf(d);
    expect(pairs(errors)).toEqual([
      ['duplicate-id', 'people[3].id'],
      ['duplicate-id', 'ties[1].id'],
      ['duplicate-id', 'events[1].id'],
    ]);
    expect(errors[0]?.message).toContain('people[1].id');
  });

  it('dangling references: focus, between, members, events\' people, layout keys', () => {
    const d = {
      ...base(),
      focus: 'p-9',
      layout: { 'p-2': { angle: 10 }, 'p-404': { angle: 20 } },
    };
    d.ties[0]!.between = ['p-1', 'p-8'];
    d.groups[0]!.members = ['p-2', 'p-7'];
    d.events[0]!.people = ['p-6', 'p-1'];
    expect(pairs(errorsOf(d))).toEqual([
      ['dangling-reference', 'focus'],
      ['dangling-reference', 'ties[0].between[1]'],
      ['dangling-reference', 'groups[0].members[1]'],
      ['dangling-reference', 'events[0].people[0]'],
      ['dangling-reference', 'layout["p-404"]'],
    ]);
  });

  it('a reference to a tie, group or event is not a reference to a person', () => {
    const d = base();
    d.groups[0]!.members = ['t-1', 'g-1'];
    const errors = errorsOf({ ...d, focus: 'e-1' });
    expect(pairs(errors)).toEqual([
      ['dangling-reference', 'focus'],
      ['dangling-reference', 'groups[0].members[0]'],
      ['dangling-reference', 'groups[0].members[1]'],
    ]);
    expect(errors[0]?.message).toMatch(/an event, not a person/);
  });

  it('a self-tie', () => {
    const d = base();
    d.ties[0]!.between = ['p-2', 'p-2'];
    expect(pairs(errorsOf(d))).toEqual([['self-tie', 'ties[0].between']]);
  });

  it('two ties for one pair, in the same and in reversed order', () => {
    const d = base();
    d.ties.push({ id: 't-2', between: ['p-1', 'p-2'] }, { id: 't-3', between: ['p-2', 'p-1'] }, { id: 't-4', between: ['p-2', 'p-3'] });
    const errors = errorsOf(d);
    expect(pairs(errors)).toEqual([
      ['duplicate-tie', 'ties[1].between'],
      ['duplicate-tie', 'ties[2].between'],
    ]);
    expect(errors[1]?.message).toContain('ties[0]');
  });
});

describe('bad input: dates and order', () => {
  it.each([['2019-13'], ['mei 2019'], ['2019-02-30'], ['19'], ['2019/05'], ['~'], [' 2019']])('%j is not a date, wherever it occurs', (bad) => {
    const d = base();
    d.people[1]!.consentDate = bad;
    d.people[1]!.deceased = bad;
    d.people[1]!.since = bad;
    d.ties[0]!.since = bad;
    d.ties[0]!.history = [{ date: bad }];
    d.events[0]!.date = bad;
    d.events.push({ id: 'e-2', title: 'Opvang', start: bad, end: bad, category: 'housing', valence: -1 });
    expect(pairs(errorsOf(d))).toEqual([
      ['invalid-date', 'people[1].consentDate'],
      ['invalid-date', 'people[1].deceased'],
      ['invalid-date', 'people[1].since'],
      ['invalid-date', 'ties[0].history[0].date'],
      ['invalid-date', 'ties[0].since'],
      ['invalid-date', 'events[0].date'],
      ['invalid-date', 'events[1].start'],
      ['invalid-date', 'events[1].end'],
    ]);
  });

  it('history out of order (oldest first, by first day)', () => {
    const d = base();
    d.ties[0]!.history = [{ date: '2019-05' }, { date: '2018' }, { date: '2020' }, { date: '2019-12-31' }];
    expect(pairs(errorsOf(d))).toEqual([
      ['history-order', 'ties[0].history[1].date'],
      ['history-order', 'ties[0].history[3].date'],
    ]);
  });

  it('history in order, with equal and vaguer dates, is fine', () => {
    const d = base();
    d.ties[0]!.history = [{ date: '~2018' }, { date: '2019' }, { date: '2019' }, { date: '2019-01' }, { date: '2019-01-01' }, { date: '2019-03' }];
    expect(parseNetwork(d).ok).toBe(true);
  });

  it('a period that ends before it starts', () => {
    const d = base();
    d.events.push({ id: 'e-2', title: 'Opvang', start: '2021-06', end: '2019', category: 'housing', valence: -1 });
    expect(pairs(errorsOf(d))).toEqual([['period-order', 'events[1].end']]);
  });

  it('a period that ends in the month it starts, or around when it starts, is fine', () => {
    const d = base();
    d.events.push(
      { id: 'e-2', title: 'a', start: '2021-06-20', end: '2021-06', category: 'housing', valence: -1 },
      { id: 'e-3', title: 'b', start: '2021-06', end: '~2021', category: 'housing', valence: -1 },
      { id: 'e-4', title: 'c', start: '2021-06' , category: 'housing', valence: 0 },
    );
    expect(parseNetwork(d).ok).toBe(true);
  });

  it('an event with both date and start, or date and end', () => {
    const d = base();
    d.events.push({ id: 'e-2', title: 'a', date: '2020', start: '2020', category: 'other', valence: 0 });
    d.events.push({ id: 'e-3', title: 'b', date: '2020', end: '2021', category: 'other', valence: 0 });
    expect(pairs(errorsOf(d))).toEqual([
      ['invalid-value', 'events[1].start'],
      ['invalid-value', 'events[2].end'],
    ]);
  });
});

/** Big inputs on a busy CI machine: generous, and not a timing assertion. */
const BIG = 60_000;

describe('bad input: limits', () => {
  it('a 1,000,000-character name → too-long (without echoing it)', () => {
    const d = base();
    d.people[1]!.name = 'x'.repeat(1_000_000);
    const errors = errorsOf(d);
    expect(pairs(errors)).toEqual([['too-long', 'people[1].name']]);
    expect(errors[0]!.message.length).toBeLessThan(200);
    expect(pairs(errorsOf(JSON.stringify(d)))).toEqual([['too-long', 'people[1].name']]);
  }, BIG);

  it('a 5,000-character name and a 10,000-character note are fine', () => {
    const d = base();
    d.people[1]!.name = 'ä'.repeat(5_000);
    d.people[1]!.note = 'n'.repeat(PARSE_LIMITS.maxStringLength);
    const result = parseNetwork(JSON.stringify(d));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.network.people[1]!.name).toHaveLength(5_000);
  }, BIG);

  it('10,001 characters is one too many, anywhere', () => {
    const long = 'n'.repeat(PARSE_LIMITS.maxStringLength + 1);
    const d = base();
    d.people[1]!.note = long;
    d.ties[0]!.note = long;
    d.events[0]!.title = long;
    const errors = errorsOf({ ...d, extensions: { 'com.x': { text: long } } });
    expect(pairs(errors)).toEqual([
      ['too-long', 'people[1].note'],
      ['too-long', 'ties[0].note'],
      ['too-long', 'events[0].title'],
      ['too-long', 'extensions["com.x"].text'],
    ]);
  }, BIG);

  it('arrays longer than 10,000 items → too-long', () => {
    const d = base();
    d.people[1]!.languages = Array.from({ length: PARSE_LIMITS.maxArrayLength + 1 }, () => 'nl');
    const errors = errorsOf({ ...d, extensions: { 'com.x': new Array(PARSE_LIMITS.maxArrayLength + 1).fill(0) } });
    expect(pairs(errors)).toEqual([['too-long', 'people[1].languages'], ['too-long', 'extensions["com.x"]']]);
  }, BIG);

  it('10,000 levels of nesting in extensions → too-deep, no stack overflow (object and JSON text)', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { a: [deep] };
    const doc = { ...base(), extensions: { 'com.deep': deep } };
    const errors = errorsOf(doc);
    expect(pairs(errors)).toHaveLength(1);
    expect(errors[0]?.code).toBe('too-deep');
    expect(errors[0]?.path.startsWith('extensions["com.deep"].a[0].a[0]')).toBe(true);
    const text = JSON.stringify(base()).replace(/}$/, `,"extensions":{"com.deep":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`);
    expect(errorsOf(text).map((e) => e.code)).toEqual(['too-deep']);
  }, BIG);

  it('a cyclic extension in memory → too-deep, not a hang', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(errorsOf({ ...base(), extensions: { 'com.x': cycle } }).map((e) => e.code)).toEqual(['too-deep']);
  }, BIG);

  it('32 levels inside extensions are fine, 33 are not', () => {
    const nest = (levels: number): unknown => {
      let v: unknown = 1;
      for (let i = 0; i < levels; i++) v = [v];
      return v;
    };
    // extensions itself is level 1, so 31 more containers make 32.
    expect(parseNetwork({ ...base(), extensions: { 'com.x': nest(31) } }).ok).toBe(true);
    expect(errorsOf({ ...base(), extensions: { 'com.x': nest(32) } }).map((e) => e.code)).toEqual(['too-deep']);
  }, BIG);

  it('a JSON text over the document limit → too-large before parsing', () => {
    const text = ' '.repeat(PARSE_LIMITS.maxDocumentChars + 1);
    expect(pairs(errorsOf(text))).toEqual([['too-large', '']]);
  }, BIG);

  it('an object input over the text budget → too-large', () => {
    const big = 'x'.repeat(PARSE_LIMITS.maxStringLength);
    const many = new Array(PARSE_LIMITS.maxDocumentChars / PARSE_LIMITS.maxStringLength + 1).fill(big);
    const errors = errorsOf({ ...base(), extensions: { a: many.slice(0, 5000), b: many.slice(5000) } });
    expect(errors.at(-1)?.code).toBe('too-large');
  }, BIG);

  it('a flood of problems is capped with one final too-large', () => {
    const d = base();
    d.people = Array.from({ length: 6_000 }, () => ({ id: 1, name: 2, kind: 3 }));
    const errors = errorsOf(d);
    expect(errors).toHaveLength(PARSE_LIMITS.maxIssues + 1);
    expect(errors.at(-1)?.code).toBe('too-large');
  }, BIG);
});

describe('bad input: forbidden keys and prototype pollution', () => {
  const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const before = prototypeKeys();

  it.each([
    ['at the top', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person"}],"__proto__":{"polluted":true}}', '__proto__'],
    ['in a person', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person","__proto__":{"polluted":true}}]}', 'people[0].__proto__'],
    ['in extensions', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person"}],"extensions":{"com.x":{"a":{"__proto__":{"polluted":true}}}}}', 'extensions["com.x"].a.__proto__'],
    ['as an extension key', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person"}],"extensions":{"__proto__":{"polluted":true}}}', 'extensions.__proto__'],
    ['in a layout', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person"}],"layout":{"__proto__":{"polluted":true}}}', 'layout.__proto__'],
    ['in a nested object', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person","location":{"__proto__":{"polluted":true}}}]}', 'people[0].location.__proto__'],
    ['constructor in extensions', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person","extensions":{"constructor":{"prototype":{"polluted":true}}}}]}', 'people[0].extensions.constructor'],
    ['prototype in a tie', '{"format":"kring.network","version":1,"focus":"p-1","people":[{"id":"p-1","name":"S","kind":"person"},{"id":"p-2","name":"L","kind":"person"}],"ties":[{"id":"t","between":["p-1","p-2"],"prototype":{"polluted":true}}]}', 'ties[0].prototype'],
  ])('__proto__ %s → forbidden-key, and Object.prototype stays clean', (_where, text, path) => {
    expect(pairs(errorsOf(text))).toEqual([['forbidden-key', path]]);
    expect(pairs(errorsOf(JSON.parse(text)))).toEqual([['forbidden-key', path]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });

  it('forbidden keys are not ids either', () => {
    const d = base();
    d.people.push({ id: '__proto__', name: 'x', kind: 'person' }, { id: 'constructor', name: 'y', kind: 'person' });
    expect(pairs(errorsOf(d))).toEqual([['forbidden-key', 'people[3].id'], ['forbidden-key', 'people[4].id']]);
  });

  it('the result holds plain objects only', () => {
    const text = JSON.stringify({ ...base(), extensions: { 'com.x': { nested: [{ a: 1 }] } } });
    const result = parseNetwork(text);
    if (!result.ok) throw new Error('expected ok');
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') {
        expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
        Object.values(v).forEach(walk);
      }
    };
    walk(result.network);
  });
});

describe('bad input: hostile objects', () => {
  it('a getter that throws → unreadable, not an exception', () => {
    const d = base();
    Object.defineProperty(d.people[1], 'name', { enumerable: true, get: () => { throw new Error('boom'); } });
    const errors = errorsOf(d);
    expect(errors.at(-1)?.code).toBe('unreadable');
  });

  it('a proxy that throws on every trap → unreadable', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); }, get: () => { throw new Error('no'); } });
    expect(errorsOf({ ...base(), extensions: hostile }).at(-1)?.code).toBe('unreadable');
  });

  it('never changes its input (deeply frozen input parses)', () => {
    const freeze = (v: unknown): unknown => {
      if (v && typeof v === 'object') {
        Object.values(v).forEach(freeze);
        Object.freeze(v);
      }
      return v;
    };
    const d = { ...base(), extensions: { 'com.x': { a: [1] } }, unknownTop: 1 };
    const copy = JSON.parse(JSON.stringify(d));
    freeze(d);
    const result = parseNetwork(d);
    expect(result.ok).toBe(true);
    expect(d).toEqual(copy);
    if (result.ok) {
      expect(result.network.people[0]).not.toBe(d.people[0]);
      expect(result.network.extensions?.['com.x']).not.toBe(d.extensions['com.x']);
    }
  });
});

describe('bad input: many problems at once', () => {
  it('reports all of them, in document order, each with its path and code', () => {
    const doc = {
      format: 'kring.network',
      version: 1,
      focus: 'p-nobody',
      people: [
        { id: 'p-1', name: 'Samir', kind: 'person', consent: 'maybe' },
        { id: 'p-1', name: 'Twin', kind: 'human' },
        { name: 'No id', kind: 'person', deceased: 'mei 2019' },
        42,
        { id: 'p-4', name: 'x'.repeat(20_000), kind: 'person' },
      ],
      ties: [
        { id: 't-1', between: ['p-1', 'p-1'] },
        { id: 't-2', between: ['p-1', 'p-4'], history: [{ date: '2020' }, { date: '2019-13' }, { date: '2010' }] },
        { id: 't-3', between: ['p-4', 'p-1'], strength: 'mighty' },
        { id: 't-4', between: ['p-4', 'p-ghost'] },
      ],
      groups: [{ id: 'g-1', name: 'G', kind: 'support-group', members: ['p-4', 'p-ghost'] }],
      events: [
        { id: 'e-1', title: 'Both', date: '2019', start: '2019', category: 'housing', valence: -3 },
        { id: 'e-2', title: 'Backwards', start: '2021', end: '2019', category: 'health', valence: 0, people: ['p-ghost'] },
        { id: 't-1', title: 'Dup', date: '2020', category: 'other', valence: 0 },
      ],
      layout: { 'p-ghost': { angle: 1 } },
      extensions: { 'com.x': { deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) } },
    };
    const errors = errorsOf(JSON.stringify(doc).replace('"consent":"maybe"', '"consent":"maybe","__proto__":{"x":1}'));
    expect(pairs(errors)).toEqual([
      ['invalid-value', 'people[0].consent'],
      ['forbidden-key', 'people[0].__proto__'],
      ['invalid-value', 'people[1].kind'],
      ['required', 'people[2].id'],
      ['invalid-date', 'people[2].deceased'],
      ['wrong-type', 'people[3]'],
      ['too-long', 'people[4].name'],
      ['invalid-date', 'ties[1].history[1].date'],
      ['invalid-value', 'ties[2].strength'],
      ['invalid-value', 'events[0].valence'],
      ['invalid-value', 'events[0].start'],
      ['too-deep', expect.stringMatching(/^extensions\["com\.x"\]\.deep(\[0\])+$/) as unknown as string],
      ['duplicate-id', 'people[1].id'],
      ['duplicate-id', 'events[2].id'],
      ['dangling-reference', 'focus'],
      ['self-tie', 'ties[0].between'],
      ['history-order', 'ties[1].history[2].date'],
      ['duplicate-tie', 'ties[2].between'],
      ['dangling-reference', 'ties[3].between[1]'],
      ['dangling-reference', 'groups[0].members[1]'],
      ['dangling-reference', 'events[1].people[0]'],
      ['period-order', 'events[1].end'],
      ['dangling-reference', 'layout["p-ghost"]'],
    ]);
  });
});
