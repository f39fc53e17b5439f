/**
 * Real-browser harness: serves the built Storybook (`storybook-static/`) on a
 * loopback port and drives Debian's Chromium through playwright-core.
 * A missing browser or a missing Storybook build fails the run; nothing is skipped.
 */
import type { Server } from 'node:http';
import { readFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
/** The built Storybook; `KRING_STORYBOOK_DIR` points elsewhere (e.g. a private build while others work in the tree). */
export const storybookDir = process.env.KRING_STORYBOOK_DIR ? resolve(process.env.KRING_STORYBOOK_DIR) : join(root, 'storybook-static');
export const artifactsDir = join(root, 'artifacts');

import { serveStatic } from '../serve-static';

export { serveStatic };

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (see .ci/run)`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
  });
}

export function requireStorybook(): void {
  if (!existsSync(join(storybookDir, 'iframe.html'))) throw new Error('storybook-static/ is missing: run `pnpm build-storybook` (pnpm test does this)');
}

/**
 * The Storybook globals every test page opens with: the accessibility addon's automatic axe run
 * after each render off (`a11y.manual`). The tests run axe themselves, with the WCAG 2.2 AA tags
 * ({@link axe}), where they check; the addon's own run, started after every render, went on in
 * the background while a test clicked and dragged (on 2 cores it slowed every step, and the
 * tests' own axe call had to wait for it: "axe is already running"). In Storybook's UI the addon
 * still runs after each story, as developers browse.
 */
const TEST_GLOBALS = 'a11y.manual:!true';

/** Open one story in the preview iframe and wait until it has rendered. */
export async function openStory(page: Page, baseUrl: string, id: string, globals = ''): Promise<void> {
  await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=story&globals=${globals ? `${globals};` : ''}${TEST_GLOBALS}`);
  await page.waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: 60_000 });
}

/**
 * Show another story in a page that already has the preview open, the way Storybook's own UI
 * switches stories (`setCurrentStory` on the preview channel): no reload, so the walk over all
 * stories costs a render each, not a page load each. The story that is already shown is rendered
 * anew (`forceRemount`, as Storybook's "Remount component" button: a fresh mount, its play
 * function run again); Storybook ignores a switch to it. Resolves with the preview's answer:
 * `rendered` (`viewMode: 'docs'`: a docs page), or the name of the error event (`storyErrored`, `storyThrewException`,
 * `playFunctionThrewException`, `storyMissing`) with its message, or `timeout`. The globals the
 * page was opened with carry over (Storybook keeps them for the page, not per story); a switched
 * story rendered without `a11y.manual` (the addon's own axe run back on) answers `a11y.manual off`.
 * `args`: as `&args=` in the URL of a page load (the preview's own path for them).
 */
export async function switchStory(page: Page, id: string, timeout = 30_000, viewMode: 'story' | 'docs' = 'story', args?: Record<string, unknown>): Promise<string> {
  return page.evaluate(([storyId, ms, mode, storyArgs]) => new Promise<string>((resolve) => {
    // @ts-expect-error Storybook's preview channel (a global of iframe.html)
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__ as { on(e: string, f: (p: unknown) => void): void; off(e: string, f: (p: unknown) => void): void; emit(e: string, p: unknown): void };
    // @ts-expect-error Storybook's preview (a global of iframe.html)
    const preview = window.__STORYBOOK_PREVIEW__ as { currentSelection?: { storyId: string; viewMode: string }; selectionStore: { setSelection(s: unknown): void }; renderSelection(o: { persistedArgs: unknown }): Promise<void> };
    const again = preview.currentSelection?.storyId === storyId && preview.currentSelection.viewMode === mode;
    // A docs page reports `docsRendered`, a story `storyRendered`.
    const done = mode === 'docs' ? 'docsRendered' : 'storyRendered';
    let manual = true;
    const events = [done, 'globalsUpdated', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'];
    const handlers = events.map((name) => (payload: unknown) => {
      if (name === 'globalsUpdated') {
        // (Docs pages: the addon runs only after a story in story mode.)
        manual = mode === 'docs' || (payload as { globals?: { a11y?: { manual?: boolean } } }).globals?.a11y?.manual === true;
        return;
      }
      if (name === done && payload !== storyId) return;
      finish(name !== done ? `${name}: ${JSON.stringify(payload)}` : manual ? 'rendered' : 'a11y.manual off');
    });
    const timer = setTimeout(() => finish('timeout'), ms);
    function finish(result: string) {
      clearTimeout(timer);
      events.forEach((name, i) => channel.off(name, handlers[i]!));
      resolve(result);
    }
    events.forEach((name, i) => channel.on(name, handlers[i]!));
    if (storyArgs && mode === 'story') {
      // As the preview does with `&args=` on a page load.
      preview.selectionStore.setSelection({ storyId, viewMode: mode });
      void preview.renderSelection({ persistedArgs: storyArgs }).then(() => { if (again) channel.emit('forceRemount', { storyId }); });
    } else if (again && mode === 'story') channel.emit('forceRemount', { storyId });
    else channel.emit('setCurrentStory', { storyId, viewMode: mode });
  }), [id, timeout, viewMode, args] as const);
}

/** Page events a test may listen to; {@link showStory} drops the listeners a test left behind. */
const TEST_EVENTS = ['request', 'response', 'requestfinished', 'requestfailed', 'download', 'dialog', 'popup', 'filechooser'] as const;

/** The args each story was shown with in a page (`&args=` of the id): Storybook keeps a story's args for the page. */
const shownArgs = new WeakMap<Page, Map<string, string>>();

/** `&args=` of a story URL (`readOnly:!true;zoomBelow:0`) as the preview reads it: `!true` etc. are values, the rest strings. */
function urlArgs(param: string): Record<string, unknown> {
  const values: Record<string, unknown> = { '!true': true, '!false': false, '!null': null, '!undefined': undefined };
  return Object.fromEntries(param.split(';').filter(Boolean).map((pair) => {
    const [key = '', value = ''] = pair.split(':');
    return [key, value in values ? values[value] : decodeURIComponent(value)];
  }));
}

/**
 * One preview page for many tests: shows the story `id` (`story-id` or `story-id&args=…`, as
 * for {@link openStory}) in `page` as a page of its own would show it. A blank page opens the
 * preview ({@link openStory}); a page that has it puts back what an earlier test may have
 * changed (emulated media, the viewport, the mouse, focus, the scroll position, listeners for
 * requests and downloads), then switches to the story ({@link switchStory}: a render, not a page
 * load of 2–4 s) and checks that nothing of the earlier story is left in the page (no element
 * beside Storybook's own in the body). A story shown again in a page is mounted anew. Not for
 * what only a new page has: a first load (chunks loaded on first use, requests counted from the
 * start), Tab from the start of the document, `:focus-visible` before any input, storage, the
 * page's own zoom (pinch), script or elements a test added to the page.
 */
export async function showStory(page: Page, baseUrl: string, id: string, options: { width?: number; height?: number; waitFor?: string } = {}): Promise<void> {
  const [storyId = '', argsParam = ''] = id.split('&args=');
  const seen = shownArgs.get(page) ?? new Map<string, string>();
  shownArgs.set(page, seen);
  if ((seen.get(storyId) ?? argsParam) !== argsParam) throw new Error(`${storyId} was shown with args "${seen.get(storyId)}" in this page, now "${argsParam}": open it in a page of its own`);
  seen.set(storyId, argsParam);
  const viewport = { width: options.width ?? 1100, height: options.height ?? 900 };
  if (page.url() === 'about:blank') {
    await page.setViewportSize(viewport);
    await openStory(page, baseUrl, id);
  } else {
    for (const event of TEST_EVENTS) page.removeAllListeners(event);
    await page.emulateMedia({ media: null });
    await page.mouse.move(0, 0);
    await page.setViewportSize(viewport);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      window.getSelection()?.removeAllRanges();
    });
    const result = await switchStory(page, storyId, 30_000, 'story', argsParam ? urlArgs(argsParam) : undefined);
    if (result !== 'rendered') throw new Error(`${id} did not render: ${result}`);
    const left = await page.evaluate(() => {
      window.scrollTo(0, 0);
      // What Storybook's iframe.html has in its body, and the parts its addons add and remove.
      const own = /^(storybook-root|storybook-docs|storybook-highlights-root|storybook-a11y-vision-filters)$/;
      return Array.from(document.body.children)
        .filter((el) => !['SCRIPT', 'STYLE', 'LINK', 'NOSCRIPT'].includes(el.tagName) && !own.test(el.id) && !Array.from(el.classList).some((c) => c.startsWith('sb-')))
        .map((el) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`);
    });
    if (left.length) throw new Error(`${id}: left in the page by an earlier story or test: ${left.join(', ')}`);
  }
  if (options.waitFor) await page.waitForSelector(options.waitFor);
}

const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core with WCAG 2.x A/AA (incl. 2.2) rules on `selector` (or an axe context with
 * `include` / `exclude` selectors); returns violations. Retries if axe is busy.
 */
export async function axe(page: Page, selector: string | { include: string[]; exclude: string[] } = '#storybook-root'): Promise<{ id: string; help: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource() });
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(async (sel) => {
        // @ts-expect-error injected global
        const r = await window.axe.run(sel, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return r.violations.map((v: { id: string; help: string; nodes: { target: unknown[] }[] }) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      }, selector);
    } catch (e) {
      if (attempt < 5 && String(e).includes('already running')) { await page.waitForTimeout(300); continue; }
      throw e;
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Story ids as Storybook lists them in `index.json`. */
export async function storyIds(): Promise<{ id: string; title: string; name: string; type: string }[]> {
  const index = JSON.parse(await readFile(join(storybookDir, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; title: string; name: string; type: string }> };
  return Object.values(index.entries).filter((e) => e.type === 'story');
}

/**
 * One browser and one Storybook server for a test file: registers `beforeAll`/`afterAll`
 * and gives `open(storyId)`, which opens the story in a new page and collects console errors,
 * and `show(storyId)`, the same in the file's one shared page ({@link showStory}).
 */
export function storybookSession() {
  const state: { browser?: Browser; context?: BrowserContext; server?: Server; base: string; shared?: { page: Page; errors: string[] } } = { base: '' };
  beforeAll(async () => {
    requireStorybook();
    // Storybook's scripts may be cached (not its pages): the stories of a file open in one
    // browser context, so each page after the first takes the preview's code from the cache
    // (a story opened in ~2.7 s instead of ~3.3 s).
    const served = await serveStatic(storybookDir, (path): Record<string, string> => (path.endsWith('.html') ? {} : { 'cache-control': 'max-age=3600' }));
    state.server = served.server;
    state.base = served.url;
    state.browser = await launch();
    state.context = await state.browser.newContext();
  });
  afterAll(async () => {
    await state.shared?.page.close();
    await state.context?.close();
    await state.browser?.close();
    state.server?.close();
  });
  return {
    get browser(): Browser { if (!state.browser) throw new Error('browser not started'); return state.browser; },
    get base(): string { return state.base; },
    async open(id: string, options: { width?: number; height?: number; waitFor?: string } = {}): Promise<{ page: Page; errors: string[] }> {
      if (!state.context) throw new Error('browser not started');
      const page = await state.context.newPage();
      const opened = { page, errors: [] as string[] };
      page.on('console', (m) => { if (m.type() === 'error') opened.errors.push(m.text()); });
      page.on('pageerror', (e) => opened.errors.push(String(e)));
      await showStory(page, state.base, id, options);
      return opened;
    },
    /**
     * As `open`, in one page kept for the file's tests that call it ({@link showStory}): the
     * first call opens it, later ones switch the story in it. `errors` are the console errors
     * from this call on. The test does not close the page (the session does, after the file);
     * one that needs a page of its own uses `open`.
     */
    async show(id: string, options: { width?: number; height?: number; waitFor?: string } = {}): Promise<{ page: Page; errors: string[] }> {
      if (!state.shared || state.shared.page.isClosed()) state.shared = await this.open(id, options);
      else {
        state.shared.errors = [];
        await showStory(state.shared.page, state.base, id, options);
      }
      return state.shared;
    },
  };
}

/**
 * A page bundled from the sources with esbuild (production React, `@kring/source`) and served
 * for the tests of one `describe`: built before them, removed after. `url()` is its index.
 * `entry` is relative to tests/browser/. `splitting`: one chunk per `import()`, as a host's
 * bundler splits the parts that load on first use.
 */
export function bundledPage(entry: string, prefix: string, options: { splitting?: boolean } = {}): { url: () => string } {
  let dir = '';
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    await build({
      entryPoints: [resolve(import.meta.dirname, entry)],
      outdir: dir,
      bundle: true,
      // As a host's bundler does: one chunk per `import()` (the parts that load on first use).
      splitting: options.splitting ?? false,
      format: 'esm',
      jsx: 'automatic',
      conditions: ['@kring/source'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="nl"><meta charset="utf-8"><link rel="stylesheet" href="main.css"><body><div id="root"></div><script type="module" src="main.js"></script></body></html>');
    ({ server, url: base } = await serveStatic(dir));
  });
  afterAll(async () => {
    server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return { url: () => `${base}/index.html` };
}
