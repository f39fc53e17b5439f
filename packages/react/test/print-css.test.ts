// @vitest-environment node
/**
 * The shipped stylesheet must not set the host's page (issue 13): an unnamed `@page { size: A4 }`
 * in `@kring/react/styles.css` changes the print-out of the whole host application (every
 * page of a registration system, Kring or not). Kring's own paper view may only use a named
 * page (`@page kring-landscape`), which applies to the element that asks for it with `page:`.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const stylesheet = resolve(import.meta.dirname, '../src/styles.css');

/** styles.css with its @imports, as `pnpm build` bundles it into dist/styles.css. */
async function shippedCss(): Promise<string> {
  const out = await build({ entryPoints: [stylesheet], bundle: true, write: false, logLevel: 'silent' });
  return out.outputFiles[0]?.text ?? '';
}

/** The prelude of every `@page` rule: '' for an unnamed page, else its name (and pseudo-class). */
function pagePreludes(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/@page\b([^{;]*)\{/g)].map((m) => (m[1] ?? '').trim());
}

describe('styles.css and the host\'s printing', () => {
  it('finds unnamed @page rules (the check itself)', () => {
    expect(pagePreludes('@media print { @page { size: A4; } }')).toEqual(['']);
    expect(pagePreludes('@page :first { margin: 0 }')).toEqual([':first']);
    expect(pagePreludes('/* @page { size: A4 } */ @page kring-x { size: A4 }')).toEqual(['kring-x']);
  });

  it('has no unnamed @page rule: only Kring\'s own named pages', async () => {
    const css = await shippedCss();
    expect(css.length).toBeGreaterThan(1000);
    const preludes = pagePreludes(css);
    expect(preludes.filter((p) => !/^kring-[a-z-]+$/.test(p))).toEqual([]);
    // and a named page is used only by Kring's own parts
    const uses = [...css.matchAll(/(?:^|[;{\s])page\s*:\s*([^;}]+)/g)].map((m) => (m[1] ?? '').trim());
    expect(uses.filter((name) => !preludes.includes(name) && name !== 'auto')).toEqual([]);
    // the wide life-line's landscape sheet is one of them (the check sees the rules it guards)
    expect(uses).toContain('kring-landscape');
  });
});
