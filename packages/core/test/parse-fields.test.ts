import { describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import { parseNetwork, serializeNetwork, validateNetwork, type Network } from '../src';
import { base, expectWellFormed, pairs } from './bad-input-helpers';

function parsed(input: unknown) {
  const result = parseNetwork(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  expectWellFormed(result.warnings);
  return result;
}

describe('parseNetwork: defaults and absent fields', () => {
  it('missing ties, groups and events become [] without a warning', () => {
    const { ties: _t, groups: _g, events: _e, ...rest } = base();
    const { network, warnings } = parsed(rest);
    expect(warnings).toEqual([]);
    expect(network.ties).toEqual([]);
    expect(network.groups).toEqual([]);
    expect(network.events).toEqual([]);
  });

  it('optional fields absent stay absent: no undefined keys, no invented defaults', () => {
    const { network } = parsed({ ...base(), title: undefined });
    expect(Object.keys(network)).toEqual(['format', 'version', 'focus', 'people', 'ties', 'groups', 'events']);
    expect(Object.keys(network.people[0]!)).toEqual(['id', 'name', 'kind']);
    expect(network.people[0]!.consent).toBeUndefined();
    expect(JSON.stringify(network)).not.toContain('undefined');
  });

  it('keeps empty lists and empty objects the host wrote', () => {
    const d = base();
    d.people[1]!.languages = [];
    d.people[1]!.location = {};
    d.ties[0]!.history = [];
    const { network } = parsed({ ...d, layout: {}, extensions: {} });
    expect(network.people[1]!.languages).toEqual([]);
    expect(network.people[1]!.location).toEqual({});
    expect(network.ties[0]!.history).toEqual([]);
    expect(network.layout).toEqual({});
    expect(network.extensions).toEqual({});
  });

  it('writes -0 as 0 (JSON has no negative zero)', () => {
    const { network } = parsed({ ...base(), layout: { 'p-2': { angle: -0 } }, extensions: { 'com.x': -0 } });
    expect(Object.is(network.layout?.['p-2']?.angle, 0)).toBe(true);
    expect(Object.is(network.extensions?.['com.x'], 0)).toBe(true);
  });
});

describe('parseNetwork: unknown fields are kept, not dropped', () => {
  it('moves them under the owning entity\'s extensions["kring.unknown"], with a warning each', () => {
    const d = base();
    d.people[1]!.favouriteColour = 'blue';
    d.people[1]!.location = { area: 'abroad', city: 'Tanger' };
    d.ties[0]!.history = [{ date: '2019', mood: 'bad' }];
    d.ties[0]!.extensions = { 'com.x': 1 };
    const { network, warnings } = parsed({ ...d, legacyId: 7, layout: { 'p-2': { angle: 3, zoom: 2 } } });
    expect(pairs(warnings)).toEqual([
      ['unknown-field', 'people[1].location.city'],
      ['unknown-field', 'people[1].favouriteColour'],
      ['unknown-field', 'ties[0].history[0].mood'],
      ['unknown-field', 'layout["p-2"].zoom'],
      ['unknown-field', 'legacyId'],
    ]);
    expect(warnings[1]?.message).toContain('people[1].extensions["kring.unknown"].favouriteColour');
    expect(network.people[1]!.extensions).toEqual({ 'kring.unknown': { favouriteColour: 'blue', 'location.city': 'Tanger' } });
    expect(network.people[1]!.location).toEqual({ area: 'abroad' });
    expect(network.ties[0]!.extensions).toEqual({ 'com.x': 1, 'kring.unknown': { 'history[0].mood': 'bad' } });
    expect(network.extensions).toEqual({ 'kring.unknown': { 'layout["p-2"].zoom': 2, legacyId: 7 } });
    expect(validateNetwork(network)).toEqual([]);
  });

  it('they survive a write and a read, after which there is nothing left to warn about', () => {
    const { network } = parsed({ ...base(), legacyId: { deep: [1, 2] } });
    const again = parsed(serializeNetwork(network));
    expect(again.warnings).toEqual([]);
    expect(again.network).toEqual(network);
    expect(again.network.extensions).toEqual({ 'kring.unknown': { legacyId: { deep: [1, 2] } } });
  });

  it('an unknown field that cannot be kept says so (no silent loss)', () => {
    const { network, warnings } = parsed({ ...base(), legacyId: 7, extensions: { 'kring.unknown': { legacyId: 1 } } });
    expect(pairs(warnings)).toEqual([['unknown-field', 'legacyId'], ['unknown-field', 'legacyId']]);
    expect(warnings[1]?.message).toMatch(/could not be kept/);
    expect(network.extensions).toEqual({ 'kring.unknown': { legacyId: 1 } });
  });

  it('unknown fields are still checked against the limits', () => {
    const result = parseNetwork({ ...base(), legacy: JSON.parse('['.repeat(40) + ']'.repeat(40)) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['too-deep']);
  });
});

describe('validateNetwork: the same rules, on an in-memory network', () => {
  it('a valid network → []', () => {
    expect(validateNetwork(samirNetwork)).toEqual([]);
  });

  it('reports the same problems as parseNetwork', () => {
    const d = base();
    d.ties.push({ id: 't-2', between: ['p-2', 'p-1'] });
    d.events[0]!.valence = 5;
    const fromParse = parseNetwork(d);
    expect(fromParse.ok).toBe(false);
    if (!fromParse.ok) expect(validateNetwork(d as unknown as Network)).toEqual(fromParse.errors);
  });

  it('unknown fields are errors here: serializeNetwork would not write them', () => {
    const n = { ...samirNetwork, people: samirNetwork.people.map((p, i) => (i === 1 ? { ...p, isNew: true } : p)) };
    expect(pairs(validateNetwork(n))).toEqual([['unknown-field', 'people[1].isNew']]);
  });

  it('undefined-valued keys count as absent', () => {
    const n = { ...samirNetwork, title: undefined, people: samirNetwork.people.map((p) => ({ ...p, note: undefined })) };
    expect(validateNetwork(n)).toEqual([]);
  });

  it('missing ties/groups/events are errors in memory (code would read them)', () => {
    const { ties: _t, ...rest } = samirNetwork;
    expect(pairs(validateNetwork(rest as unknown as Network))).toEqual([['required', 'ties']]);
  });

  it('an in-memory network has the current version', () => {
    expect(pairs(validateNetwork({ ...samirNetwork, version: 0 as unknown as 1 }))).toEqual([['invalid-version', 'version']]);
  });

  it.each([[null], [undefined], [42], ['{}']])('%j → not-an-object, never an exception', (value) => {
    expect(pairs(validateNetwork(value as unknown as Network))).toEqual([['not-an-object', '']]);
  });

  it('does not change the network', () => {
    const copy = structuredClone(samirNetwork);
    validateNetwork(samirNetwork);
    expect(samirNetwork).toEqual(copy);
  });
});

describe('serializeNetwork: canonical JSON', () => {
  it('fixed key order whatever the order in memory, 2-space indent', () => {
    const shuffled = JSON.parse(JSON.stringify(samirNetwork), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as Network;
    expect(Object.keys(shuffled)[0]).toBe('extensions');
    const text = serializeNetwork(shuffled);
    expect(text).toBe(serializeNetwork(samirNetwork));
    expect(text.startsWith('{\n  "format": "kring.network",\n  "version": 1,\n  "id": "net-samir",\n  "focus": "p-samir",\n  "people": [')).toBe(true);
    expect(text).toContain('\n      "id": "p-latifa",\n      "name": "Latifa",\n      "kind": "person",\n      "sector": "family",\n      "role": "zus",\n      "closeness": "inner",');
  });

  it('layout keys follow the order of people', () => {
    const n: Network = { ...samirNetwork, layout: { 'p-rex': { angle: 1 }, 'p-latifa': { angle: 2 }, 'p-samir': { pinned: true } } };
    expect(Object.keys(JSON.parse(serializeNetwork(n)).layout)).toEqual(['p-samir', 'p-latifa', 'p-rex']);
  });

  it('leaves out undefined and does not write fields outside the format', () => {
    const n = { ...samirNetwork, title: undefined, junk: 1 } as unknown as Network;
    const text = serializeNetwork(n);
    expect('title' in JSON.parse(text)).toBe(false);
    expect(text).not.toContain('junk');
  });

  it('parse → serialize → parse → serialize is byte-identical', () => {
    const once = serializeNetwork(samirNetwork);
    const result = parseNetwork(once);
    expect(result.ok && serializeNetwork(result.network)).toBe(once);
  });

  it('never throws, even on a broken in-memory network', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const broken = { ...samirNetwork, extensions: { 'com.x': cycle, big: BigInt(1), f: () => 1, n: NaN } } as unknown as Network;
    expect(JSON.parse(serializeNetwork(broken)).extensions).toEqual({ 'com.x': { self: null }, big: null, n: null });
    expect(() => serializeNetwork(null as unknown as Network)).not.toThrow();
  });

  it('does not change the network', () => {
    const copy = structuredClone(samirNetwork);
    serializeNetwork(samirNetwork);
    expect(samirNetwork).toEqual(copy);
  });
});

describe('field tables', () => {
  it('every field key is a plain identifier (the reader builds `parent.key` paths directly)', async () => {
    const spec = await import('../src/parse/spec');
    const tables = (Object.values(spec) as unknown[]).filter(
      (v): v is { name: string; fields: { key: string }[] } => typeof v === 'object' && v !== null && 'fields' in v,
    );
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) for (const f of table.fields) expect(f.key).toMatch(/^[A-Za-z_$][\w$]*$/);
  });
});
