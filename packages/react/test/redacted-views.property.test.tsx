/**
 * Property (issue 13.1, security review): whatever the network and however the names are
 * written in it, a redacted Ecogram and Lifeline show no name — not in the DOM text, not in
 * any attribute value (`data-id`, `aria-label`, `id`, …), not in the exported SVG. Small
 * random networks (`namedNetwork` from @kring/fixtures: names from a pool with accents,
 * particles, hyphens and names that equal a particle) get mentions of random people in
 * variant spellings (`mentionSpellings`: `nameVariants`, possessive "-s", invisible
 * characters inside a name) in every free-text field; the oracle (`forbiddenWords`, `leak`)
 * is the one of core's redaction property test, less the words that are particles (see the
 * property). Few runs: each renders two views in jsdom.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Network } from '@kring/core';
import { ORACLE_FILLER, ORACLE_GIVEN_NAMES, ORACLE_SURNAMES, forbiddenWords, leak, namedNetwork, networkForbiddenWords, type NamedNetworkCase } from '@kring/fixtures';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { Lifeline, type LifelineHandle } from '../src/lifeline';

const TODAY = '2025-06-01';

/** Every attribute value in the DOM. */
function attributeValues(root: Element): string {
  const values: string[] = [];
  for (const el of root.querySelectorAll('*')) for (const attr of el.attributes) values.push(attr.value);
  return values.join('\n');
}

const caseArbitrary = fc.record({
  size: fc.integer({ min: 2, max: 5 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  names: fc.array(fc.tuple(fc.nat(ORACLE_GIVEN_NAMES.length - 1), fc.nat(ORACLE_SURNAMES.length - 1), fc.boolean()), { minLength: 6, maxLength: 6 }),
  mentions: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(ORACLE_FILLER.length - 1)), { minLength: 1, maxLength: 20 }),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** One mention per text; no extensions (the views show none). */
const build = (c: NamedNetworkCase): Network => namedNetwork(c);

afterEach(cleanup);

describe('redacted views (property): no name in any spelling in the DOM or the SVG', { timeout: 120_000 }, () => {
  it('Ecogram and Lifeline, initials', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const n = build(c);
        // Weaker than core's oracle on one point: words that are particles ("van" of a person
        // named "Van") are not checked, since the views write them in their own labels
        // ("Ecogram van …", "pagina 1 van 1"). The other parts and parts run together are.
        const words = networkForbiddenWords(n, { particles: false });
        const ecogram = createRef<EcogramHandle>();
        const a = render(<Ecogram ref={ecogram} network={n} redacted="initials" readOnly today={TODAY} showLegend />);
        const lifeline = createRef<LifelineHandle>();
        const b = render(<Lifeline ref={lifeline} network={n} redacted="initials" today={TODAY} />);
        try {
          for (const [what, text] of [
            ['Ecogram text', a.container.textContent ?? ''],
            ['Ecogram attributes', attributeValues(a.container)],
            ['Ecogram SVG', (await ecogram.current?.toSVG()) ?? ''],
            ['Lifeline text', b.container.textContent ?? ''],
            ['Lifeline attributes', attributeValues(b.container)],
            ['Lifeline SVG', (await lifeline.current?.toSVG()) ?? ''],
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

  it('the oracle finds the names in the views before redaction (it can fail)', async () => {
    const n = build(fc.sample(caseArbitrary, { numRuns: 1, seed: 3 })[0] as Case);
    const words = networkForbiddenWords(n);
    const ecogram = createRef<EcogramHandle>();
    const { container } = render(<Ecogram ref={ecogram} network={n} readOnly today={TODAY} />);
    expect(leak(container.textContent ?? '', words)).toBeDefined();
    expect(leak((await ecogram.current?.toSVG()) ?? '', words)).toBeDefined();
    expect(leak('Lat\u200Bifas broer', forbiddenWords('Latifa'))).toBe('latifa');
  });
});
