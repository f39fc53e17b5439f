/**
 * NetworkInterview in real Chromium, over the built Storybook: targets are big enough for a
 * table-top tablet, the keyboard path works, reflow at 320px, axe finds nothing, and
 * screenshots land in artifacts/interview-*.png for a human look.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, screenshot, storybookSession } from './harness';

const session = storybookSession();

function open(id: string, width = 1100, height = 900): Promise<{ page: Page; errors: string[] }> {
  return session.show(`parts-networkinterview--${id}`, { width, height, waitFor: '[data-part="network-interview"]' });
}

/** Controls in the interview smaller than 44×44 CSS px (radio/checkbox inputs count by their label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.$$eval('[data-part="network-interview"] :is(button, select, input, textarea)', (els) =>
    els.flatMap((el) => {
      const target = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      // Not rendered (e.g. the live map's save buttons, shown only on a wider toolbar): not a target.
      if (r.width === 0 && r.height === 0) return [];
      return r.height < 44 || r.width < 44 ? [`${el.tagName} "${(target.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`] : [];
    }),
  );
}

describe('NetworkInterview in Chromium', () => {
  it('every control is at least 44×44 px, on a laptop and on a phone', async () => {
    for (const width of [1100, 360]) {
      const { page } = await open('lost-touch', width);
      expect(await smallTargets(page), `at ${width}px`).toEqual([]);
    }
  });

  it('works by keyboard only: type a name, Enter adds; skip moves focus to the next question', async () => {
    const { page, errors } = await open('start');
    await page.getByRole('textbox', { name: /^Naam/ }).focus();
    await page.keyboard.type('Oma Fatma');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Genoemd bij deze vraag' }).getByText('Oma Fatma').waitFor();
    expect(await page.getByTestId('people').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Overslaan' }).focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe('Wat ga je dit weekend doen? En met wie?');
    expect(await page.getByTestId('step').textContent()).toBe('1');
    expect(errors).toEqual([]);
  });

  it('reflows at 320px without sideways scrolling', async () => {
    const { page } = await open('resumed', 320, 700);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'interview-phone');
  });

  it('the play stories pass and leave no axe violations', async () => {
    for (const id of ['add-and-undo', 'skip-and-back', 'same-person']) {
      const { page, errors } = await open(id);
      await page.waitForFunction(() => {
        const s = document.querySelector('#storybook-root [data-testid="last-change"]')?.textContent ?? '';
        const step = document.querySelector('#storybook-root [data-testid="step"]')?.textContent ?? '';
        return s !== '—' || step === '0' && document.querySelector('[data-part="interview-step-count"]') !== null;
      }, undefined, { timeout: 20_000 });
      expect(await axe(page), id).toEqual([]);
      expect(errors, id).toEqual([]);
    }
  });

  it('screenshots: first question (light) and resumed (dark)', async () => {
    const light = await open('start', 1100, 900);
    expect(await axe(light.page)).toEqual([]);
    await screenshot(light.page, 'interview-start');
    const dark = await open('dark', 1100, 900);
    expect(await axe(dark.page)).toEqual([]);
    await screenshot(dark.page, 'interview-dark');
  });
});
