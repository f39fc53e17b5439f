import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';
import { launch, serveStatic, screenshot } from './harness';

const CSP = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data: blob:";

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'kring-csp-'));
  await build({
    root: resolve(import.meta.dirname, '../csp'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['@kring/source', ...defaultClientConditions] },
    // no inline module-preload polyfill: it would be an inline script
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
  });
  ({ url: base, server } = await serveStatic(outDir, () => ({ 'content-security-policy': CSP })));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('__kringViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __kringViolation: (v: string) => void }).__kringViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/index.html`);
  await page.waitForSelector('[data-part="ecogram"] svg');
  return { page, violations, errors };
}

describe('strict Content-Security-Policy', () => {
  it('renders, zooms and edits the ecogram and lifeline with zero violations', async () => {
    const { page, violations, errors } = await openPage();
    // zoom with the buttons and the wheel
    await page.getByRole('button', { name: /inzoomen/i }).first().click();
    const svg = page.locator('[data-part="ecogram"] svg').first();
    const box = await svg.boundingBox();
    // Ctrl + wheel zooms (a plain wheel scrolls the page: the wheel rule of zoom/createPanZoom.ts).
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
    }
    // edit: add a person through the toolbar form
    await page.getByRole('button', { name: /persoon toevoegen/i }).first().click();
    await page.getByLabel(/^naam/i).first().fill('Noor');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('people').textContent()).toContain('Noor');
    await screenshot(page, 'csp-page');
    await page.close();
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });
});
