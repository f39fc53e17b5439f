/**
 * A stylesheet per component (issue 16): `@kring/react/ecogram.css`, `lifeline.css`,
 * `network-plan.css`, `meeting-planner.css` and `network-summary.css` hold only the rules of
 * their component, so a page that shows the Ecogram does not match every element of its map
 * against the Lifeline's, the interview's and the plan's rules. A rule left out of a sheet
 * would silently change how a part looks; this test is what keeps the split honest.
 *
 * For each component, stories in the states a user reaches (editors open, list view, legend,
 * time slider, filters, table mode, dark theme, a phone, print, forced colours) are shown once
 * with the whole `styles.css` and once with the component's own sheet, every other stylesheet
 * of the page switched off, and the computed style of every element and of its ::before /
 * ::after is compared, property by property (custom properties are not compared themselves:
 * another component's unused variables are missing on purpose, and a variable that is used
 * shows in the property that uses it). Both sheets are bundled here from the sources
 * (esbuild, as the package build does), so the test needs no `pnpm build`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openStory, storybookSession, switchStory } from './harness';

const sb = storybookSession();
const src = resolve(import.meta.dirname, '../../packages/react/src');

async function bundleCss(file: string): Promise<string> {
  const out = await build({ entryPoints: [resolve(src, file)], bundle: true, write: false, logLevel: 'warning', outdir: '/' });
  return out.outputFiles[0]!.text;
}

interface Case {
  story: string;
  width?: number;
  media?: 'print';
  forcedColors?: boolean;
}

const SHEETS: Record<string, Case[]> = {
  ecogram: [
    { story: 'ecogram-ecogram--typical' },
    { story: 'ecogram-ecogram--typical', forcedColors: true },
    { story: 'ecogram-ecogram--with-legend' },
    { story: 'ecogram-ecogram--list-view' },
    { story: 'ecogram-ecogram--over-time' },
    { story: 'ecogram-ecogram--dark' },
    { story: 'ecogram-interactions--edit-person' },
    { story: 'ecogram-interactions--edit-tie' },
    { story: 'ecogram-screens-and-crowded-maps--phone', width: 320 },
    { story: 'ecogram-screens-and-crowded-maps--crowded-with-filter' },
    { story: 'ecogram-screens-and-crowded-maps--focus-on-one-person' },
    { story: 'ecogram-screens-and-crowded-maps--table-mode' },
    { story: 'ecogram-network-plan-on-the-map--plan-markers' },
    { story: 'ecogram-network-plan-on-the-map--changes-in-the-list' },
    { story: 'ecogram-visual-grammar--all-lines' },
    { story: 'parts-editors--person-editor-care' },
    { story: 'parts-editors--person-editor-errors' },
    { story: 'parts-editors--popover-sheet', width: 390 },
    { story: 'paper-print-and-save--ecogram-samir', media: 'print' },
  ],
  lifeline: [
    { story: 'lifeline-levenslijn--typical' },
    { story: 'lifeline-levenslijn--typical', forcedColors: true },
    { story: 'lifeline-levenslijn--list-view' },
    { story: 'lifeline-levenslijn--selected' },
    { story: 'lifeline-levenslijn--dark' },
    { story: 'lifeline-levenslijn--narrow', width: 320 },
    { story: 'lifeline-interactions--edit-event' },
    { story: 'lifeline-interactions--add-event' },
    { story: 'paper-print-and-save--lifeline-marco', media: 'print' },
  ],
  'network-plan': [
    { story: 'parts-networkplan--overdue-nl' },
    { story: 'parts-networkplan--all-en' },
    { story: 'parts-networkplan--refused-consent-nl' },
    { story: 'parts-networkplan--dark', width: 390 },
  ],
  'meeting-planner': [
    { story: 'parts-meetingplanner--from-group-nl' },
    { story: 'parts-meetingplanner--record-outcome' },
    { story: 'parts-meetingplanner--printable-list', media: 'print' },
  ],
  'network-summary': [
    { story: 'parts-networksummary--samir-nl' },
    { story: 'parts-networksummary--marco-since-intake', width: 390 },
  ],
};

/**
 * In the page: switch every stylesheet off and show `css` instead (one `<style>`); with
 * `compare`, collect the computed styles under the first sheet, swap in the second in the same
 * task (no frame in between, so no transition starts) and return the differences.
 */
async function compareSheets(page: Page, whole: string, own: string): Promise<{ elements: number; diffs: string[] }> {
  // Show the whole sheet first and let the page settle (ResizeObservers, lazy parts).
  await page.evaluate((css) => {
    for (const node of document.querySelectorAll('style, link[rel="stylesheet"]')) {
      if (node.id !== 'kring-sheet-under-test') (node as HTMLStyleElement | HTMLLinkElement).sheet!.disabled = true;
    }
    let style = document.getElementById('kring-sheet-under-test');
    if (!style) {
      style = document.createElement('style');
      style.id = 'kring-sheet-under-test';
      document.head.append(style);
    }
    style.textContent = css;
  }, whole);
  await page.waitForTimeout(200);
  return page.evaluate(([a, b]) => {
    const style = document.getElementById('kring-sheet-under-test')!;
    const elements = Array.from(document.body.querySelectorAll('*')).filter((el) => !el.closest('script, style, #storybook-highlights-root, #storybook-a11y-vision-filters'));
    const name = (el: Element): string => {
      const part = el.closest('[data-part]');
      const own = el.getAttribute('data-part');
      return `${el.tagName.toLowerCase()}${own ? `[data-part=${own}]` : ''}${part && part !== el ? ` in [data-part=${part.getAttribute('data-part')}]` : ''}`;
    };
    // One string per element (its properties, then its ::before and ::after if drawn), so equal
    // elements compare as one string; only a differing element is taken apart property by property.
    // The properties either sheet declares (CSSOM lists a shorthand's longhands): a property no
    // rule declares computes the same under both, and a size that follows from layout changes
    // only through a declared property, which is compared.
    const declared = new Set<string>();
    const collect = (rules: CSSRuleList): void => {
      for (const rule of Array.from(rules)) {
        if ('style' in rule) for (const p of Array.from((rule as CSSStyleRule).style)) if (!p.startsWith('--')) declared.add(p);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const css of [a, b]) {
      style.textContent = css;
      collect((style as HTMLStyleElement).sheet!.cssRules);
    }
    const props = [...declared, 'width', 'height'];
    const read = (cs: CSSStyleDeclaration, prefix: string): string => props.map((p) => `${prefix}${p}: ${cs.getPropertyValue(p)}`).join('\n');
    const snapshot = (): string[] => elements.map((el) => {
      let text = read(getComputedStyle(el), '');
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) return text; // no pseudo-elements inside a drawing
      for (const pseudo of ['::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        if (cs.content !== 'none' && cs.content !== 'normal') text += `\n${read(cs, pseudo)}`;
      }
      return text;
    });
    style.textContent = a;
    const first = snapshot();
    style.textContent = b;
    const second = snapshot();
    const diffs: string[] = [];
    first.forEach((text, i) => {
      if (text === second[i] || diffs.length >= 20) return;
      const other = new Set(second[i]!.split('\n'));
      for (const row of text.split('\n')) {
        if (!other.has(row) && diffs.length < 20) {
          const prop = row.slice(0, row.indexOf(':'));
          const now = second[i]!.split('\n').find((r) => r.startsWith(`${prop}:`)) ?? `${prop}: (none)`;
          diffs.push(`${name(elements[i]!)} — ${row} → ${now.slice(prop.length + 2)}`);
        }
      }
    });
    return { elements: elements.length, diffs };
  }, [whole, own] as const);
}

describe('a stylesheet per component', async () => {
  const whole = await bundleCss('styles.css');
  let page: Page | undefined;
  let shown = '';
  const errors: string[] = [];
  for (const [sheet, cases] of Object.entries(SHEETS)) {
    it(`${sheet}.css: every part of its stories computes the same style as under styles.css (screen, phone, print, forced colours)`, async () => {
      const own = await bundleCss(`sheets/${sheet}.css`);
      // The component's sheet is smaller than the whole: other components' rules are not in it.
      expect(own.length).toBeLessThan(whole.length * 0.75);
      // One preview page for all the sheets, stories switched in it (a page load costs ~3 s).
      errors.length = 0;
      if (!page) {
        page = await sb.browser.newPage();
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, sb.base, cases[0]!.story);
        shown = cases[0]!.story;
      }
      let checked = 0;
      for (const c of cases) {
        await page.setViewportSize({ width: c.width ?? 1280, height: 900 });
        await page.emulateMedia({ media: c.media ?? 'screen', forcedColors: c.forcedColors ? 'active' : 'none' });
        // Storybook's own sheets back on while the next story renders and plays.
        await page.evaluate(() => {
          document.getElementById('kring-sheet-under-test')?.remove();
          for (const node of document.querySelectorAll('style, link[rel="stylesheet"]')) (node as HTMLStyleElement).sheet!.disabled = false;
        });
        if (c.story !== shown) expect(await switchStory(page, c.story), c.story).toBe('rendered');
        shown = c.story;
        const { elements, diffs } = await compareSheets(page, whole, own);
        expect(elements, c.story).toBeGreaterThan(10);
        expect(diffs, `${c.story}${c.width ? ` at ${c.width} px` : ''}${c.media ? ' (print)' : ''}${c.forcedColors ? ' (forced colours)' : ''}`).toEqual([]);
        checked += elements;
      }
      expect(checked).toBeGreaterThan(cases.length * 10);
      expect(errors).toEqual([]);
    });
  }
  afterAll(async () => {
    await page?.close();
  });
});
