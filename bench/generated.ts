/**
 * `pnpm bench --only generated`: legibility on networks that are not fixtures — generated
 * families of 25–40 people (`generateRealisticNetwork(n, seed)`, seeds 1–20), drawn by the
 * Ecogram with its defaults at 1280 × 800 in Chromium and counted with the legibility
 * instrument (bench/legibility/measure.ts). The fixtures of the legibility table are all
 * asserted zeros; these maps say how the layout and the names do on cases nobody tuned for
 * (issue 12: up to 40 people every name drawn, no line through a person).
 */
import { generateRealisticNetwork } from '@kring/fixtures';
import { measureNetwork, openLegibilityPage, startLegibility } from './legibility/driver';
import type { BenchModule, BenchTable } from './types';

const SIZES = [25, 30, 35, 40];
const SEEDS = 20;

async function generatedBench(): Promise<BenchTable> {
  const session = await startLegibility();
  const rows: string[][] = [];
  const problems: string[] = [];
  try {
    const { page } = await openLegibilityPage(session, 1280, 800);
    for (const n of SIZES) {
      let numbered = 0, noName = 0, cut = 0, overlaps = 0, nearer = 0, through = 0, maps = 0, bad = 0;
      for (let seed = 1; seed <= SEEDS; seed++) {
        const c = await measureNetwork(page, generateRealisticNetwork(n, seed), false);
        const ov = c.labelLabel + c.labelNode + c.labelGrid;
        maps++;
        numbered += c.numberedOnly; noName += c.noName; cut += c.cut; overlaps += ov; nearer += c.nearerOther; through += c.tiesThroughPerson;
        if (c.numberedOnly || c.noName || c.cut || ov || c.tiesThroughPerson) {
          bad++;
          problems.push(`${n}/${seed}: numbered ${c.numberedOnly}, no name ${c.noName}, cut ${c.cut}, overlaps ${ov}, through ${c.tiesThroughPerson}`);
        }
      }
      rows.push([`${n} people`, String(maps), String(bad), String(through), String(numbered), String(noName), String(cut), String(overlaps), String(nearer)]);
    }
    await page.close();
  } finally {
    await session.close();
  }
  return {
    title: 'Legibility on generated networks (not fixtures), 1280 × 800',
    columns: ['network', 'maps', 'maps with a finding', 'ties through a person', 'numbered (key)', 'no name', 'names cut', 'overlaps', 'name nearer another'],
    rows,
    notes: [`generateRealisticNetwork(n, seed), seeds 1–${SEEDS}; editable Ecogram with its defaults; counted as in the legibility table.`, ...problems],
  };
}

export const generatedModule: BenchModule = { name: 'generated', run: generatedBench };
