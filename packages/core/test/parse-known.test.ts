/**
 * parseNetwork hands back a network Kring already found valid (an operation's result, its own
 * result) as it is (parse/known.ts): what it says is what reading it again would say.
 */
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { marcoNetwork } from '@kring/fixtures';
import { addPerson, parseNetwork, serializeNetwork, updatePerson, type Network } from '../src';
import { networkArbitrary } from './arbitraries';

const ok = (r: ReturnType<typeof updatePerson>): Network => {
  if (!r.ok) throw new Error(r.errors[0]!.message);
  return r.network;
};
/** Read from its JSON text: nothing known about it. */
const fromText = (n: Network) => parseNetwork(serializeNetwork(n));

describe('a network Kring found valid', () => {
  it('is returned as it is by parseNetwork, with what reading its text gives', () => {
    const edited = ok(updatePerson(marcoNetwork, 'p-rob', { name: 'Rob Bakker sr.' }));
    const read = parseNetwork(edited);
    expect(read).toEqual({ ok: true, network: edited, warnings: [] });
    if (!read.ok) return;
    expect(read.network).toBe(edited);
    expect(fromText(edited)).toEqual(read);
  });

  it('includes parseNetwork’s own results', () => {
    const first = parseNetwork(JSON.parse(serializeNetwork(marcoNetwork)) as unknown);
    if (!first.ok) throw new Error('fixture does not parse');
    const again = parseNetwork(first.network);
    expect(again.ok && again.network).toBe(first.network);
  });

  it('is still held to the size limit of reading (an edit is not, a read is)', () => {
    let n = marcoNetwork;
    for (let i = 0; i < 3; i++) n = ok(addPerson(n, { name: `Extra ${i}`, kind: 'person', sector: 'friends', closeness: 'outer' }));
    const limit = n.people.length - 1;
    const read = parseNetwork(n, { limits: { maxArrayLength: limit } });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.code)).toContain('too-long');
    expect(parseNetwork(n, { limits: { maxArrayLength: limit + 1 } }).ok).toBe(true);
  });

  it('a copy of it that Kring never saw is read in full (a bad field in it is found)', () => {
    const edited = ok(updatePerson(marcoNetwork, 'p-rob', { name: 'Rob' }));
    const copy = { ...edited, people: edited.people.map((p) => (p.id === 'p-rob' ? { ...p, closeness: 'nowhere' } : p)) };
    const read = parseNetwork(copy);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.path).toMatch(/^people\[\d+\]\.closeness$/);
  });

  it('for any network and rename (property): parsing the result says what parsing its text says', () => {
    fc.assert(
      fc.property(networkArbitrary(), fc.string({ minLength: 1, maxLength: 20 }), fc.nat(), (network, name, k) => {
        const person = network.people[k % network.people.length]!;
        const r = updatePerson(network, person.id, { name });
        if (!r.ok) return true;
        const fast = parseNetwork(r.network);
        const slow = fromText(r.network);
        // The same content (the order of an object's keys aside).
        return isDeepStrictEqual(fast, slow);
      }),
      { numRuns: 60 },
    );
  });
});
