/**
 * Layout benchmark: `@kring/core/layout` against plain d3-force on the same networks.
 *
 * For 20, 100 and 1000 people (generateNetwork, seed 1):
 * - cold: median time of a layout from scratch;
 * - warm: median time of a re-layout after adding one person, starting from the previous layout;
 * - displacement: mean distance (px at size 800) that the people already there moved when
 *   one person was added, averaged over seven additions (one into each sector).
 * Plain d3-force: forceManyBody + forceLink (the ties) + forceCenter with default settings,
 * 300 ticks run by hand; warm = the same simulation started from the previous positions
 * (the newcomer placed by d3's default). Its coordinates are scaled so that the cold
 * layout fits Kring's outer radius at size 800, which makes the displacements comparable.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { computeLayout, type EcogramLayout } from '@kring/core/layout';
import { CLOSENESSES, SECTORS, type Network } from '@kring/core';
import { generateNetwork } from '@kring/fixtures';
import { fmt, medianTiming, time, type Timing } from './stats';
import type { BenchModule, BenchOptions, BenchTable } from './types';

/** d3-force, the peer (a dev dependency of the benchmark: the layout no longer uses it). */
async function loadD3(): Promise<typeof import('d3-force')> {
  const requireFromBench = createRequire(new URL('./package.json', import.meta.url));
  return import(pathToFileURL(requireFromBench.resolve('d3-force')).href);
}

const SIZES = [20, 100, 1000];
const SIZE_PX = 800;
const D3_TICKS = 300;

interface D3Node extends SimulationNodeDatum {
  id: string;
}
type Positions = Map<string, { x: number; y: number }>;

/** The network with one more person (and a tie to the client), into the given sector. */
function addOne(network: Network, k: number): Network {
  const id = `p-added-${k}`;
  return {
    ...network,
    people: [...network.people, { id, name: 'Nieuwe naaste', kind: 'person', sector: SECTORS[k % SECTORS.length], closeness: CLOSENESSES[k % 3] }],
    ties: [...network.ties, { id: `t-added-${k}`, between: [network.focus, id], strength: 'moderate', status: 'active' }],
  };
}

function kringDisplacement(before: EcogramLayout, after: EcogramLayout): number {
  let sum = 0;
  let count = 0;
  for (const [id, a] of Object.entries(before.nodes)) {
    const b = after.nodes[id];
    if (!b) continue;
    sum += Math.hypot(a.x - b.x, a.y - b.y);
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

function makeD3(d3: typeof import('d3-force')) {
  /** Plain d3-force, default settings, 300 ticks; `start` gives initial positions for known ids. */
  return (network: Network, start?: Positions): Positions => {
    const nodes: D3Node[] = network.people.map((p) => {
      const s = start?.get(p.id);
      return s ? { id: p.id, x: s.x, y: s.y } : { id: p.id };
    });
    const links: SimulationLinkDatum<D3Node>[] = network.ties.map((t) => ({ source: t.between[0], target: t.between[1] }));
    const simulation = d3
      .forceSimulation(nodes)
      .force('charge', d3.forceManyBody())
      .force('link', d3.forceLink<D3Node, SimulationLinkDatum<D3Node>>(links).id((d) => d.id))
      .force('center', d3.forceCenter())
      .stop();
    simulation.tick(D3_TICKS);
    return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
  };
}

/** Px per d3 unit: the cold layout scaled to fit Kring's outer radius at size 800. */
function d3Scale(positions: Positions, outerRadius: number): number {
  let cx = 0;
  let cy = 0;
  for (const p of positions.values()) {
    cx += p.x;
    cy += p.y;
  }
  cx /= positions.size;
  cy /= positions.size;
  let max = 0;
  for (const p of positions.values()) max = Math.max(max, Math.hypot(p.x - cx, p.y - cy));
  return max > 0 ? outerRadius / max : 1;
}

function d3Displacement(before: Positions, after: Positions, scale: number): number {
  let sum = 0;
  for (const [id, a] of before) {
    const b = after.get(id) as { x: number; y: number };
    sum += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return (sum / before.size) * scale;
}

const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
const ratio = (a: number, b: number): string => (b > 0 ? `${fmt(a / b, 3)}×` : '–');

/** Run the layout benchmark: a wall-clock table (one row per network size) and a CPU-time table. */
export async function layoutBench(options: BenchOptions): Promise<BenchTable[]> {
  const d3 = makeD3(await loadD3());
  const runs = Math.max(15, options.runs);
  const rows: string[][] = [];
  const cpuRows: string[][] = [];
  for (const size of SIZES) {
    const network = generateNetwork(size, 1);
    const added = Array.from({ length: SECTORS.length }, (_, k) => addOne(network, k));

    // Warm up the JIT on both, then measure interleaved.
    for (let i = 0; i < 3; i++) {
      computeLayout(network, { size: SIZE_PX });
      if (i === 0 || size < 1000) d3(network);
    }

    const kringCold: Timing[] = [];
    const d3Cold: Timing[] = [];
    let before!: EcogramLayout;
    let d3Before!: Positions;
    for (let i = 0; i < runs; i++) {
      kringCold.push(time(() => (before = computeLayout(network, { size: SIZE_PX }))));
      d3Cold.push(time(() => (d3Before = d3(network))));
    }
    const scale = d3Scale(d3Before, before.rings[before.rings.length - 1]!.outer);

    const kringWarm: Timing[] = [];
    const d3Warm: Timing[] = [];
    const kringMoved: number[] = [];
    const d3Moved: number[] = [];
    for (let i = 0; i < runs; i++) {
      const next = added[i % added.length] as Network;
      let after!: EcogramLayout;
      let d3After!: Positions;
      kringWarm.push(time(() => (after = computeLayout(next, { size: SIZE_PX, previous: before }))));
      d3Warm.push(time(() => (d3After = d3(next, d3Before))));
      if (i < added.length) {
        kringMoved.push(kringDisplacement(before, after));
        d3Moved.push(d3Displacement(d3Before, d3After, scale));
      }
    }

    const kc = medianTiming(kringCold);
    const dc = medianTiming(d3Cold);
    const kw = medianTiming(kringWarm);
    const dw = medianTiming(d3Warm);
    const km = mean(kringMoved);
    const dm = mean(d3Moved);
    rows.push([
      String(size), fmt(kc.wall), fmt(dc.wall), ratio(kc.wall, dc.wall), fmt(kw.wall), fmt(dw.wall), ratio(kw.wall, dw.wall),
      fmt(km, 3), fmt(dm, 1), ratio(km, dm),
    ]);
    cpuRows.push([String(size), fmt(kc.cpu), fmt(dc.cpu), ratio(kc.cpu, dc.cpu), fmt(kw.cpu), fmt(dw.cpu), ratio(kw.cpu, dw.cpu)]);
  }
  // 5000 people: Kring alone (plain d3-force needs minutes per run at this size).
  const big = generateNetwork(5000, 1);
  computeLayout(big, { size: SIZE_PX });
  const bigRuns: Timing[] = [];
  for (let i = 0; i < Math.max(5, Math.ceil(runs / 3)); i++) bigRuns.push(time(() => computeLayout(big, { size: SIZE_PX })));
  const bk = medianTiming(bigRuns);
  cpuRows.push(['5000', fmt(bk.cpu), '–', '–', '–', '–', '–']);
  return [
    {
      title: 'Layout: @kring/core/layout vs plain d3-force (wall-clock)',
      columns: [
        'people', 'Kring cold ms', 'd3 cold ms', 'cold Kring/d3', 'Kring warm ms', 'd3 warm ms', 'warm Kring/d3',
        'Kring moved px', 'd3 moved px', 'moved Kring/d3',
      ],
      rows,
      notes: [
        `Times are medians of ${runs} runs after a warm-up; size ${SIZE_PX} px; networks from generateNetwork(n, 1) (n people plus the client).`,
        'warm = re-layout after adding one person, starting from the previous layout (Kring: `previous`; d3: previous positions, default alpha).',
        'moved = mean displacement of the people already there when one person is added (mean over 7 additions, one per sector); d3 scaled so its cold layout fits the same outer radius.',
        `d3 = forceSimulation + forceManyBody + forceLink(ties) + forceCenter, default settings, ${D3_TICKS} ticks via .stop()/.tick().`,
        'Targets for Kring (issue 12, CPU time): 100 people <= 5 ms, 1000 <= 60 ms, 5000 <= 400 ms (table below); moved <= 1 px.',
      ],
    },
    {
      title: 'Layout: the same runs in CPU time (process.cpuUsage; less affected by other load on the machine)',
      columns: ['people', 'Kring cold ms', 'd3 cold ms', 'cold Kring/d3', 'Kring warm ms', 'd3 warm ms', 'warm Kring/d3'],
      rows: cpuRows,
      notes: [
        'CPU time counts every thread of the process (including the garbage collector), at about 1 µs resolution.',
        'The 5000 row is Kring alone, cold, median of max(5, runs/3) runs.',
      ],
    },
  ];
}

/** The layout benchmark as a module for bench/index.ts. */
export const layoutModule: BenchModule = { name: 'layout', run: layoutBench };
