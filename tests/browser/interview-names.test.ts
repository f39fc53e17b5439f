/**
 * The names-first interview in real Chromium (issue 15, point 6), one page load: fifteen names
 * typed with exactly the characters + Enter each (the field keeps focus, nothing else pressed),
 * then each placed with one drag onto the live map or two keys on a focused chip; the host's
 * stored network has every one in the sector and circle chosen. Then axe, no console errors,
 * and at 390 px the map sits below the steps without sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { interviewFifteen } from '@kring/fixtures';
import { axe, screenshot, storybookSession } from './harness';

const session = storybookSession();

type Placed = [string, string | null, string | null][];
const placed = async (page: Page): Promise<Placed> => JSON.parse((await page.getByTestId('placed').textContent()) ?? '[]') as Placed;

/** A screen point in the middle of a sector × circle cell of the live map, read from its SVG. */
async function cellPoint(page: Page, sector: string, closeness: string): Promise<{ x: number; y: number }> {
  return page.evaluate(([s, c]) => {
    const vp = document.querySelector<SVGGraphicsElement>('[data-part="interview-map"] [data-part="viewport"]')!;
    const disc = vp.querySelector('[data-part="client-disc"]')!;
    const cx = Number(disc.getAttribute('cx'));
    const cy = Number(disc.getAttribute('cy'));
    const radii = [Number(disc.getAttribute('r')), ...[...vp.querySelectorAll('[data-part="ring"]')].map((r) => Number(r.getAttribute('r'))).sort((a, b) => a - b)];
    const order = ['inner', 'middle', 'outer'];
    const i = order.indexOf(c);
    const r = (radii[i]! + radii[i + 1]!) / 2;
    const path = vp.querySelector<SVGPathElement>(`[data-part="sector"][data-sector="${s}"]`)!;
    const inside: number[] = [];
    for (let a = 0; a < 360; a += 1) {
      const rad = (a * Math.PI) / 180;
      if (path.isPointInFill(new DOMPoint(cx + r * Math.sin(rad), cy - r * Math.cos(rad)))) inside.push(a);
    }
    // The middle of the run of angles inside the slice (it may wrap past 0°).
    const wraps = inside.includes(0) && inside.includes(359);
    const angles = wraps ? inside.map((a) => (a < 180 ? a + 360 : a)) : inside;
    const mid = ((Math.min(...angles) + Math.max(...angles)) / 2) * (Math.PI / 180);
    const p = new DOMPoint(cx + r * Math.sin(mid), cy - r * Math.cos(mid)).matrixTransform(vp.getScreenCTM()!);
    return { x: p.x, y: p.y };
  }, [sector, closeness] as const);
}

describe('NetworkInterview, names first, in Chromium', () => {
  it('15 names with ≤ length + 1 keys each, each placed with one drag or ≤ 3 keys, stored where chosen', async () => {
    const { page, errors } = await session.open('parts-networkinterview--names-start', { width: 1280, height: 1300, waitFor: '[data-part="network-interview"]' });

    // Step 1: the characters of the name and Enter, nothing else.
    await page.getByRole('textbox', { name: 'Naam', exact: true }).click();
    const keysPerName: number[] = [];
    for (const [i, { name }] of interviewFifteen.entries()) {
      let keys = 0;
      for (const ch of name) {
        await page.keyboard.type(ch);
        keys += 1;
      }
      await page.keyboard.press('Enter');
      keys += 1;
      keysPerName.push(keys);
      await page.waitForFunction((n) => document.querySelector('[data-testid="people"]')?.textContent === String(n), i + 1);
    }
    keysPerName.forEach((k, i) => expect(k, interviewFifteen[i]!.name).toBeLessThanOrEqual(interviewFifteen[i]!.name.length + 1));
    expect((await placed(page)).map(([n]) => n)).toEqual(interviewFifteen.map((x) => x.name));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('');
    await screenshot(page, 'interview-names-entered');

    // Step 2.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { name: 'Waar horen ze op de kaart?' }).waitFor();
    const dragged = interviewFifteen.slice(0, 8);
    const keyed = interviewFifteen.slice(8);

    // The first eight: one drag each (press on the chip, move onto the cell, let go).
    for (const [i, { name, sector, closeness }] of dragged.entries()) {
      const chip = page.locator(`[data-part="place-chip"]`, { hasText: name }).first();
      await chip.scrollIntoViewIfNeeded();
      const box = (await chip.boundingBox())!;
      const to = await cellPoint(page, sector, closeness);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
      await page.waitForFunction(
        ([n, s, c]) => (JSON.parse(document.querySelector('[data-testid="placed"]')?.textContent ?? '[]') as [string, string, string][]).some((p) => p[0] === n && p[1] === s && p[2] === c),
        [name, sector, closeness] as const,
        { timeout: 5000 },
      ).catch(() => undefined);
      expect((await placed(page))[i], `drag ${name}`).toEqual([name, sector, closeness]);
    }

    // The other seven: focus the first one; then per name the sector digit and the circle digit (2 keys),
    // focus moving on to the next name to place by itself.
    const sectors = ['family', 'friends', 'peers', 'community', 'work', 'care', 'other'];
    const circles = ['inner', 'middle', 'outer'];
    await page.locator('[data-part="place-chip"]', { hasText: keyed[0]!.name }).first().focus();
    for (const { name, sector, closeness } of keyed) {
      const focused = await page.evaluate(() => document.activeElement?.querySelector('[data-part="place-chip-name"]')?.textContent);
      expect(focused, 'focus is on the next name to place').toBe(name);
      const keys = [String(sectors.indexOf(sector) + 1), String(circles.indexOf(closeness) + 1)];
      for (const k of keys) await page.keyboard.press(k);
      expect(keys.length).toBeLessThanOrEqual(3);
    }
    const stored = await placed(page);
    expect(stored).toEqual(interviewFifteen.map((x) => [x.name, x.sector, x.closeness]));
    expect(await page.getByText('Iedereen staat op de kaart.').count()).toBe(1);

    // The map draws each one inside the sector and circle chosen (the node's centre, in map units).
    const wrong = await page.evaluate((expected) => {
      const vp = document.querySelector<SVGGraphicsElement>('[data-part="interview-map"] [data-part="viewport"]')!;
      const disc = vp.querySelector('[data-part="client-disc"]')!;
      const cx = Number(disc.getAttribute('cx'));
      const cy = Number(disc.getAttribute('cy'));
      const ring = (c: string) => Number(vp.querySelector(`[data-part="ring"][data-closeness="${c}"]`)!.getAttribute('r'));
      const inner: Record<string, number> = { inner: Number(disc.getAttribute('r')), middle: ring('inner'), outer: ring('middle') };
      const stored = JSON.parse(document.querySelector('[data-testid="placed"]')!.textContent!) as [string][];
      const out: string[] = [];
      expected.forEach(([name, sector, closeness], i) => {
        // People are added in order: the i-th name has the i-th id the host stored.
        const nodes = [...vp.querySelectorAll<SVGGElement>('[data-part="node"]')].filter((n) => n.getAttribute('aria-label')?.startsWith(`${name},`) || n.getAttribute('aria-label') === name);
        const node = nodes[0];
        if (!node || stored[i]?.[0] !== name) return void out.push(`${name}: no node`);
        const m = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '');
        const x = Number(m?.[1]);
        const y = Number(m?.[2]);
        const d = Math.hypot(x - cx, y - cy);
        const inSector = vp.querySelector<SVGPathElement>(`[data-part="sector"][data-sector="${sector}"]`)!.isPointInFill(new DOMPoint(x, y));
        if (!inSector || d < inner[closeness]! || d > ring(closeness)) out.push(`${name}: ${sector}/${closeness}`);
      });
      return out;
    }, interviewFifteen.map((x) => [x.name, x.sector, x.closeness] as const));
    expect(wrong, 'names drawn outside the cell chosen').toEqual([]);
    await screenshot(page, 'interview-names-placed');

    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scroll at 1280').toBeLessThanOrEqual(0);

    // A phone: the map below the steps, no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      below: document.querySelector('[data-part="interview-map"]')!.getBoundingClientRect().top >= document.querySelector('[data-part="interview-flow"]')!.getBoundingClientRect().bottom - 1,
    }));
    expect(layout).toEqual({ overflow: 0, below: true });
    // The first page of a fresh browser asks the static server for /favicon.ico (a 404 that is not the interview's).
    expect(errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
    await page.close();
  });
});
