import { describe, expect, it } from 'vitest';
import { bundledPage, openStory, screenshot, storybookSession } from './harness';

const sb = storybookSession();

describe('hostile text', () => {
  it('renders markup and script in names as text, runs none of it, and keeps the layout', async () => {
    const page = await sb.browser.newPage({ viewport: { width: 1024, height: 900 } });
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await openStory(page, sb.base, 'quality-hostile-text--markup-rtl-emoji-and-long-names');
    await page.waitForSelector('[data-part="ecogram"] svg');
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root')!;
      return {
        xss: (window as unknown as { __kringXss?: number }).__kringXss ?? null,
        injected: root.querySelectorAll('img[src="x"], script, iframe, svg[onload], b, u').length,
        text: root.textContent ?? '',
        // Text or boxes reaching past the viewport, outside the list's own scroll regions.
        overflowing: (() => {
          const out: string[] = [];
          const limit = document.documentElement.clientWidth + 1;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement?.closest('[data-part="table-scroll"]')) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            if (range.getBoundingClientRect().right > limit) out.push((n.textContent ?? '').slice(0, 40));
          }
          for (const el of root.querySelectorAll('*')) {
            if (el.closest('[data-part="table-scroll"] > *')) continue;
            if (el.getBoundingClientRect().right > limit) out.push(`<${el.tagName.toLowerCase()} data-part=${el.getAttribute('data-part')}>`);
          }
          return out;
        })(),
        ecogramWidth: root.querySelector('[data-part="ecogram"]')?.getBoundingClientRect().width ?? 0,
      };
    });
    await screenshot(page, 'hostile-text');
    await page.close();
    expect(result.xss).toBeNull();
    expect(dialogs).toBe(0);
    expect(result.injected).toBe(0);
    expect(result.text).toContain('<img src=x onerror=');
    expect(result.text).toContain('"><script>');
    expect(result.text).toContain('لطيفة بنت محمد');
    expect(result.text).toContain('👩‍👧‍👦 Familie');
    // The 5,000-character name does not push the page sideways.
    expect(result.overflowing).toEqual([]);
    expect(result.ecogramWidth).toBeLessThanOrEqual(1024);
  });
});


/**
 * Bidi isolation (issue 13, point 3), as a reader sees it: a name starting with U+202E (or an
 * unclosed embedding or isolate, or a stray PDI before an override) must not turn Kring's own
 * sentence around, and two right-to-left names in a Dutch list keep their order. Measured on
 * the rendered words (Range rectangles), on a page bundled from the sources with esbuild
 * (tests/bidi/main.tsx; about a second), so it does not wait for a Storybook build.
 */
describe('hostile text: bidi isolation in Chromium', () => {
  const bundle = bundledPage('../bidi/main.tsx', 'kring-bidi-');

  it("keeps the order of Kring's words around an override, an unclosed embedding or isolate and a stray PDI (HTML and the map's SVG labels); RTL names keep their list order", async () => {
    const page = await sb.browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(bundle.url());
    await page.waitForSelector('#ecogram [data-part="node-label"][data-id="p-a"]');
    const measured = await page.evaluate(() => {
      /** Left edge of the first whole-word occurrence of each word under `root`, in the order given, with its line (top). */
      function lefts(root: Element | null, words: string[]): { left: number; top: number }[] {
        const out: { left: number; top: number }[] = [];
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root ?? document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        for (const word of words) {
          let found = false;
          for (const node of nodes) {
            const m = new RegExp(`(^|[^\\p{L}])(${word})(?=[^\\p{L}]|$)`, 'u').exec(node.data);
            if (!m) continue;
            const range = document.createRange();
            const start = m.index + m[1]!.length;
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            const r = range.getBoundingClientRect();
            out.push({ left: Math.round(r.left), top: Math.round(r.top) });
            found = true;
            break;
          }
          if (!found) out.push({ left: NaN, top: NaN });
        }
        return out;
      }
      /** The final full stop of `root`'s text and the word before it ("… per cirkel."). */
      function lastStop(root: Element | null): { word: number; stop: number } {
        const node = [...(root?.childNodes ?? [])].reverse().find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes('cirkel.'));
        if (!node) return { word: NaN, stop: NaN };
        const at = node.data.lastIndexOf('cirkel.');
        const rect = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return Math.round(range.getBoundingClientRect().left);
        };
        return { word: rect(at, at + 6), stop: rect(at + 6, at + 7) };
      }
      const sentence = ['staat', 'in', 'het', 'midden'];
      const intros: Record<string, { left: number; top: number }[]> = {};
      const stops: Record<string, { word: number; stop: number }> = {};
      for (const id of ['plain', 'rlo', 'rle', 'rli', 'pdi']) {
        const intro = document.querySelector(`#${id} [data-part="network-list-intro"]`);
        intros[id] = lefts(intro, sentence);
        stops[id] = lastStop(intro);
      }
      const who = [...document.querySelectorAll('#summary td, #summary [data-part="summary-who-inline"]')].find((el) => el.getBoundingClientRect().width > 0 && el.textContent?.includes('عائشة') && el.textContent.includes('דוד'));
      const label = document.querySelector('#ecogram [data-part="node-label"][data-id="p-a"]');
      return { intros, stops, names: lefts(who ?? null, ['عائشة', 'דוד']), label: lefts(label, ['geen', 'contact']), labelText: label?.textContent };
    });
    await screenshot(page, 'hostile-text-bidi');
    await page.close();
    const order = (xs: { left: number }[]) => xs.map((x) => x.left);
    const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
    // The plain sentence reads left to right on one line; every hostile name leaves it so.
    expect(increasing(order(measured.intros.plain!)), JSON.stringify(measured.intros.plain)).toBe(true);
    for (const id of ['rlo', 'rle', 'rli', 'pdi']) {
      const words = measured.intros[id]!;
      expect(new Set(words.map((w) => w.top)).size, `${id}: one line`).toBe(1);
      expect(increasing(order(words)), `${id}: ${JSON.stringify(words)}`).toBe(true);
      // An embedding or isolate left open runs to the end of the paragraph: the full stop
      // after "cirkel" then lands at the left end of its line.
      const { word, stop } = measured.stops[id]!;
      expect(stop, `${id}: the full stop after "cirkel" (${JSON.stringify(measured.stops[id])})`).toBeGreaterThan(word);
    }
    // "عائشة, דוד": the first name of the list is the leftmost (unisolated, the two names form
    // one right-to-left run and swap places).
    expect(measured.names[0]!.left, JSON.stringify(measured.names)).toBeLessThan(measured.names[1]!.left);
    // In SVG: the map's label "<name> · geen contact" for a name starting with U+202E reads
    // "… · geen contact", not "tcatnoc neeg · …".
    expect(measured.label[0]!.left, JSON.stringify(measured)).toBeLessThan(measured.label[1]!.left);
  });
});

/**
 * Export of hostile text (issue 13, point 2), in Chromium: a network read leniently from names
 * full of control characters, U+FFFE/U+FFFF, lone surrogates, RTL, combining marks and emoji
 * saves as an SVG that Chromium's XML parser accepts and as a PNG that decodes. A page bundled
 * from the sources with esbuild (tests/export-text/main.tsx), like the bidi check above.
 */
describe('hostile text: SVG and PNG export in Chromium', () => {
  const bundle = bundledPage('../export-text/main.tsx', 'kring-export-text-');

  it('saves a well-formed SVG and a PNG that decodes, for names a database export brings', async () => {
    const page = await sb.browser.newPage({ viewport: { width: 1024, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(bundle.url());
    await page.waitForSelector('[data-part="ecogram"] svg [data-part="node-label"]');
    const result = await page.evaluate(async () => {
      const out = await (window as unknown as { kringExport: () => Promise<{ svg: string; png: { type: string; bytes: number; width: number; height: number }[] }> }).kringExport();
      const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
      return { ...out, parseError: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent ?? '' };
    });
    await page.close();
    expect(errors).toEqual([]);
    expect(result.parseError).toBeNull();
    expect(result.text).toContain('لطيفة بنت محمد');
    expect(result.text).toContain('Naamloos');
    expect(result.png).toHaveLength(2);
    for (const png of result.png) {
      expect(png.type).toBe('image/png');
      expect(png.bytes).toBeGreaterThan(1000);
      expect(png.width).toBeGreaterThan(500);
      expect(png.height).toBeGreaterThan(500);
    }
  });
});
