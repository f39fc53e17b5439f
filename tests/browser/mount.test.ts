/**
 * Mounting the Ecogram as a host does (createRoot, or hydrating server HTML), in Chromium.
 *
 * The map reads the label font and its own width in the first commit and only then draws the
 * people, ties and names (useLabelMeasure.ts): they are laid out once. What a user would
 * notice if that went wrong: names that jump right after the map appears (drawn first by an
 * estimate, then moved), or, when hydrating, a page whose server HTML does not match (React's
 * recoverable error and a client re-render) or has no people in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPage, launch } from './harness';
import type { Browser } from 'playwright-core';
import type { MountLog } from '../mount/types';


describe('mounting the Ecogram', () => {
  const bundle = bundledPage('../mount/main.tsx', 'kring-mount-');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function mount(mode: 'client' | 'hydrate'): Promise<MountLog> {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${bundle.url()}?mode=${mode}`);
    await page.waitForFunction(() => (window as unknown as { kringMount?: MountLog }).kringMount?.later != null, undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => (window as unknown as { kringMount: MountLog }).kringMount);
    await page.close();
    return { ...result, errors: [...result.errors, ...errors] };
  }

  it('draws every name once, where it stays: the first frame with people already has the final names', async () => {
    const result = await mount('client');
    expect(result.errors).toEqual([]);
    expect(Object.keys(result.first ?? {})).toHaveLength(result.people + 1);
    expect(result.later).toEqual(result.first);
  });

  it('hydrates server HTML without a mismatch; the server HTML already shows the people', async () => {
    const result = await mount('hydrate');
    expect(result.errors).toEqual([]);
    expect(result.serverPeople).toBe(result.people + 1);
    expect(Object.keys(result.later ?? {})).toHaveLength(result.people + 1);
  });
});
