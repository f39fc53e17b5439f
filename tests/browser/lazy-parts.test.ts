/**
 * Parts that load on first use (issue 16; packages/react/src/utils/lazyPart.tsx), in Chromium,
 * with the page bundled as a host's bundler does it: code splitting on, one chunk per `import()`.
 * What a user of a read-only map would notice if this went wrong: a first load that carries the
 * editors and their popover for nothing. What an editing user would notice: an editor that does
 * not open, or opens without focus, because its code came later.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPage, launch } from './harness';

describe('parts that load on first use', () => {
  const bundle = bundledPage('../lazy/main.tsx', 'kring-lazy-', { splitting: true });
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Open the page; returns it and the scripts it has requested so far (file names). */
  async function open(query: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const name = new URL(r.url()).pathname.split('/').pop() ?? '';
      if (name.endsWith('.js')) scripts.push(name);
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${bundle.url()}?${query}`);
    return { page, scripts, errors };
  }

  it('a read-only Ecogram loads no editor code, not even after it has settled; the map can still be zoomed', async () => {
    const { page, scripts, errors } = await open('view=ecogram&mode=readonly');
    await page.waitForSelector('[data-part="node"]');
    await page.waitForTimeout(1500); // idle: the legend for paper and the pan/zoom instance load now
    expect(scripts.filter((s) => /EcogramEditors|EditorPopover/.test(s))).toEqual([]);
    expect(scripts.some((s) => s.startsWith('createPanZoom'))).toBe(true);
    expect(scripts.filter((s) => s.startsWith('redact'))).toEqual([]);
    expect(scripts.filter((s) => /^en-/.test(s)), 'a Dutch page loads no English').toEqual([]);
    // Nor the operations an editable map applies itself, its drag instance, the Filter panel, the
    // change overlay or time travel (a map of today).
    expect(scripts.filter((s) => /^(mapOperations|createDrag|FilterPanel|mapChanges|timeTravel)-/.test(s))).toEqual([]);
    // Zooming works once the instance is here: "+" changes the map's transform.
    const before = await page.getAttribute('[data-part="viewport"]', 'transform');
    await page.getByRole('button', { name: /inzoomen/i }).click();
    await expect.poll(() => page.getAttribute('[data-part="viewport"]', 'transform')).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a map given a past date loads time travel and draws nobody until it has come: never today\'s network under that date', async () => {
    // Marco's network in 2015: 10 people (today 19). Every frame from the start counts the people drawn.
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts: string[] = [];
    page.on('request', (r) => {
      const name = new URL(r.url()).pathname.split('/').pop() ?? '';
      if (name.endsWith('.js')) scripts.push(name);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { kringDrawn: number[] };
      w.kringDrawn = [];
      const count = () => {
        w.kringDrawn.push(document.querySelectorAll('[data-part="node"]').length);
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
    });
    await page.goto(`${bundle.url()}?view=ecogram&mode=readonly&net=marco&at=2015`);
    await expect.poll(() => page.locator('[data-part="node"]').count()).toBe(10);
    expect(scripts.some((s) => s.startsWith('timeTravel-'))).toBe(true);
    const drawn = await page.evaluate(() => (window as unknown as { kringDrawn: number[] }).kringDrawn);
    expect(Math.max(...drawn), 'no frame showed more people than the network had in 2015').toBe(10);
    await page.close();
  });

  it('a map given a past date and exported at once: the file has the people of that date', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${bundle.url()}?view=ecogram&mode=readonly&net=marco&at=2015`);
    // As soon as the handle is there (the first commit), before the people are drawn.
    type Handle = { kringHandle: { current: { toSVG(): Promise<string> } | null } };
    await page.waitForFunction(() => (window as unknown as Handle).kringHandle.current !== null, undefined, { polling: 'raf' });
    const svg = await page.evaluate(() => (window as unknown as Handle).kringHandle.current!.toSVG());
    expect(svg.match(/data-part="node"/g)?.length, 'the ten people of 2015 in the file').toBe(10);
    await page.close();
  });

  it('an editable Ecogram loads the editor when one first opens; the dialog opens with focus in it', async () => {
    const { page, scripts, errors } = await open('view=ecogram&mode=editable');
    await page.waitForSelector('[data-part="node"]');
    expect(scripts.filter((s) => /EcogramEditors/.test(s))).toEqual([]);
    await page.getByRole('button', { name: /persoon toevoegen/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(scripts.some((s) => /EcogramEditors/.test(s))).toBe(true);
    await expect.poll(() => page.evaluate(() => document.querySelector('[role="dialog"]')?.contains(document.activeElement) ?? false)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an editable Ecogram loads its own operations when idle, the Filter panel when opened, the change overlay when a date is chosen', async () => {
    const { page, scripts, errors } = await open('view=ecogram&mode=editable');
    await page.waitForSelector('[data-part="node"]');
    expect(scripts.filter((s) => /^(FilterPanel|mapChanges)-/.test(s))).toEqual([]);
    // Idle after the first paint: the operations a drag or a key applies are here before they are needed.
    await expect.poll(() => scripts.some((s) => s.startsWith('mapOperations-')), { timeout: 10_000 }).toBe(true);
    expect(scripts.some((s) => s.startsWith('createDrag-')), 'the drag instance came with the first effects').toBe(true);
    // Samir has plans and a support group: the marks' placers came after the first paint, and drew.
    expect(scripts.some((s) => s.startsWith('mapMarks-'))).toBe(true);
    await expect.poll(() => page.locator('[data-part="group-outline"]').count()).toBeGreaterThan(0);
    // The Filter panel: fetched on the first click, focus stays on the button meanwhile.
    const filter = page.getByRole('button', { name: /^filter/i });
    await filter.click();
    await page.locator('[data-part="filter-panel"]').waitFor();
    expect(scripts.some((s) => s.startsWith('FilterPanel-'))).toBe(true);
    expect(await filter.evaluate((b) => b === document.activeElement)).toBe(true);
    // The change overlay: its code comes when the date control is used, then the marks show.
    const since = page.locator('[data-action="changes-since"]');
    const dates = await since.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(dates.length).toBeGreaterThan(0);
    await since.selectOption(dates[dates.length - 1]!);
    await expect.poll(() => page.locator('[data-part="change-mark"]').count()).toBeGreaterThan(0);
    expect(scripts.some((s) => s.startsWith('mapChanges-'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an English Ecogram loads the English texts first, says "Loading…" meanwhile, and never shows Dutch', async () => {
    const { page, scripts, errors } = await open('view=ecogram&mode=editable&locale=en');
    // Every frame from the start: no Dutch word of the map's controls in the page's text.
    await page.evaluate(() => {
      const w = window as unknown as { kringDutch: string[] };
      w.kringDutch = [];
      const check = (): void => {
        const text = document.body.innerText;
        for (const word of ['Persoon toevoegen', 'Inzoomen', 'Familie', 'Bezig met laden']) if (text.includes(word) && !w.kringDutch.includes(word)) w.kringDutch.push(word);
        requestAnimationFrame(check);
      };
      check();
    });
    await page.waitForSelector('[data-part="node"]');
    expect(scripts.some((s) => /^en-/.test(s))).toBe(true);
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => (window as unknown as { kringDutch: string[] }).kringDutch)).toEqual([]);
    expect(await page.getByRole('dialog').innerText()).not.toMatch(/Naam|Opslaan|Annuleren/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a redacted Ecogram loads core\'s redaction on first use and never shows a name meanwhile', async () => {
    const { page, scripts, errors } = await open('view=ecogram&mode=readonly&redacted=1');
    // Every frame from the start: no full name of the network in the page's text.
    await page.evaluate(() => {
      const w = window as unknown as { kringNames: string[]; kringSeen: string[] };
      w.kringSeen = [];
      const check = (): void => {
        const text = document.body.innerText;
        for (const name of w.kringNames) if (text.includes(name) && !w.kringSeen.includes(name)) w.kringSeen.push(name);
        requestAnimationFrame(check);
      };
      check();
    });
    await page.waitForSelector('[data-part="node"]');
    await page.waitForTimeout(300);
    expect(scripts.some((s) => s.startsWith('redact'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { kringSeen: string[] }).kringSeen)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a read-only Lifeline loads no editor code', async () => {
    const { page, scripts, errors } = await open('view=lifeline&mode=readonly');
    await page.waitForSelector('[data-part="event"]');
    await page.waitForTimeout(1000);
    expect(scripts.filter((s) => /LifelineEditors|EditorPopover/.test(s))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
