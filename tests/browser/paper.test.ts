/**
 * Paper and images in Chromium (issue 12 point 5): each Ecogram and Lifeline story of
 * "Paper/Print and save" prints to exactly ONE A4 page, with the title block on it and no
 * screen-only text (toolbars, buttons, "Alleen bekijken", hints); a wide life-line prints
 * landscape. "Opslaan als PNG" saves a real PNG with a neutral file name, without a request
 * to any server. Printed pages are screenshotted (print media) to artifacts/paper-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, storybookSession } from './harness';

const session = storybookSession();

/** Pages of a PDF made by Chromium, with their size in points. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return pages.map((_, i) => boxes[i] ?? boxes[0] ?? { width: 0, height: 0 });
}

/**
 * Print the story as the print dialog would (CSS page size honoured) and as `page.pdf({ format:
 * 'A4' })` does (portrait A4 forced). Storybook's preview adds two empty elements after the
 * story (`#storybook-highlights-root`, an SVG of filters); a component on a named page (the
 * landscape life-line) gets a page break before and after it, so they would make a blank
 * second page. They are Storybook's, not the component's: removed before printing.
 */
async function print(page: Page): Promise<{ css: { width: number; height: number }[]; a4: { width: number; height: number }[] }> {
  await page.evaluate(() => document.querySelectorAll('#storybook-highlights-root, #storybook-a11y-vision-filters').forEach((el) => el.remove()));
  const css = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const a4 = pdfPages(await page.pdf({ format: 'A4' }));
  return { css, a4 };
}

/** The text that is on paper: print media, hidden parts left out. */
async function paperText(page: Page): Promise<{ text: string; controls: string[] }> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('#storybook-root')!;
    const controls = Array.from(root.querySelectorAll<HTMLElement>('button, input, select, summary'))
      .filter((el) => el.checkVisibility())
      .map((el) => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName);
    return { text: root.innerText.replace(/\s+/g, ' '), controls };
  });
}

/** Words of controls and screen hints (the controls themselves are checked separately). */
const SCREEN_ONLY = ['Alleen bekijken', 'Opslaan als', 'Persoon toevoegen', 'Ongedaan maken', 'Inzoomen', 'Sneltoetsen'];

const CASES = [
  { id: 'ecogram-samir', title: 'Ecogram van Samir', author: true, landscape: false },
  { id: 'ecogram-fatima', title: 'Ecogram van Fatima', author: true, landscape: false },
  { id: 'ecogram-broad', title: 'Ecogram van', author: true, landscape: false },
  { id: 'ecogram-redacted', title: 'Ecogram van F.', author: true, landscape: false },
  { id: 'ecogram-past', title: 'Ecogram van Marco', author: false, landscape: false, date: 'Stand per juni 2022' },
  { id: 'lifeline-marco', title: 'Levenslijn van Marco', author: true, landscape: true },
  { id: 'lifeline-samir', title: 'Levenslijn van Samir', author: true, landscape: true },
  { id: 'lifeline-vertical', title: 'Levenslijn van Marco', author: false, landscape: true },
] as const;

describe('printing the Ecogram and the Lifeline', { timeout: 120_000 }, () => {
  for (const c of CASES) {
    it(`${c.id}: one A4 page with the title block and no screen-only text`, async () => {
      const { page, errors } = await session.show(`paper-print-and-save--${c.id}`, { width: 1280, height: 900, waitFor: '[data-paper]' });
      const pages = await print(page);
      expect(pages.css, 'pages (CSS page size)').toHaveLength(1);
      expect(pages.a4, 'pages (page.pdf A4 portrait)').toHaveLength(1);
      const sheet = pages.css[0]!;
      // A4 is 595 × 842 pt.
      expect(Math.abs(Math.min(sheet.width, sheet.height) - 595)).toBeLessThan(2);
      expect(Math.abs(Math.max(sheet.width, sheet.height) - 842)).toBeLessThan(2);
      expect(sheet.width > sheet.height, 'landscape').toBe(c.landscape);

      const { text, controls } = await paperText(page);
      expect(text).toContain(c.title);
      expect(text).toContain('date' in c ? c.date : 'Stand per 15 juni 2025');
      if (c.author) expect(text).toContain('Opgesteld door Marieke de Vries (netwerkondersteuner)');
      else expect(text).not.toContain('Opgesteld door');
      expect(text).toContain('Pagina 1 van 1');
      expect(text).toContain('Vertrouwelijk — bevat persoonsgegevens');
      expect(text).toMatch(/Legenda|Levensdomeinen/);
      for (const words of SCREEN_ONLY) expect(text, words).not.toContain(words);
      expect(controls).toEqual([]);
      if (c.id === 'ecogram-redacted') expect(text).not.toContain('Fatima');
      await screenshot(page, `paper-${c.id}`);
      // (a missing favicon is the static server's 404, not the component's)
      expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    });
  }
});

describe('saving an image', { timeout: 120_000 }, () => {
  it('"Opslaan als PNG" saves a PNG named by the date only, without any request', async () => {
    const { page, errors } = await session.show('paper-print-and-save--ecogram-samir', { width: 1280, height: 900, waitFor: '[data-part="svg"]' });
    // Every request but Storybook's own script chunks from its host (its accessibility addon
    // loads axe lazily, sometimes while this test runs): saving must fetch nothing — no font, no
    // image, nothing from any host.
    const origin = new URL(page.url()).origin;
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' && r.url().startsWith(`${origin}/`)) return;
      requests.push(r.url());
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opslaan als PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ecogram-2025-06-15.png');
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // wider than tall is impossible for the map with a title block above and a legend under it
    expect(png.readUInt32BE(20)).toBeGreaterThan(png.readUInt32BE(16));
    await page.getByRole('status').filter({ hasText: 'ecogram-2025-06-15.png is opgeslagen' }).waitFor({ state: 'attached' });
    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('the SVG opens as an image, with the title block and the legend drawn in it', async () => {
    const { page } = await session.show('paper-print-and-save--lifeline-marco', { width: 1280, height: 900, waitFor: '[data-part="chart"]' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opslaan als SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('levenslijn-2025-06-15.svg');
    const { readFile } = await import('node:fs/promises');
    const svg = await readFile(await download.path(), 'utf8');
    const size = await page.evaluate(async (source) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, svg);
    expect(size[0]).toBeGreaterThan(0);
    expect(svg).toContain('Levenslijn van Marco');
    expect(svg).toContain('Vertrouwelijk — bevat persoonsgegevens');
    expect(svg).toContain('data-part="export-legend"');
  });
});
