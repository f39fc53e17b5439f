/**
 * Legibility benchmark (issue 12, "Measured, not assumed"): Kring's `Ecogram` with its
 * defaults, editable and read-only, in Debian's Chromium at 1280 × 800 and 390 × 844, on the
 * seeds' situations, the broad family network, realistic generated networks of 10–150 people
 * and the hostile-names network. Counted from the rendered SVG by `legibility/measure.ts`
 * (the function the browser test uses): ties through a person who is not one of their
 * ends, people without a drawn name, names cut, label overlaps, smallest name and target in
 * screen px. One table per width. `KRING_LEGIBILITY_SCREENSHOTS=<dir>` saves a full-page PNG
 * per fixture × width (editable). Counts are not timings: one run per cell.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LegibilityCounts } from './legibility/measure';
import { OVERLAP_TOLERANCE_PX, SAMPLE_PX } from './legibility/measure';
import { measureNetwork, openLegibilityPage, startLegibility } from './legibility/driver';
import { LEGIBILITY_FIXTURES, LEGIBILITY_VIEWPORTS, type LegibilityFixture } from './legibility/fixtures';
import { fmt } from './stats';
import type { BenchModule, BenchTable } from './types';

const SCREENSHOTS = process.env.KRING_LEGIBILITY_SCREENSHOTS;
const MODES = [
  { readOnly: false, name: 'editable' },
  { readOnly: true, name: 'read-only' },
];

/** Whether a row meets issue 12's targets: up to 40 people all zero (at 1280 px no numbers either) and names ≥ 12 px; 60 people ≤ 2 crossings, 0 overlaps; hostile names 0 overlaps. */
export function meetsTarget(fixture: LegibilityFixture, c: LegibilityCounts, width: number): string {
  if (fixture.hostile) return c.overlaps === 0 ? 'yes' : 'no';
  if (fixture.people <= 40) {
    const ok = c.tiesThroughPerson === 0 && c.noName === 0 && (width < 1280 || c.numberedOnly === 0) && c.cut === 0 && c.overlaps === 0 && (c.smallestNamePx ?? 0) >= 12;
    return ok ? 'yes' : 'no';
  }
  if (fixture.people <= 60) return c.tiesThroughPerson <= 2 && c.overlaps === 0 ? 'yes' : 'no';
  return '–';
}

/** The mode, and how the map is shown when it is not the whole map fitted in its box. */
function viewOf(mode: string, c: LegibilityCounts, people: number): string {
  if (c.drawnPeople === 0) return `${mode}, no map (${c.namesInText}/${people} names as text)`;
  return c.panned ? `${mode}, zoomed (${c.offScreen} names off screen, ${c.partlyOffScreen} of them cut by the edge)` : mode;
}

const px = (v: number | null): string => (v === null ? '–' : fmt(v, 1));

/** Runs the legibility benchmark: one table per viewport width. */
export async function legibilityBench(): Promise<BenchTable[]> {
  if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
  const session = await startLegibility();
  const tables: BenchTable[] = [];
  try {
    const version = session.browser.version();
    for (const viewport of LEGIBILITY_VIEWPORTS) {
      const { page, errors } = await openLegibilityPage(session, viewport.width, viewport.height);
      const rows: string[][] = [];
      try {
        for (const fixture of LEGIBILITY_FIXTURES) {
          for (const mode of MODES) {
            const shot = SCREENSHOTS && !mode.readOnly ? join(SCREENSHOTS, `ecogram-${fixture.network.id}-${viewport.width}.png`) : undefined;
            const c = await measureNetwork(page, fixture.network, mode.readOnly, shot);
            rows.push([
              fixture.name, String(fixture.people), viewOf(mode.name, c, fixture.network.people.length), String(c.tiesThroughPerson), String(c.noName), String(c.numberedOnly), String(c.cut), String(c.nearerOther),
              `${c.overlaps} (${c.labelLabel}/${c.labelNode}/${c.labelGrid})`, px(c.smallestNamePx), px(c.smallestTargetPx), px(c.smallestTapPx), meetsTarget(fixture, c, viewport.width),
            ]);
          }
        }
        if (errors.length) throw new Error(`errors in the legibility page: ${errors.join(' | ')}`);
      } finally {
        await page.close();
      }
      process.stderr.write(`legibility: ${viewport.width} px done\n`);
      tables.push({
        title: `Legibility at ${viewport.width} × ${viewport.height} (Chromium ${version})`,
        columns: ['fixture', 'people', 'mode', 'ties through a person', 'no name', 'numbered (key)', 'names cut', 'name nearer another person', 'overlaps (label/node/grid)', 'smallest name px', 'smallest target px', 'smallest own tap area px', 'meets target'],
        rows,
        notes: [
          'Counted from the rendered SVG in the page (bench/legibility/measure.ts, the function tests/browser/legibility.test.ts uses); the network gives only the ends of each tie and the full names.',
          `Ties through a person: a tie's visible stroked path, sampled every ${SAMPLE_PX} screen px (getPointAtLength × getScreenCTM), enters the drawn shape of a person who is not one of its ends (the node circle's radius, or the professional's square; 0 px margin, line width not added). Counted per tie.`,
          'No name: no visible text tied to the person (data-id) within 2 × radius + 4 px of their node or joined to it by a visible leader line (ends within 8 px of the shape and of the name), and no visible number there that a visible on-screen key (li) resolves to the full name. Display none, visibility hidden, opacity 0 and transparent fill do not count.',
          'Numbered (key): people shown only by a number that a visible key resolves (not in "no name"; issue 12 allows numbers above 40 people only). Name nearer another person: a drawn name without a leader line whose box is closer to another person\'s shape than to its own, so it reads as theirs (informative, no target).',
          'Names cut: the drawn name (all visible lines joined) is not the full name, contains "…", or is clipped by the edge of the map. On a zoomed map (someone\'s shape lies beyond the map\'s box: the phone view opens zoomed with the rest reachable by panning) names past the edge are counted in the mode column as off screen instead, with how many of them are partly visible, cut by the edge.',
          `Overlaps: name line boxes (glyph cells grouped by baseline, screen px) of two labels intersecting / a name over another person's drawn shape / a name over a ring or sector name glyph; more than ${OVERLAP_TOLERANCE_PX} px along both axes.`,
          'Smallest name: rendered font size × CTM scale of the smallest visible name; smallest target: smaller side of a person\'s hit area, screen px; smallest own tap area: twice the shortest reach (8 directions from the centre) over which elementFromPoint still finds that person, so hit areas of neighbours or anything on top cut it. People: besides the client.',
          'Meets target (issue 12): up to 40 people 0 ties through a person, no name, cut, overlaps, names ≥ 12 px, and at 1280 px no numbers; 60 people ≤ 2 ties through a person and 0 overlaps; hostile names 0 overlaps; 150 people: no target.',
        ],
      });
    }
  } finally {
    await session.close();
  }
  return tables;
}

/** The legibility benchmark as a module for bench/index.ts (`--only legibility`). */
export const legibilityModule: BenchModule = { name: 'legibility', run: legibilityBench };
