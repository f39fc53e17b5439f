/**
 * The network plan on the map (issue 15 point 3) in Chromium, on the built Storybook: the
 * change overlay with people gone, intent markers, open-action counts and group outlines at
 * 1280 and 390 px. At each width (the story shown anew in the file's one preview page): the
 * legibility instrument (bench/legibility/measure.ts, bundled here) finds no tie through a
 * person, no name missing, cut or overlapped; no mark covers a name or a person; marks are
 * ≥ 16 px at 1280; axe finds nothing. Screenshots go to artifacts/ecogram-plan-<width>.png.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { planChangesNetwork } from '@kring/fixtures';
import { axe, screenshot, storybookSession } from './harness';
import { measureInputOf } from '../../bench/legibility/driver';
import type { LegibilityCounts, MeasureInput } from '../../bench/legibility/measure';

const session = storybookSession();
const STORY = 'ecogram-network-plan-on-the-map--changes-since-earlier-version';

/** The instrument as a script for the story page: `window.kringMeasure(root, input)`. */
async function instrument(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import { measureLegibility } from './measure'; (window as any).kringMeasure = measureLegibility;",
      resolveDir: resolve(import.meta.dirname, '../../bench/legibility'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

interface MarkCheck {
  /** Marks whose box overlaps a drawn name (more than 1 px). */
  overName: string[];
  /** Marks whose box overlaps another person's drawn shape. */
  overPerson: string[];
  /** Smallest mark side, screen px. */
  smallest: number;
  counts: Record<string, number>;
}

describe('the network plan and the change overlay on the map', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px: marks, outlines and the overlay keep the map legible and axe-clean`, async () => {
      const { page, errors } = await session.show(STORY, { width, height: width > 600 ? 800 : 844, waitFor: '[data-part="change-mark"]' });
      await page.waitForTimeout(400);
      await page.addScriptTag({ content: await instrument() });
      const input: MeasureInput = measureInputOf(planChangesNetwork);
      const counts = await page.evaluate((i) => (window as unknown as { kringMeasure(r: Element, i: MeasureInput): LegibilityCounts }).kringMeasure(document.querySelector('#storybook-root')!, i), input);
      expect(counts.findings.filter((f) => f.kind !== 'no-name' || !counts.panned)).toEqual([]);
      expect(counts.tiesThroughPerson).toBe(0);
      expect(counts.overlaps).toBe(0);
      expect(counts.cut).toBe(0);

      const marks = await page.evaluate((): MarkCheck => {
        const root = document.querySelector('[data-part="viewport"]')!;
        const box = (e: Element) => e.getBoundingClientRect();
        const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        const sel = '[data-part="tie-intents"] [data-part="intent-icon"], [data-part="person-plan"] > g, [data-part="change-mark"], [data-part="group-name"]';
        const items = [...root.querySelectorAll(sel)];
        const names = [...root.querySelectorAll('[data-part="node-labels"] text')].map(box);
        const people = [...root.querySelectorAll('[data-part="node"]')].map((n) => ({ id: n.getAttribute('data-id'), r: box(n.querySelector('[data-fill="node"]') ?? n) }));
        const id = (e: Element) => `${e.getAttribute('data-part')}:${e.closest('[data-id]')?.getAttribute('data-id') ?? ''}`;
        const overName = items.filter((e) => names.some((n) => overlap(box(e), n))).map(id);
        const overPerson = items.filter((e) => people.some((p) => overlap(box(e), p.r))).map(id);
        const sides = [...root.querySelectorAll('[data-part="map-marks"] [data-part="intent-icon"], [data-part="open-count"]')].map((e) => Math.min(box(e).width, box(e).height));
        return {
          overName,
          overPerson,
          smallest: Math.min(...sides),
          counts: {
            outlines: root.querySelectorAll('[data-part="group-outline"]').length,
            groupNames: root.querySelectorAll('[data-part="group-name"]').length,
            tieIntents: root.querySelectorAll('[data-part="tie-intents"]').length,
            openCounts: root.querySelectorAll('[data-part="open-count"]').length,
            changeMarks: root.querySelectorAll('[data-part="change-mark"]').length,
            ghosts: root.querySelectorAll('[data-part="ghost"]').length,
          },
        };
      });
      expect(marks.overName).toEqual([]);
      expect(marks.overPerson).toEqual([]);
      expect(marks.counts).toMatchObject({ outlines: 3, groupNames: 3, ghosts: 1 });
      expect(marks.counts.tieIntents).toBeGreaterThanOrEqual(3);
      expect(marks.counts.openCounts).toBeGreaterThanOrEqual(3);
      expect(marks.counts.changeMarks).toBeGreaterThanOrEqual(2);
      if (width === 1280) expect(marks.smallest).toBeGreaterThanOrEqual(16);

      expect(await axe(page)).toEqual([]);
      // A fresh browser asks the static server for /favicon.ico (a 404 that is not the map's).
      expect(errors.filter((e) => !/Failed to load resource: .* 404/.test(e))).toEqual([]);
      await screenshot(page, `ecogram-plan-${width}`);
    });
  }
});
