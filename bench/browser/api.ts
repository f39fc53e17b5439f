/**
 * What the benchmark pages (bundled for Chromium) and the driver (`bench/browser.ts`) share:
 * the input of a page and the functions each page puts on `window.kringBench`, plus the
 * frame helpers that make every library's timings end at the same point.
 *
 * Timing rule, the same for every library: a measurement starts with `performance.now()`
 * when the page's `mount`/`edit` is called and ends in the animation-frame callback after
 * the frame in which the change is complete on screen. "Complete" is checked once per
 * animation frame (for the DOM/SVG libraries: all node and edge elements are in the
 * document and visible, or the edited label is shown; for Cytoscape.js, which draws on a
 * canvas: its `render` event fired after the change); then one more frame is awaited, so
 * that the frame showing the change has been painted. At least two frames are awaited in
 * every case, so timings are multiples of the frame interval (≈16.7 ms) plus the work.
 */

/** One node for the peers: a person of the network at the coordinates of `@kring/core/layout`. */
export interface BenchNode {
  id: string;
  label: string;
  /** Centre, px in the 800 × 800 layout square. */
  x: number;
  y: number;
}

/** One edge for the peers: a tie. */
export interface BenchEdge {
  id: string;
  source: string;
  target: string;
}

/** What `mount` gets: the Kring network itself and the same people and ties as nodes and edges. */
export interface BenchInput {
  /** The `Network` (JSON) for Kring's Ecogram. */
  network: unknown;
  nodes: BenchNode[];
  edges: BenchEdge[];
}

/** A point in CSS pixels of the page (client coordinates). */
export interface ClientPoint {
  x: number;
  y: number;
}

/** The functions every benchmark page exposes as `window.kringBench`. */
export interface BenchPage {
  /** Draw the network; resolves with the ms from the call until the frame with all nodes and edges has been painted. */
  mount(input: BenchInput): Promise<number>;
  /** Rename one person through the library's normal update path; resolves with the ms until that frame has been painted. */
  edit(id: string, label: string): Promise<number>;
  /** The on-screen centre of a node (client coordinates), or null if it is not drawn. */
  position(id: string): ClientPoint | null;
  /** Whether a mouse press at the node's centre would grab that node (and not another one lying on top). */
  grabbable(id: string): boolean;
  /** Start recording animation-frame times. */
  startFrames(): void;
  /** Stop recording; the intervals between consecutive animation frames, ms. */
  stopFrames(): number[];
}

declare global {
  interface Window {
    kringBench?: BenchPage;
  }
}

/** The next animation frame. */
export function frame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Waits frame by frame until `done()` holds (checked in each animation-frame callback),
 * then one more frame; returns `performance.now()` then. Throws after `timeoutMs`.
 */
export async function paintedWhen(done: () => boolean, timeoutMs = 120_000): Promise<number> {
  const start = performance.now();
  do {
    await frame();
    if (performance.now() - start > timeoutMs) throw new Error('the change did not show up in time');
  } while (!done());
  await frame();
  return performance.now();
}

/** Records the intervals between animation frames while it runs. */
export function frameRecorder(): Pick<BenchPage, 'startFrames' | 'stopFrames'> {
  let running = false;
  let last = 0;
  let deltas: number[] = [];
  const tick = (now: number) => {
    if (!running) return;
    if (last > 0) deltas.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  return {
    startFrames() {
      running = true;
      last = 0;
      deltas = [];
      requestAnimationFrame(tick);
    },
    stopFrames() {
      running = false;
      return deltas;
    },
  };
}

/** The centre of an element's box in client coordinates. */
export function centreOf(element: Element | null): ClientPoint | null {
  if (!element) return null;
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
