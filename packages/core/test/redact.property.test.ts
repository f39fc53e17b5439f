/**
 * Property (issue 13.1): whatever the network and however the names are written in it, the
 * redacted JSON names no one. Random networks (`namedNetwork` from @kring/fixtures: random
 * size and seed, names from a pool with accents, particles, hyphens and dotless i, and names
 * that equal a particle: "Al", "Lê", "Van", "Đỗ Văn") get mentions of random people in
 * random spellings (`mentionSpellings`: `nameVariants` and the ways of the security review,
 * possessive or plural "-s" with and without apostrophe, invisible characters inside a name)
 * in every free-text field (title, roles, notes, boundary notes, tie and history notes, group
 * names and notes, event titles and notes, the plan's action steps, notes and free-text owners,
 * meeting titles and outcomes) and in the extensions (a vendor's, and unknown
 * fields). The oracle (`forbiddenWords`, `leak`) is shared with the React views' test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORACLE_FILLER, ORACLE_GIVEN_NAMES, ORACLE_SURNAMES, forbiddenWords, leak, namedNetwork, networkForbiddenWords, type NamedNetworkCase } from '@kring/fixtures';
import { validateNetwork, type Network } from '../src';
import { redactNetwork } from '../src/redact';

const caseArbitrary = fc.record({
  size: fc.integer({ min: 1, max: 14 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  names: fc.array(fc.tuple(fc.nat(ORACLE_GIVEN_NAMES.length - 1), fc.nat(ORACLE_SURNAMES.length - 1), fc.boolean()), { minLength: 15, maxLength: 15 }),
  mentions: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(ORACLE_FILLER.length - 1)), { minLength: 1, maxLength: 60 }),
  mode: fc.constantFrom('initials' as const, 'role' as const),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Two mentions per text, and the extensions filled (with a phone number). */
const build = (c: NamedNetworkCase): Network => namedNetwork(c, { mentionsPerText: 2, extensions: true });

describe('redactNetwork (property): no name in any spelling survives', () => {
  it('the redacted JSON contains no part of any name, and stays valid', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const n = build(c);
        expect(validateNetwork({ ...n, extensions: {}, people: n.people.map((p) => ({ ...p, extensions: {} })) })).toEqual([]);
        const r = redactNetwork(n, c.mode);
        const json = JSON.stringify(r);
        const words = networkForbiddenWords(n);
        expect(leak(json, words)).toBeUndefined();
        expect(json).not.toContain('06-12345678');
        expect(validateNetwork(r)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the oracle finds the names in the network before redaction (it can fail)', () => {
    const n = build(fc.sample(caseArbitrary, { numRuns: 1, seed: 7 })[0] as Case);
    const words = networkForbiddenWords(n);
    expect(leak(JSON.stringify(n), words)).toBeDefined();
    expect(leak('Ruzie met familie EL-AMRANI', forbiddenWords('Aïsha El Amrani'))).toBe('amrani');
    expect(leak('koffie met Fatima', forbiddenWords('Fatıma Öztürk'))).toBe('fatima');
    expect(leak('de buren van der Laan', forbiddenWords('Bram van der Berg'))).toBeUndefined();
    expect(leak('Ozlems broer', forbiddenWords('Özlem Demir'))).toBe('ozlem');
    expect(leak('Lati\u00ADfa belde', forbiddenWords('Latifa'))).toBe('latifa');
    expect(leak('Al kwam', forbiddenWords('Al'))).toBe('al');
    expect(leak('Đỗ belde', forbiddenWords('Đỗ Văn'))).toBe('do');
  });
});
