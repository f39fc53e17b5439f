import { describe, expect, it } from 'vitest';
import { dayOrdinal, fuzzyDateStart, type LifeEvent } from '@kring/core';
import { marcoNetwork } from '@kring/fixtures';
import { DATE_CHAR, fitText, layoutHorizontal, layoutVertical, MARKER_R, TITLE_CHAR, wrapText } from '../src/view/lifeline/layout';
import { eventDateText, sortEvents, toItems } from '../src/view/lifeline/items';
import { fullDomain, timeTicks, toDay, toPx, type TimeScale } from '../src/view/lifeline/time';

const today = fuzzyDateStart('2025-06-15');
const periodWords = { periodRange: '{start} tot {end}', periodOngoing: 'sinds {start}, nog bezig' };

describe('items and words', () => {
  it('orders events by start, less precise first, invalid dates last', () => {
    const events: LifeEvent[] = [
      { id: 'c', title: 'C', date: '2019-05-03', category: 'other', valence: 0 },
      { id: 'x', title: 'X', date: 'ooit', category: 'other', valence: 0 },
      { id: 'b', title: 'B', date: '2019-05', category: 'other', valence: 0 },
      { id: 'a', title: 'A', date: '2019', category: 'other', valence: 0 },
      { id: 'p', title: 'P', start: '2018', category: 'other', valence: 0 },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['p', 'a', 'b', 'c', 'x']);
    expect(toItems(events, today).map((i) => i.id)).toEqual(['p', 'a', 'b', 'c']);
  });

  it('keeps the vagueness of a date as a day range; an open period runs to today', () => {
    const all = toItems(
      [
        { id: 'y', title: 'Y', date: '2014', category: 'work', valence: 2 },
        { id: 'a', title: 'A', date: '~2010', category: 'housing', valence: 1 },
        { id: 'o', title: 'O', start: '2021-09', category: 'housing', valence: 1 },
      ],
      today,
    );
    const [year, approx, open] = ['y', 'a', 'o'].map((id) => all.find((i) => i.id === id));
    expect(year).toMatchObject({ startPrecision: 'year', from: dayOrdinal(2014), to: dayOrdinal(2015), approxStart: false });
    expect(approx).toMatchObject({ startPrecision: 'year', approxStart: true });
    expect(open).toMatchObject({ kind: 'period', ongoing: true, from: dayOrdinal(2021, 9), to: today + 1 });
  });

  it('says dates in words', () => {
    expect(eventDateText({ id: 'a', title: 'A', date: '~2010', category: 'other', valence: 0 }, 'nl', periodWords)).toBe('ca. 2010');
    expect(eventDateText({ id: 'a', title: 'A', start: '2019-06', end: '~2021', category: 'other', valence: 0 }, 'nl', periodWords)).toBe('juni 2019 tot ca. 2021');
    expect(eventDateText({ id: 'a', title: 'A', start: '2019-06', category: 'other', valence: 0 }, 'nl', periodWords)).toBe('sinds juni 2019, nog bezig');
  });
});

describe('time axis', () => {
  it('spans whole years, at least four, including today', () => {
    const [d0, d1] = fullDomain([{ from: dayOrdinal(2019, 5), to: dayOrdinal(2019, 6) }], today);
    expect([d0, d1]).toEqual([dayOrdinal(2019), dayOrdinal(2026)]);
    const [e0, e1] = fullDomain([], today);
    expect(e1 - e0).toBeGreaterThanOrEqual(dayOrdinal(2024) - dayOrdinal(2020));
  });

  it('labels years when zoomed out and months when zoomed in', () => {
    const wide: TimeScale = { d0: dayOrdinal(2015), d1: dayOrdinal(2026), r0: 100, r1: 1000 };
    const years = timeTicks(wide, 'nl');
    expect(years.unit).toBe('year');
    expect(years.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const narrow: TimeScale = { d0: dayOrdinal(2019, 3), d1: dayOrdinal(2020, 3), r0: 100, r1: 1000 };
    const months = timeTicks(narrow, 'nl');
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label)).toContain('mei');
    expect(months.ticks.map((t) => t.label)).toContain('2020');
    const decades = timeTicks({ d0: dayOrdinal(1950), d1: dayOrdinal(2026), r0: 0, r1: 400 }, 'en');
    expect(decades.ticks.filter((t) => t.label).every((t) => Number(t.label) % 10 === 0)).toBe(true);
  });

  it('maps days to pixels and back', () => {
    const s: TimeScale = { d0: 0, d1: 100, r0: 50, r1: 250 };
    expect(toPx(s, 50)).toBe(150);
    expect(toDay(s, 150)).toBe(50);
  });
});

describe('layout', () => {
  const items = toItems(marcoNetwork.events, today);
  const scale: TimeScale = { d0: dayOrdinal(2015), d1: dayOrdinal(2026), r0: 112, r1: 1060 };
  const dateText = () => 'maart 2019';

  it('keeps labels of one lane apart and every marker inside the view', () => {
    const layout = layoutHorizontal(items, scale, { dateText });
    expect(layout.glyphs).toHaveLength(items.length);
    const boxes = layout.glyphs.map((g) => {
      const w = Math.max(...g.label.lines.map((l) => Array.from(l).length * TITLE_CHAR), Array.from(g.label.date).length * DATE_CHAR, 0);
      const x0 = g.label.anchor === 'start' ? g.tm - MARKER_R : g.label.x - w;
      const x1 = g.label.anchor === 'start' ? g.label.x + w : g.tm + MARKER_R;
      return { id: g.item.id, x0, x1, y: g.cm };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.y !== b.y) continue;
        expect(a.x1 <= b.x0 || b.x1 <= a.x0, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    for (const g of layout.glyphs) {
      expect(g.tm).toBeGreaterThanOrEqual(scale.r0);
      expect(g.tm).toBeLessThanOrEqual(scale.r1);
    }
  });

  it('uses measured label widths where it has them: a label that would run past the right edge in a wide font goes left of its marker', () => {
    const late: LifeEvent = { id: 'late', title: 'Schuldhulptraject gestart', date: '2023-06', category: 'income', valence: 1 };
    const one = toItems([late], today);
    const s: TimeScale = { d0: dayOrdinal(2015), d1: dayOrdinal(2026), r0: 112, r1: 1258 };
    const tm = toPx(s, one[0]!.startRange.from);
    // The estimate thinks it fits on the right; a font twice as wide does not.
    expect(tm + 16 + Array.from(late.title).length * TITLE_CHAR).toBeLessThan(s.r1);
    expect(layoutHorizontal(one, s, { dateText }).glyphs[0]?.label.anchor).toBe('start');
    const wide = (text: string) => Array.from(text).length * TITLE_CHAR * 2;
    const g = layoutHorizontal(one, s, { dateText, measure: wide }).glyphs[0]!;
    expect(g.label.anchor).toBe('end');
    expect(g.label.x - (g.label.width ?? 0)).toBeGreaterThanOrEqual(s.r0);
    // A measurer that cannot tell (NaN, 0) falls back to the estimate.
    expect(layoutHorizontal(one, s, { dateText, measure: () => NaN }).glyphs[0]?.label.anchor).toBe('start');
  });

  it('leaves out what is out of view and pins a period that started earlier to the left edge', () => {
    const zoomed: TimeScale = { d0: dayOrdinal(2020), d1: dayOrdinal(2021), r0: 112, r1: 1060 };
    const layout = layoutHorizontal(items, zoomed, { dateText });
    const ids = layout.glyphs.map((g) => g.item.id);
    expect(ids).toContain('e-opvang'); // 2019-03 .. 2022-05: runs through 2020
    expect(ids).toContain('e-gestopt'); // ~2020
    expect(ids).not.toContain('e-baan'); // 2015
    const opvang = layout.glyphs.find((g) => g.item.id === 'e-opvang')!;
    expect(opvang.tm).toBe(zoomed.r0 + MARKER_R + 2);
    expect(opvang.s0).toBeLessThan(zoomed.r0);
  });

  it('vertical: later is lower, positive right of negative, labels never overlap', () => {
    const vs: TimeScale = { d0: dayOrdinal(2015), d1: dayOrdinal(2026), r0: 44, r1: 544 };
    const layout = layoutVertical(items, vs, { width: 360, dateText });
    const g = (id: string) => layout.glyphs.find((x) => x.item.id === id)!;
    expect(g('e-baan').tm).toBeLessThan(g('e-lisa').tm);
    expect(g('e-lisa').cm).toBeGreaterThan(layout.line);
    expect(g('e-moeder').cm).toBeLessThan(layout.line);
    const labels = [...layout.glyphs].sort((a, b) => a.label.y - b.label.y);
    for (let i = 1; i < labels.length; i++) {
      const prev = labels[i - 1]!;
      const height = prev.label.lines.length * 15 + (prev.label.date ? 13 : 0);
      expect(labels[i]!.label.y - 11).toBeGreaterThanOrEqual(prev.label.y - 11 + height);
    }
  });

  it('shortens text with an ellipsis and wraps at words', () => {
    expect(fitText('Op straat en bij Kees op de bank', 100, 10)).toBe('Op straat…');
    expect(fitText('Kort', 100, 10)).toBe('Kort');
    expect(wrapText('Vrijwilliger bij De Spaak in Haarlem', 16, 2)).toEqual(['Vrijwilliger bij', 'De Spaak in Haa…']);
  });
});
