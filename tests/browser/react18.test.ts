/**
 * @kring/elements in a React 18 host (issue 13): a page whose own React is 18.3 bundles the
 * elements' module build and renders <kring-ecogram> with it.
 *
 * What a host gets from npm is decided by the published manifests, so the build resolves
 * `react` / `react-dom` the way npm lays out `node_modules` for such a host: a package that
 * lists React as a peer dependency (or as a dependency whose range the host's 18.3.1
 * satisfies) shares the host's copy; a package that lists React as a dependency the host's
 * version does not satisfy gets a private copy (here the workspace's React 19), as npm nests
 * one under it. Kring's packages are compiled from their sources (the `@kring/source`
 * condition): the module build is tsup over the same sources with React and @kring/* left as
 * imports, so the host's bundler sees the same code, and no `.d.ts` build is needed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, defaultClientConditions, type Plugin } from 'vite';
import { launch, serveStatic } from './harness';

const root = resolve(import.meta.dirname, '../..');
const hostDir = join(root, 'tests/react18');
const HOST_REACT = JSON.parse(readFileSync(join(hostDir, 'node_modules/react/package.json'), 'utf8')) as { version: string };

interface Manifest {
  name?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** The nearest package.json above a file (its package's manifest). */
function manifestOf(file: string): { dir: string; pkg: Manifest } {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      return { dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest };
    } catch {
      // no manifest here: one folder up
    }
  }
  throw new Error(`no package.json above ${file}`);
}

/** Whether a range like `^18.2.0 || ^19.0.0` takes the host's React (caret ranges, as the manifests use). */
function takesHostVersion(range: string): boolean {
  const [major] = HOST_REACT.version.split('.');
  return range.split('||').some((part) => /^\s*[\^~]?(\d+)/.exec(part)?.[1] === major || part.trim() === '*');
}

/** `react` and `react-dom` imports resolved as npm installs them for this host (see the top). */
function npmLayout(): Plugin {
  return {
    name: 'kring-npm-react-layout',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const name = /^(react-dom|react)(\/|$)/.exec(source)?.[1];
      if (!name || !importer || importer.startsWith('\0')) return null;
      const { dir, pkg } = manifestOf(importer.split('?')[0] ?? importer);
      // React's own files, and the host's: resolved where they are installed.
      if (dir === hostDir || pkg.name === 'react' || pkg.name === 'react-dom') return null;
      const own = pkg.dependencies?.[name];
      const nested = own !== undefined && !pkg.peerDependencies?.[name] && !takesHostVersion(own);
      if (nested) return null; // its private copy: the one installed beside it
      return this.resolve(source, join(hostDir, 'main.ts'), { ...options, skipSelf: true });
    },
  };
}

let browser: Browser;
let server: Server;
let base: string;
let outDir: string;
let bundle = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'kring-react18-'));
  await build({
    root: hostDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [npmLayout()],
    resolve: { conditions: ['@kring/source', ...defaultClientConditions] },
    // A development build: React 18 reports what it would only warn about in development.
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, modulePreload: { polyfill: false }, reportCompressedSize: false },
  });
  const assets = join(outDir, 'assets');
  for (const file of await readdir(assets)) if (file.endsWith('.js')) bundle += await readFile(join(assets, file), 'utf8');
  ({ url: base, server } = await serveStatic(outDir));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('<kring-ecogram> in a React 18 host', () => {
  it('bundles one React, the host\'s 18.3', () => {
    expect(HOST_REACT.version).toMatch(/^18\./);
    // React 19 marks its elements with this symbol; React 18 does not know it.
    expect(bundle).not.toContain('react.transitional.element');
  });

  it('renders the people (and the life-line) and takes an edit, without errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/index.html`);
    expect(await page.getByTestId('react-version').textContent()).toBe(HOST_REACT.version);
    const ecogram = page.locator('kring-ecogram');
    const nodes = ecogram.locator('[data-part="node"]');
    // Drawn, or crashed (the crash names itself in the errors).
    await expect.poll(async () => errors.length > 0 || (await nodes.count()) === 5, { timeout: 20_000 }).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(await nodes.count()).toBe(5);
    // the life-line renders with React 18 too (Samir's two events)
    await expect.poll(() => page.locator('kring-lifeline [data-part="event"]').count()).toBe(2);

    // An edit: add a person through the toolbar form; the host hears kring-change.
    await ecogram.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const dialog = ecogram.getByRole('dialog');
    await dialog.getByLabel(/^Naam/).fill('Noor');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('people').textContent()).toContain('Noor');
    await expect.poll(() => nodes.count()).toBe(6);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
