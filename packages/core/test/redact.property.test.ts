/**
 * Property (issue 13.1): whatever the network and however the names are written in it, the
 * redacted JSON names no one. Random networks (`generateNetwork`, random size and seed) get
 * names from a pool with accents, particles, hyphens and dotless i; every free-text field
 * (title, roles, notes, boundary notes, tie and history notes, group names and notes, event
 * titles and notes) and the extensions (a vendor's, and unknown fields) get mentions of
 * random people in random spellings (`nameVariants`: accents left out, case changed, hyphen
 * and space swapped, surname alone, initial with a dot, run together) and the ways of the
 * security review (`reviewVariants`: possessive or plural "-s" with and without apostrophe,
 * invisible characters inside a name); the pool holds names that equal a particle ("Al",
 * "Lê", "Van", "Đỗ Văn").
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateNetwork, nameVariants, withoutDiacritics } from '@kring/fixtures';
import { validateNetwork, type Network } from '../src';
import { redactNetwork } from '../src/redact';

const GIVEN = ['Aïsha', 'Özlem', 'Marie-Claire', 'Latifa', 'Youssef', 'Søren', 'Zoë', 'İlker', 'Noël', 'Chloé', 'Fatıma', 'Jean-Luc', 'Al', 'Lê', 'Van', 'Đỗ Văn'];
const SURNAMES = ['El Amrani', 'de Vries', 'Bakker-Nowak', 'Yılmaz', 'Çelik', 'van der Berg', 'Öztürk', 'Nguyễn', 'Janssen', 'Ter Horst', 'Benali'];
/** Words that are part of a surname but no name on their own (see README: particles are matched alone only in the cases below). */
const PARTICLES = new Set(['el', 'de', 'van', 'der', 'ter', 'al', 'le', 'do']);
/** Particles that are also given names: a name's first part among them is a key (README). */
const GIVEN_PARTICLES = new Set(['al', 'le', 'do']);
const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u2066'];

/** The security review's spellings: "Ozlems", "Yilmaz' huis", "Benali’s", "Lati\u00ADfa", "El \u200BAmrani". */
function reviewVariants(name: string): string[] {
  const words = name.split(' ');
  const last = words[words.length - 1] as string;
  const given = words[0] as string;
  const invisible = (w: string, k: number): string => {
    const chars = Array.from(w);
    const at = 1 + (k % Math.max(1, chars.length - 1));
    return [...chars.slice(0, at), INVISIBLE[k % INVISIBLE.length], ...chars.slice(at)].join('');
  };
  return [
    `${given}s`, `${withoutDiacritics(last)}s`, `${last}'s`, `${last}’s`, `${last}'`, `de ${last}s`,
    ...INVISIBLE.map((_, k) => invisible(k % 2 === 0 ? given : name, k)),
  ];
}

const variantsOf = (name: string): string[] => [...nameVariants(name), ...reviewVariants(name)];
const FILLER = ['belde op dinsdag', 'ruzie over geld', 'hielp met verhuizen', 'wil weer contact', 'kwam langs'];

/** An independent folding for the oracle: NFD without marks, the few letters NFD keeps, lower case. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\p{M}\p{Cf}]/gu, '').replace(/ı/g, 'i').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Every word a name may be found by: its parts (not particles, two letters or more) and parts
 * run together; every part of a name without such a part ("Al", "Đỗ Văn"); a first part that
 * is a particle and a given name ("Al Amrani").
 */
function forbiddenWords(name: string): string[] {
  const parts = fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = parts.filter((p) => p.length >= 2 && !PARTICLES.has(p));
  if (words.length === 0) words.push(...parts);
  else if (parts.length > 1 && GIVEN_PARTICLES.has(parts[0] as string)) words.push(parts[0] as string);
  for (let i = 0; i < parts.length; i++) for (let j = i + 2; j <= parts.length; j++) words.push(parts.slice(i, j).join(''));
  return words;
}

/**
 * The forbidden word `json` contains as a whole word, if any — or with a possessive "-s"
 * ("ozlems"), for a word that is no particle ("als" is a word, not "Al's").
 */
function leak(json: string, words: string[]): string | undefined {
  const folded = fold(json);
  const s = (w: string): string => (PARTICLES.has(w) ? '' : 's?');
  return words.find((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}${s(w)}(?![\\p{L}\\p{N}])`, 'u').test(folded));
}

const caseArbitrary = fc.record({
  size: fc.integer({ min: 1, max: 14 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  names: fc.array(fc.tuple(fc.nat(GIVEN.length - 1), fc.nat(SURNAMES.length - 1), fc.boolean()), { minLength: 15, maxLength: 15 }),
  mentions: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(FILLER.length - 1)), { minLength: 1, maxLength: 60 }),
  mode: fc.constantFrom('initials' as const, 'role' as const),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A generated network with pool names and mentions in variant spellings in every free-text field. */
function build(c: Case): Network {
  const base = generateNetwork(c.size, c.seed);
  const names = base.people.map((_, i) => {
    const [g, s, withSurname] = c.names[i % c.names.length] as [number, number, boolean];
    return withSurname || i === 0 ? `${GIVEN[g]} ${SURNAMES[s]}` : (GIVEN[g] as string);
  });
  let k = 0;
  const text = (): string => {
    const parts: string[] = [];
    for (let n = 0; n < 2; n++) {
      const [who, how, what] = c.mentions[k++ % c.mentions.length] as [number, number, number];
      const variants = variantsOf(names[who % names.length] as string);
      parts.push(`${variants[how % variants.length]} ${FILLER[what]}`);
    }
    return parts.join(', ');
  };
  const n: Network = structuredClone(base);
  n.title = `Netwerk van ${text()}`;
  n.extensions = { 'org.example.crm': { dossier: text() }, 'kring.unknown': { nickname: text(), phone: '06-12345678' } };
  n.people.forEach((p, i) => {
    p.name = names[i] as string;
    p.role = `${p.role ?? 'kennis'} van ${text()}`;
    p.note = text();
    p.boundary = { note: text() };
    p.extensions = { 'kring.unknown': { address: text() } };
  });
  for (const t of n.ties) {
    t.note = text();
    for (const h of t.history ?? []) h.note = text();
    t.extensions = { 'org.example.crm': { note: text() } };
  }
  for (const g of n.groups) {
    g.name = `${g.name} ${text()}`;
    g.note = text();
  }
  n.events.push({ id: 'e-extra', title: text(), date: '2020', category: 'family', valence: 0, note: text() });
  for (const e of n.events) {
    e.title = `${e.title} ${text()}`;
    e.note = text();
  }
  return n;
}

describe('redactNetwork (property): no name in any spelling survives', () => {
  it('the redacted JSON contains no part of any name, and stays valid', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const n = build(c);
        expect(validateNetwork({ ...n, extensions: {}, people: n.people.map((p) => ({ ...p, extensions: {} })) })).toEqual([]);
        const r = redactNetwork(n, c.mode);
        const json = JSON.stringify(r);
        const words = [...new Set(n.people.flatMap((p) => forbiddenWords(p.name)))];
        expect(leak(json, words)).toBeUndefined();
        expect(json).not.toContain('06-12345678');
        expect(validateNetwork(r)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the oracle finds the names in the network before redaction (it can fail)', () => {
    const n = build(fc.sample(caseArbitrary, { numRuns: 1, seed: 7 })[0] as Case);
    const words = [...new Set(n.people.flatMap((p) => forbiddenWords(p.name)))];
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
