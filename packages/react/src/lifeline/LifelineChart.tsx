/**
 * The drawn lifeline, composed of its parts: valence rows and the life line
 * (LifelineRows.tsx), the time ruler with "now" and a picked date (LifelineRuler.tsx), and
 * one glyph per event (EventGlyph.tsx: marker with category icon, span of the date's
 * uncertainty or the period's band, label). Positions come from `layout.ts`; the parts place
 * everything along time and across it (chartGeometry.ts), for either orientation.
 * @internal
 */
import { memo, useMemo, type KeyboardEvent, type MouseEvent, type ReactElement, type RefObject } from 'react';
import { chartFrame, type Orientation } from '../view/lifeline/chartGeometry';
import { EventGlyph } from './EventGlyph';
import type { Glyph, LifelineLayout } from '../view/lifeline/layout';
import { LifeLine, ValenceRows } from './LifelineRows';
import { PickedDateMark, TimeRuler, TodayMark } from './LifelineRuler';
import { toPx, type Tick, type TimeScale } from '../view/lifeline/time';
import type { LifelineText } from './text';

export type { Orientation } from '../view/lifeline/chartGeometry';

/** Props of {@link LifelineChart}. */
export interface LifelineChartProps {
  svgRef: RefObject<SVGSVGElement | null>;
  orientation: Orientation;
  width: number;
  height: number;
  /** Start and end (pixels) of the plot along the time axis and, across it, of the plot area. */
  plot: { t0: number; t1: number; c0: number; c1: number };
  /** Where the time ruler is (across the time axis). */
  ruler: number;
  layout: LifelineLayout;
  scale: TimeScale;
  ticks: Tick[];
  today: number;
  markedDay: number | null;
  markedLabel: string;
  selectedId: string | null;
  /** The event that is in the tab order (roving tab index). */
  tabStopId: string | null;
  highlightPersonId: string | null;
  describe: (g: Glyph) => string;
  hintId: string;
  helpId: string;
  plotLabel: string;
  idPrefix: string;
  t: LifelineText;
  onEventClick: (id: string, e: MouseEvent<SVGGElement>) => void;
  onEventKeyDown: (id: string, e: KeyboardEvent<SVGGElement>) => void;
  onEventFocus: (id: string) => void;
  onPickDay: ((day: number) => void) | null;
  onBackgroundClick: () => void;
  /** Keys on the chart itself (not on an event): pan, pick a date. */
  onChartKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
}

/** The hatch patterns of vague period ends (one per tone) and the clip of the events. */
function ChartDefs({ idPrefix, clip }: { idPrefix: string; clip: { x: number; y: number; width: number; height: number } }): ReactElement {
  return (
    <defs>
      {['positive', 'negative', 'neutral'].map((tone) => (
        <pattern
          key={tone}
          id={`${idPrefix}-hatch-${tone}`}
          patternUnits="userSpaceOnUse"
          width={5}
          height={5}
          patternTransform="rotate(45)"
        >
          <rect width={5} height={5} data-part="hatch-bg" data-tone={tone} />
          <rect width={1.8} height={5} data-part="hatch" data-tone={tone} />
        </pattern>
      ))}
      <clipPath id={`${idPrefix}-clip`}>
        <rect {...clip} />
      </clipPath>
    </defs>
  );
}

function LifelineChartImpl(props: LifelineChartProps): ReactElement {
  const { orientation, width, height, plot, layout, scale, t, idPrefix, ruler } = props;
  const frame = useMemo(() => chartFrame(orientation), [orientation]);
  const h = frame.h;
  const inView = (a: number) => a >= plot.t0 - 0.5 && a <= plot.t1 + 0.5;
  const todayAt = toPx(scale, props.today);
  const markedAt = props.markedDay === null ? null : toPx(scale, props.markedDay + 0.5);

  return (
    <svg
      ref={props.svgRef}
      data-part="chart"
      data-orientation={orientation}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={props.plotLabel}
      aria-describedby={props.helpId}
      tabIndex={0}
      onKeyDown={props.onChartKeyDown}
      onClick={(e) => {
        if (e.target === e.currentTarget || (e.target as Element).getAttribute?.('data-part') === 'row') props.onBackgroundClick();
      }}
    >
      <ChartDefs idPrefix={idPrefix} clip={h ? frame.rect(plot.t0 - 1, plot.t1 + 1, 0, height) : { x: 0, y: 0, width, height }} />
      <ValenceRows frame={frame} layout={layout} plot={plot} t={t} />
      <TimeRuler
        frame={frame}
        plot={plot}
        ruler={ruler}
        scale={scale}
        ticks={props.ticks}
        todayAt={todayAt}
        inView={inView}
        svgRef={props.svgRef}
        onPickDay={props.onPickDay}
      />
      <LifeLine frame={frame} layout={layout} plot={plot} />
      {inView(todayAt) ? <TodayMark frame={frame} plot={plot} ruler={ruler} at={todayAt} label={t('lifeline.today')} /> : null}
      {markedAt !== null && inView(markedAt) ? (
        <PickedDateMark frame={frame} plot={plot} ruler={ruler} at={markedAt} label={props.markedLabel} />
      ) : null}
      <g data-part="events" clipPath={`url(#${idPrefix}-clip)`}>
        {layout.glyphs.map((g) => (
          <EventGlyph
            key={g.item.id}
            g={g}
            frame={frame}
            idPrefix={idPrefix}
            label={props.describe(g)}
            hintId={props.hintId}
            selected={props.selectedId === g.item.id}
            tabbable={props.tabStopId === g.item.id}
            highlight={
              props.highlightPersonId === null ? null : (g.item.event.people ?? []).includes(props.highlightPersonId)
            }
            onClick={props.onEventClick}
            onKeyDown={props.onEventKeyDown}
            onFocus={props.onEventFocus}
          />
        ))}
      </g>
    </svg>
  );
}

/** The drawing, re-rendered only when its props change. @internal */
export const LifelineChart = /* @__PURE__ */ memo(LifelineChartImpl);
