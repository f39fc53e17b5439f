/**
 * Chromium benchmark: Kring's `Ecogram` against Cytoscape.js and React Flow drawing the same
 * nodes and edges (`generateNetwork(n, 1)`: the people as nodes, the ties as edges).
 *
 * Per library and network size, in Debian's Chromium (headless, driven by playwright-core):
 * - first render: a fresh page per run; ms from `mount(network)` until the frame with every
 *   node and edge has been painted (see `bench/browser/api.ts` for the exact rule);
 * - re-render: ms from one rename of a person through the library's normal update path
 *   until the frame showing the new name has been painted (3 edits per run);
 * - longest task: the longest task over 50 ms (the Long Tasks API) during any of those edits,
 *   the first one of a fresh page included (0: none);
 * - drag: the mouse (playwright) grabs one person and moves along a circle for 2 s, one
 *   move per ~16 ms; the page records the intervals between animation frames and the p95
 *   of those intervals is the run's result. The node must follow the pointer, or the run fails.
 * The peers get the coordinates of `@kring/core/layout` (they run no layout of their own);
 * Kring computes its layout inside the component, as part of its first render.
 *
 * The pages are bundled with esbuild (production React) into a temporary folder and served
 * on 127.0.0.1; nothing is written into the repository.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../tests/serve-static';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { computeLayout } from '@kring/core/layout';
import { generateNetwork } from '@kring/fixtures';
import type { BenchInput, ClientPoint } from './browser/api';
import { fmt, median, percentile } from './stats';
import type { BenchModule, BenchOptions, BenchTable } from './types';

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Network sizes; `KRING_BENCH_SIZES=20,100` runs fewer (for trying the benchmark out, not for BENCHMARKS.md). */
const SIZES = (process.env.KRING_BENCH_SIZES ?? '20,100,300,1000').split(',').map(Number).filter((n) => n > 0);
const EDITS_PER_RUN = 3;
const DRAG_RUNS = 3;
const DRAG_MS = 2000;
/** Radius (CSS px) of the circle the pointer follows while dragging (towards the middle of the map); one loop per 1.6 s. */
const DRAG_RADIUS = 60;
const DRAG_LOOP_MS = 1600;
const STEP_MS = 16;
const VIEWPORT = { width: 1000, height: 1000 };
/** `KRING_BENCH_SCREENSHOTS=<folder>`: save a screenshot of each library after its first mount per size (to check what is drawn). */
const SCREENSHOTS = process.env.KRING_BENCH_SCREENSHOTS;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Library {
  /** File stem of the page (bench/browser/<key>.ts[x]). */
  key: string;
  name: string;
  entry: string;
}

const LIBRARIES: Library[] = [
  { key: 'kring', name: 'Kring', entry: 'kring.tsx' },
  { key: 'cytoscape', name: 'Cytoscape.js', entry: 'cytoscape.ts' },
  { key: 'reactflow', name: 'React Flow', entry: 'reactflow.tsx' },
];

/** Bundles the three pages (production React, workspace packages from source) into `dir`. */
async function bundlePages(dir: string): Promise<void> {
  await build({
    entryPoints: LIBRARIES.map((l) => join(HERE, 'browser', l.entry)),
    outdir: dir,
    entryNames: '[name]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    conditions: ['@kring/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const files = new Set(await readdir(dir));
  for (const l of LIBRARIES) {
    const css = files.has(`${l.key}.css`) ? `<link rel="stylesheet" href="${l.key}.css">` : '';
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${l.name}</title>${css}
<style>html,body{margin:0;background:#fff}#root{width:800px;height:800px;position:relative}</style></head>
<body><div id="root"></div><script type="module" src="${l.key}.js"></script></body></html>`;
    await writeFile(join(dir, `${l.key}.html`), html);
  }
}

/** Serves a folder on 127.0.0.1 (the one static server of the tests and benchmarks). */
const serve = (dir: string): Promise<{ url: string; server: Server }> => serveStatic(dir);

/** Debian's Chromium with the launch arguments of tests/browser/harness.ts. */
async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
  });
}

/** The network of `n` people and the same people/ties as nodes/edges at Kring's layout coordinates. */
function inputFor(n: number): BenchInput & { ids: string[] } {
  const network = generateNetwork(n, 1);
  const layout = computeLayout(network);
  const nodes = network.people.map((p) => {
    const at = p.id === network.focus ? layout.center : layout.nodes[p.id];
    if (!at) throw new Error(`no layout position for ${p.id}`);
    return { id: p.id, label: p.name, x: at.x, y: at.y };
  });
  const edges = network.ties.map((t) => ({ id: t.id, source: t.between[0], target: t.between[1] }));
  const ids = network.people.filter((p) => p.id !== network.focus).map((p) => p.id);
  return { network, nodes, edges, ids };
}

/** A fresh page of one library, ready for `mount`. */
async function openPage(browser: Browser, base: string, library: Library): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}/${library.key}.html`);
  await page.waitForFunction(() => window.kringBench !== undefined);
  return { page, errors };
}

const distance = (a: ClientPoint, b: ClientPoint): number => Math.hypot(a.x - b.x, a.y - b.y);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Drags one node with the mouse for {@link DRAG_MS}; returns the p95 of the animation-frame
 * intervals meanwhile. Fails when the node did not follow the pointer.
 */
async function dragP95(page: Page, library: Library, ids: string[]): Promise<number> {
  // The first person (in network order) that a press at their centre grabs: in dense maps a
  // node drawn later may cover one drawn earlier.
  const id = await page.evaluate((list) => list.find((c) => window.kringBench?.grabbable(c)), ids);
  if (!id) throw new Error(`${library.name}: no node could be grabbed`);
  const start = await page.evaluate((c) => window.kringBench?.position(c) ?? null, id);
  if (!start) throw new Error(`${library.name}: node ${id} is not drawn`);
  // The circle starts at the node and lies on the side towards the middle of the map, so the
  // pointer never leaves the drawing.
  const box = await page.evaluate(() => {
    const r = (document.getElementById('root') as HTMLElement).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const toMiddle = Math.atan2(box.y - start.y, box.x - start.x);
  const u = { x: Math.cos(toMiddle), y: Math.sin(toMiddle) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.kringBench?.startFrames());
  const t0 = performance.now();
  let pointer = start;
  /** Pointer and node halfway through (one position read during the drag). */
  let mid: { pointer: ClientPoint; node: ClientPoint | null } | undefined;
  for (let elapsed = 0; elapsed < DRAG_MS; elapsed = performance.now() - t0) {
    const angle = (2 * Math.PI * elapsed) / DRAG_LOOP_MS;
    const along = DRAG_RADIUS * (1 - Math.cos(angle));
    const across = DRAG_RADIUS * Math.sin(angle);
    pointer = { x: start.x + along * u.x - across * u.y, y: start.y + along * u.y + across * u.x };
    const stepStart = performance.now();
    await page.mouse.move(pointer.x, pointer.y);
    if (!mid && elapsed >= DRAG_MS / 2) mid = { pointer, node: await page.evaluate((c) => window.kringBench?.position(c) ?? null, id) };
    const rest = STEP_MS - (performance.now() - stepStart);
    if (rest > 0) await sleep(rest);
  }
  const frames = (await page.evaluate(() => window.kringBench?.stopFrames())) ?? [];
  // From halfway to the end the node must have moved as the pointer did, within a quarter
  // of the pointer's way. Libraries may lag a frame, or start dragging some pixels late (a
  // drag threshold; React Flow on a busy machine), so the node need not sit under the pointer.
  // On a busy machine the last moves may still be queued when the loop ends: the node gets up
  // to a second (after the frames were recorded) to catch up before it counts as not following.
  const pointerWay = mid ? { x: pointer.x - mid.pointer.x, y: pointer.y - mid.pointer.y } : null;
  const way = pointerWay ? Math.hypot(pointerWay.x, pointerWay.y) : 0;
  const follows = (at: ClientPoint | null): boolean =>
    !!at && !!mid?.node && !!pointerWay && way >= 30 && distance({ x: at.x - mid.node.x, y: at.y - mid.node.y }, pointerWay) <= 0.25 * way;
  let end: ClientPoint | null = null;
  for (const settle = performance.now(); performance.now() - settle < 1000; ) {
    end = await page.evaluate(async (c) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return window.kringBench?.position(c) ?? null;
    }, id);
    if (follows(end)) break;
  }
  await page.mouse.up();
  if (!follows(end)) {
    throw new Error(
      `${library.name}: the dragged node ${id} did not follow the pointer (start ${JSON.stringify(start)}, halfway ${JSON.stringify(mid)}, pointer ${JSON.stringify(pointer)}, node ${JSON.stringify(end)})`,
    );
  }
  if (frames.length < 10) throw new Error(`${library.name}: only ${frames.length} frames while dragging`);
  return percentile(frames, 0.95);
}

interface Cell {
  first: number[];
  edit: number[];
  p95: number[];
  /** Per edit, the longest task over 50 ms while it ran (0: none). */
  longest: number[];
  /** Drags whose node did not follow the pointer twice in a row (reported, not measured). */
  failedDrags: string[];
}

/** One run of one library on one network: first render, edits and (when `drag`) the drag. */
async function runOnce(browser: Browser, base: string, library: Library, input: BenchInput & { ids: string[] }, run: number, drag: boolean, cell: Cell): Promise<void> {
  const { page, errors } = await openPage(browser, base, library);
  try {
    const { ids, ...pageInput } = input;
    cell.first.push(await page.evaluate((i) => window.kringBench!.mount(i), pageInput));
    await page.waitForTimeout(300);
    if (SCREENSHOTS && run === 0) await page.screenshot({ path: join(SCREENSHOTS, `${library.key}-${input.ids.length}.png`) });
    const editId = ids[0] as string;
    await page.evaluate(() => {
      const w = window as unknown as { kringLongest: number };
      w.kringLongest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.kringLongest = Math.max(w.kringLongest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    for (let e = 0; e < EDITS_PER_RUN; e++) {
      await page.evaluate(() => ((window as unknown as { kringLongest: number }).kringLongest = 0));
      cell.edit.push(await page.evaluate(([i, label]) => window.kringBench!.edit(i, label), [editId, `Naam ${run}.${e}`] as const));
      await page.waitForTimeout(100);
      cell.longest.push(await page.evaluate(() => (window as unknown as { kringLongest: number }).kringLongest));
    }
    if (drag) {
      await page.waitForTimeout(200);
      // On a busy machine a drag may not start (the library missed the press): one more try,
      // then the failure is reported in the table's notes instead of losing the whole run.
      try {
        cell.p95.push(await dragP95(page, library, ids));
      } catch {
        await page.mouse.up();
        await page.waitForTimeout(500);
        try {
          cell.p95.push(await dragP95(page, library, ids));
        } catch (second) {
          await page.mouse.up();
          cell.failedDrags.push(String((second as Error).message ?? second).slice(0, 160));
        }
      }
    }
    if (errors.length) throw new Error(`${library.name}: errors in the page: ${errors.join(' | ')}`);
  } finally {
    await page.close();
  }
}

/** A median as printed: `failed` when no run gave a number (every drag failed). */
const shown = (v: number): string => (Number.isFinite(v) ? fmt(v, 1) : 'failed');
const ratio = (a: number, b: number): string => (b > 0 && Number.isFinite(a) ? `${fmt(a / b, 2)}×` : '–');

/** Runs the Chromium benchmark; one table. */
export async function browserBench(options: BenchOptions): Promise<BenchTable> {
  // Half the runs of the Node benchmarks (8 by default): a fresh page per run costs seconds.
  const runs = Math.max(5, Math.ceil(options.runs / 2));
  const dir = await mkdtemp(join(tmpdir(), 'kring-bench-'));
  let browser: Browser | undefined;
  let server: Server | undefined;
  const rows: string[][] = [];
  const failed: string[] = [];
  try {
    await bundlePages(dir);
    const served = await serve(dir);
    server = served.server;
    browser = await launch();
    const version = browser.version();
    // Warm-up (not counted): each page once, so that the first measured run does not pay for a cold browser.
    const warm = inputFor(20);
    for (const library of LIBRARIES) await runOnce(browser, served.url, library, warm, -1, false, { first: [], edit: [], p95: [], longest: [], failedDrags: [] });

    for (const size of SIZES) {
      const input = inputFor(size);
      const cells = new Map<string, Cell>(LIBRARIES.map((l) => [l.key, { first: [], edit: [], p95: [], longest: [], failedDrags: [] }]));
      for (let run = 0; run < runs; run++) {
        // Rotate the order per run so that no library always comes first after another.
        for (let k = 0; k < LIBRARIES.length; k++) {
          const library = LIBRARIES[(run + k) % LIBRARIES.length] as Library;
          await runOnce(browser, served.url, library, input, run, run < DRAG_RUNS, cells.get(library.key) as Cell);
        }
      }
      // The longest task is a maximum over every edit (the target is "none over 50 ms"), the rest medians.
      const med = (key: string, metric: 'first' | 'edit' | 'p95' | 'longest') =>
        metric === 'longest' ? Math.max(0, ...(cells.get(key) as Cell).longest) : median((cells.get(key) as Cell)[metric]);
      const measures: ['first' | 'edit' | 'p95' | 'longest', string][] = [
        ['first', 'first render ms'],
        ['edit', 're-render ms (one edit)'],
        ['longest', 'longest task ms (edits, max)'],
        ['p95', 'p95 frame ms (drag 2 s)'],
      ];
      for (const [metric, label] of measures) {
        const [kring, cyto, flow] = LIBRARIES.map((l) => med(l.key, metric)) as [number, number, number];
        rows.push([String(size), label, shown(kring), shown(cyto), shown(flow), ratio(kring, cyto), ratio(kring, flow)]);
      }
      for (const l of LIBRARIES) for (const f of (cells.get(l.key) as Cell).failedDrags) failed.push(`${size} people, ${l.name}: ${f}`);
      process.stderr.write(`browser: ${size} people done\n`);
    }
    return {
      title: `Chromium: Kring Ecogram vs Cytoscape.js and React Flow (${version})`,
      columns: ['people', 'measure', 'Kring', 'Cytoscape.js', 'React Flow', 'Kring/Cytoscape.js', 'Kring/React Flow'],
      rows,
      notes: [
        `Medians: first render over ${runs} fresh pages per cell, re-render over ${runs * EDITS_PER_RUN} edits (${EDITS_PER_RUN} per page), p95 frame time over ${DRAG_RUNS} drags (the median of the per-drag p95s). Longest task: the maximum over those edits of the longest task over 50 ms while one ran (Long Tasks API; 0 = none).`,
        'Networks: generateNetwork(n, 1), n people plus the client; nodes = people, edges = ties. Peers get the coordinates of @kring/core/layout (no layout of their own); Kring lays out inside its first render.',
        'Times run from the call in the page to the animation frame after the frame in which all nodes and edges (or the edited name) are on screen; Cytoscape.js (canvas): after its render event. Frame-quantised (≈16.7 ms).',
        'Edit: Kring = controlled `network` prop updated with updatePerson; React Flow = setNodes (useNodesState); Cytoscape.js = ele.data(). Drag: playwright mouse, one move per ~16 ms along a 60 px circle; the node must follow the pointer.',
        'Headless Chromium with --disable-gpu (software compositing), viewport 1000 × 1000, map area 800 px wide; production builds of React 19 bundled with esbuild.',
        ...(failed.length ? [`Drags that failed twice (left out of the p95 medians): ${failed.join(' · ')}`] : []),
      ],
    };
  } finally {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The Chromium benchmark as a module for bench/index.ts (`--only browser`). */
export const browserModule: BenchModule = { name: 'browser', run: browserBench };
