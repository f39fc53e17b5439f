import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { axe, launch, openStory, requireStorybook, serveStatic, storybookDir, storyIds } from './harness';

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  requireStorybook();
  ({ url: base, server } = await serveStatic(storybookDir));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('every story', async () => {
  const stories = await storyIds();
  it('has stories to check', () => expect(stories.length).toBeGreaterThan(0));
  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders without console errors or axe violations, requests only the Storybook host`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
      await openStory(page, base, story.id);
      const violations = await axe(page);
      await page.close();
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
});
