/**
 * Redaction benchmark (issue 13): `redactNetwork` on `longTextNetwork(n, 1)` from
 * `packages/fixtures` — n people with distinct names, each with a role of ~150 characters
 * naming people, a ~1,000-character note (dropped, not scanned) and a life event whose title
 * (~400 characters) mentions people in variant spellings — for n = 1000, 2000 and 4000, in
 * both modes; and once with 2,000-character titles ("very long"). Reported: the characters
 * of text that redaction scans (titles, roles, group names), median wall and CPU ms, the
 * ratio to the row with half the people (2.0 = linear), and as a peer measured in the same
 * run on the same network `serializeNetwork` (one linear pass over the same data).
 * Target (issue 13): 2,000 people with long texts ≤ 200 ms.
 */
import { redactNetwork, serializeNetwork, type Network, type RedactionMode } from '@kring/core';
import { longTextNetwork } from '@kring/fixtures';
import { fmt, medianTiming, time, type Timing } from './stats';
import type { BenchModule, BenchOptions, BenchTable } from './types';

const CASES: { people: number; titleLength: number }[] = [
  { people: 1000, titleLength: 400 },
  { people: 2000, titleLength: 400 },
  { people: 4000, titleLength: 400 },
  { people: 1000, titleLength: 2000 },
  { people: 2000, titleLength: 2000 },
];
const MODES: RedactionMode[] = ['initials', 'role'];

function measure(fn: () => void, runs: number): Timing {
  fn(); // warm-up
  const timings: Timing[] = [];
  for (let r = 0; r < runs; r++) timings.push(time(fn));
  return medianTiming(timings);
}

/** Characters of the free text redaction scans for names. */
function scannedChars(n: Network): number {
  let chars = n.title?.length ?? 0;
  for (const p of n.people) chars += p.role?.length ?? 0;
  for (const g of n.groups) chars += g.name.length;
  for (const e of n.events) chars += e.title.length;
  return chars;
}

export const redactModule: BenchModule = {
  name: 'redact',
  run({ runs }: BenchOptions): BenchTable {
    const rows: string[][] = [];
    const previous = new Map<string, number>();
    for (const { people, titleLength } of CASES) {
      const network = longTextNetwork(people, 1, { titleLength });
      const peer = measure(() => serializeNetwork(network), runs);
      for (const mode of MODES) {
        const t = measure(() => redactNetwork(network, mode), runs);
        const before = previous.get(`${mode}/${titleLength}/${people / 2}`);
        previous.set(`${mode}/${titleLength}/${people}`, t.cpu);
        rows.push([
          String(people),
          String(titleLength),
          mode,
          `${fmt(scannedChars(network) / 1e6, 2)} M`,
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
      columns: ['people', 'title chars', 'mode', 'text scanned', 'wall ms', 'CPU ms', 'CPU vs half the people', 'serializeNetwork CPU ms', 'redact / serialize'],
      rows,
      notes: [
        `median of ${runs} runs after one warm-up, longTextNetwork(n, 1, { titleLength }); target: 2,000 people with long texts ≤ 200 ms`,
        '"CPU vs half the people" near 2.0× means the work grows linearly with the network; the peer shows what the machine does with twice the data',
      ],
    };
  },
};
