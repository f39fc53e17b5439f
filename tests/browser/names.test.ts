/**
 * Names on the ecogram as a user sees them (issue 12 point 2), counted from the rendered SVG
 * at 1280 px: no name box overlaps another or another person's node, no name is cut with "…"
 * (up to 40 people), every person has a name or a number, names are ≥ 12 px, and the key of
 * numbers sits beside the map without covering it. Also the hard names: 200 characters,
 * emoji, Arabic and Hebrew (drawn right to left).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, storybookSession } from './harness';

const session = storybookSession();

interface Seen {
  people: number;
  unnamed: string[];
  cut: string[];
  overlaps: string[];
  overNodes: string[];
  smallestPx: number;
  keyItems: number;
  keyCoversMap: boolean;
  rtlWrong: string[];
}

/** Everything the test asserts, read from the page in one go. */
function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('[data-part="svg"]')!;
    const drawn = [...svg.querySelectorAll<SVGTextElement>('[data-part="node-label"]:not([data-revealed]), [data-part="node-number"]')];
    const boxes = drawn.map((el) => ({ id: el.getAttribute('data-id') ?? '', text: el.textContent ?? '', r: el.getBoundingClientRect(), px: parseFloat(getComputedStyle(el).fontSize) * (svg.querySelector<SVGGElement>('[data-part="viewport"]')!.getScreenCTM()?.a ?? 1) }));
    const hit = (a: DOMRect, b: DOMRect, slack: number) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (hit(boxes[i]!.r, boxes[j]!.r, 1)) overlaps.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
    const nodes = [...svg.querySelectorAll<SVGGElement>('[data-part="node"]')].map((n) => ({ id: n.getAttribute('data-id') ?? '', r: n.querySelector('[data-fill="node"]')!.getBoundingClientRect() }));
    const overNodes: string[] = [];
    // Text boxes include the line's full ascent and descent: 2 px of slack for the glyphs' air.
    for (const b of boxes) for (const n of nodes) if (n.id !== b.id && hit(b.r, n.r, 2)) overNodes.push(`${b.text} over ${n.id}`);
    const named = new Set(boxes.map((b) => b.id));
    const key = document.querySelector('[data-part="print-key"]');
    const keyRect = key?.getBoundingClientRect();
    const map = svg.getBoundingClientRect();
    // The text without the isolate marks (U+2066–9) and direction marks around user text
    // (issue 13): what matters is the name's first letter.
    const bare = (el: Element) => (el.textContent ?? '').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    const rtlWrong = [...svg.querySelectorAll<SVGTextElement>('[data-part="node-label"]')]
      .filter((el) => /[\u0590-\u08ff]/.test(bare(el)) && !/^[A-Za-z]/.test(bare(el)) && getComputedStyle(el).direction !== 'rtl')
      .map((el) => el.textContent ?? '');
    return {
      people: nodes.length,
      unnamed: nodes.filter((n) => !named.has(n.id)).map((n) => n.id),
      cut: boxes.filter((b) => b.text.includes('…')).map((b) => b.text),
      overlaps,
      overNodes,
      smallestPx: Math.min(...boxes.map((b) => b.px)),
      keyItems: key ? key.querySelectorAll('li').length : 0,
      keyCoversMap: !!keyRect && keyRect.width > 0 && hit(keyRect, map, 0),
      rtlWrong,
    };
  });
}

describe('names on the ecogram at 1280 px', () => {
  it.each([
    ['ecogram-names--broad-family', 'broad family (32 people)'],
    ['ecogram-names--forty', '40 people'],
    ['ecogram-ecogram--typical', 'Fatima'],
    ['ecogram-ecogram--english', 'Samir'],
  ])('%s (%s): no overlap, no "…", a name or number for everyone, ≥ 12 px, the key beside the map', async (id, label) => {
    const { page, errors } = await session.show(id, { width: 1280, height: 800, waitFor: '[data-part="node-label"]' });
    const seen = await look(page);
    await screenshot(page, `names-${label.replace(/\W+/g, '-')}-1280`);
    expect(seen.overlaps).toEqual([]);
    expect(seen.overNodes).toEqual([]);
    expect(seen.cut).toEqual([]);
    expect(seen.unnamed).toEqual([]);
    expect(seen.smallestPx).toBeGreaterThanOrEqual(12);
    expect(seen.keyCoversMap).toBe(false);
    // everyone with a number is in the key
    expect(seen.keyItems).toBe(await page.locator('[data-part="node-number"]').count());
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('200-character, emoji and right-to-left names: no overlap, right to left where they should be, the long one in the key', async () => {
    const { page } = await session.show('ecogram-names--hard-names', { width: 1280, height: 800, waitFor: '[data-part="node-label"]' });
    const seen = await look(page);
    await screenshot(page, 'names-hard-1280');
    expect(seen.overlaps).toEqual([]);
    expect(seen.overNodes).toEqual([]);
    expect(seen.unnamed).toEqual([]);
    expect(seen.rtlWrong).toEqual([]);
    // the 200-character name: shortened on the map, its number in front, in full in the key
    const key = await page.locator('[data-part="print-key"] li').allTextContents();
    expect(key.some((line) => line.length > 200)).toBe(true);
  });
});
