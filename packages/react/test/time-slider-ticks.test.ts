import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateWidth, thinTicks, type TickLabel } from '../src/view/ticks';

const evenly = (texts: string[], width: number, fontSize = 14): TickLabel[] =>
  texts.map((text, i) => ({ x: (i / Math.max(1, texts.length - 1)) * width, width: estimateWidth(text, fontSize) }));

const years = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe('thinTicks', () => {
  it('keeps every label when there is room', () => {
    expect(thinTicks(evenly(years(2015, 2025), 1000))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('drops labels that would collide, keeping the first and the last', () => {
    const kept = thinTicks(evenly([...years(2015, 2025), 'Nu'], 300));
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(11);
    expect(kept.length).toBeLessThan(12);
    expect(kept.length).toBeGreaterThan(2);
  });

  it('keeps only the first when even the first and the last collide', () => {
    expect(thinTicks(evenly(['2015', 'Nu'], 20))).toEqual([0]);
    expect(thinTicks([])).toEqual([]);
    expect(thinTicks([{ x: 0, width: 30 }])).toEqual([0]);
  });

  it('never lets two kept labels come closer than the gap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: 0, max: 2000, noNaN: true }), width: fc.double({ min: 1, max: 120, noNaN: true }) }), { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (raw, gap) => {
          const labels = [...raw].sort((a, b) => a.x - b.x);
          const kept = thinTicks(labels, gap);
          if (kept[0] !== 0) return false;
          if (kept.length > 1 && kept.at(-1) !== labels.length - 1) return false;
          for (let k = 1; k < kept.length; k++) {
            const a = labels[kept[k - 1]!]!;
            const b = labels[kept[k]!]!;
            if (a.x + a.width / 2 + gap > b.x - b.width / 2 + 1e-9) return false;
          }
          return true;
        },
      ),
    );
  });
});
