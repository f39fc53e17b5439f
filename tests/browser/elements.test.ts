/**
 * examples/plain-html in Chromium: a page without a framework loads the standalone
 * `kring-elements.js`, feeds <kring-ecogram> the Samir network and saves every change through
 * the example's own server (PUT /network.json), under a strict Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { axe, launch, screenshot } from './harness';

const root = resolve(import.meta.dirname, '../..');
const elementsDir = join(root, 'packages/elements');
const exampleDir = join(root, 'examples/plain-html');

let browser: Browser;
let server: Server;
let base: string;
let dataDir: string;
let dataFile: string;

beforeAll(async () => {
  // Self-sufficient after a fresh install: build the standalone bundle (seconds; no .d.ts).
  const tsup = createRequire(join(elementsDir, 'package.json')).resolve('tsup/dist/cli-default.js');
  execFileSync(process.execPath, [tsup], { cwd: elementsDir, env: { ...process.env, KRING_ELEMENTS_BUILD: 'standalone' }, stdio: 'pipe' });
  if (!existsSync(join(elementsDir, 'dist/kring-elements.js'))) throw new Error('kring-elements.js was not built');
  // The example's own server, saving into a temporary folder.
  dataDir = await mkdtemp(join(tmpdir(), 'kring-elements-'));
  dataFile = join(dataDir, 'network.json');
  const { createExampleServer } = (await import(pathToFileURL(join(exampleDir, 'server.mjs')).href)) as {
    createExampleServer: (options: { dataFile: string }) => Server;
  };
  server = createExampleServer({ dataFile });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  errors: string[];
  violations: string[];
  puts: string[];
}

/** `bypassCSP` only where axe-core has to be injected as an inline script. */
async function openExample(options: { bypassCSP?: boolean } = {}): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false });
  const errors: string[] = [];
  const violations: string[] = [];
  const puts: string[] = [];
  await page.exposeFunction('__kringViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    const w = window as unknown as { __kringViolation: (v: string) => void; __kringChanges: string[] };
    w.__kringChanges = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__kringViolation(`${e.violatedDirective} ${e.blockedURI}`));
    // kring-change is composed and bubbles: the document sees it
    document.addEventListener('kring-change', (e) => w.__kringChanges.push((e as CustomEvent<{ change: { type: string } }>).detail.change.type));
  });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => { if (r.method() === 'PUT') puts.push(r.url()); });
  await page.goto(`${base}/`);
  await page.locator('kring-ecogram [data-part="ecogram"] svg').first().waitFor({ timeout: 20_000 });
  return { page, errors, violations, puts };
}

/** Evaluate inside the ecogram's shadow root. */
function inShadow<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(document.querySelector('kring-ecogram').shadowRoot)`) as Promise<T>;
}

describe('examples/plain-html with <kring-ecogram>', () => {
  it('renders the ecogram inside an open shadow root, styled by the shipped CSS without inline styles', async () => {
    const { page, errors, violations } = await openExample();
    const inside = await inShadow(page, (r) => ({
      nodes: r.querySelectorAll('[data-part="node"]').length,
      map: !!r.querySelector('[data-part="ecogram"] svg'),
      styleElements: r.querySelectorAll('style').length,
      adopted: r.adoptedStyleSheets.length,
    }));
    expect(inside.map).toBe(true);
    expect(inside.nodes).toBe(5);
    expect(inside.adopted).toBeGreaterThan(0);
    expect(inside.styleElements).toBe(0);
    // nothing of the ecogram in the light DOM
    expect(await page.evaluate(() => document.querySelectorAll('[data-part="ecogram"]').length)).toBe(0);
    // a rule of the shipped CSS applies: toolbar buttons are 44 px touch targets
    const button = page.locator('kring-ecogram [data-part="toolbar"] [data-part="button"]').first();
    expect(await button.evaluate((b) => getComputedStyle(b).minHeight)).toBe('44px');
    // defaults meant for :root reach the shadow tree too (the sector fill has a colour)
    expect(await inShadow(page, (r) => getComputedStyle(r.querySelector('[data-part="ecogram"]')!).getPropertyValue('--kring-sector-fill').trim())).not.toBe('');
    // the script loaded a second time (another URL: another module instance) defines nothing and throws nothing
    // (a string: vitest would rewrite a dynamic import() inside a function)
    const again = await page.evaluate(`(async () => {
      const before = customElements.get('kring-ecogram');
      await import('/kring/kring-elements.js?loaded-again');
      return customElements.get('kring-ecogram') === before;
    })()`);
    expect(again).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('takes --kring-* custom properties from the host page', async () => {
    const { page } = await openExample();
    const pressed = page.locator('kring-ecogram [data-part="view-toggle"] [aria-pressed="true"]');
    // the example's app.css sets --kring-accent: #8a2c68 on kring-ecogram
    expect(await pressed.evaluate((b) => getComputedStyle(b).borderTopColor)).toBe('rgb(138, 44, 104)');
    await page.evaluate(() => document.querySelector('kring-ecogram')!.style.setProperty('--kring-accent', 'rgb(0, 100, 0)'));
    expect(await pressed.evaluate((b) => getComputedStyle(b).borderTopColor)).toBe('rgb(0, 100, 0)');
    await page.close();
  });

  it('adds a person with the keyboard alone; the page gets kring-change and saves it; a reload shows it', async () => {
    const { page, errors, violations, puts } = await openExample();
    // the summary counts the people around Samir
    await expect.poll(() => page.locator('kring-summary [data-part="network-summary"]').first().textContent()).toMatch(/^Het netwerk in cijfers4 /);
    const add = page.locator('kring-ecogram').getByRole('button', { name: 'Persoon toevoegen' });
    await add.focus();
    await page.keyboard.press('Enter');
    // the editor opens inside the shadow root, not in document.body
    const dialog = page.locator('kring-ecogram').getByRole('dialog');
    await dialog.waitFor();
    expect(await inShadow(page, (r) => !!r.querySelector('[role="dialog"]'))).toBe(true);
    expect(await page.evaluate(() => document.body.querySelectorAll(':scope > [role="dialog"], :scope > div [role="dialog"]').length)).toBe(0);
    // focus moved into the name field: type like a user
    await page.keyboard.type('Noor');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __kringChanges: string[] }).__kringChanges)).toContain('add-person');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/Opgeslagen/);
    expect(puts.length).toBeGreaterThan(0);
    const saved = JSON.parse(await readFile(dataFile, 'utf8')) as { format: string; people: { name: string }[] };
    expect(saved.format).toBe('kring.network');
    expect(saved.people.map((p) => p.name)).toContain('Noor');
    await page.keyboard.press('Escape');
    await expect.poll(() => inShadow(page, (r) => [...r.querySelectorAll('[data-part="node"]')].some((n) => /^Noor/.test(n.getAttribute('aria-label') ?? '')))).toBe(true);
    // the page passed the new network to <kring-summary> as well
    await expect.poll(() => page.locator('kring-summary').getByRole('heading', { name: 'Het netwerk in cijfers' }).count()).toBe(1);
    await expect.poll(() => page.locator('kring-summary [data-part="network-summary"]').first().textContent()).toMatch(/^Het netwerk in cijfers5 /);
    await screenshot(page, 'elements-plain-html');
    // the saved network comes back after a reload
    await page.reload();
    await page.locator('kring-ecogram [data-part="ecogram"] svg').first().waitFor();
    expect(await inShadow(page, (r) => [...r.querySelectorAll('[data-part="node"]')].some((n) => /^Noor/.test(n.getAttribute('aria-label') ?? '')))).toBe(true);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('draws the levenslijn in <kring-lifeline>; Delete on an event is saved and both views follow', async () => {
    const { page, errors, violations } = await openExample();
    const lifeline = page.locator('kring-lifeline');
    const event = lifeline.locator('[data-part="event"][data-event-id="e-1"]');
    await event.waitFor();
    // the lifeline's own stylesheet applies inside its shadow root
    expect(await lifeline.locator('.kring-lifeline').first().evaluate((r) => getComputedStyle(r).fontSize)).toBe('14px');
    await event.focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __kringChanges: string[] }).__kringChanges)).toContain('remove-event');
    await expect.poll(async () => (JSON.parse(await readFile(dataFile, 'utf8')) as { events: { id: string }[] }).events.map((e) => e.id)).not.toContain('e-1');
    // the page gave the new network to the ecogram too
    expect(await page.evaluate(() => document.querySelector('kring-ecogram')!.network?.events.some((e) => e.id === 'e-1'))).toBe(false);
    // adding an event opens the editor inside the lifeline's shadow root
    await lifeline.getByRole('button', { name: 'Gebeurtenis toevoegen' }).click();
    await lifeline.getByRole('dialog').waitFor();
    expect(await page.evaluate(() => !!document.querySelector('kring-lifeline')!.shadowRoot!.querySelector('[role="dialog"]'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('turns read-only and hides names through attributes set by the page', async () => {
    const { page } = await openExample();
    await page.getByLabel('Alleen lezen').check();
    await expect.poll(() => page.locator('kring-ecogram').getByRole('button', { name: 'Persoon toevoegen' }).count()).toBe(0);
    await page.getByLabel(/Namen verbergen/).check();
    await expect.poll(() => inShadow(page, (r) => r.textContent ?? '')).not.toMatch(/Latifa/);
    await page.close();
  });

  it('has no axe-core violations, inside the shadow root included', async () => {
    const { page } = await openExample({ bypassCSP: true });
    expect(await axe(page, 'body')).toEqual([]);
    // with the editor open too
    await page.locator('kring-ecogram').getByRole('button', { name: 'Persoon toevoegen' }).click();
    await page.locator('kring-ecogram').getByRole('dialog').waitFor();
    expect(await axe(page, 'body')).toEqual([]);
    await page.close();
  });

  it('refuses a PUT that is not a Kring network', async () => {
    const bad = await fetch(`${base}/network.json`, { method: 'PUT', body: '{"nope": true}' });
    expect(bad.status).toBe(422);
    const notJson = await fetch(`${base}/network.json`, { method: 'PUT', body: 'nope' });
    expect(notJson.status).toBe(400);
    const outside = await fetch(`${base}/%2e%2e/server.mjs`);
    expect(outside.status).toBe(404);
  });
});
