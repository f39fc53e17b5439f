/**
 * Where things stand on the Lifeline: its width and orientation, the time range (today, the
 * events' reach, the zoomed part of it) and the layout of the glyphs on it. Labels are
 * measured as drawn where the browser can (see measureText.ts), else estimated.
 */
import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { fuzzyDateStart, todayFuzzyDate, type Network } from '@kring/core';
import { layoutHorizontal, layoutVertical, type LifelineLayout } from '../view/lifeline/layout';
import type { Orientation } from './LifelineChart';
import { useMeasureText } from './measureText';
import { itemReach, shortDateText, toItems, type LifelineItem } from '../view/lifeline/items';
import type { LifelineText } from './text';
import { fullDomain, timeTicks, type Tick, type TimeScale } from '../view/lifeline/time';
import type { LifelineProps } from './types';
import { useContainerWidth } from './useContainerWidth';
import { useTimeZoom, type TimeZoom } from './useTimeZoom';

/** Below this width (px) the lifeline turns vertical in `orientation="auto"`. */
export const LIFELINE_NARROW = 480;
const GUTTER = 112;
const RIGHT = 22;
const V_TOP = 44;
const V_RULER = 50;
const V_LEFT = 58;

/** The day an item's marker stands on: the middle of a vague date, the start of a period. @internal */
export function itemDay(item: LifelineItem): number {
  return item.kind === 'point' ? (item.startRange.from + item.startRange.to) / 2 : item.startRange.from;
}

/** What {@link useLifelineScale} returns. @internal */
export interface LifelineScale {
  /** The component's content width (px). */
  width: number;
  orientation: Orientation;
  horizontal: boolean;
  /** Today as given (or the real today): the title block's date. */
  todayString: string;
  /** Today's day ordinal: where open periods end and "now" is drawn. */
  today: number;
  /** The events that can be drawn, in time order. */
  items: LifelineItem[];
  /** Events left out because their dates cannot be read. */
  invalidCount: number;
  /** The whole time range in day ordinals (`[d0, d1)`). */
  domain: readonly [number, number];
  zoom: TimeZoom;
  /** The visible part of the time range. */
  scale: TimeScale;
  layout: LifelineLayout;
  ticks: Tick[];
  chartHeight: number;
  /** Where the time ruler is (across the time axis). */
  ruler: number;
  /** Start and end (pixels) of the plot along the time axis and, across it, of the plot area. */
  plot: { t0: number; t1: number; c0: number; c1: number };
  /** Hidden `tspan`s styled like a label's title and date, to measure them (render them once). */
  measureTitleRef: RefObject<SVGTSpanElement | null>;
  measureDateRef: RefObject<SVGTSpanElement | null>;
}

/** @internal */
export function useLifelineScale(options: {
  rootRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  props: Pick<LifelineProps, 'orientation' | 'verticalHeight' | 'today'>;
  shown: Network;
  t: LifelineText;
}): LifelineScale {
  const { rootRef, svgRef, props, shown, t } = options;
  // ---- size, orientation ----
  const width = useContainerWidth(rootRef, 800);
  const orientation: Orientation =
    props.orientation === 'horizontal' || props.orientation === 'vertical'
      ? props.orientation
      : width < LIFELINE_NARROW
        ? 'vertical'
        : 'horizontal';
  const horizontal = orientation === 'horizontal';
  const verticalHeight = Math.max(280, props.verticalHeight ?? 560);

  // ---- time ----
  const todayString = props.today ?? todayFuzzyDate();
  const today = Number.isFinite(fuzzyDateStart(todayString)) ? fuzzyDateStart(todayString) : fuzzyDateStart(todayFuzzyDate());
  const items = useMemo(() => toItems(shown.events, today), [shown.events, today]);
  const [d0, d1] = useMemo(() => fullDomain(items.map(itemReach), today), [items, today]);
  const baseR1 = horizontal ? Math.max(GUTTER + 120, width - RIGHT) : verticalHeight - 16;
  const base = useMemo<TimeScale>(
    () => ({ d0, d1, r0: horizontal ? GUTTER : V_TOP, r1: baseR1 }),
    [d0, d1, horizontal, baseR1],
  );
  // useTimeZoom hands out a new object every render; its parts are stable, so one object is kept while they are.
  const { scale, zoomed, canZoomIn, zoomIn, zoomOut, reset, panBy, reveal } = useTimeZoom(svgRef, base, horizontal ? 'x' : 'y', [0, 100]);
  const zoom = useMemo<TimeZoom>(
    () => ({ scale, zoomed, canZoomIn, zoomIn, zoomOut, reset, panBy, reveal }),
    [scale, zoomed, canZoomIn, zoomIn, zoomOut, reset, panBy, reveal],
  );

  // ---- layout ----
  const dateTextShort = useCallback((item: LifelineItem) => shortDateText(item.event, t.locale), [t.locale]);
  const measureTitleRef = useRef<SVGTSpanElement>(null);
  const measureDateRef = useRef<SVGTSpanElement>(null);
  const measure = useMeasureText(measureTitleRef, measureDateRef);
  const layout = useMemo(
    () =>
      horizontal
        ? layoutHorizontal(items, scale, { dateText: dateTextShort, ...(measure ? { measure } : {}) })
        : layoutVertical(items, scale, { width, left: V_LEFT, dateText: dateTextShort }),
    [horizontal, items, scale, width, dateTextShort, measure],
  );
  const ticks = useMemo(() => timeTicks(scale, t.locale).ticks, [scale, t.locale]);
  const chartHeight = horizontal ? layout.crossSize + 6 + 40 : Math.max(verticalHeight, layout.timeSize ?? 0);
  const ruler = horizontal ? layout.crossSize + 6 : V_RULER;
  const plot = useMemo(
    () =>
      horizontal
        ? { t0: scale.r0, t1: scale.r1, c0: 0, c1: layout.crossSize }
        : { t0: scale.r0, t1: scale.r1, c0: V_LEFT + 5 * 26, c1: V_LEFT },
    [horizontal, scale, layout],
  );

  const invalidCount = shown.events.length - items.length;
  return useMemo(
    () => ({
      width, orientation, horizontal, todayString, today, items, invalidCount, domain: [d0, d1] as const, zoom, scale,
      layout, ticks, chartHeight, ruler, plot, measureTitleRef, measureDateRef,
    }),
    [width, orientation, horizontal, todayString, today, items, invalidCount, d0, d1, zoom, scale, layout, ticks, chartHeight, ruler, plot],
  );
}
