/**
 * Where a click on a tie lands (issue 12 "a click on a tie's visible line selects that tie",
 * issue 16 first render): the drawn line takes a click on it, the backdrop's nearest-tie
 * handler a near miss; no hit element per tie. In Chromium: tests/browser/tie-hits.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MouseEvent } from 'react';
import { cleanup, fireEvent, render } from '@testing-library/react';
import type { Network } from '@kring/core';
import { fatimaNetwork } from '@kring/fixtures';
import type { Point } from '../src/view/ties/curve';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STATUS_OPACITY, tieStyle } from '../src/view/ties/tieStyle';
import { TieLine } from '../src/symbols/TieLine';
import { Ecogram } from '../src/ecogram';
import { popoverAnchor } from '../src/view/map/tieAnchor';
import { distanceToTrack, nearestTie, nearTieClick, NEAR_TIE } from '../src/ecogram/TieHits';
import { tieKey } from '../src/view/map/drawing';

afterEach(cleanup);

/** Tests that render a whole Ecogram: generous on a shared 2-core machine. */
const SLOW = 30_000;

const TODAY = '2025-06-01';

describe('hit areas follow the drawn path', () => {
  it('a tie has no hit element of its own: its drawn line takes the click, the backdrop the near miss', () => {
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    const ties = container.querySelector('[data-part="ties"]')!;
    // the near miss is the backdrop's click handler (TieHits.tsx), under every drawn line
    const backdrop = container.querySelector('[data-part="backdrop"]')!;
    expect(backdrop.compareDocumentPosition(ties) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ties.querySelectorAll('[data-part="hit-area"]')).toHaveLength(0);
    for (const tie of fatimaNetwork.ties) {
      const g = ties.querySelector(`[data-part="tie"][data-id="${tie.id}"]`)!;
      expect(g.querySelector('[data-part="tie-path"]')?.getAttribute('d')).toMatch(/^M/);
      // the focus halo along the tie's track, only on the tie that has focus
      fireEvent.focus(g);
      expect(g.querySelector('[data-part="tie-halo"]')?.getAttribute('d')).toMatch(/^M/);
    }
  }, SLOW);

  it('the ecogram draws each tie straight into its own group; a faint tie in a tie-drawing group mixed faint in CSS (no opacity layer)', () => {
    const network: Network = {
      ...fatimaNetwork,
      ties: fatimaNetwork.ties.map((tie, i) => (i === 0 ? { ...tie, status: 'faded' as const, support: undefined } : tie)),
    };
    const { container } = render(<Ecogram defaultNetwork={network} today={TODAY} />);
    // no tie-line group inside the ecogram's ties (one element fewer per tie)
    expect(container.querySelectorAll('[data-part="tie"] [data-part="tie-line"]')).toHaveLength(0);
    const faded = container.querySelector(`[data-part="tie"][data-id="${network.ties[0]!.id}"]`)!;
    expect(faded).toHaveAttribute('data-status', 'faded');
    const drawing = faded.querySelector(':scope > [data-part="tie-drawing"]')!;
    expect(drawing.getAttribute('data-faint')).toBe(String(STATUS_OPACITY.faded * 100));
    // no element of a tie has an opacity (each would be an effect layer: issue 16)
    expect(container.querySelectorAll('[data-part="ties"] [opacity]')).toHaveLength(0);
    expect(faded.querySelector('[data-part="tie-drawing"] > [data-part="tie-path"]')).not.toBeNull();
    for (const tie of network.ties.slice(1).filter((t) => (t.status ?? 'active') === 'active')) {
      const g = container.querySelector(`[data-part="tie"][data-id="${tie.id}"]`)!;
      expect(g.querySelector(':scope > [data-part="tie-path"]')).not.toBeNull();
      expect(g.querySelector('[data-part="tie-drawing"]')).toBeNull();
    }
  }, SLOW);

  it('every faint share of a status has its colour mix in the stylesheet (legend-symbols.css), and a host\'s own opacity stays an opacity', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../src/legend/legend-symbols.css'), 'utf8');
    for (const [status, share] of Object.entries(STATUS_OPACITY)) {
      if (share === 1) continue;
      const pct = Math.round(share * 100);
      expect(css, status).toContain(`:where([data-faint="${pct}"]) {\n  color: color-mix(in srgb, currentColor ${pct}%, var(--kring-tie-backdrop, var(--_kring-tie-backdrop, var(--kring-bg))));`);
      // and, where forced colours replace the mixed colour, the same share as an opacity
      expect(css, status).toContain(`:where([data-faint="${pct}"]) {\n    opacity: ${share};`);
    }
    const own = render(<svg><TieLine from={{ x: 0, y: 0 }} to={{ x: 100, y: 0 }} tie={{}} style={{ ...tieStyle({ status: 'faded' }), opacity: 0.42 }} /></svg>);
    expect(own.container.querySelector('[data-part="tie-drawing"]')).toHaveAttribute('opacity', '0.42');
    const faded = render(<svg><TieLine from={{ x: 0, y: 0 }} to={{ x: 100, y: 0 }} tie={{ status: 'ended' }} /></svg>);
    expect(faded.container.querySelector('[data-part="tie-line"] > [data-part="tie-drawing"]')).toHaveAttribute('data-faint', '50');
    expect(faded.container.querySelector('[opacity]')).toBeNull();
  });

  it('beside the lines, the nearest tie is picked, not the one on top', () => {
    const network: Network = {
      ...fatimaNetwork,
      ties: [
        { id: 't-low', between: ['p-a', 'p-b'] },
        { id: 't-high', between: ['p-c', 'p-d'] },
      ],
    };
    const at: Record<string, Point> = { 'p-a': { x: 0, y: 0 }, 'p-b': { x: 200, y: 0 }, 'p-c': { x: 0, y: 12 }, 'p-d': { x: 200, y: 12 } };
    const pos = (id: string) => at[id];
    expect(nearestTie({ x: 100, y: 4 }, network, pos, () => undefined)).toBe('t-low');
    expect(nearestTie({ x: 100, y: 8 }, network, pos, () => undefined)).toBe('t-high');
    // a curve bending down through y = 40 at its middle is nearer there than the straight line
    expect(nearestTie({ x: 100, y: 30 }, network, pos, (id) => (id === 't-low' ? { x: 100, y: 80 } : undefined))).toBe('t-low');
    expect(distanceToTrack({ x: 100, y: 40 }, at['p-a']!, at['p-b']!, { x: 100, y: 80 })).toBeLessThan(0.1);
    // a near miss only: further than NEAR_TIE from every line picks nothing
    expect(nearestTie({ x: 100, y: 12 + NEAR_TIE }, network, pos, () => undefined, NEAR_TIE)).toBe('t-high');
    expect(nearestTie({ x: 100, y: 12 + NEAR_TIE + 0.5 }, network, pos, () => undefined, NEAR_TIE)).toBeNull();
  });

  it('a click on the background beside a line selects that tie; further away nothing', () => {
    const network: Network = {
      ...fatimaNetwork,
      ties: [{ id: 't-one', between: ['p-a', 'p-b'] }],
    };
    const at: Record<string, Point> = { 'p-a': { x: 0, y: 0 }, 'p-b': { x: 200, y: 0 } };
    const picked: string[] = [];
    const click = nearTieClick({ network, positions: (id) => at[id], controlOf: () => undefined, onClick: (key) => picked.push(key) });
    // screen = layout (an identity matrix): jsdom has no getScreenCTM or DOMPoint of its own
    class Point2 { constructor(public x: number, public y: number) {} matrixTransform() { return this; } }
    vi.stubGlobal('DOMPoint', Point2);
    const event = (clientX: number, clientY: number) => ({ clientX, clientY, currentTarget: { getScreenCTM: () => ({ inverse: () => ({}) }) } }) as unknown as MouseEvent<SVGGElement>;
    click(event(100, 6));
    click(event(100, 30));
    vi.unstubAllGlobals();
    expect(picked).toEqual([tieKey('t-one')]);
  });

  it('a click on a line selects that tie; the editor anchors at the middle of the tie', () => {
    // read-only: selecting without opening the editor keeps this test quick
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} readOnly />);
    fireEvent.click(container.querySelector<SVGPathElement>('[data-part="tie"][data-id="t-moeder-broer"] [data-part="tie-path"]')!);
    const tie = container.querySelector('[data-part="tie"][data-id="t-moeder-broer"]')!;
    expect(tie).toHaveAttribute('data-selected');
    // The tie's middle B(0.5), carried on the tie (jsdom has no getScreenCTM: the tie itself there).
    expect(tie.getAttribute('data-mid')).toMatch(/^-?[\d.]+ -?[\d.]+$/);
    expect(popoverAnchor(tie)).toBe(tie);
    const node = container.querySelector('[data-part="node"]');
    expect(popoverAnchor(node)).toBe(node);
  }, SLOW);
});
