/**
 * "Nieuwe cliënt" on the server (server/clients.ts): what a caseworker types becomes a clean
 * name and a network that holds only the client; bad input is refused with the path of the
 * field it is about.
 */
import { parseNetwork, serializeNetwork } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { CLIENT_PERSON_ID, MAX_NAME_LENGTH, readNewClient } from '../server/clients';

const refused = (body: unknown) => {
  const r = readNewClient(body);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.code}`);
};

describe('readNewClient', () => {
  it('makes a network with only the client, which parses and serialises like every stored one', () => {
    const r = readNewClient({ name: '  Aïcha   el  Idrissi ', location: 'Vrouwenopvang, Haarlem' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.name).toBe('Aïcha el Idrissi');
    expect(r.location).toBe('Vrouwenopvang, Haarlem');
    expect(r.network.focus).toBe(CLIENT_PERSON_ID);
    expect(r.network.people).toEqual([{ id: CLIENT_PERSON_ID, name: 'Aïcha el Idrissi', kind: 'person' }]);
    expect([r.network.ties, r.network.groups, r.network.events]).toEqual([[], [], []]);
    expect(parseNetwork(serializeNetwork(r.network)).ok).toBe(true);
  });

  it('location may be left out or empty', () => {
    expect(readNewClient({ name: 'Piet' })).toMatchObject({ ok: true, location: '' });
    expect(readNewClient({ name: 'Piet', location: '   ' })).toMatchObject({ ok: true, location: '' });
  });

  it('refuses bad input with the path of each bad field', () => {
    expect(refused({ name: '' })).toEqual(['name: required']);
    expect(refused({ name: ' \t ' })).toEqual(['name: required']);
    expect(refused({})).toEqual(['name: required']);
    expect(refused({ name: 42, location: ['x'] })).toEqual(['name: wrong-type', 'location: wrong-type']);
    expect(refused({ name: 'x'.repeat(MAX_NAME_LENGTH + 1) })).toEqual(['name: too-long']);
    expect(refused({ name: 'Ann', location: 'y'.repeat(MAX_NAME_LENGTH + 1) })).toEqual(['location: too-long']);
    // A right-to-left override makes "Ann\u202Eeips" show as another name on the list.
    expect(refused({ name: 'Ann\u202Eeips' })).toEqual(['name: invalid-value']);
    expect(refused({ name: 'Ann\u0000' })).toEqual(['name: invalid-value']);
    expect(refused(null)).toEqual([': not-an-object']);
    expect(refused(['Piet'])).toEqual([': not-an-object']);
  });

  it('user text stays text: markup in a name is kept as typed, not interpreted', () => {
    expect(readNewClient({ name: '<img src=x onerror=alert(1)>' })).toMatchObject({ ok: true, name: '<img src=x onerror=alert(1)>' });
  });
});
