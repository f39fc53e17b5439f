/**
 * Redaction benchmark (issue 13): `redactNetwork` on `longTextNetwork(n, 1)` from
 * `packages/fixtures` — n people, each with a role naming someone, a ~1,000-character note, a
 * life event with a ~400-character title full of names in variant spellings — for n = 1000,
 * 2000 and 4000, in both modes. Reported: median wall and CPU ms of `redactNetwork`, the ratio
 * to the size before (2.0 = linear when the size doubles), and as a peer measured in the
 * same run on the same network `serializeNetwork` (one linear pass over the same data).
 * Target: 2,000 people ≤ 200 ms (the previous implementation took about 60 s).
 */
import { redactNetwork, serializeNetwork, type RedactionMode } from '@kring/core';
import { longTextNetwork } from '@kring/fixtures';
import { fmt, medianTiming, time, type Timing } from './stats';
import type { BenchModule, BenchOptions, BenchTable } from './types';

const SIZES = [1000, 2000, 4000];
const MODES: RedactionMode[] = ['initials', 'role'];

function measure(fn: () => void, runs: number): Timing {
  fn(); // warm-up
  const timings: Timing[] = [];
  for (let r = 0; r < runs; r++) timings.push(time(fn));
  return medianTiming(timings);
}

export const redactModule: BenchModule = {
  name: 'redact',
  run({ runs }: BenchOptions): BenchTable {
    const rows: string[][] = [];
    const previous = new Map<RedactionMode, number>();
    for (const n of SIZES) {
      const network = longTextNetwork(n, 1);
      const chars = serializeNetwork(network).length;
      const peer = measure(() => serializeNetwork(network), runs);
      for (const mode of MODES) {
        const t = measure(() => redactNetwork(network, mode), runs);
        const before = previous.get(mode);
        previous.set(mode, t.cpu);
        rows.push([
          String(n),
          mode,
          `${fmt(chars / 1e6, 1)} M`,
          fmt(t.wall, 1),
          fmt(t.cpu, 1),
          before ? `${fmt(t.cpu / before, 2)}×` : '–',
          fmt(peer.cpu, 1),
          `${fmt(t.cpu / peer.cpu, 2)}×`,
        ]);
      }
    }
    return {
      title: 'Redaction: redactNetwork on networks with long texts (issue 13)',
      columns: ['people', 'mode', 'JSON chars', 'wall ms', 'CPU ms', 'CPU vs half the people', 'serializeNetwork CPU ms', 'redact / serialize'],
      rows,
      notes: [
        `median of ${runs} runs after one warm-up, longTextNetwork(n, 1); target: 2,000 people ≤ 200 ms`,
        '"CPU vs half the people" near 2.0× means the work grows linearly with the network',
      ],
    };
  },
};
