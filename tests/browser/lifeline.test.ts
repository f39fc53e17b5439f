/**
 * The Lifeline in real Chromium, over the built Storybook: zoom changes the visible time,
 * the keyboard path moves focus where a user expects it, axe finds nothing, the play
 * functions pass, and screenshots land in artifacts/lifeline-*.png for a human look.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { axe, screenshot, storybookSession } from './harness';

const sb = storybookSession();

/**
 * The story in the file's one preview page (`sb.show`: switched to, not loaded; the page is put
 * back as a new one would be first).
 */
async function show(id: string, width = 1100, height = 800): Promise<Page> {
  return (await sb.show(id, { width, height, waitFor: '[data-part="root"]' })).page;
}

/** The years (and months) written on the axis, in order. */
async function tickLabels(page: Page): Promise<string[]> {
  return page.$$eval('[data-part="tick-label"]', (els) => els.map((e) => e.textContent ?? ''));
}
async function chartLabel(page: Page): Promise<string> {
  return (await page.getAttribute('[data-part="chart"]', 'aria-label')) ?? '';
}
async function activeEventId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
}

describe('Lifeline in Chromium', () => {
  it('zoom buttons change the visible time range; Alles tonen brings it back', async () => {
    const page = await show('lifeline-levenslijn--typical');
    const before = await tickLabels(page);
    expect(before[0]).toBe('2015');
    expect(await chartLabel(page)).toContain('van 2015 tot 2025');
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    const zoomed = await tickLabels(page);
    expect(zoomed).not.toEqual(before);
    // months appear when zoomed in
    expect(zoomed.some((l) => /^(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)$/.test(l))).toBe(true);
    expect(await chartLabel(page)).not.toContain('van 2015 tot 2025');
    await screenshot(page, 'lifeline-zoomed');
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await page.getByRole('button', { name: 'Alles tonen' }).click();
    expect(await tickLabels(page)).toEqual(before);
  });

  it('Ctrl+wheel zooms around the pointer, dragging the background pans, a plain wheel scrolls the page', async () => {
    const page = await show('lifeline-levenslijn--typical');
    const box = await page.locator('[data-part="chart"]').boundingBox();
    if (!box) throw new Error('no chart');
    const before = await chartLabel(page);
    await page.mouse.move(box.x + box.width * 0.6, box.y + 20);
    await page.mouse.wheel(0, 120);
    expect(await chartLabel(page)).toBe(before);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await page.waitForFunction((b) => document.querySelector('[data-part="chart"]')?.getAttribute('aria-label') !== b, before);
    const zoomed = await chartLabel(page);
    expect(zoomed).not.toBe(before);
    // drag on an empty spot of the background (just under the life line) to pan
    const lineY = Number(await page.getAttribute('[data-part="life-line"] line', 'y1'));
    const y = box.y + lineY + 14;
    await page.mouse.move(box.x + box.width * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
    await page.mouse.up();
    expect(await chartLabel(page)).not.toBe(zoomed);
  });

  it('keyboard path: Tab into the events, arrows in time order, Enter edits, Escape returns focus; a focus ring is visible', { timeout: 120_000 }, async () => {
    const page = await show('lifeline-levenslijn--typical');
    await page.focus('[data-part="chart"]');
    await page.keyboard.press('Tab');
    expect(await activeEventId(page)).toBe('e-baan');
    const ring = await page.evaluate(() => {
      const el = document.activeElement?.querySelector('[data-part="focus-ring"]');
      return el ? getComputedStyle(el).opacity : null;
    });
    expect(ring).toBe('1');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'e-scheiding');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'e-lisa');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Gebeurtenis aanpassen' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Kaartje van Lisa');
    await screenshot(page, 'lifeline-editor');
    const violations = await axe(page);
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'e-lisa');
    // + zooms from the keyboard and keeps the focused event in view
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(await chartLabel(page)).not.toContain('van 2015 tot 2025');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'e-baan');
  });

  it('adds with N and removes with Delete, with undo by Ctrl+Z, from the keyboard alone', async () => {
    const page = await show('lifeline-levenslijn--samir');
    await page.focus('[data-part="chart"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'Nieuwe gebeurtenis' });
    await dialog.waitFor();
    await page.keyboard.type('Werk gevonden');
    await dialog.getByLabel('Datum').fill('maart 2024');
    await dialog.getByRole('radio', { name: 'Heel goed' }).check();
    await dialog.getByRole('button', { name: 'Klaar' }).press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Werk gevonden, maart 2024'));
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => !document.querySelector('[aria-label^="Werk gevonden"]'));
    expect(await page.textContent('[data-part="live-region"]')).toContain('Verwijderd: Werk gevonden');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[aria-label^="Werk gevonden"]');
  });

  it('the interaction stories play through (add, edit, delete + undo)', { timeout: 180_000 }, async () => {
    for (const [id, expected] of [
      ['lifeline-interactions--add-event', 'add-event'],
      ['lifeline-interactions--edit-event', 'update-event e-1'],
      ['lifeline-interactions--delete-and-undo', 'undo'],
    ] as const) {
      const page = await show(id);
      const errors: string[] = [];
      const collect = (e: Error) => errors.push(String(e));
      page.on('pageerror', collect);
      await page.waitForFunction((text) => document.querySelector('[data-testid="last-change"]')?.textContent?.startsWith(text), expected, { timeout: 30_000 });
      page.off('pageerror', collect);
      expect(errors).toEqual([]);
    }
  });

  it('exports the drawing as SVG and PNG files (no network, styles inlined)', { timeout: 120_000 }, async () => {
    // (The session's pages accept downloads: Playwright's default.)
    const page = await show('lifeline-levenslijn--typical');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opslaan als SVG' }).click()]);
    // Named by the date only, never by the client (a file name travels further than its contents).
    expect(svgDownload.suggestedFilename()).toMatch(/^levenslijn-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = await readFile((await svgDownload.path()) as string, 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Moeder overleden');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opslaan als PNG' }).click()]);
    const png = await readFile((await pngDownload.path()) as string);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('narrow container: time runs down, and zooming works along it', async () => {
    const page = await show('lifeline-levenslijn--narrow', 420);
    expect(await page.getAttribute('[data-part="root"]', 'data-orientation')).toBe('vertical');
    const before = await tickLabels(page);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    expect(await tickLabels(page)).not.toEqual(before);
  });

  it('prints without the controls', async () => {
    const page = await show('lifeline-levenslijn--typical');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-part="toolbar"]')).toBe(false);
    expect(await page.isVisible('[data-part="chart"]')).toBe(true);
    await screenshot(page, 'lifeline-print');
  });

  it('clicking the axis picks a date for linked views', async () => {
    const page = await show('lifeline-levenslijn--linked');
    const hit = await page.locator('[data-part="axis-hit"]').boundingBox();
    if (!hit) throw new Error('no axis');
    await page.mouse.click(hit.x + hit.width / 2, hit.y + hit.height / 2);
    await page.waitForSelector('[data-part="picked-date"]');
    expect(await page.textContent('#storybook-root')).toMatch(/Gekozen datum: 20\d\d-\d\d-\d\d/);
    // the person chosen outside highlights their events
    expect(await page.$$eval('[data-part="event"][data-highlighted]', (els) => els.length)).toBeGreaterThan(0);
  });

  it('linked with the Ecogram: a person picked on the map highlights their events; a date picked on the ruler moves the map', { timeout: 120_000 }, async () => {
    const page = await show('lifeline-levenslijn--with-ecogram', 1400, 900);
    await page.locator('[data-part="node"][data-id="p-anouk"]').first().click();
    await page.waitForSelector('[data-part="event"][data-highlighted]');
    const highlighted = await page.$$eval('[data-part="event"][data-highlighted]', (els) => els.map((e) => e.getAttribute('data-event-id')).sort());
    expect(highlighted).toEqual(['e-moeder', 'e-uitzetting']);
    const hit = await page.locator('[data-part="axis-hit"]').boundingBox();
    if (!hit) throw new Error('no axis');
    await page.mouse.click(hit.x + hit.width * 0.45, hit.y + 10);
    await page.waitForSelector('[data-part="picked-date"]');
    const picked = (await page.textContent('[data-part="picked-date"] text')) ?? '';
    expect(picked).toMatch(/20\d\d$/);
    // the ecogram now shows the network as it was on that date
    expect(await page.textContent('.kring-ecogram')).toContain(picked);
    await screenshot(page, 'lifeline-with-ecogram');
  });

  it('a zoom button that can do no more hands focus to its partner, never to the page', { timeout: 120_000 }, async () => {
    const page = await show('lifeline-levenslijn--typical');
    // The toolbar's buttons are [data-part="button"]; what each does is its data-action.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? document.activeElement?.tagName ?? null);
    const disabled = (action: string) => page.locator(`[data-action="${action}"]`).isDisabled();
    await page.locator('[data-action="zoom-in"]').focus();
    expect(await focused()).toBe('zoom-in');
    for (let i = 0; i < 30 && !(await disabled('zoom-in')); i++) await page.keyboard.press('Enter');
    expect(await disabled('zoom-in')).toBe(true);
    expect(await focused()).toBe('zoom-out');
    await screenshot(page, 'lifeline-zoom-max-focus');
    for (let i = 0; i < 30 && !(await disabled('zoom-out')); i++) await page.keyboard.press('Enter');
    expect(await disabled('zoom-out')).toBe(true);
    expect(await focused()).toBe('zoom-in');
    await page.keyboard.press('Enter');
    // Tab on from Inzoomen to Alles tonen, which shows all and hands focus back.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('fit');
    await page.keyboard.press('Enter');
    expect(await disabled('fit')).toBe(true);
    expect(await focused()).toBe('zoom-in');
  });

  it('no event label runs past the edge of the chart (1280 and 640 px, Dutch and English)', { timeout: 180_000 }, async () => {
    for (const id of ['lifeline-levenslijn--typical', 'lifeline-levenslijn--english'] as const) {
      for (const width of [1280, 640]) {
        const page = await show(id, width);
        const out = await page.evaluate(() => {
          const chart = document.querySelector('[data-part="chart"]');
          if (!chart) return ['no chart'];
          // What can be seen of the chart: its own box, cut by any ancestor that clips.
          let { left, right } = chart.getBoundingClientRect();
          for (let el = chart.parentElement; el; el = el.parentElement) {
            const o = getComputedStyle(el).overflowX;
            if (o === 'visible') continue;
            const r = el.getBoundingClientRect();
            left = Math.max(left, r.left);
            right = Math.min(right, r.right);
          }
          right = Math.min(right, document.documentElement.clientWidth);
          const bad: string[] = [];
          for (const label of chart.querySelectorAll('[data-part="label"]')) {
            const r = label.getBoundingClientRect();
            if (r.width === 0) continue;
            if (r.left < left - 0.5 || r.right > right + 0.5) bad.push(`${label.textContent} [${Math.round(r.left)}, ${Math.round(r.right)}] outside [${Math.round(left)}, ${Math.round(right)}]`);
          }
          return bad;
        });
        expect({ id, width, out }).toEqual({ id, width, out: [] });
        await screenshot(page, `lifeline-edges-${id.split('--')[1]}-${width}`);
      }
    }
  });

  // One walk for the views: axe at their own width (narrow at 420 px; stories.test checks every
  // story at 1280 too), labels that never overlap, and a screenshot to look at. (Axe and the
  // screenshots were two walks that each loaded the same stories.)
  it('its views (typical, vague dates, open period, narrow, dark, redacted, English, list, read-only, empty): no axe violations, labels never overlap; screenshots', { timeout: 240_000 }, async () => {
    for (const [id, width, name] of [
      ['lifeline-levenslijn--typical', 1100, 'lifeline-typical'],
      ['lifeline-levenslijn--vague-dates', 1100, 'lifeline-vague-dates'],
      ['lifeline-levenslijn--open-ended-period', 1100, 'lifeline-open-ended'],
      ['lifeline-levenslijn--narrow', 420, 'lifeline-narrow'],
      ['lifeline-levenslijn--dark', 1100, 'lifeline-dark'],
      ['lifeline-levenslijn--redacted', 1100, 'lifeline-redacted'],
      ['lifeline-levenslijn--english', 1100, 'lifeline-english'],
      ['lifeline-levenslijn--list-view', 1100, 'lifeline-list'],
      ['lifeline-levenslijn--read-only', 1100, 'lifeline-read-only'],
      ['lifeline-levenslijn--empty', 1100, 'lifeline-empty'],
    ] as const) {
      // The file's one preview page, the stories switched in it as Storybook's UI does (a page
      // load per story took ~3.5 s of the ~35 s this test took).
      const page = await show(id, width);
      expect({ id, violations: await axe(page) }).toEqual({ id, violations: [] });
      // Labels must not overlap each other: compare the boxes Chromium actually drew.
      const overlaps = await page.$$eval('[data-part="label"]', (els) => {
        const boxes = els.map((e) => ({ id: e.getAttribute('data-label-for'), r: e.getBoundingClientRect() }));
        const out: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            const ix = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const iy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (ix > 1 && iy > 1) out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
          }
        }
        return out;
      });
      expect({ id, overlaps }).toEqual({ id, overlaps: [] });
      await screenshot(page, name);
    }
  });
});
