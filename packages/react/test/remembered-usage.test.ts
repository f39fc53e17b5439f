/**
 * What the map and legend remember between edits (issue 16: a rename at 1,000 people read every
 * tie and badge again): the symbols a network uses and each person's badge kinds are kept per
 * unchanged list or person, and are always what reading the network afresh gives — after a
 * rename, a tie's change, a group's change, a change of client.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { updatePerson, updateTie, type Network } from '@kring/core';
import { generateNetwork } from '@kring/fixtures';
import { legendUsage } from '../src/view/legendUsage';
import { personBadges } from '../src/view/ties/badges';

/** The same network in new objects: nothing remembered applies to it. */
const fresh = (network: Network): Network => structuredClone(network);

function applyEdit(network: Network, edit: number, index: number): Network {
  const person = network.people[index % network.people.length]!;
  const tie = network.ties[index % network.ties.length]!;
  switch (edit) {
    case 0: {
      const r = updatePerson(network, person.id, { name: `${person.name} Jr.` });
      return r.ok ? r.network : network;
    }
    case 1: {
      const r = updatePerson(network, person.id, { consent: person.consent === 'not-allowed' ? 'allowed' : 'not-allowed' });
      return r.ok ? r.network : network;
    }
    case 2: {
      const r = updateTie(network, tie.id, { strength: tie.strength === 'strong' ? 'weak' : 'strong' });
      return r.ok ? r.network : network;
    }
    case 3:
      // a group gains a member (a new groups list, the same people)
      return { ...network, groups: network.groups.map((g, i) => (i === 0 ? { ...g, kind: 'support-group' as const, members: [...g.members, person.id] } : g)) };
    case 4:
      // every group gone (no one's badge says a support group any more)
      return { ...network, groups: [] };
    default: {
      const other = network.people.find((p) => p.id !== network.focus && p.id === person.id) ?? network.people[1]!;
      return { ...network, focus: other.id };
    }
  }
}

describe('remembered between edits', () => {
  it('the legend usage and the badge kinds equal a fresh reading after any edits', () => {
    const base = generateNetwork(40, 3);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat(200)), { minLength: 1, maxLength: 6 }), (edits) => {
        let network = base;
        legendUsage(network);
        for (const [edit, index] of edits) {
          network = applyEdit(network, edit, index);
          const copy = fresh(network);
          expect(legendUsage(network)).toEqual(legendUsage(copy));
          for (let i = 0; i < network.people.length; i++) expect(personBadges(network.people[i]!, network)).toEqual(personBadges(copy.people[i]!, copy));
        }
      }),
      { numRuns: 40 },
    );
  });
});
