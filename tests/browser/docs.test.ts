/**
 * The docs pages (hand-written pages under "Docs" and the component pages with their props
 * tables) pass the same checks as the stories: no console errors, no request off the Storybook
 * host, no axe violations (WCAG 2.2 A/AA). The stories a component page shows inline are the
 * stories that tests/browser/stories.test.ts checks one by one (axe on all of them together took
 * 10–23 s a page), so axe here checks the page around them: headings, text, props tables, code.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axe, storybookDir, storybookSession } from './harness';

const sb = storybookSession();

interface Entry { id: string; title: string; type: string }
const docs = async (): Promise<Entry[]> => {
  const index = JSON.parse(await readFile(join(storybookDir, 'index.json'), 'utf8')) as { entries: Record<string, Entry> };
  return Object.values(index.entries).filter((e) => e.type === 'docs');
};

describe('every docs page', async () => {
  const pages = await docs();

  it('has the hand-written guides and a page per documented component', () => {
    const titles = pages.map((p) => p.title);
    for (const guide of ['Introduction', 'Embedding in a registration system', 'Custom elements', 'Theming', 'Texts and languages', 'Keyboard and accessibility', 'Data and privacy', 'Parts for your own screens']) {
      expect(titles).toContain(`Docs/${guide}`);
    }
    expect(titles).toEqual(expect.arrayContaining(['Ecogram/Ecogram', 'Lifeline/Levenslijn', 'Parts/NetworkPlan', 'Parts/MeetingPlanner', 'Parts/NetworkInterview', 'Parts/NetworkSummary', 'Parts/NetworkList', 'Parts/Legend', 'Parts/TimeSlider']));
  });

  for (const entry of pages) {
    it(`${entry.title}: renders without console errors or axe violations, requests only the Storybook host`, async () => {
      const page = await sb.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
      page.on('request', (r) => { if (!r.url().startsWith(sb.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
      await page.goto(`${sb.base}/iframe.html?id=${entry.id}&viewMode=docs`);
      await page.waitForSelector('#storybook-docs h1', { timeout: 60_000 });
      // Component pages render their stories inline: wait until each has drawn (errors would show).
      await page.waitForFunction(() => [...document.querySelectorAll('.docs-story')].every((s) => s.querySelector('[data-part], kring-ecogram, table, form, p')), undefined, { timeout: 60_000 });
      if (entry.title.startsWith('Docs/')) {
        expect(await page.locator('#storybook-docs h2').count()).toBeGreaterThan(0);
        // MDX here has no GFM: a Markdown table would show as pipes and dashes. Tables are HTML.
        expect(await page.locator('#storybook-docs').innerText()).not.toMatch(/\|\s*-{3}/);
      }
      const violations = await axe(page, { include: ['#storybook-docs'], exclude: ['.docs-story'] });
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
