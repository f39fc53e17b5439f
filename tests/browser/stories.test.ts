import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, openStory, storybookSession, storyIds, switchStory } from './harness';

const sb = storybookSession();

// One preview page walks through all stories, switching them the way Storybook's own UI does
// (no reload per story: the walk took 2.6 s a story with a page load each, about 0.7 s now).
// Console errors, failed responses and requests are collected per story. A story that does not
// render (error or timeout) fails, and the next story gets a fresh page so one broken story
// cannot spill into the others.
describe('every story', async () => {
  const stories = await storyIds();
  let page: Page | undefined;
  let errors: string[] = [];
  let foreign: string[] = [];

  async function freshPage(): Promise<Page> {
    await page?.close();
    const p = await sb.browser.newPage();
    p.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
    p.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('request', (r) => { if (!r.url().startsWith(sb.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
    page = p;
    return p;
  }

  it('has stories to check', () => expect(stories.length).toBeGreaterThan(0));
  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders without console errors or axe violations, requests only the Storybook host`, async () => {
      errors = [];
      foreign = [];
      let p = page;
      if (!p) {
        p = await freshPage();
        await openStory(p, sb.base, story.id);
      } else {
        const result = await switchStory(p, story.id);
        if (result !== 'rendered') {
          page = undefined;
          await p.close();
          throw new Error(`${story.id} did not render: ${result}`);
        }
      }
      const violations = await axe(p);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
  it('closes the preview page', async () => { await page?.close(); });
});
