/**
 * Issue 13: every valid network exports as well-formed XML and can be turned into a PNG
 * (point 2), and a time-travel date that cannot be read says so instead of showing "now"
 * without a word (point 4).
 */
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseNetwork } from '@kring/core';
import { samirNetwork, marcoNetwork } from '@kring/fixtures';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { Lifeline } from '../src/lifeline';
import { svgDataUrl, svgStringToPNG } from '../src/export';
import { legacyColor } from '../src/export/inline';

const TODAY = '2025-06-01';

afterEach(cleanup);

/** A parsed SVG document, checked to be well-formed XML (jsdom's XML parser is strict). */
function wellFormed(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

/** User text of every kind: raw UTF-16 (control characters, lone surrogates), graphemes, RTL, combining marks. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('👩‍👧‍👦 Familie', 'لطيفة بنت محمد', 'e\u0301e\u0308\u0327', '\u202Eevil\u202C', '<b>&amp;]]></b>', '\uD83D', 'a\u0000b\uFFFE', ' '),
);

describe('export: any valid network is well-formed XML and can become a PNG', { timeout: 120_000 }, () => {
  it('after a lenient read, names, roles and notes of any text give a well-formed SVG and a data URL', async () => {
    const texts = fc.record({ people: fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 4 }), group: anyText, title: anyText });
    await fc.assert(
      fc.asyncProperty(texts, async ({ people, group, title }) => {
        const doc = {
          format: 'kring.network', version: 1, focus: 'p-0', title,
          people: [{ id: 'p-0', name: 'Samir', kind: 'person' }, ...people.map(([name, role], i) => ({
            id: `p-${i + 1}`, name, role, note: role, kind: 'person', sector: 'family', closeness: 'inner',
          }))],
          ties: people.map((_, i) => ({ id: `t-${i + 1}`, between: ['p-0', `p-${i + 1}`], note: group })),
          groups: [{ id: 'g-1', name: group, kind: 'support-group', members: ['p-1'] }],
        };
        const read = parseNetwork(doc, { mode: 'lenient' });
        if (!read.ok) throw new Error(JSON.stringify(read.errors));
        const ref = createRef<EcogramHandle>();
        render(<Ecogram ref={ref} network={read.network} today={TODAY} showLegend />);
        const svg = (await ref.current?.toSVG()) ?? '';
        const parsed = wellFormed(svg);
        // Every person is drawn with a label (a blank name became "Naamloos").
        expect(parsed.querySelectorAll('text').length).toBeGreaterThan(people.length);
        const url = svgDataUrl(svg);
        expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
        cleanup();
      }),
      { numRuns: 10 },
    );
  });

  it('svgStringToPNG gets as far as loading the image for any string, also with a lone surrogate (was a URIError)', async () => {
    let src = '';
    class FakeImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      decoding = '';
      set src(value: string) {
        src = value;
        this.onerror?.();
      }
    }
    // jsdom has no canvas and loads no images: a stand-in image records the URL it is given.
    const doc = { defaultView: { Image: FakeImage } } as unknown as Document;
    const source = '<svg xmlns="http://www.w3.org/2000/svg"><text>La\uD83Dtifa\u0000 😀</text></svg>';
    await expect(svgStringToPNG(source, doc)).rejects.toThrow('The SVG could not be rendered as an image');
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text>Latifa 😀</text></svg>');
    wellFormed(svg);
  });
});

describe('an `at` date that cannot be read', () => {
  it('the Ecogram says so (nl), shows now, read-only', () => {
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} at="gisteren" today={TODAY} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('"gisteren" is geen datum die Kring kan lezen');
    expect(alert).toHaveTextContent('zoals het nu is. Alleen bekijken.');
    expect(container.querySelector('[data-action="add-person"]')).toBeNull();
  });

  it('the Ecogram says so in English, and a 2019-13 too', () => {
    render(<Ecogram defaultNetwork={samirNetwork} at="2019-13" locale="en" today={TODAY} />);
    expect(screen.getByRole('alert')).toHaveTextContent('"2019-13" is not a date Kring can read');
  });

  it('a valid date shows no such message', () => {
    render(<Ecogram defaultNetwork={samirNetwork} at="2019" today={TODAY} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the Lifeline says so for its marked date (the `at` of <kring-lifeline>)', () => {
    render(<Lifeline defaultNetwork={marcoNetwork} at="volgende week" today={TODAY} />);
    expect(screen.getByRole('alert')).toHaveTextContent('"volgende week" is geen datum die Kring kan lezen');
    cleanup();
    render(<Lifeline defaultNetwork={marcoNetwork} at="2020-05" today={TODAY} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('export: colours as SVG programs read them', () => {
  it('a color-mix() result (color(srgb …), a faint tie) is written as rgb(); other paints are left alone', () => {
    expect(legacyColor('color(srgb 0.5 0.25 1)')).toBe('rgb(128, 64, 255)');
    expect(legacyColor('color(srgb 0.1 0.2 0.3 / 0.5)')).toBe('rgba(26, 51, 77, 0.5)');
    expect(legacyColor('color(srgb 1.2 -0.1 0 / 1)')).toBe('rgb(255, 0, 0)');
    expect(legacyColor('rgb(47, 53, 59)')).toBe('rgb(47, 53, 59)');
    expect(legacyColor('none')).toBe('none');
    expect(legacyColor('url("#p") color(srgb 0 0 0)')).toBe('url("#p") rgb(0, 0, 0)');
  });
});
