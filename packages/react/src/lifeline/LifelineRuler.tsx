/**
 * The lifeline's time ruler: ticks with their labels, the ruler line, the strip that picks a
 * date (for linked views), and the marks of today and of a picked date. @internal
 */
import type { MouseEvent, ReactElement, RefObject } from 'react';
import type { ChartFrame } from '../view/lifeline/chartGeometry';
import { toDay, toPx, type Tick, type TimeScale } from '../view/lifeline/time';

/** The plot along time and across it (see `LifelineChartProps.plot`). */
type Plot = { t0: number; t1: number; c0: number; c1: number };

/** Props of {@link TimeRuler}. @internal */
export interface TimeRulerProps {
  frame: ChartFrame;
  plot: Plot;
  /** Where the ruler is (across the time axis). */
  ruler: number;
  scale: TimeScale;
  ticks: Tick[];
  /** Where today is drawn (its tick label gives way on a vertical ruler). */
  todayAt: number;
  /** Is a position along the time axis inside the plot? */
  inView: (along: number) => boolean;
  svgRef: RefObject<SVGSVGElement | null>;
  onPickDay: ((day: number) => void) | null;
}

/** One tick: a grid line across the plot and, where it fits, its label. */
function TickMark({ frame, plot, ruler, tick, at, todayAt }: { frame: ChartFrame; plot: Plot; ruler: number; tick: Tick; at: number; todayAt: number }): ReactElement {
  const h = frame.h;
  const fits = h ? at < plot.t1 - 26 : at < plot.t1 - 4 && Math.abs(at - todayAt) > 14;
  return (
    <g data-part="tick" data-major={tick.major || undefined}>
      <line data-part="grid-line" {...frame.line(at, plot.c0, at, ruler)} />
      {tick.label && fits ? (
        h ? (
          <text x={at + 3} y={ruler + 16} data-part="tick-label">
            {tick.label}
          </text>
        ) : (
          <text x={ruler - 4} y={at + 4} textAnchor="end" data-part="tick-label">
            {tick.label}
          </text>
        )
      ) : null}
    </g>
  );
}

/** The ruler with its ticks, and the strip that picks a date when the host listens. @internal */
export function TimeRuler({ frame, plot, ruler, scale, ticks, todayAt, inView, svgRef, onPickDay }: TimeRulerProps): ReactElement {
  const h = frame.h;
  const pickFromEvent = (e: MouseEvent<SVGElement>) => {
    if (!onPickDay) return;
    const svg = svgRef.current;
    if (!svg) return;
    const r = svg.getBoundingClientRect();
    const along = h ? e.clientX - r.left : e.clientY - r.top;
    onPickDay(Math.floor(toDay(scale, along)));
  };
  return (
    <>
      <g data-part="axis" aria-hidden="true">
        {ticks.map((tick) => {
          const at = toPx(scale, tick.day);
          return inView(at) ? <TickMark key={tick.day} frame={frame} plot={plot} ruler={ruler} tick={tick} at={at} todayAt={todayAt} /> : null;
        })}
        <line data-part="ruler" {...frame.line(plot.t0, ruler, plot.t1, ruler)} />
      </g>
      {onPickDay ? (
        <rect
          data-part="axis-hit"
          data-zoom="ignore"
          {...frame.rect(plot.t0, plot.t1, h ? ruler - 2 : 0, h ? ruler + 24 : ruler + 2)}
          onClick={pickFromEvent}
        />
      ) : null}
    </>
  );
}

/** The mark of today, with its label. @internal */
export function TodayMark({ frame, plot, ruler, at, label }: { frame: ChartFrame; plot: Plot; ruler: number; at: number; label: string }): ReactElement {
  return (
    <g data-part="today" aria-hidden="true">
      <line data-part="today-line" {...frame.line(at, plot.c0, at, ruler)} />
      {frame.h ? (
        <text data-part="today-label" x={at + 3} y={ruler + 30}>{label}</text>
      ) : (
        <text data-part="today-label" x={ruler - 4} y={at + 4} textAnchor="end">{label}</text>
      )}
    </g>
  );
}

/** The mark of the picked date (linked views), with its label. @internal */
export function PickedDateMark({ frame, plot, ruler, at, label }: { frame: ChartFrame; plot: Plot; ruler: number; at: number; label: string }): ReactElement {
  return (
    <g data-part="picked-date" aria-hidden="true">
      <line data-part="picked-line" {...frame.line(at, plot.c0, at, ruler)} />
      <text data-part="picked-label" {...(frame.h
        ? { x: at - 3, y: ruler + 30, textAnchor: 'end' as const }
        : { x: ruler - 4, y: at - 4, textAnchor: 'end' as const })}>
        {label}
      </text>
    </g>
  );
}
