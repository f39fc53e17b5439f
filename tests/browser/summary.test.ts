/**
 * NetworkSummary in real Chromium, over the built Storybook: bars are drawn in proportion to
 * the numbers written next to them, the date picker works, reflow at 320px, axe finds
 * nothing, and screenshots land in artifacts/summary-*.png for a human look.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, screenshot, storybookSession } from './harness';

const session = storybookSession();

function open(id: string, width = 1200, height = 900): Promise<{ page: Page; errors: string[] }> {
  return session.show(`parts-networksummary--${id}`, { width, height, waitFor: '[data-part="network-summary"]' });
}

describe('NetworkSummary in Chromium', () => {
  it('draws each bar in proportion to its written number (Marco, by circle: 3, 6, 9 of 18)', async () => {
    const { page } = await open('marco-since-intake');
    const rows = await page.$$eval('table:has(caption) tr[data-value]', (trs) =>
      trs
        .filter((tr) => tr.closest('table')?.querySelector('caption')?.textContent === 'Per cirkel')
        .map((tr) => {
          const track = tr.querySelector('[data-part="summary-bar-track"]')!.getBoundingClientRect().width;
          const fill = tr.querySelector('[data-part="summary-bar-fill"]')?.getBoundingClientRect().width ?? 0;
          return { value: Number(tr.getAttribute('data-value')), share: fill / track };
        }),
    );
    expect(rows.map((r) => r.value)).toEqual([3, 6, 9]);
    for (const r of rows) expect(r.share).toBeCloseTo(r.value / 18, 1);
  });

  it('the date picker fills in what changed', async () => {
    const { page, errors } = await open('samir-nl');
    await page.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('2019');
    await page.getByText('Het contact met Latifa is hersteld.').waitFor();
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('on paper, the date picker is left out until a date is chosen; then the date prints as text', async () => {
    const { page } = await open('samir-nl');
    await page.emulateMedia({ media: 'print' });
    const shown = () => page.evaluate(() => getComputedStyle(document.querySelector('[data-part="summary-since"]')!).display);
    expect(await shown()).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('combobox', { name: 'Vergelijk met' }).selectOption('2019');
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).not.toBe('none');
  });

  it('reflows at 320px without sideways scrolling', async () => {
    const { page } = await open('marco-since-intake', 320, 800);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'summary-phone');
  });

  it('screenshots: Marco since intake (light) and dark', async () => {
    const light = await open('marco-since-intake');
    expect(await axe(light.page)).toEqual([]);
    await screenshot(light.page, 'summary-marco');
    const dark = await open('dark');
    expect(await axe(dark.page)).toEqual([]);
    await screenshot(dark.page, 'summary-dark');
  });
});
