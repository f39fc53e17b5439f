/**
 * Touch in a real browser (Debian Chromium over the built Storybook), on a phone-sized,
 * touch-enabled page. Playwright's `page.touchscreen` only taps, so fingers are put down,
 * moved and lifted through the Chrome DevTools Protocol (`Input.dispatchTouchEvent`):
 * the browser then fires real touch and pointer events, and applies `touch-action`
 * exactly as it would for a finger (it scrolls or zooms the page where the component
 * lets it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { showStory, storybookSession } from './harness';

const sb = storybookSession();

interface Pt { x: number; y: number }

const phone = { width: 390, height: 844 };
const tablet = { width: 1024, height: 700 };

/**
 * Shows a story on a touch screen with a mobile viewport (where a pinch zooms the page unless
 * `touch-action` says otherwise), in one page per viewport for the file ({@link showStory}: the
 * first opens the preview, later ones switch the story in it). A test that zooms the page itself
 * asks for a page of its own (`own`) and closes it: a page's zoom is not put back by switching.
 * The story is followed by a tall spacer, as in a long host page, so that a finger can scroll
 * the page and a test can see whether it did.
 */
const pages = new Map<string, { page: Page; cdp: CDPSession }>();
afterAll(async () => { for (const { page } of pages.values()) await page.context().close(); });
async function openTouch(id: string, waitFor: string, viewport = phone, { own = false } = {}): Promise<{ page: Page; cdp: CDPSession }> {
  const key = `${viewport.width}x${viewport.height}`;
  let shown = own ? undefined : pages.get(key);
  if (!shown) {
    const context = await sb.browser.newContext({ hasTouch: true, isMobile: true, viewport });
    const page = await context.newPage();
    shown = { page, cdp: await context.newCDPSession(page) };
    if (!own) pages.set(key, shown);
  } else {
    await shown.page.evaluate(() => document.getElementById('touch-test-spacer')?.remove());
  }
  const { page, cdp } = shown;
  await showStory(page, sb.base, id, { ...viewport, waitFor });
  // As a new page: not zoomed, not scrolled.
  await page.waitForFunction(() => (window.visualViewport?.scale ?? 1) === 1 && window.scrollX === 0 && window.scrollY === 0);
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.id = 'touch-test-spacer';
    spacer.style.height = '1500px';
    document.body.append(spacer);
  });
  return { page, cdp };
}

/** Fingers on the screen; `[]` lifts them all. Coordinates are CSS pixels of the viewport. */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', fingers: Pt[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: fingers.map((p, i) => ({ x: p.x, y: p.y, id: i, radiusX: 4, radiusY: 4, force: 1 })),
  });
}

const lerp = (a: Pt, b: Pt, t: number): Pt => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** One finger from `a` to `b` in `steps` moves, then lifted. */
async function swipe(cdp: CDPSession, a: Pt, b: Pt, steps = 12): Promise<void> {
  await touch(cdp, 'touchStart', [a]);
  for (let i = 1; i <= steps; i++) await touch(cdp, 'touchMove', [lerp(a, b, i / steps)]);
  await touch(cdp, 'touchEnd', []);
}

/**
 * Two fingers, put down one after the other (as hands do), each moving in a straight line from
 * its start to its end, then (after `beforeLift`) both lifted.
 */
async function pinch(cdp: CDPSession, from: [Pt, Pt], to: [Pt, Pt], beforeLift?: () => Promise<void>): Promise<void> {
  const steps = 12;
  await touch(cdp, 'touchStart', [from[0]]);
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i++) await touch(cdp, 'touchMove', [lerp(from[0], to[0], i / steps), lerp(from[1], to[1], i / steps)]);
  await beforeLift?.();
  await touch(cdp, 'touchEnd', []);
}

/** Each finger `f` times as far from `c` as it was. */
const spread = (c: Pt, [a, b]: [Pt, Pt], f: number): [Pt, Pt] => [
  { x: c.x + (a.x - c.x) * f, y: c.y + (a.y - c.y) * f },
  { x: c.x + (b.x - c.x) * f, y: c.y + (b.y - c.y) * f },
];

/** Waits until a fling has run out (the page stopped scrolling), then scrolls back to the top. */
async function backToTop(page: Page): Promise<void> {
  let last = -1;
  for (let y = await page.evaluate(() => window.scrollY); y !== last; y = await page.evaluate(() => window.scrollY)) {
    last = y;
    await page.waitForTimeout(250);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.scrollY === 0);
}

/** The page itself: scrolled by, and zoomed to. */
const pageView = (page: Page) =>
  page.evaluate(() => ({ scrollY: window.scrollY, scrollX: window.scrollX, scale: window.visualViewport?.scale ?? 1 }));

// ---- Ecogram helpers ----------------------------------------------------------------------------------

const viewportTransform = async (page: Page): Promise<{ k: number; x: number; y: number }> => {
  const t = (await page.getAttribute('[data-part="viewport"]', 'transform')) ?? '';
  const tr = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(t);
  const sc = /scale\(([-\d.e]+)\)/.exec(t);
  return { k: Number(sc?.[1] ?? 1), x: Number(tr?.[1] ?? 0), y: Number(tr?.[2] ?? 0) };
};

const label = (page: Page, id: string) => page.getAttribute(`[data-part="node"][data-id="${id}"]`, 'aria-label');

/** Screen (client) coordinates of a point in layout units. */
async function toScreen(page: Page, p: Pt): Promise<Pt> {
  return page.evaluate(({ x, y }) => {
    const ctm = document.querySelector<SVGGElement>('[data-part="viewport"]')?.getScreenCTM();
    if (!ctm) throw new Error('no CTM');
    const q = new DOMPoint(x, y).matrixTransform(ctm);
    return { x: q.x, y: q.y };
  }, p);
}

/** Centre of a node in layout units, from its transform. */
async function nodeCentre(page: Page, id: string): Promise<Pt> {
  const t = (await page.getAttribute(`[data-part="node"][data-id="${id}"]`, 'transform')) ?? '';
  const m = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(t);
  return { x: Number(m?.[1]), y: Number(m?.[2]) };
}

/**
 * The nearest point to `near` (client pixels) that is on the map but not on a person, a tie
 * or a control: a finger put down there grabs the background.
 */
async function freeSpot(
  page: Page,
  near: Pt,
  within = '[data-part="svg"]',
  avoid = '[data-drag-id], [data-part="node"], [data-part="tie"], a, button',
): Promise<Pt> {
  return page.evaluate(({ x, y, within, avoid }) => {
    const area = document.querySelector(within);
    const free = (px: number, py: number) => {
      const el = document.elementFromPoint(px, py);
      return Boolean(el && area?.contains(el) && !el.closest(avoid));
    };
    for (let r = 0; r <= 40; r += 2) {
      for (let a = 0; a < 360; a += 15) {
        const px = x + r * Math.cos((a * Math.PI) / 180);
        const py = y + r * Math.sin((a * Math.PI) / 180);
        if (free(px, py)) return { x: px, y: py };
      }
    }
    throw new Error(`no free spot near ${x},${y}`);
  }, { ...near, within, avoid });
}

async function mapBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('[data-part="svg"]').boundingBox();
  if (!box) throw new Error('no map');
  return box;
}

/** A point on an element matching `selector` (the element itself is hit there), inside `box`. */
async function spotOn(page: Page, selector: string, box: { x: number; y: number; width: number; height: number }): Promise<Pt> {
  return page.evaluate(({ selector, box }) => {
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      for (let i = 0; i < 400; i++) {
        const x = r.x + ((i % 20) + 0.5) * (r.width / 20);
        const y = r.y + (Math.floor(i / 20) + 0.5) * (r.height / 20);
        if (x < box.x || x > box.x + box.width || y < box.y || y > box.y + box.height) continue;
        if (document.elementFromPoint(x, y)?.closest(selector) === el) return { x, y };
      }
    }
    throw new Error(`nothing of ${selector} to put a finger on`);
  }, { selector, box });
}

/** Waits until the attribute `name` of `selector` differs from `before`; returns the new value. */
async function changed(page: Page, selector: string, name: string, before: string | null): Promise<string | null> {
  await page.waitForFunction(([sel, n, b]) => document.querySelector(sel)?.getAttribute(n) !== b, [selector, name, before] as const);
  return page.getAttribute(selector, name);
}

const ticks = (page: Page) => page.$$eval('[data-part="tick-label"]', (els) => els.map((e) => e.textContent ?? ''));

describe('touch in Chromium: the Ecogram on a phone (390 × 844)', () => {
  // The whole map fitted (zoomBelow 0): these gestures start from scale 1. The phone default,
  // opening zoomed in on the client, is tested in phone.test.ts.
  const story = 'ecogram-ecogram--typical&args=zoomBelow:0';

  it('pinching outward on the map zooms it in, pinching inward zooms it back out; the page itself neither zooms nor scrolls', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="svg"]');
    const box = await mapBox(page);
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = await pageView(page);
    expect((await viewportTransform(page)).k).toBe(1);

    const out: [Pt, Pt] = [await freeSpot(page, { x: mid.x - 40, y: mid.y - 30 }), await freeSpot(page, { x: mid.x + 40, y: mid.y + 30 })];
    const t0 = await page.getAttribute('[data-part="viewport"]', 'transform');
    await pinch(cdp, out, spread(mid, out, 2.5));
    await changed(page, '[data-part="viewport"]', 'transform', t0);
    const zoomedIn = (await viewportTransform(page)).k;
    expect(zoomedIn).toBeGreaterThan(1.5);
    expect(await pageView(page)).toEqual(before);

    // Fingers well apart on the (now magnified) background, brought together.
    const apart: [Pt, Pt] = [await freeSpot(page, { x: mid.x - 120, y: mid.y - 90 }), await freeSpot(page, { x: mid.x + 120, y: mid.y + 90 })];
    await pinch(cdp, apart, spread(mid, apart, 0.25));
    await page.waitForFunction((k) => {
      const t = document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? '';
      return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 1) < k / 2;
    }, zoomedIn);
    expect(await pageView(page)).toEqual(before);
  });

  for (const order of ['the person first', 'the background first'] as const) {
    it(`a pinch with one finger on a person zooms the map and leaves the person where they were (${order})`, async () => {
      const { page, cdp } = await openTouch(story, '[data-part="svg"]');
      const box = await mapBox(page);
      const lotte = await nodeCentre(page, 'p-lotte');
      const labelBefore = await label(page, 'p-lotte');
      const onPerson = await toScreen(page, lotte);
      const onBackground = await freeSpot(page, { x: onPerson.x - 90, y: onPerson.y + 60 });
      expect(onBackground.x).toBeGreaterThan(box.x);
      const fingers: [Pt, Pt] = order === 'the person first' ? [onPerson, onBackground] : [onBackground, onPerson];
      const mid = lerp(onPerson, onBackground, 0.5);
      let dragging: unknown = 'not looked at';
      await pinch(cdp, fingers, spread(mid, fingers, 2), async () => {
        dragging = await page.evaluate(() => ({
          person: document.querySelector('[data-part="svg"]')?.getAttribute('data-dragging') ?? null,
          dropTargets: document.querySelectorAll('[data-part="drop-target"]').length,
        }));
      });
      // Two fingers are a pinch, not a drag: with both fingers still down no one is being dragged …
      expect(dragging).toEqual({ person: null, dropTargets: 0 });
      await page.waitForFunction(() => /scale\((?!1\))/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
      expect((await viewportTransform(page)).k).toBeGreaterThan(1.5);
      // … and afterwards the person has not moved (nor been announced as moved).
      expect(await nodeCentre(page, 'p-lotte')).toEqual(lotte);
      expect(await label(page, 'p-lotte')).toBe(labelBefore);
      expect(await page.textContent('[data-part="live-region"]')).not.toMatch(/verplaatst/);
      expect(await page.locator('[role="dialog"]').count()).toBe(0);
    });
  }

  it('one finger on the background pans the map, and does not scroll the page', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="svg"]');
    const box = await mapBox(page);
    const before = await pageView(page);
    const t0 = await viewportTransform(page);
    const a = await freeSpot(page, { x: box.x + 30, y: box.y + box.height - 40 });
    await swipe(cdp, a, { x: a.x + 80, y: a.y - 120 });
    const t1 = await viewportTransform(page);
    expect(t1.k).toBe(t0.k);
    expect(t1.x - t0.x).toBeGreaterThan(20);
    expect(t1.y - t0.y).toBeLessThan(-20);
    expect(await pageView(page)).toEqual(before);
  });

  it('one finger drags a person into the inner circle; the page neither scrolls nor zooms, the map does not pan', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="svg"]');
    expect(await label(page, 'p-lotte')).toMatch(/buitenste cirkel/);
    const before = await pageView(page);
    const t0 = await viewportTransform(page);
    const from = await nodeCentre(page, 'p-lotte');
    const centre = { x: 400, y: 400 };
    const dist = Math.hypot(from.x - centre.x, from.y - centre.y);
    const to = { x: centre.x + ((from.x - centre.x) / dist) * 113, y: centre.y + ((from.y - centre.y) / dist) * 113 };
    const a = await toScreen(page, from);
    const b = await toScreen(page, to);
    await touch(cdp, 'touchStart', [a]);
    for (let i = 1; i <= 12; i++) await touch(cdp, 'touchMove', [lerp(a, b, i / 12)]);
    // While the finger is down, the cell under it is highlighted.
    expect(await page.locator('[data-part="drop-target"]').count()).toBe(1);
    await touch(cdp, 'touchEnd', []);
    await page.waitForFunction(() =>
      /binnenste cirkel/.test(document.querySelector('[data-part="node"][data-id="p-lotte"]')?.getAttribute('aria-label') ?? ''),
    );
    expect(await label(page, 'p-lotte')).toMatch(/^Lotte, oud-collega, vrienden, binnenste cirkel/);
    expect(await page.textContent('[data-part="live-region"]')).toMatch(/Lotte verplaatst naar de binnenste cirkel/);
    // A drag is not a tap: no editor.
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await viewportTransform(page)).toEqual(t0);
    expect(await pageView(page)).toEqual(before);
  });

  it('a tap on a person opens the editor and moves no one', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="svg"]');
    const before = await nodeCentre(page, 'p-esra');
    const at = await toScreen(page, before);
    await touch(cdp, 'touchStart', [at]);
    await touch(cdp, 'touchEnd', []);
    await page.waitForSelector('[role="dialog"]');
    expect(await page.textContent('[role="dialog"] h2')).toBe('Esra bewerken');
    expect(await nodeCentre(page, 'p-esra')).toEqual(before);
  });

  it('below the map, the same fingers do scroll and zoom the page (so the checks above would see it)', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="svg"]', phone, { own: true });
    const box = await mapBox(page);
    const below = box.y + box.height;
    expect(phone.height - below).toBeGreaterThan(250);
    const outside = (p: Pt) => page.evaluate(({ x, y }) => !document.elementFromPoint(x, y)?.closest('[data-part="svg"]'), p);
    const start = { x: phone.width / 2, y: phone.height - 40 };
    expect(await outside(start)).toBe(true);
    await swipe(cdp, start, { x: start.x, y: below + 40 });
    await page.waitForFunction(() => window.scrollY > 100);
    await backToTop(page);
    const fingers: [Pt, Pt] = [{ x: start.x - 45, y: below + 150 }, { x: start.x + 45, y: below + 150 }];
    expect(await outside(fingers[0])).toBe(true);
    expect(await outside(fingers[1])).toBe(true);
    await pinch(cdp, fingers, spread({ x: start.x, y: below + 150 }, fingers, 3));
    await page.waitForFunction(() => (window.visualViewport?.scale ?? 1) > 1.5);
    await page.context().close();
  });
});

describe('touch in Chromium: the Lifeline', () => {
  const story = 'lifeline-levenslijn--typical';
  const avoid = '[data-part="event"], [data-part="label"], [data-zoom="ignore"], [data-part="axis-hit"], a, button';

  async function chartBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await page.locator('[data-part="chart"]').boundingBox();
    if (!box) throw new Error('no chart');
    return box;
  }

  it('on a phone (time runs down): pinching along the time axis shows less time, one finger then moves through time; the page stays put', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="chart"]');
    expect(await page.getAttribute('[data-part="root"]', 'data-orientation')).toBe('vertical');
    const box = await chartBox(page);
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = await pageView(page);
    const label0 = await page.getAttribute('[data-part="chart"]', 'aria-label');
    const ticks0 = await ticks(page);
    expect(label0).toMatch(/Tijdlijn van 2015 tot 2025/);

    const fingers: [Pt, Pt] = [
      await freeSpot(page, { x: mid.x, y: mid.y - 40 }, '[data-part="chart"]', avoid),
      await freeSpot(page, { x: mid.x, y: mid.y + 40 }, '[data-part="chart"]', avoid),
    ];
    await pinch(cdp, fingers, spread(mid, fingers, 3.5));
    const label1 = await changed(page, '[data-part="chart"]', 'aria-label', label0);
    expect(label1).not.toMatch(/2015 tot 2025/);
    expect(await ticks(page)).not.toEqual(ticks0);

    // One finger along the time axis pans (the time range moves on).
    const a = await freeSpot(page, { x: mid.x, y: box.y + box.height - 60 }, '[data-part="chart"]', avoid);
    await swipe(cdp, a, { x: a.x, y: a.y - 200 });
    await changed(page, '[data-part="chart"]', 'aria-label', label1);

    // Pinching inward shows the whole time range again.
    const apart: [Pt, Pt] = [
      await freeSpot(page, { x: mid.x, y: mid.y - 200 }, '[data-part="chart"]', avoid),
      await freeSpot(page, { x: mid.x, y: mid.y + 200 }, '[data-part="chart"]', avoid),
    ];
    await pinch(cdp, apart, spread(mid, apart, 0.1));
    await page.waitForFunction(() => /Tijdlijn van 2015 tot 2025/.test(document.querySelector('[data-part="chart"]')?.getAttribute('aria-label') ?? ''));
    expect(await pageView(page)).toEqual(before);
  });

  it('a pinch with one finger on an event still zooms, and opens nothing', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="chart"]');
    const box = await chartBox(page);
    const inner = { x: box.x + 20, y: box.y + 60, width: box.width - 40, height: box.height / 2 - 60 };
    const onEvent = await spotOn(page, '[data-part="event"]', inner);
    const onRow = await freeSpot(page, { x: onEvent.x, y: onEvent.y + 70 }, '[data-part="chart"]', avoid);
    const label0 = await page.getAttribute('[data-part="chart"]', 'aria-label');
    // The background finger first, then the finger on the event.
    const fingers: [Pt, Pt] = [onRow, onEvent];
    await pinch(cdp, fingers, spread(lerp(onRow, onEvent, 0.5), fingers, 3));
    expect(await changed(page, '[data-part="chart"]', 'aria-label', label0)).not.toMatch(/2015 tot 2025/);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('on a tablet (time runs across): pinching across zooms, and a finger moving up the chart scrolls the page', async () => {
    const { page, cdp } = await openTouch(story, '[data-part="chart"]', tablet);
    expect(await page.getAttribute('[data-part="root"]', 'data-orientation')).not.toBe('vertical');
    const box = await chartBox(page);
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const label0 = await page.getAttribute('[data-part="chart"]', 'aria-label');
    // touch-action: pan-y: the page scrolls under a vertical swipe, the time range stays.
    const a = await freeSpot(page, { x: mid.x, y: box.y + box.height - 60 }, '[data-part="chart"]', avoid);
    await swipe(cdp, a, { x: a.x, y: a.y - 250 });
    await page.waitForFunction(() => window.scrollY > 100);
    await backToTop(page);
    expect(await page.getAttribute('[data-part="chart"]', 'aria-label')).toBe(label0);

    const fingers: [Pt, Pt] = [
      await freeSpot(page, { x: mid.x - 60, y: mid.y }, '[data-part="chart"]', avoid),
      await freeSpot(page, { x: mid.x + 60, y: mid.y }, '[data-part="chart"]', avoid),
    ];
    await pinch(cdp, fingers, spread(mid, fingers, 4));
    expect(await changed(page, '[data-part="chart"]', 'aria-label', label0)).not.toMatch(/2015 tot 2025/);
    expect((await pageView(page)).scale).toBe(1);
  });
});
