/**
 * Path data placed in position (symbols/placePath.ts): the icons and badges of the map are drawn
 * without a `transform` (issue 16: one paint-tree node fewer each), so their path data must land
 * exactly where `translate(dx dy) scale(s)` would have put it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placePath as placeRaw } from '../src/symbols/placePath';
import { KIND_ICON_PATHS, BADGE_GLYPHS } from '../src/symbols/icons';
import { INTENT_GLYPHS } from '../src/symbols/IntentIcon';

/** Placed data with runs of spaces made one and the spaces next to command letters dropped, to compare with written-out data. */
const placePath = (d: string, s: number, dx: number, dy: number): string => placeRaw(d, s, dx, dy).replace(/\s+/g, ' ').replace(/\s*([A-Za-z])\s*/g, '$1').trim();

describe('placePath', () => {
  it('moves absolute coordinates and scales relative ones, H by x and V by y', () => {
    expect(placePath('M1 2L3 4', 2, 10, 20)).toBe('M12 24L16 28');
    expect(placePath('M1 2l3 4', 2, 10, 20)).toBe('M12 24l6 8');
    expect(placePath('M0 0H5V6h1v1z', 2, 1, 1)).toBe('M1 1H11V13h2v2z');
    expect(placePath('M0 0C1 2 3 4 5 6S7 8 9 10Q1 1 2 2T3 3', 1, 1, 0)).toBe('M1 0C2 2 4 4 6 6S8 8 10 10Q2 1 3 2T4 3');
  });

  it('scales an arc\'s radii, keeps its rotation and flags, moves an absolute end point only', () => {
    expect(placePath('M0 0A4 4 30 1 0 8 8', 0.5, 1, 2)).toBe('M1 2A2 2 30 1 0 5 6');
    expect(placePath('M0 0a4 4 30 1 0 8 8', 0.5, 1, 2)).toBe('M1 2a2 2 30 1 0 4 4');
  });

  it('reads compact numbers (".5.5", "-1-2", exponents) and implicit repeats', () => {
    expect(placePath('M.5.5l-1-2 3e1 4', 2, 0, 0)).toBe('M1 1l-2 -4 60 8');
    expect(placePath('M0 0 1 1 2 2', 1, 5, 5)).toBe('M5 5 6 6 7 7');
    // an opening relative moveto is absolute for its first pair only
    expect(placePath('m1 1 2 2', 1, 5, 5)).toBe('m6 6 2 2');
  });

  it('leaves the data alone at scale 1 in place, and gives equal strings for equal input (cached)', () => {
    const d = KIND_ICON_PATHS.person;
    expect(placeRaw(d, 1, 0, 0)).toBe(d);
    expect(placeRaw(d, 0.75, -9, -9)).toBe(placeRaw(d, 0.75, -9, -9));
  });

  it('every icon, badge and intent glyph keeps its number of commands and values', () => {
    const all = [...Object.values(KIND_ICON_PATHS), ...Object.values(BADGE_GLYPHS).flatMap((g) => [g.fill, g.stroke]), ...Object.values(INTENT_GLYPHS).flatMap((g) => [g.fill, g.stroke])].filter((d): d is string => !!d);
    const shape = (d: string) => (d.match(/[A-Za-z]/g) ?? []).join('');
    for (const d of all) {
      const placed = placePath(d, 0.8, 3, -4);
      expect(shape(placed), d).toBe(shape(d));
      expect(placed).not.toMatch(/NaN|undefined/);
      // arc flags are separate numbers (placePath reads them one by one)
      expect(d, 'arc flags written together').not.toMatch(/[Aa][^A-Za-z]*\s[01][01]/);
    }
  });

  it('absolute polylines: every point p lands on p·s + d (property)', () => {
    const coord = fc.integer({ min: -500, max: 500 }).map((n) => n / 4);
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40 }).map((n) => n / 8), coord, coord, (points, s, dx, dy) => {
        const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('');
        const numbers = placeRaw(d, s, dx, dy).split(/[ML ]/).filter(Boolean).map(Number);
        points.forEach(([x, y], i) => {
          expect(numbers[2 * i]).toBeCloseTo(x * s + dx, 2);
          expect(numbers[2 * i + 1]).toBeCloseTo(y * s + dy, 2);
        });
      }),
    );
  });
});
