import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marcoNetwork } from '@kring/fixtures';
import { parseNetwork, serializeNetwork, shareUnchanged, updatePerson, updateTie, type Network } from '../src';
import { networkArbitrary } from './arbitraries';

const reparse = (n: Network): Network => {
  const r = parseNetwork(JSON.parse(serializeNetwork(n)));
  if (!r.ok) throw new Error('fixture does not parse');
  return r.network;
};

describe('shareUnchanged', () => {
  it("a host that edits its own copy (never the view's items) keeps the view's objects edit after edit, and each change shows", () => {
    // The view read the host's network once (its own copy); the host keeps editing its object.
    let host: Network = structuredClone(marcoNetwork);
    const read = parseNetwork(host);
    if (!read.ok) throw new Error('read');
    let shown = read.network;
    const names = ['Rob A', 'Rob B', 'Rob C'];
    for (const name of names) {
      const edited = updatePerson(host, 'p-rob', { name });
      if (!edited.ok) throw new Error('edit refused');
      host = edited.network;
      const next = shareUnchanged(shown, host);
      expect(next).toEqual(host);
      expect(next.people.find((p) => p.id === 'p-rob')?.name).toBe(name);
      // Everyone else is the view's object of the first read, not the host's.
      next.people.forEach((p, i) => {
        if (p.id !== 'p-rob') expect(p).toBe(read.network.people[i]);
      });
      expect(next.ties).toBe(read.network.ties);
      shown = next;
    }
    // A host item once found equal, then compared with another earlier object: compared again.
    const other = { ...shown, people: shown.people.map((p) => (p.id === 'p-marco' ? { ...p, name: 'Marco X' } : p)) };
    const back = shareUnchanged(other, host);
    expect(back.people.find((p) => p.id === 'p-marco')?.name).toBe(host.people.find((p) => p.id === 'p-marco')?.name);
  });

  it('keeps the earlier object of every unchanged person and tie when a host passes a fresh copy after one edit', () => {
    const before = marcoNetwork;
    const edited = updatePerson(before, 'p-rob', { name: 'Rob Bakker sr.' });
    if (!edited.ok) throw new Error('edit refused');
    const copy = reparse(edited.network);
    const shared = shareUnchanged(before, copy);
    expect(shared).toEqual(copy);
    const changed = shared.people.filter((p, i) => p !== before.people[i]).map((p) => p.id);
    expect(changed).toEqual(['p-rob']);
    expect(shared.ties).toBe(before.ties);
    expect(shared.events).toBe(before.events);
  });

  it('returns the earlier network itself for a deep-equal copy', () => {
    expect(shareUnchanged(marcoNetwork, reparse(marcoNetwork))).toBe(marcoNetwork);
  });

  it('a changed tie gets the new object, its neighbours keep theirs', () => {
    const tie = marcoNetwork.ties[0]!;
    const edited = updateTie(marcoNetwork, tie.id, { note: 'belt elke week' });
    if (!edited.ok) throw new Error('edit refused');
    const shared = shareUnchanged(marcoNetwork, reparse(edited.network));
    expect(shared.ties[0]).not.toBe(tie);
    expect(shared.ties[0]).toEqual(edited.network.ties[0]);
    expect(shared.ties.slice(1).every((t, i) => t === marcoNetwork.ties[i + 1])).toBe(true);
    expect(shared.people).toBe(marcoNetwork.people);
  });

  it('property: the result always deep-equals `next`, and never changes either input', () => {
    fc.assert(
      fc.property(networkArbitrary(), networkArbitrary(), (a, b) => {
        const before = JSON.stringify([a, b]);
        const shared = shareUnchanged(a, b);
        expect(shared).toEqual(b);
        expect(JSON.stringify([a, b])).toBe(before);
        // whatever was borrowed is deep-equal to what it replaces
        shared.people.forEach((p, i) => expect(p).toEqual(b.people[i]));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(networkArbitrary(), (a) => {
        expect(shareUnchanged(a, structuredClone(a))).toBe(a);
      }),
      { numRuns: 300 },
    );
  });
});
