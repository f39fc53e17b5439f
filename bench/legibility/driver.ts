/**
 * Node side of the legibility instrument, shared by `bench/legibility.ts` and
 * `tests/browser/legibility.test.ts`: bundles `page.tsx` with esbuild (production React,
 * workspace packages from source through `@kring/source`) into a temporary folder, serves it
 * on 127.0.0.1, launches Debian's Chromium (the arguments of tests/browser/harness.ts) and
 * measures a network at a viewport size. Nothing is written into the repository.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../tests/serve-static';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Network } from '@kring/core';
import type { LegibilityCounts, MeasureInput } from './measure';
import './page-types';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A running page server and browser; `close()` stops both and removes the bundle. */
export interface LegibilitySession {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Whether `file` exists with exactly this case (readdir, not the file system's own lookup). */
function existsExactly(file: string): boolean {
  try {
    return readdirSync(dirname(file)).includes(basename(file)) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Relative imports resolved case-sensitively, in TypeScript's order (.ts before .tsx). esbuild's
 * own resolver may take `TitleBlock.tsx` for `./titleBlock` when `titleBlock.ts` sits beside
 * it (its different-path-case check), which breaks the bundle.
 */
const exactCase: Plugin = {
  name: 'exact-case',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const base = resolve(args.resolveDir, args.path);
      const candidates = [base, ...['.ts', '.tsx', '.js', '.jsx'].map((e) => base + e), ...['index.ts', 'index.tsx', 'index.js'].map((i) => join(base, i))];
      const found = candidates.find(existsExactly);
      return found ? { path: found } : undefined;
    });
  },
};

async function bundle(dir: string): Promise<void> {
  await build({
    entryPoints: [join(HERE, 'page.tsx')],
    outdir: dir,
    entryNames: 'legibility',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    conditions: ['@kring/source'],
    plugins: [exactCase],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const css = existsSync(join(dir, 'legibility.css')) ? '<link rel="stylesheet" href="legibility.css">' : '';
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Kring legibility</title>${css}
<style>html,body{margin:0;background:#fff;font-family:system-ui,sans-serif}#root{padding:16px}</style></head>
<body><div id="root"></div><script type="module" src="legibility.js"></script></body></html>`);
}

/** Serves a folder on 127.0.0.1 (the one static server of the tests and benchmarks). */
const serve = (dir: string): Promise<{ url: string; server: Server }> => serveStatic(dir);

/** Bundles and serves the page and launches Chromium. */
export async function startLegibility(): Promise<LegibilitySession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
  const dir = await mkdtemp(join(tmpdir(), 'kring-legibility-'));
  let server: Server | undefined;
  try {
    await bundle(dir);
    const served = await serve(dir);
    server = served.server;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
    });
    return {
      browser,
      url: served.url,
      async close() {
        await browser.close();
        served.server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    server?.close();
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** A fresh page of the given viewport with the legibility page loaded; errors in it are collected. */
export async function openLegibilityPage(session: LegibilitySession, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${session.url}/`);
  await page.waitForFunction(() => window.kringLegibility !== undefined);
  return { page, errors };
}

/** What the instrument needs from the network: each tie's two ends and each person's full name. */
export function measureInputOf(network: Network): MeasureInput {
  return {
    ends: Object.fromEntries(network.ties.map((t) => [t.id, [t.between[0], t.between[1]]])),
    names: Object.fromEntries(network.people.map((p) => [p.id, p.name])),
  };
}

/**
 * Renders `network` in `page` and measures it; `screenshot` then saves a PNG of the window as
 * measured (not full-page: that resizes the viewport, and the Ecogram answers a resize, e.g.
 * by zooming out on a phone, so the picture would not be what was counted).
 */
export async function measureNetwork(page: Page, network: Network, readOnly: boolean, screenshot?: string): Promise<LegibilityCounts> {
  await page.evaluate(([n, r]) => window.kringLegibility!.mount(n, r), [network, readOnly] as const);
  const counts = await page.evaluate((input) => window.kringLegibility!.measure(input), measureInputOf(network));
  if (screenshot) await page.screenshot({ path: screenshot });
  return counts;
}
