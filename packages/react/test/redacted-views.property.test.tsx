/**
 * Property (issue 13.1, security review): whatever the network and however the names are
 * written in it, a redacted Ecogram and Lifeline show no name — not in the DOM text, not in
 * any attribute value (`data-id`, `aria-label`, `id`, …), not in the exported SVG. Small
 * random networks (`generateNetwork`) get names from a pool with accents, particles and
 * hyphens, and every free-text field gets mentions of random people in variant spellings
 * (`nameVariants`, plus possessive "-s" and invisible characters inside a name). Few runs:
 * each renders two views in jsdom.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Network } from '@kring/core';
import { generateNetwork, nameVariants } from '@kring/fixtures';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { Lifeline, type LifelineHandle } from '../src/lifeline';

const TODAY = '2025-06-01';
const GIVEN = ['Aïsha', 'Özlem', 'Marie-Claire', 'Latifa', 'Youssef', 'Søren', 'Zoë', 'İlker', 'Noël', 'Fatıma'];
const SURNAMES = ['El Amrani', 'de Vries', 'Bakker-Nowak', 'Yılmaz', 'Çelik', 'Öztürk', 'Nguyễn', 'Benali'];
const PARTICLES = new Set(['el', 'de', 'van', 'der']);
const FILLER = ['belde op dinsdag', 'ruzie over geld', 'kwam langs'];
const INVISIBLE = ['\u00AD', '\u200B', '\u2060', '\uFEFF', '\u200E'];

/** Folded for comparing: NFD, marks and invisible format characters removed, the few letters NFD keeps, lower case. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\p{M}\p{Cf}]/gu, '').replace(/ı/g, 'i').replace(/[øØ]/g, 'o').toLowerCase();
}

/** Every word a name may be found by: its strong parts and its parts run together. */
function forbiddenWords(name: string): string[] {
  const parts = fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = parts.filter((p) => p.length >= 2 && !PARTICLES.has(p));
  for (let i = 0; i < parts.length; i++) for (let j = i + 2; j <= parts.length; j++) words.push(parts.slice(i, j).join(''));
  return words;
}

/** The forbidden word `text` holds as a whole word (or with a possessive "-s"), if any. */
function leak(text: string, words: readonly string[]): string | undefined {
  const folded = fold(text);
  return words.find((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}s?(?![\\p{L}\\p{N}])`, 'u').test(folded));
}

/** Every attribute value in the DOM. */
function attributeValues(root: Element): string {
  const values: string[] = [];
  for (const el of root.querySelectorAll('*')) for (const attr of el.attributes) values.push(attr.value);
  return values.join('\n');
}

/** The spellings of a name: `nameVariants`, a possessive "-s", an invisible character inside the given name. */
function variants(name: string, k: number): string[] {
  const given = name.split(' ')[0] as string;
  const chars = Array.from(given);
  const invisible = [...chars.slice(0, 2), INVISIBLE[k % INVISIBLE.length], ...chars.slice(2)].join('');
  return [...nameVariants(name), `${given}s`, `${name}s`, invisible];
}

const caseArbitrary = fc.record({
  size: fc.integer({ min: 2, max: 5 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  names: fc.array(fc.tuple(fc.nat(GIVEN.length - 1), fc.nat(SURNAMES.length - 1), fc.boolean()), { minLength: 6, maxLength: 6 }),
  mentions: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(FILLER.length - 1)), { minLength: 1, maxLength: 20 }),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): Network {
  const base = generateNetwork(c.size, c.seed);
  const names = base.people.map((_, i) => {
    const [g, s, withSurname] = c.names[i % c.names.length] as [number, number, boolean];
    return withSurname || i === 0 ? `${GIVEN[g]} ${SURNAMES[s]}` : (GIVEN[g] as string);
  });
  let k = 0;
  const text = (): string => {
    const [who, how, what] = c.mentions[k++ % c.mentions.length] as [number, number, number];
    const spellings = variants(names[who % names.length] as string, k);
    return `${spellings[how % spellings.length]} ${FILLER[what]}`;
  };
  const n: Network = structuredClone(base);
  n.title = `Netwerk ${text()}`;
  n.people.forEach((p, i) => {
    p.name = names[i] as string;
    p.role = `${p.role ?? 'kennis'} ${text()}`;
    p.note = text();
  });
  for (const t of n.ties) t.note = text();
  for (const g of n.groups) g.name = `${g.name} ${text()}`;
  n.events.push({ id: 'e-extra', title: text(), date: '2020', category: 'family', valence: 0, people: [n.people[0]?.id ?? ''] });
  for (const e of n.events) e.title = `${e.title} ${text()}`;
  return n;
}

afterEach(cleanup);

describe('redacted views (property): no name in any spelling in the DOM or the SVG', { timeout: 120_000 }, () => {
  it('Ecogram and Lifeline, initials', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const n = build(c);
        const words = [...new Set(n.people.flatMap((p) => forbiddenWords(p.name)))];
        const ecogram = createRef<EcogramHandle>();
        const a = render(<Ecogram ref={ecogram} network={n} redacted="initials" readOnly today={TODAY} showLegend />);
        const lifeline = createRef<LifelineHandle>();
        const b = render(<Lifeline ref={lifeline} network={n} redacted="initials" today={TODAY} />);
        try {
          for (const [what, text] of [
            ['Ecogram text', a.container.textContent ?? ''],
            ['Ecogram attributes', attributeValues(a.container)],
            ['Ecogram SVG', ecogram.current?.toSVG() ?? ''],
            ['Lifeline text', b.container.textContent ?? ''],
            ['Lifeline attributes', attributeValues(b.container)],
            ['Lifeline SVG', lifeline.current?.toSVG() ?? ''],
          ] as const) {
            expect(text.length, what).toBeGreaterThan(0);
            expect(leak(text, words), what).toBeUndefined();
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 5 },
    );
  });

  it('the oracle finds the names in the views before redaction (it can fail)', () => {
    const n = build(fc.sample(caseArbitrary, { numRuns: 1, seed: 3 })[0] as Case);
    const words = [...new Set(n.people.flatMap((p) => forbiddenWords(p.name)))];
    const ecogram = createRef<EcogramHandle>();
    const { container } = render(<Ecogram ref={ecogram} network={n} readOnly today={TODAY} />);
    expect(leak(container.textContent ?? '', words)).toBeDefined();
    expect(leak(ecogram.current?.toSVG() ?? '', words)).toBeDefined();
    expect(leak('Lat\u200Bifas broer', forbiddenWords('Latifa'))).toBe('latifa');
  });
});
