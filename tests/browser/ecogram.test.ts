/**
 * The Ecogram in a real browser (Debian Chromium over the built Storybook): dragging,
 * wheel zoom, the keyboard path, export, print, narrow screens, axe, and screenshots in
 * artifacts/ecogram-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { artifactsDir, axe, screenshot, storybookSession } from './harness';
import { dragLayerState } from './drag-layer';

const sb = storybookSession();

const waitFor = '[data-part="svg"], [data-part="invalid"], [data-part="body"]';

/**
 * The story in the file's one preview page (`sb.show`: switched to, not loaded; the page is put
 * back as a new one would be first). A test that needs a page of its own uses `sb.open`.
 */
async function show(id: string, width = 1000, height = 900): Promise<Page> {
  return (await sb.show(id, { width, height, waitFor })).page;
}

const label = (page: Page, id: string) =>
  page.getAttribute(`[data-part="node"][data-id="${id}"]`, 'aria-label');

/** Screen (client) coordinates of a point in layout units. */
async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lx, ly]) => {
      const vp = document.querySelector<SVGGElement>('[data-part="viewport"]');
      const ctm = vp?.getScreenCTM();
      if (!ctm) throw new Error('no CTM');
      const p = new DOMPoint(lx, ly).matrixTransform(ctm);
      return { x: p.x, y: p.y };
    },
    [x, y] as [number, number],
  );
}

/** Centre of a node in layout units, from its transform. */
async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const t = (await page.getAttribute(`[data-part="node"][data-id="${id}"]`, 'transform')) ?? '';
  const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(t);
  return { x: Number(m?.[1]), y: Number(m?.[2]) };
}

describe('Ecogram in Chromium', () => {
  it('dragging a person into the inner circle changes their closeness', async () => {
    const page = await show('ecogram-ecogram--typical');
    expect(await label(page, 'p-lotte')).toMatch(/buitenste cirkel/);
    const from = await nodeCentre(page, 'p-lotte');
    const centre = { x: 400, y: 400 };
    // Same direction from the centre, at the middle of the inner ring (radius ~113 of 376).
    const d = Math.hypot(from.x - centre.x, from.y - centre.y);
    const to = { x: centre.x + ((from.x - centre.x) / d) * 113, y: centre.y + ((from.y - centre.y) / d) * 113 };
    const a = await toScreen(page, from.x, from.y);
    const b = await toScreen(page, to.x, to.y);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 12, a.y + ((b.y - a.y) * i) / 12);
    // While dragging, the cell under the pointer is highlighted.
    expect(await page.locator('[data-part="drop-target"]').count()).toBe(1);
    // Lotte's lines follow her in the drag layer (drawn on top, hidden from assistive
    // technology, no focus stops); the ties layer keeps them at rest, unseen (issue 16).
    const during = await dragLayerState(page, 'p-lotte', /Lotte/);
    expect(during.copies).toBeGreaterThan(0);
    expect(during.copies).toBe(during.ownTies);
    expect(during.resting).toHaveLength(during.copies);
    expect(during.resting.every(([, v]) => v === 'hidden')).toBe(true);
    expect(during).toMatchObject({ last: true, ariaHidden: 'true', focusable: 0 });
    // every copy ends at Lotte where she is now (her radius plus the line's inset away)
    for (const e of during.ends) expect(e).toBeLessThan(40);
    await page.mouse.up();
    await page.waitForFunction(() =>
      /binnenste cirkel/.test(document.querySelector('[data-part="node"][data-id="p-lotte"]')?.getAttribute('aria-label') ?? ''),
    );
    expect(await label(page, 'p-lotte')).toMatch(/^Lotte, oud-collega, vrienden, binnenste cirkel/);
    expect(await page.textContent('[data-part="live-region"]')).toMatch(/Lotte verplaatst naar de binnenste cirkel/);
    // A drag is not a click: no editor opened.
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    // Dropped: her lines are back in the ties layer, drawn where she is now.
    expect(await page.locator('[data-part="drag-layer"]').count()).toBe(0);
    expect(await page.locator('[data-part="tie"][data-moving]').count()).toBe(0);
    // The new place is kept: the node sits inside the inner ring now.
    const now = await nodeCentre(page, 'p-lotte');
    const r = Math.hypot(now.x - centre.x, now.y - centre.y);
    expect(r).toBeGreaterThan(60);
    expect(r).toBeLessThan(165);
    await screenshot(page, 'ecogram-after-drag');
  });

  it('a simple click opens the editor and does not move anyone', async () => {
    const page = await show('ecogram-ecogram--typical');
    const before = await nodeCentre(page, 'p-esra');
    await page.click('[data-part="node"][data-id="p-esra"]');
    await page.waitForSelector('[role="dialog"]');
    expect(await nodeCentre(page, 'p-esra')).toEqual(before);
    expect(await page.textContent('[role="dialog"] h2')).toBe('Esra bewerken');
    const violations = await axe(page);
    await screenshot(page, 'ecogram-editor');
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('p-esra');
  });

  it('Ctrl+wheel zoom changes the transform, a plain wheel does not; the buttons and the fit key bring it back', async () => {
    const page = await show('ecogram-ecogram--typical');
    const box = await page.locator('[data-part="svg"]').boundingBox();
    if (!box) throw new Error('no svg');
    const scaleOf = async () => {
      const t = (await page.getAttribute('[data-part="viewport"]', 'transform')) ?? '';
      return Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? '1');
    };
    expect(await scaleOf()).toBe(1);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The wheel rule (zoom/createPanZoom.ts): a plain wheel is the page's, Ctrl + wheel zooms.
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(100);
    expect(await scaleOf()).toBe(1);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => /scale\((?!1\))/.test(document.querySelector('[data-part="viewport"]')?.getAttribute('transform') ?? ''));
    expect(await scaleOf()).toBeGreaterThan(1.2);
    await page.mouse.wheel(0, 800);
    await page.keyboard.up('Control');
    await page.waitForTimeout(100);
    expect(await scaleOf()).toBeLessThan(1);
    // Drag the background to pan.
    const before = (await page.getAttribute('[data-part="viewport"]', 'transform')) ?? '';
    await page.mouse.move(box.x + 20, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 80, { steps: 5 });
    await page.mouse.up();
    expect(await page.getAttribute('[data-part="viewport"]', 'transform')).not.toBe(before);
    await page.click('button[data-action="fit"]');
    expect(await scaleOf()).toBe(1);
    await page.click('button[data-action="zoom-in"]');
    expect(await scaleOf()).toBeCloseTo(1.3, 2);
  });

  it('keyboard alone: Tab into the map, arrows move, Enter edits, Escape closes and focus returns', async () => {
    // A page of its own: Tab from the start of a new document (a page that showed other
    // stories starts the Tab order where focus last was).
    const { page } = await sb.open('ecogram-ecogram--typical', { width: 1000, height: 900, waitFor });
    let inMap = false;
    for (let i = 0; i < 20 && !inMap; i++) {
      await page.keyboard.press('Tab');
      inMap = await page.evaluate(() => document.activeElement?.getAttribute('data-part') === 'node');
    }
    expect(inMap).toBe(true);
    // One tab stop: the client first.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('p-fatima');
    // The focus ring is visible.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('[data-part="focus-ring"]')!).display)).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    const right = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(right).toBeTruthy();
    expect(right).not.toBe('p-fatima');
    await page.keyboard.press('ArrowUp');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="dialog"]');
    // Focus moved into the editor.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(target);
    // Tab leaves the map in one step.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-part="svg"]')))).toBe(false);
    await page.close();
  });

  it('moves and deletes by keyboard with undo, announcing each change', async () => {
    const page = await show('ecogram-ecogram--typical');
    await page.focus('[data-part="node"][data-id="p-lotte"]');
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(() => /middelste cirkel/.test(document.querySelector('[data-id="p-lotte"]')?.getAttribute('aria-label') ?? ''));
    expect(await page.textContent('[data-part="live-region"]')).toMatch(/Lotte verplaatst naar de middelste cirkel/);
    await page.keyboard.press('Delete');
    await page.waitForSelector('[data-part="node"][data-id="p-lotte"]', { state: 'detached' });
    expect(await page.textContent('[data-part="live-region"]')).toMatch(/Lotte verwijderd\. Ongedaan maken met Ctrl\+Z/);
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-part="node"][data-id="p-lotte"]');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForSelector('[data-part="node"][data-id="p-lotte"]', { state: 'detached' });
    await page.click('button[data-action="undo"]');
    await page.waitForSelector('[data-part="node"][data-id="p-lotte"]');
  });

  it('the interaction stories reach their end state (their play functions ran)', async () => {
    const ends: [string, string][] = [
      ['ecogram-interactions--add-person', '[data-part="node"][aria-label^="Oma Truus,"]'],
      ['ecogram-interactions--edit-person', '[data-part="node"][aria-label^="Jan de Vries, casemanager"]'],
      ['ecogram-interactions--add-tie', '[data-part="tie"][aria-label^="Band tussen Samir en Inloophuis De Kloof"]'],
      ['ecogram-interactions--edit-tie', '[data-part="tie"][data-id="t-1"][data-quality="stressful"]'],
      ['ecogram-interactions--move-by-keyboard', '[data-part="node"][data-id="p-latifa"][aria-label*="vrienden, middelste cirkel"]'],
      ['ecogram-interactions--delete-and-undo', '[data-part="node"][data-id="p-jan"]'],
    ];
    for (const [id, selector] of ends) {
      const page = await show(id);
      await page.waitForSelector(selector, { timeout: 20_000, state: 'attached' });
      await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
      expect(await axe(page), id).toEqual([]);
    }
  }, 180_000);

  it('exports a self-contained SVG and a PNG that load as images', async () => {
    const page = await show('ecogram-ecogram--export');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.click('text=SVG maken');
    await page.click('text=PNG maken');
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('img[data-testid^="export-"]')];
      return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    });
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('img[data-testid^="export-"]')].map((i) => [i.dataset.testid, i.naturalWidth, i.naturalHeight]),
    );
    // 864 × 864 for the map, taller by the key of names that do not fully fit ("Eritrees-orthodoxe…")
    const svgSize = sizes.find(([id]) => id === 'export-svg');
    const pngSize = sizes.find(([id]) => id === 'export-png');
    expect(svgSize?.[1]).toBe(864);
    expect(svgSize?.[2]).toBeGreaterThan(864);
    expect(pngSize).toEqual(['export-png', 1296, Math.round(Number(svgSize?.[2]) * 1.5)]);
    // No request leaves the page's own host (Storybook may lazy-load its own chunks meanwhile).
    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && !u.startsWith(sb.base))).toEqual([]);
    const svgText = await page.evaluate(async () => {
      const src = document.querySelector<HTMLImageElement>('img[data-testid="export-svg"]')?.src ?? '';
      return (await fetch(src)).text();
    });
    expect(svgText).toContain('<style>');
    expect(svgText).toContain('Eritrees-orthodoxe kerk');
    expect(svgText).not.toMatch(/var\(--kring/);
    expect(svgText).not.toMatch(/(href|src)="https?:/);
    // The live document never got a <style> element from the component.
    expect(await page.locator('.kring-ecogram style').count()).toBe(0);
    await writeFile(join(artifactsDir, 'ecogram-export.svg'), svgText);
    await screenshot(page, 'ecogram-export');
  });

  it('the export of a crowded map keeps every name: numbers beside the nodes, the key under the picture', async () => {
    const page = await show('ecogram-ecogram--export-large');
    const notDrawn = await page.locator('[data-part="print-key"] li').count();
    expect(notDrawn).toBeGreaterThan(20);
    await page.click('text=SVG maken');
    await page.click('text=PNG maken');
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('img[data-testid^="export-"]')];
      return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
    });
    const { svgText, png } = await page.evaluate(async () => {
      const src = (id: string) => document.querySelector<HTMLImageElement>(`img[data-testid="${id}"]`)!;
      const pngImg = src('export-png');
      return { svgText: await (await fetch(src('export-svg').src)).text(), png: [pngImg.naturalWidth, pngImg.naturalHeight] };
    });
    // The picture grew downwards to hold the key; every listed number is drawn beside a node.
    expect(png[1]).toBeGreaterThan(png[0]! * 1.1);
    const doc = await page.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: d.querySelector('parsererror') !== null,
        numbers: [...d.querySelectorAll('[data-part="node-number"], [data-part="node-number-inline"]')].filter((n) => n.getAttribute('display') !== 'none').length,
        keyLines: [...d.querySelectorAll('[data-part="export-key"] text')].map((t) => t.textContent),
      };
    }, svgText);
    expect(doc.error).toBe(false);
    expect(doc.numbers).toBe(notDrawn);
    for (let n = 1; n <= notDrawn; n++) expect(doc.keyLines).toContain(`${n}.`);
    await writeFile(join(artifactsDir, 'ecogram-export-150.svg'), svgText);
    // As base64: 2.6 MB as an array of numbers took 13.6 s to cross from the page, base64 0.3 s.
    const pngBase64 = await page.evaluate(async () => {
      const blob = await (await fetch(document.querySelector<HTMLImageElement>('img[data-testid="export-png"]')!.src)).blob();
      return new Promise<string>((done) => {
        const reader = new FileReader();
        reader.onload = () => done(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
        reader.readAsDataURL(blob);
      });
    });
    await writeFile(join(artifactsDir, 'ecogram-export-150.png'), Buffer.from(pngBase64, 'base64'));
  });

  it('the time slider moves the map through time; only "now" can be edited', async () => {
    const page = await show('ecogram-ecogram--over-time');
    expect(await page.locator('button[data-action="add-person"]').count()).toBe(0);
    expect(await page.textContent('[data-part="status"]')).toMatch(/Zo was het netwerk in juni 2022/);
    const slider = page.locator('input[type="range"]');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(() => /2015|2016/.test(document.querySelector('[data-part="status"]')?.textContent ?? ''));
    const early = await page.locator('[data-part="node"]').count();
    await page.keyboard.press('End');
    await page.waitForSelector('button[data-action="add-person"]');
    expect(await page.locator('[data-part="node"]').count()).toBeGreaterThan(early);
  });

  it('prints on one A4 page without the controls, also with the legend', async () => {
    for (const [id, file] of [
      ['ecogram-ecogram--typical', 'ecogram-print.pdf'],
      ['ecogram-ecogram--with-legend', 'ecogram-print-legend.pdf'],
    ] as const) {
      const page = await show(id, 794, 1123);
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-part="toolbar"]')!).display)).toBe('none');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, id).toBe(1);
      await mkdir(artifactsDir, { recursive: true });
      await writeFile(join(artifactsDir, file), pdf);
    }
  });

  it('prints a crowded map with a number beside each person whose name is not drawn, and the key under it, flowing on to the next sheets', async () => {
    const page = await show('ecogram-ecogram--large-network', 794, 1123);
    const onScreen = await page.evaluate(() => ({
      key: getComputedStyle(document.querySelector('[data-part="print-key"]')!).display,
      number: getComputedStyle(document.querySelector('[data-part="node-number"]')!).display,
    }));
    // The key is on screen too (issue 12: a crowded map lists its numbers beside or under it).
    expect(onScreen.key).not.toBe('none');
    expect(onScreen.number).not.toBe('none');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const numbers = [...document.querySelectorAll<SVGTextElement>('[data-part="node-number"], [data-part="node-number-inline"]')];
      const items = [...document.querySelectorAll('[data-part="print-key"] li')];
      return {
        key: getComputedStyle(document.querySelector('[data-part="print-key"]')!).display,
        visibleNumbers: numbers.filter((n) => n.getBoundingClientRect().width > 0).length,
        numbers: numbers.length,
        items: items.length,
        itemsHaveNames: items.every((li) => /\S+ \(/.test(li.textContent ?? '')),
        // A key this long flows on to the next sheets: the map keeps its size, nothing overlaps.
        keyBottom: document.querySelector('[data-part="print-key"]')!.getBoundingClientRect().bottom,
        legendTop: document.querySelector('[data-part="legend-slot"]')!.getBoundingClientRect().top,
        mapHeight: document.querySelector('[data-part="svg"]')!.getBoundingClientRect().height,
        page: document.querySelector('[data-part="title-block-page"]')?.textContent,
      };
    });
    expect(printed.legendTop).toBeGreaterThanOrEqual(printed.keyBottom - 1);
    expect(printed.mapHeight).toBeGreaterThan(150 * (96 / 25.4));
    expect(printed.page).toBe('Pagina 1 — vervolg op de volgende pagina');
    expect(printed.key).not.toBe('none');
    expect(printed.numbers).toBeGreaterThan(0);
    expect(printed.visibleNumbers).toBe(printed.numbers);
    expect(printed.items).toBe(printed.numbers);
    expect(printed.itemsHaveNames).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await mkdir(artifactsDir, { recursive: true });
    await writeFile(join(artifactsDir, 'ecogram-print-large.pdf'), pdf);
    await page.screenshot({ path: join(artifactsDir, 'ecogram-print-large.png'), fullPage: true });
  });

  it('works at 320 px: no sideways scrolling, touch targets of at least 24 px, nodes with 44 px hit areas', async () => {
    const page = await show('ecogram-ecogram--narrow', 320, 700);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-part="toolbar"] button')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24).length,
    );
    expect(small).toBe(0);
    const hit = await page.evaluate(() => {
      const el = document.querySelector('[data-part="node"][data-id="p-ricardo"] [data-part="hit-area"]');
      return el?.getBoundingClientRect().width ?? 0;
    });
    expect(hit).toBeGreaterThanOrEqual(43.5);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'ecogram-narrow');
  });

  for (const [id, name] of [
    ['ecogram-ecogram--typical', 'ecogram-typical'],
    ['ecogram-ecogram--with-legend', 'ecogram-legend'],
    ['ecogram-ecogram--family-abroad-and-boundary', 'ecogram-abroad'],
    ['ecogram-ecogram--over-time', 'ecogram-over-time'],
    ['ecogram-ecogram--dark', 'ecogram-dark'],
    ['ecogram-ecogram--large-network', 'ecogram-150'],
    ['ecogram-ecogram--no-network-yet', 'ecogram-geen-netwerk'],
    ['ecogram-ecogram--redacted', 'ecogram-redacted'],
    ['ecogram-ecogram--english', 'ecogram-english'],
  ] as const) {
    it(`${id}: no axe violations; screenshot artifacts/${name}.png`, async () => {
      // The file's one preview page, switched to each story as Storybook's UI does (a page
      // load each cost ~2 s of the ~4 s a story took).
      const walk = await show(id);
      await walk.waitForSelector('#storybook-root [data-part]');
      const violations = await axe(walk);
      await screenshot(walk, name);
      expect(violations).toEqual([]);
    });
  }
});
