/**
 * `pnpm bench --only scale` (issue 16, "core at scale"): `parseNetwork`, `validateNetwork`,
 * `networkAt`, `diffNetworks` and `redactNetwork` on `generateNetwork(n)` for n = 1,000, 5,000
 * and 20,000 people (the 20,000 row reads with raised `limits`: the default cap is 10,000 items
 * a list). The peer, measured in the same run on the same network, is `serializeNetwork` — one
 * linear pass over the same data. Reported: median CPU ms, and the growth per step divided by
 * the growth in people (1.0 = linear; 5k/1k ÷ 5, 20k/5k ÷ 4), and each function as a multiple
 * of the peer at that size (a ratio that stays flat as n grows is linear like the peer).
 */
import { diffNetworks, networkAt, parseNetwork, redactNetwork, serializeNetwork, validateNetwork, type Network } from '@kring/core';
import { generateNetwork } from '@kring/fixtures';
import { fmt, medianTiming, time, type Timing } from './stats';
import type { BenchModule, BenchOptions, BenchTable } from './types';

const SIZES = [1_000, 5_000, 20_000];
const LIMITS = { maxArrayLength: 100_000, maxValues: 20_000_000, maxDocumentChars: 200_000_000 };

function measure(fn: () => void, runs: number): Timing {
  fn(); // warm-up
  const timings: Timing[] = [];
  for (let r = 0; r < runs; r++) timings.push(time(fn));
  return medianTiming(timings);
}

/** A later version of `n`: 2% of people moved outward, 2% of ties broken, 1% new people. */
function laterVersion(n: Network): Network {
  const later = structuredClone(n);
  const step = 50;
  later.people.forEach((p, i) => { if (i > 0 && i % step === 0) p.closeness = 'outer'; });
  later.ties.forEach((t, i) => { if (i % step === 1) t.status = 'broken'; });
  const extra = Math.floor(n.people.length / 100);
  for (let i = 0; i < extra; i++) later.people.push({ id: `p-new-${i}`, name: `Nieuw ${i}`, kind: 'person', since: '2026-01' });
  return later;
}

async function scaleBench(options: BenchOptions): Promise<BenchTable> {
  const runs = Math.max(9, Math.round(options.runs / 2));
  const names = ['serializeNetwork (peer)', 'parseNetwork', 'validateNetwork', 'networkAt', 'diffNetworks', 'redactNetwork'] as const;
  const cpu = new Map<string, number[]>(names.map((n) => [n, []]));
  for (const size of SIZES) {
    const network = generateNetwork(size, 1);
    const text = serializeNetwork(network);
    const later = laterVersion(network);
    const fns: Record<(typeof names)[number], () => void> = {
      'serializeNetwork (peer)': () => serializeNetwork(network),
      parseNetwork: () => { if (!parseNetwork(text, { limits: LIMITS }).ok) throw new Error(`parse failed at ${size}`); },
      validateNetwork: () => validateNetwork(network, { limits: LIMITS }),
      networkAt: () => networkAt(later, '2022-06'),
      diffNetworks: () => diffNetworks(network, later),
      redactNetwork: () => redactNetwork(network, 'initials'),
    };
    for (const name of names) cpu.get(name)!.push(measure(fns[name], runs).cpu);
  }
  const peer = cpu.get(names[0])!;
  const rows = names.map((name) => {
    const t = cpu.get(name)!;
    const growth = (i: number) => fmt(t[i]! / t[i - 1]! / (SIZES[i]! / SIZES[i - 1]!), 2);
    return [name, ...t.map((v) => fmt(v, 1)), growth(1), growth(2), ...t.map((v, i) => fmt(v / peer[i]!, 2))];
  });
  return {
    title: 'Core at scale: CPU ms (median), growth per step ÷ growth in people, and × the peer',
    columns: ['function', '1k', '5k', '20k', '5k/1k ÷ 5', '20k/5k ÷ 4', '× peer 1k', '× peer 5k', '× peer 20k'],
    rows,
    notes: [
      `generateNetwork(n, 1); median of ${runs} runs after a warm-up. 1.0 in the growth columns is linear; the 20k row reads with limits raised (parseNetwork(text, { limits: { maxArrayLength: 100000, … } })).`,
      'networkAt and diffNetworks work on a later version: 2% of people moved, 2% of ties broken, 1% new people.',
    ],
  };
}

export const scaleModule: BenchModule = { name: 'scale', run: scaleBench };
