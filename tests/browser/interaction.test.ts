/**
 * Issue 12 point 4 in Chromium over the built Storybook: the map and its toolbar fit the first
 * screen at 1280×800 (nothing of the map below the fold), the list view has no sideways scroll
 * at 1280 px (every scroll container: scrollWidth ≤ clientWidth), and screenshots of the
 * "Relatie toevoegen" dialog and the "Sinds wanneer?" question at 1280 and 390 px
 * (artifacts/interaction-*.png). The example app's Netwerk tab is checked in
 * registration-app.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { artifactsDir, axe, storybookSession } from './harness';

const sb = storybookSession();

/** What the user sees (the window, not the whole page) in artifacts/<name>.png. */
async function shot(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

/** Map, toolbar and window edges in CSS px, at the top of the page. */
async function firstScreen(page: Page): Promise<{ mapTop: number; mapBottom: number; toolbarTop: number; windowHeight: number; mapHeight: number }> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const map = document.querySelector('[data-part="svg"]')!.getBoundingClientRect();
    const toolbar = document.querySelector('[data-part="toolbar"]')!.getBoundingClientRect();
    return { mapTop: map.top, mapBottom: map.bottom, toolbarTop: toolbar.top, windowHeight: window.innerHeight, mapHeight: map.height };
  });
}

/** Every element that scrolls sideways (or would, when it clips): "tag[data-part] scrollWidth>clientWidth". */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth}>${doc.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth) {
        out.push(`${el.tagName.toLowerCase()}[${el.getAttribute('data-part') ?? ''}] ${el.scrollWidth}>${el.clientWidth}`);
      }
    }
    return out;
  });
}

describe('first screen at 1280×800', { timeout: 120_000 }, () => {
  for (const id of ['ecogram-ecogram--typical', 'ecogram-ecogram--with-legend', 'ecogram-ecogram--large-network']) {
    it(`${id}: the toolbar and the whole map are above the fold`, async () => {
      const { page } = await sb.show(id, { width: 1280, height: 800, waitFor: '[data-part="svg"]' });
      await page.waitForTimeout(200); // the fit is measured in the next frame
      const s = await firstScreen(page);
      expect(s.toolbarTop).toBeGreaterThanOrEqual(0);
      expect(s.mapBottom).toBeLessThanOrEqual(s.windowHeight);
      // Fitting does not make the map small in a page with little above it.
      expect(s.mapHeight).toBeGreaterThan(0.8 * s.windowHeight - s.mapTop);
    });
  }

  it('a lower window keeps the map above the fold too (1280×700), and a resize refits it', async () => {
    const { page } = await sb.show('ecogram-ecogram--with-legend', { width: 1280, height: 700, waitFor: '[data-part="svg"]' });
    await page.waitForTimeout(200);
    expect((await firstScreen(page)).mapBottom).toBeLessThanOrEqual(700);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    const s = await firstScreen(page);
    expect(s.mapBottom).toBeLessThanOrEqual(900);
    expect(s.mapBottom).toBeGreaterThan(700);
  });
});

describe('list view at 1280 px', { timeout: 120_000 }, () => {
  for (const id of ['ecogram-ecogram--list-view', 'ecogram-ecogram--with-legend', 'ecogram-ecogram--large-network']) {
    it(`${id}: "Lijst" has no sideways scroll`, async () => {
      const { page } = await sb.show(id, { width: 1280, height: 800, waitFor: '[data-part="body"]' });
      if (await page.$('[data-part="view-toggle"] [aria-pressed="false"]:text-is("Lijst")')) {
        await page.click('[data-part="view-toggle"] button:text-is("Lijst")');
      }
      await page.waitForSelector('[data-part="network-list"]');
      expect(await page.$$eval('[data-part="network-list-table"]', (t) => t.length)).toBeGreaterThan(0);
      expect(await sidewaysScrollers(page)).toEqual([]);
    });
  }
});

describe('add-tie dialog and "Sinds wanneer?" (screenshots)', { timeout: 120_000 }, () => {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    it(`at ${width} px: both pickers, then the since-when question, without axe violations`, async () => {
      const { page, errors } = await sb.show('ecogram-ecogram--typical', { width, height, waitFor: '[data-part="svg"]' });
      await page.click('[data-action="add-tie"]');
      await page.waitForSelector('[role="dialog"] select');
      const pickers = await page.$$eval('[role="dialog"] select', (ss) => ss.map((s) => `${(s as HTMLSelectElement).labels?.[0]?.textContent}: ${(s as HTMLSelectElement).selectedOptions[0]?.textContent}`));
      expect(pickers).toEqual(['Persoon 1: Fatima (cliënt)', 'Persoon 2: Kies iemand']);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-part="field"]')?.querySelector('label')?.textContent)).toBe('Persoon 2');
      await page.selectOption('[role="dialog"] select >> nth=1', { label: 'Sanne – heeft al een band' });
      await page.waitForSelector('[role="dialog"] [data-part="field-error"]');
      expect(await page.textContent('[role="dialog"] [data-part="field-error"]')).toBe('Fatima en Sanne hebben al een band. Die kun je op de kaart of in de lijst bewerken.');
      expect(await axe(page)).toEqual([]);
      await shot(page, `interaction-add-tie-${width}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('[role="dialog"]', { state: 'detached' });

      // A tie with the client: choose "Verbroken", the question appears with today (the story's 2025-06-15).
      await page.evaluate(() => (document.querySelector('[data-part="tie"][aria-label^="Band tussen Fatima en Sanne"]') as SVGElement).focus());
      await page.keyboard.press('Enter');
      await page.waitForSelector('[role="dialog"] [data-part="tie-editor"]');
      await page.selectOption('[role="dialog"] [data-part="tie-editor"] select >> nth=0', { label: 'Verbroken' });
      await page.waitForSelector('[data-part="status-since"]');
      expect(await page.inputValue('[data-part="status-since"] input')).toBe('2025-06-15');
      await page.fill('[data-part="status-since"] input', 'mei 2025');
      expect(await page.textContent('[data-part="status-since"]')).toContain('Dat is: mei 2025');
      await page.evaluate(() => document.querySelector('[data-part="status-since"]')?.scrollIntoView({ block: 'center' }));
      expect(await axe(page)).toEqual([]);
      // The question fits the screen: nothing sticks out sideways.
      const box = await page.$eval('[data-part="status-since"]', (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      await shot(page, `interaction-since-when-${width}`);
      await page.click('[data-part="status-since"] button[data-variant="primary"]');
      await page.waitForSelector('[data-part="status-since"]', { state: 'detached' });
      expect(await page.textContent('[role="dialog"] [data-part="tie-editor"] [data-part="form-status"]')).toBe('Verbroken sinds mei 2025: staat in de geschiedenis.');
      expect(errors).toEqual([]);
    });
  }
});
