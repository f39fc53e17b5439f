/**
 * NetworkPlan in real Chromium, over the built Storybook, in one page: the keyboard-only path
 * (Tab to "Actie toevoegen", fill in the form, submit, mark the action done), axe on the plan
 * with the form open and after the edits, no sideways scrolling at 390 px, the paper form
 * (title block shown, buttons and filters hidden), and screenshots at 1280 and 390 px in
 * artifacts/network-plan-*.png for a human look.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactsDir, axe, openStory, screenshot, storybookSession, switchStory } from './harness';
import { join } from 'node:path';

const session = storybookSession();

/** What has focus, in words: its label, or its own text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}:${labelled.trim()}`;
  });
}

/** Press Tab until `want` has focus (at most `max` times); the number of presses. */
async function tabTo(page: Page, want: (f: string) => boolean, max = 25): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (want(await focused(page))) return i;
  }
  throw new Error(`not reached in ${max} Tabs; at ${await focused(page)}`);
}

describe('NetworkPlan in Chromium', () => {
  it('keyboard only: add an action and mark it done; axe-clean; fits 390 px; prints with the title block', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const missing: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => { if (r.status() === 404) missing.push(r.url()); });
    // The built Storybook has no favicon.ico; Chromium asks for it on a page that stays open (not the plan's doing).
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
    await openStory(page, session.base, 'parts-networkplan--empty-nl');
    await page.waitForSelector('[data-part="network-plan"]');
    expect(await tabTo(page, (f) => f === 'button:Actie toevoegen')).toBeLessThanOrEqual(3);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('select:Doel');
    // Doel: Samenkomen (type to choose in a closed select).
    await page.keyboard.type('Sa');
    expect(await page.getByRole('combobox', { name: 'Doel' }).inputValue()).toBe('meet');
    await tabTo(page, (f) => f === 'input:Latifa');
    await page.keyboard.press('Space');
    // Youssef refused contact: his box is skipped by Tab (disabled) and says why.
    expect(await page.getByRole('checkbox', { name: 'Youssef', exact: true }).isDisabled()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'network-plan-form-1280');
    await tabTo(page, (f) => f.startsWith('textarea:Stap'));
    await page.keyboard.type('Koffie drinken met Latifa');
    await tabTo(page, (f) => f === 'button:Actie toevoegen');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h4:Koffie drinken met Latifa');
    await page.getByText('Actie toegevoegd: Koffie drinken met Latifa').waitFor({ state: 'attached' });

    await tabTo(page, (f) => f === 'button:Gedaan: Koffie drinken met Latifa');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input:Wanneer gedaan?');
    expect(await page.getByRole('textbox', { name: /^Wanneer gedaan/ }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('h2:Netwerkplan');
    await page.getByText('Actie gedaan: Koffie drinken met Latifa').waitFor({ state: 'attached' });
    expect(await page.getByRole('heading', { name: 'Koffie drinken met Latifa' }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Gedaan en vervallen' }).check();
    await page.getByText(/^Gedaan op /).waitFor();
    expect(await axe(page)).toEqual([]);

    // Samir's plan with overdue steps, at 1280 and at 390 px.
    // Switched to in the same page, as Storybook's UI does (a second page load cost ~3 s).
    expect(await switchStory(page, 'parts-networkplan--overdue-nl')).toBe('rendered');
    await page.waitForSelector('[data-part="plan-row"]');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'network-plan-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'network-plan-390');

    // Paper: the map's title block, no buttons or filters.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const display = (sel: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).display, sel);
    expect(await display('[data-part="network-plan"] [data-part="title-block"]')).toBe('grid');
    expect(await display('[data-part="plan-toolbar"]')).toBe('none');
    expect(await display('[data-part="plan-filters"]')).toBe('none');
    expect(await display('[data-part="plan-row-actions"]')).toBe('none');
    expect(await page.getByText('Netwerkplan van Samir').isVisible()).toBe(true);
    await page.pdf({ path: join(artifactsDir, 'network-plan.pdf'), format: 'A4' });
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
