import { describe, expect, it } from 'vitest';
import { axe, openStory, storybookSession, storyIds } from './harness';

const sb = storybookSession();

describe('every story', async () => {
  const stories = await storyIds();
  it('has stories to check', () => expect(stories.length).toBeGreaterThan(0));
  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders without console errors or axe violations, requests only the Storybook host`, async () => {
      const page = await sb.browser.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith(sb.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
      await openStory(page, sb.base, story.id);
      const violations = await axe(page);
      await page.close();
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
});
