/**
 * The visual grammar of the ecogram (issue 12): curved ties, faded ties unlike the grid,
 * badges and the refusal of contact, support letters, and a legend of what the network uses.
 * Where a click on a tie lands: tie-hits.test.tsx.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { SUPPORT_TYPES, type Network } from '@kring/core';
import { dennisNoNetwork, fatimaNetwork, yonasNetwork } from '@kring/fixtures';
import {
  bezierDerivative, bezierPoint, bezierSegment, insetAt, makeTrack, tieMidpoint, type Point,
} from '../src/view/ties/curve';
import { tieGeometry, tieStyle, STATUS_OPACITY } from '../src/view/ties/tieStyle';
import { TieLine } from '../src/symbols/TieLine';
import { placeAlong } from '../src/view/ties/placeAlong';
import { supportLetters, SUPPORT_LETTER_ORDER } from '../src/view/ties/supportLetters';
import { Legend } from '../src/legend';
import { legendUsage } from '../src/view/legendUsage';
import { Ecogram } from '../src/ecogram';
import { badgeRow, badgeRowSize, BADGE_SIZE, CONSENT_BADGE_SIZE } from '../src/view/map/badgeRow';
import { displayName, describePerson } from '../src/view/map/describeMap';
import { ECOGRAM_BUNDLES } from '../src/ecogram/messages';
import { textFor } from '../src/i18n';
import { SYMBOL_BUNDLES } from '../src/symbols/messages';

afterEach(cleanup);

/** Tests that render a whole Ecogram: generous on a shared 2-core machine. */
const SLOW = 30_000;

const TODAY = '2025-06-01';
const A: Point = { x: 0, y: 0 };
const B: Point = { x: 200, y: 0 };
const C: Point = { x: 100, y: 80 };
const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
/** Smallest distance from `p` to the curve a–c–b (sampled finely). */
function distToCurve(p: Point, a = A, c = C, b = B): number {
  let best = Infinity;
  for (let i = 0; i <= 2000; i++) best = Math.min(best, dist(p, bezierPoint(a, c, b, i / 2000)));
  return best;
}
/** All coordinate pairs in path data. */
function points(d: string): Point[] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: Point[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push({ x: nums[i]!, y: nums[i + 1]! });
  return out;
}

describe('curve maths (symbols/curve.ts)', () => {
  it('the middle of a tie is B(0.5) = (a + 2c + b) / 4, and (a + b) / 2 when straight', () => {
    expect(tieMidpoint(A, B, C)).toEqual({ x: 100, y: 40 });
    expect(tieMidpoint(A, B, C)).toEqual(bezierPoint(A, C, B, 0.5));
    expect(tieMidpoint(A, B)).toEqual({ x: 100, y: 0 });
    // the tangent at the middle is parallel to the chord
    const d = bezierDerivative(A, C, B, 0.5);
    expect(d.y).toBeCloseTo(0);
  });

  it('a piece of the curve is exactly the curve (de Casteljau)', () => {
    const [p0, q, p1] = bezierSegment(A, C, B, 0.2, 0.7);
    for (const u of [0, 0.25, 0.5, 0.9, 1]) {
      const onPiece = bezierPoint(p0, q, p1, u);
      expect(dist(onPiece, bezierPoint(A, C, B, 0.2 + 0.5 * u))).toBeLessThan(1e-9);
    }
  });

  it('arc length: a curve is longer than its chord, and tAt inverts sAt', () => {
    const track = makeTrack(A, B, C);
    expect(track.length).toBeGreaterThan(200);
    for (const t of [0.1, 0.5, 0.83]) expect(track.tAt(track.sAt(t))).toBeCloseTo(t, 4);
    // equal arc-length steps are (nearly) equal distances apart
    const steps = [0, 1, 2, 3].map((i) => track.at((track.length * i) / 3));
    const gaps = [dist(steps[0]!, steps[1]!), dist(steps[1]!, steps[2]!), dist(steps[2]!, steps[3]!)];
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(1);
  });

  it('insets stop the curve where it crosses the node circle; straight lines stay exact', () => {
    const track = makeTrack(A, B, C);
    expect(dist(track.at(insetAt(track, 20, false)), A)).toBeCloseTo(20, 3);
    expect(dist(track.at(insetAt(track, 32, true)), B)).toBeCloseTo(32, 3);
    const straight = makeTrack(A, B);
    expect(straight.control).toBeUndefined();
    expect(insetAt(straight, 20, false)).toBe(20);
  });

  it('never throws on bad control points: NaN, or on the chord, draws straight', () => {
    expect(makeTrack(A, B, { x: Number.NaN, y: 3 }).control).toBeUndefined();
    expect(makeTrack(A, B, { x: 100, y: 0 }).control).toBeUndefined();
    expect(makeTrack(A, A, C).length).toBeGreaterThanOrEqual(0);
  });
});

describe('tieGeometry on a curve', () => {
  it('draws a quadratic curve between the node edges, its middle at B(0.5)', () => {
    const g = tieGeometry(A, B, tieStyle({}), 20, 30, C);
    expect(g.d).toMatch(/^M[\d.\s-]+Q/);
    expect(g.hit).toMatch(/Q/);
    expect(dist(g.start, A)).toBeCloseTo(20, 2);
    expect(dist(g.end, B)).toBeCloseTo(30, 2);
    expect(dist(g.mid, { x: 100, y: 40 })).toBeLessThan(0.01);
    expect(g.ux).toBeCloseTo(1);
    // the drawn path starts and ends on the curve
    const pts = points(g.d);
    expect(distToCurve(pts[0]!)).toBeLessThan(0.1);
    expect(distToCurve(pts[pts.length - 1]!)).toBeLessThan(0.1);
  });

  it('a stressful tie zigzags along the curve, never further from it than the amplitude', () => {
    const style = tieStyle({ quality: 'stressful', strength: 'moderate' });
    const g = tieGeometry(A, B, style, 20, 20, C);
    const pts = points(g.d);
    expect(pts.length).toBeGreaterThan(20);
    const amplitude = 3 + style.strokeWidth * 0.6;
    const far = Math.max(...pts.map((p) => distToCurve(p)));
    expect(far).toBeGreaterThan(amplitude * 0.8);
    expect(far).toBeLessThan(amplitude + 0.1);
  });

  it('a broken tie has its gap around B(0.5), both pieces on the curve', () => {
    const g = tieGeometry(A, B, tieStyle({ status: 'broken' }), 20, 20, C);
    const pieces = g.d.split('M').filter(Boolean);
    expect(pieces).toHaveLength(2);
    const endOfFirst = points(`M${pieces[0]}`).pop()!;
    const startOfSecond = points(`M${pieces[1]}`)[0]!;
    const mid = bezierPoint(A, C, B, 0.5);
    expect(dist(endOfFirst, mid)).toBeCloseTo(dist(startOfSecond, mid), 0);
    expect(distToCurve(endOfFirst)).toBeLessThan(0.1);
  });

  it('straight ties keep their exact geometry', () => {
    const g = tieGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, tieStyle({}), 10, 20);
    expect(g.start).toEqual({ x: 10, y: 0 });
    expect(g.end).toEqual({ x: 80, y: 0 });
    expect(g.d).toBe('M10 0L80 0');
  });
});

describe('TieLine on a curve', () => {
  it('points its arrowheads along the tangent at each end and marks the middle across the tangent', () => {
    const { container } = render(
      <svg>
        <TieLine from={A} to={B} control={C} tie={{ status: 'ended', support: { receives: ['emotional'], gives: ['practical'] } }} fromInset={20} toInset={20} />
      </svg>,
    );
    const line = container.querySelector('[data-part="tie-line"]')!;
    expect(line).toHaveAttribute('data-curved');
    const track = makeTrack(A, B, C);
    for (const [which, s, sign] of [['end', insetAt(track, 20, true), 1], ['start', insetAt(track, 20, false), -1]] as const) {
      const [tip, b1, b2] = points(container.querySelector(`[data-arrow="${which}"]`)!.getAttribute('points')!.replace(/,/g, ' '));
      const base = { x: (b1!.x + b2!.x) / 2, y: (b1!.y + b2!.y) / 2 };
      const dir = { x: (tip!.x - base.x) * sign, y: (tip!.y - base.y) * sign };
      const n = Math.hypot(dir.x, dir.y);
      const tan = track.tangent(s);
      expect(dir.x / n).toBeCloseTo(tan.x, 2);
      expect(dir.y / n).toBeCloseTo(tan.y, 2);
      expect(dist(tip!, track.at(s))).toBeLessThan(0.02);
    }
    // the end bar crosses the curve at B(0.5), perpendicular to the tangent there (horizontal)
    const [p, q] = points(container.querySelector('[data-mark="end"]')!.getAttribute('d')!);
    expect((p!.x + q!.x) / 2).toBeCloseTo(100, 1);
    expect((p!.y + q!.y) / 2).toBeCloseTo(40, 1);
    expect(p!.x).toBeCloseTo(q!.x, 1);
  });

  it('writes support letters in a halo at the middle, or beside a mark without touching it', () => {
    const { container } = render(
      <svg>
        <TieLine from={A} to={B} tie={{}} letters="P G" />
        <TieLine from={{ x: 0, y: 100 }} to={{ x: 240, y: 100 }} tie={{ quality: 'harmful', strength: 'strong' }} letters="E" />
      </svg>,
    );
    const [plain, marked] = Array.from(container.querySelectorAll('[data-part="support-letters"]'));
    expect(plain?.textContent).toBe('P G');
    const rect = plain!.querySelector('rect')!;
    expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2).toBeCloseTo(100, 1);
    // beside the warning triangle (centre 120,100, half size (14 + 5) / 2): no overlap
    const r2 = marked!.querySelector('rect')!;
    const x0 = Number(r2.getAttribute('x'));
    const x1 = x0 + Number(r2.getAttribute('width'));
    const half = (14 + 5) / 2;
    expect(x1 <= 120 - half || x0 >= 120 + half).toBe(true);
    expect(marked).toHaveAttribute('data-mark-clear');
    // the letters are not faded with the line: they stay readable text
    expect(plain!.closest('[opacity]')).toBeNull();
  });
});

describe('marks along a tie never overlap', () => {
  it('placeAlong finds the nearest free stretch, or none', () => {
    expect(placeAlong(50, 5, [], 0, 100)).toBe(50);
    expect(placeAlong(50, 5, [{ from: 45, to: 55 }], 0, 100)).toBe(38);
    expect(placeAlong(50, 5, [{ from: 45, to: 55 }], 40, 100)).toBe(62);
    expect(placeAlong(50, 5, [{ from: 0, to: 100 }], 0, 100)).toBeNull();
    expect(placeAlong(50, 60, [], 0, 100)).toBeNull();
  });

  it('a harmful tie that is broken shows the break AND the warning triangle, side by side, and the letters elsewhere', () => {
    const { container } = render(
      <svg>
        <TieLine from={{ x: 0, y: 0 }} to={{ x: 300, y: 0 }} tie={{ quality: 'harmful', status: 'broken', strength: 'strong' }} letters="P E" />
      </svg>,
    );
    expect(container.querySelector('[data-mark="break"]')).not.toBeNull();
    const warning = container.querySelector('[data-mark="warning"]')!;
    const wx = Number(/translate\(([-\d.]+)/.exec(warning.getAttribute('transform')!)![1]) + (14 + 5) / 2;
    const half = (14 + 5) / 2;
    // clear of the break mark (±(6 + 5) around 150)
    expect(Math.abs(wx - 150)).toBeGreaterThanOrEqual(11 + half);
    const rect = container.querySelector('[data-part="support-letters"] rect')!;
    const x0 = Number(rect.getAttribute('x'));
    const x1 = x0 + Number(rect.getAttribute('width'));
    for (const [from, to] of [[150 - 11, 150 + 11], [wx - half, wx + half]]) expect(x1 <= from! || x0 >= to!).toBe(true);
  });
});

describe('faded ties are unlike the grid', () => {
  it('a faded tie is dotted in the tie colour, darker than before (0.7); dividers are solid (ecogram.css)', () => {
    const faded = tieStyle({ status: 'faded' });
    expect(faded.dasharray).toBeTruthy();
    expect(faded.linecap).toBe('round');
    expect(STATUS_OPACITY.faded).toBeGreaterThanOrEqual(0.7);
  });
});

describe('support letters', () => {
  it('P G A E as Dutch practice writes them, then F and H; in English P C A E F H', () => {
    expect([...SUPPORT_LETTER_ORDER].sort()).toEqual([...SUPPORT_TYPES].sort());
    const all = { support: { gives: [...SUPPORT_TYPES] } };
    expect(supportLetters(all, textFor(SYMBOL_BUNDLES, 'nl'))).toBe('P G A E F H');
    expect(supportLetters(all, textFor(SYMBOL_BUNDLES, 'en'))).toBe('P C A E F H');
    // both directions together, in the fixed order whatever the data's order
    expect(supportLetters({ support: { receives: ['emotional'], gives: ['practical', 'emotional'] } }, textFor(SYMBOL_BUNDLES, 'nl'))).toBe('P E');
    expect(supportLetters({}, textFor(SYMBOL_BUNDLES, 'nl'))).toBe('');
  });

  it('the Ecogram writes them on the ties by default, and not with supportLetters={false}', () => {
    const { container, unmount } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    const moeder = container.querySelector('[data-part="tie"][data-id="t-moeder"] [data-part="support-letters"]');
    expect(moeder?.textContent).toBe('P E');
    // what is written on the line is part of the tie's name (label in name)
    expect(container.querySelector('[data-part="tie"][data-id="t-moeder"]')?.getAttribute('aria-label')).toMatch(/Op de lijn: P E$/);
    expect(container.querySelector('[data-part="tie"][data-id="t-broer"] [data-part="support-letters"]')).toBeNull();
    unmount();
    const off = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} supportLetters={false} />);
    expect(off.container.querySelector('[data-part="support-letters"]')).toBeNull();
  }, SLOW);
});

describe('badges and the refusal of contact', () => {
  it('badges are at least 23 units across (≥ 16 px at the default fit at 1280 px); "geen contact" is larger', () => {
    const row = badgeRow(['consent-no', 'boundary', 'abroad'], 18);
    expect(row.map((b) => b.size)).toEqual([CONSENT_BADGE_SIZE, BADGE_SIZE, BADGE_SIZE]);
    expect(BADGE_SIZE).toBeGreaterThanOrEqual(23);
    expect(CONSENT_BADGE_SIZE).toBeGreaterThan(BADGE_SIZE);
    // side by side without overlap, above the node
    for (let i = 1; i < row.length; i++) expect(row[i]!.x - row[i - 1]!.x).toBeGreaterThanOrEqual((row[i]!.size + row[i - 1]!.size) / 2);
    for (const b of row) expect(b.y + b.size / 2).toBeLessThanOrEqual(-18 + 5);
    expect(badgeRowSize([]).width).toBe(0);
  });

  it('draws "geen contact" as a larger filled mark, and puts it in the name: "<naam> · geen contact"', () => {
    const { container } = render(<Ecogram defaultNetwork={yonasNetwork} today={TODAY} />);
    const ex = container.querySelector('[data-part="node"][data-id="p-ex"]')!;
    const consent = ex.querySelector('[data-part="badge"][data-badge="consent-no"]')!;
    const boundary = ex.querySelector('[data-part="badge"][data-badge="boundary"]')!;
    expect(consent).toHaveAttribute('data-filled');
    expect(boundary).not.toHaveAttribute('data-filled');
    // drawn in place at its size (no transform): the plate's radius over its radius at size 16
    const scale = (el: Element) => Number(el.querySelector('circle')!.getAttribute('r')) / (el.hasAttribute('data-filled') ? 7.6 : 7.3);
    expect(scale(consent)).toBeGreaterThan(scale(boundary) * 1.2);
    expect(ex.getAttribute('aria-label')).toMatch(/^Ex-partner · geen contact, /);
    // and in the drawn name
    expect(container.querySelector('[data-part="node-label"][data-id="p-ex"]')?.textContent).toMatch(/Ex-partner.*geen contact/);
  }, SLOW);

  it('displayName in Dutch and English; others keep their name', () => {
    const nl = textFor(ECOGRAM_BUNDLES, 'nl');
    const en = textFor(ECOGRAM_BUNDLES, 'en');
    expect(displayName({ name: 'Ali', consent: 'not-allowed' }, nl)).toBe('Ali · geen contact');
    expect(displayName({ name: 'Ali', consent: 'not-allowed' }, en)).toBe('Ali · no contact');
    expect(displayName({ name: 'Ali', consent: 'ask-first' }, nl)).toBe('Ali');
    const ex = yonasNetwork.people.find((p) => p.id === 'p-ex')!;
    expect(describePerson(ex, yonasNetwork, en, null, 1)).toMatch(/^Ex-partner · no contact, /);
  });
});

describe('legend of what is used', () => {
  it('with a network it explains only what that network uses', () => {
    render(<Legend network={dennisNoNetwork} />);
    const legend = screen.getByRole('region', { name: 'Legenda' });
    const usage = legendUsage(dennisNoNetwork);
    expect(usage.statuses.has('faded')).toBe(true);
    // faded is used: the dotted line is explained next to the solid divider it is not
    expect(legend).toHaveTextContent('Stippellijn: verwaterd');
    expect(legend).toHaveTextContent('grens tussen twee sectoren, geen band');
    expect(legend).not.toHaveTextContent('Lijn met een gat'); // no broken tie
    expect(legend).not.toHaveTextContent('Zigzaglijn'); // nothing stressful
    // support letters: only the kinds used (practical, informational, financial, companionship)
    const letters = within(legend.querySelector<HTMLElement>('[data-section="support"]')!).getAllByRole('listitem').map((li) => li.textContent);
    expect(letters).toEqual(['PP: Praktisch', 'GG: Gezelschap', 'AA: Advies en informatie', 'FF: Financieel']);
    expect(legend.querySelectorAll('li').length).toBeLessThan(20);
  });

  it('show="all" explains everything; a section with nothing used is left out', () => {
    const network: Network = { ...dennisNoNetwork, ties: [] };
    const { unmount } = render(<Legend network={network} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.getAttribute('id') ?? '');
    expect(headings.some((id) => id.endsWith('-strength'))).toBe(false);
    unmount();
    render(<Legend network={network} show="all" supportLetters={false} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10); // + the network plan, groups and changes (issue 15)
  });

  it('a scrollable legend can be reached with the keyboard', () => {
    render(<Legend network={fatimaNetwork} scrollable />);
    expect(screen.getByRole('region', { name: 'Legenda' })).toHaveAttribute('tabindex', '0');
  });
});
