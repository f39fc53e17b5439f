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
import type { Page } from 'playwright-core';
import { axe, storybookDir, storybookSession, switchStory } from './harness';

const sb = storybookSession();

/** Show another docs page in an open preview (Storybook's channel); resolves `rendered` or the error. */
const switchDocs = (page: Page, id: string, timeout = 30_000): Promise<string> => switchStory(page, id, timeout, 'docs');

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

  // One preview page for every docs page, switched the way Storybook's own UI does
  // (setCurrentStory with viewMode docs; a page load each cost ~2.5 s of ~4 s a page). A page
  // that does not render gets a fresh preview for the next one.
  let page: Page | undefined;
  let errors: string[] = [];
  let foreign: string[] = [];
  async function freshPage(): Promise<Page> {
    const p = await sb.browser.newPage({ viewport: { width: 1280, height: 900 } });
    p.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    p.on('request', (r) => { if (!r.url().startsWith(sb.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
    return p;
  }

  for (const entry of pages) {
    it(`${entry.title}: renders without console errors or axe violations, requests only the Storybook host`, async () => {
      errors = [];
      foreign = [];
      if (!page) {
        page = await freshPage();
        await page.goto(`${sb.base}/iframe.html?id=${entry.id}&viewMode=docs`);
      } else {
        const result = await switchDocs(page, entry.id);
        if (result !== 'rendered') {
          await page.close();
          page = undefined;
          throw new Error(`${entry.id} did not render: ${result}`);
        }
      }
      const p = page;
      await p.waitForSelector('#storybook-docs h1', { timeout: 60_000 });
      // A component page: its props table is there. Its stories (drawn inline) are the stories
      // that stories.test.ts renders and checks one by one, so this test does not wait for them.
      if (!entry.title.startsWith('Docs/')) await p.waitForSelector('#storybook-docs .docblock-argstable tbody tr', { timeout: 60_000 });
      if (entry.title.startsWith('Docs/')) {
        expect(await p.locator('#storybook-docs h2').count()).toBeGreaterThan(0);
        // MDX here has no GFM: a Markdown table would show as pipes and dashes. Tables are HTML.
        expect(await p.locator('#storybook-docs').innerText()).not.toMatch(/\|\s*-{3}/);
      }
      const violations = await axe(p, { include: ['#storybook-docs'], exclude: ['.docs-story'] });
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
  it('closes the preview page', async () => { await page?.close(); });
});
