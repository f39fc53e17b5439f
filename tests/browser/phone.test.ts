/**
 * Phone, crowded maps and table mode in a real browser (Debian Chromium over the built
 * Storybook), measured the way a user sees them: the size of every name on screen (font size
 * × the map's scale), the size of every person's touch target, what is in view after a tap.
 * Issue 12 points 6 and 7: at 390 × 844 every name is ≥ 12 px and every target ≥ 24 px.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, showStory, storybookSession } from './harness';

const sb = storybookSession();

/** Touch contexts, each with one preview page for the tests that use it (closed after the file). */
const contexts = new Map<string, BrowserContext>();
afterAll(async () => { for (const context of contexts.values()) await context.close(); });

/** A story in the one page of a touch context ({@link showStory}: opened once, then switched in it). */
async function touchPage(name: string, options: { isMobile: boolean }, id: string, viewport: { width: number; height: number }, waitFor: string): Promise<Page> {
  let context = contexts.get(name);
  if (!context) contexts.set(name, context = await sb.browser.newContext({ hasTouch: true, isMobile: options.isMobile, viewport }));
  const page = context.pages()[0] ?? await context.newPage();
  await showStory(page, sb.base, id, { ...viewport, waitFor });
  return page;
}

const openPhone = (id: string): Promise<Page> => touchPage('phone', { isMobile: true }, id, { width: 390, height: 844 }, '[data-part="body"]');

/** Names and targets of the people whose node is at least partly inside the map's frame. */
async function measure(page: Page): Promise<{ k: number; names: { id: string; px: number }[]; targets: { id: string; px: number }[]; inView: string[] }> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-part="svg"]') as SVGSVGElement;
    const frame = svg.getBoundingClientRect();
    const inside = (r: DOMRect) => r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
    const scale = (el: Element) => {
      const m = (el as SVGGraphicsElement).getScreenCTM();
      return m ? Math.hypot(m.a, m.b) : 0;
    };
    const names = [...svg.querySelectorAll('[data-part="node-label"]')]
      .filter((l) => inside(l.getBoundingClientRect()))
      .map((l) => ({ id: l.getAttribute('data-id') ?? '', px: parseFloat(getComputedStyle(l).fontSize) * scale(l) }));
    const nodes = [...svg.querySelectorAll('[data-part="node"]')].filter((n) => inside(n.querySelector('[data-fill="node"]')!.getBoundingClientRect()));
    const targets = nodes.map((n) => ({ id: n.getAttribute('data-id') ?? '', px: n.querySelector('[data-part="hit-area"]')!.getBoundingClientRect().width }));
    const t = document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? '';
    return { k: Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1), names, targets, inView: nodes.map((n) => n.getAttribute('data-id') ?? '') };
  });
}

describe('the Ecogram on a phone (390 × 844)', () => {
  it('opens zoomed in on the client: every name in view ≥ 12 px, every person a target ≥ 24 px, no sideways scroll', async () => {
    const page = await openPhone('ecogram-screens-and-crowded-maps--phone');
    await page.waitForFunction(() => /scale\((?!1\))/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
    const m = await measure(page);
    expect(m.k).toBeGreaterThan(1.2);
    expect(m.names.length).toBeGreaterThanOrEqual(5);
    expect(m.names.map((n) => n.id)).toContain('p-fatima');
    for (const n of m.names) expect(n.px, n.id).toBeGreaterThanOrEqual(12);
    for (const t of m.targets) expect(t.px, t.id).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The hint says part of the map is off-screen.
    expect(await page.textContent('[data-part="screen-hint"]')).toMatch(/buiten beeld/);
    await screenshot(page, 'ecogram-phone-390');
    console.log(`phone 390: scale ${m.k.toFixed(2)}, smallest name ${Math.min(...m.names.map((n) => n.px)).toFixed(1)} px, smallest target ${Math.min(...m.targets.map((n) => n.px)).toFixed(1)} px, ${m.names.length} names in view`);
  });

  it('"Alles tonen" shows the whole map (names small, said so); "Namen leesbaar" brings readable names back', async () => {
    const page = await openPhone('ecogram-screens-and-crowded-maps--phone');
    await page.click('[data-part="screen-hint"] button');
    await page.waitForFunction(() => /scale\(1\)/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
    const all = await measure(page);
    expect(all.inView.length).toBe(16); // 15 people and the client
    expect(await page.textContent('[data-part="screen-hint"]')).toMatch(/namen zijn klein/);
    await page.click('[data-part="screen-hint"] button');
    await page.waitForFunction(() => /scale\((?!1\))/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
    for (const n of (await measure(page)).names) expect(n.px, n.id).toBeGreaterThanOrEqual(12);
  });

  it('a person reached with the keyboard outside the visible part slides into view', async () => {
    const page = await openPhone('ecogram-screens-and-crowded-maps--phone');
    await page.waitForFunction(() => /scale\((?!1\))/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
    const before = await measure(page);
    const outside = await page.evaluate((seen) => [...document.querySelectorAll('[data-part="node"]')].map((n) => n.getAttribute('data-id') ?? '').find((id) => !seen.includes(id)), before.inView);
    expect(outside).toBeTruthy();
    await page.evaluate((id) => (document.querySelector(`[data-part="node"][data-id="${id}"]`) as SVGElement).focus(), outside!);
    await page.waitForFunction((id) => {
      const svg = document.querySelector('svg[data-part="svg"]')!.getBoundingClientRect();
      const r = document.querySelector(`[data-part="node"][data-id="${id}"] [data-fill="node"]`)!.getBoundingClientRect();
      return r.left >= svg.left && r.right <= svg.right && r.top >= svg.top && r.bottom <= svg.bottom;
    }, outside!);
  });

  it('a crowded map (34 people) is readable at 390 too', async () => {
    const page = await openPhone('ecogram-screens-and-crowded-maps--crowded-with-filter');
    await page.waitForFunction(() => /scale\((?!1\))/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
    const m = await measure(page);
    expect(m.names.length).toBeGreaterThanOrEqual(5);
    for (const n of m.names) expect(n.px, n.id).toBeGreaterThanOrEqual(12);
    for (const t of m.targets) expect(t.px, t.id).toBeGreaterThanOrEqual(24);
  });

  it('with listBelow the host gets the list instead of the map, every name as text', async () => {
    const page = await openPhone('ecogram-screens-and-crowded-maps--phone-list');
    await page.waitForSelector('[data-part="network-list"]');
    expect(await page.locator('svg[data-part="svg"]').count()).toBe(0);
    const text = (await page.textContent('[data-part="network-list"]')) ?? '';
    for (const name of ['Khadija', 'Dagbesteding Het Atelier aan de Amstel', 'Mevrouw Dijkstra']) expect(text).toContain(name);
    // Not asserted here: the list's tables are wider than a phone today (the list's own narrow
    // layout is separate work); that is one reason the zoomed map is the default, not the list.
  });
});

describe('crowded maps: filter and focus (1280 × 800)', () => {
  it('the filter hides a sector, says how many people show, and the map keeps everyone else in place', async () => {
    const { page } = await sb.show('ecogram-screens-and-crowded-maps--crowded-with-filter', { width: 1280, height: 800, waitFor: '[data-part="svg"]' });
    const place = (id: string) => page.getAttribute(`[data-part="node"][data-id="${id}"]`, 'transform');
    const ids = await page.$$eval('[data-part="node"]', (els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    const keep = ids[ids.length - 1]!;
    const before = await place(keep);
    await page.click('[data-action="filter"]');
    await page.locator('[data-part="filter-panel"] label', { hasText: /^Familie/ }).click();
    await page.waitForFunction(() => /van 34 personen zichtbaar/.test(document.querySelector('[data-part="live-region"]')?.textContent ?? ''));
    const said = (await page.textContent('[data-part="live-region"]')) ?? '';
    const shown = Number(/(\d+) van 34/.exec(said)?.[1]);
    expect(shown).toBeLessThan(34);
    expect(await page.locator('[data-part="node"]:not([data-client])').count()).toBe(shown);
    if (await page.locator(`[data-part="node"][data-id="${keep}"]`).count()) expect(await place(keep)).toBe(before);
  });

  it('F on a person: their ties keep their drawing, the others are lighter, thinner and grey (not by colour alone)', async () => {
    const { page } = await sb.show('ecogram-screens-and-crowded-maps--focus-on-one-person', { width: 1280, height: 800, waitFor: '[data-part="svg"]' });
    await page.click('[data-action="spotlight"]');
    await page.waitForSelector('svg[data-spotlight]');
    const look = await page.evaluate(() => {
      const op = (el: Element | null) => (el ? Number(getComputedStyle(el).opacity) : NaN);
      const width = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).strokeWidth) : NaN);
      return {
        litNode: op(document.querySelector('[data-part="node"][data-lit]')),
        dimNode: op(document.querySelector('[data-part="node"]:not([data-lit])')),
        litTie: width(document.querySelector('[data-part="tie"][data-lit] [data-part="tie-path"]')),
        dimTieOpacity: op(document.querySelector('[data-part="tie"]:not([data-lit])')),
        dimTie: width(document.querySelector('[data-part="tie"]:not([data-lit]) [data-part="tie-path"]')),
        pressed: document.querySelector('[data-action="spotlight"]')?.getAttribute('aria-pressed'),
      };
    });
    expect(look.litNode).toBe(1);
    expect(look.dimNode).toBeLessThan(0.5);
    expect(look.dimTieOpacity).toBeLessThan(0.5);
    expect(look.dimTie).toBeLessThanOrEqual(1.5);
    expect(look.pressed).toBe('true');
    expect(await page.textContent('[data-part="live-region"]')).toMatch(/^Focus op .+: \d+ relaties uitgelicht/);
    await screenshot(page, 'ecogram-focus-1280');
    await page.locator('svg[data-part="svg"] [tabindex="0"]').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('svg[data-spotlight]'));
  });
});

describe('table mode', () => {
  for (const [width, height] of [[1024, 768], [1280, 800]] as const) {
    it(`at ${width} × ${height}: the map takes the screen's height, names ≥ 12 px with the whole map in view, buttons ≥ 44 px`, async () => {
      const page = await touchPage('table', { isMobile: false }, 'ecogram-screens-and-crowded-maps--table-mode', { width, height }, '[data-part="svg"]');
      const m = await measure(page);
      expect(m.inView.length).toBe(16); // 15 people and the client
      for (const n of m.names) expect(n.px, n.id).toBeGreaterThanOrEqual(12);
      const map = await page.locator('svg[data-part="svg"]').boundingBox();
      expect(map!.height).toBeGreaterThan(height * 0.85);
      const small = await page.$$eval('[data-part="toolbar"] button', (bs) => bs.filter((b) => { const r = b.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); }).length);
      expect(small).toBe(0);
      await screenshot(page, `ecogram-table-${width}`);
    });
  }
});
