/**
 * The drawn lifeline: valence rows, the life line, the time ruler, "now" and a picked
 * date, and one glyph per event (marker with category icon, span of the date's
 * uncertainty or the period's band, label). Positions come from `layout.ts`.
 * @internal
 */
import { memo, type KeyboardEvent, type MouseEvent, type ReactElement, type RefObject } from 'react';
import type { Valence } from '@kring/core';
import { CategoryIcon } from './icons';
import { COLUMN, DATE_CHAR, MARKER_R, TITLE_CHAR, wrapText, type Glyph, type LifelineLayout } from './layout';
import { toDay, toPx, type Tick, type TimeScale } from './time';
import type { LifelineText } from './text';
import { isolate } from '../utils/bidi';

/** Orientation of the drawing. */
export type Orientation = 'horizontal' | 'vertical';

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

const TONE = (v: number) => (v > 0 ? 'positive' : v < 0 ? 'negative' : 'neutral');

function LifelineChartImpl(props: LifelineChartProps): ReactElement {
  const { orientation, width, height, plot, layout, scale, ticks, t, idPrefix } = props;
  const h = orientation === 'horizontal';
  /** Map (along time, across) to (x, y). */
  const P = (along: number, across: number): [number, number] => (h ? [along, across] : [across, along]);
  const pt = (along: number, across: number) => P(along, across).join(' ');
  const rect = (a0: number, a1: number, c0: number, c1: number) => {
    const [x0, y0] = P(Math.min(a0, a1), Math.min(c0, c1));
    const [x1, y1] = P(Math.max(a0, a1), Math.max(c0, c1));
    return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
  };
  const clipId = `${idPrefix}-clip`;
  const hatch = (tone: string) => `url(#${idPrefix}-hatch-${tone})`;
  const inView = (a: number) => a >= plot.t0 - 0.5 && a <= plot.t1 + 0.5;

  const pickFromEvent = (e: MouseEvent<SVGElement>) => {
    if (!props.onPickDay) return;
    const svg = props.svgRef.current;
    if (!svg) return;
    const r = svg.getBoundingClientRect();
    const along = h ? e.clientX - r.left : e.clientY - r.top;
    props.onPickDay(Math.floor(toDay(scale, along)));
  };

  const rowLabel = (v: Valence) => t.label('valence', v);
  const todayAt = toPx(scale, props.today);
  const markedAt = props.markedDay === null ? null : toPx(scale, props.markedDay + 0.5);

  return (
    <svg
      ref={props.svgRef}
      className="kring-lifeline__svg"
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
            <rect width={5} height={5} className={`kring-lifeline__hatch-bg kring-lifeline__tone--${tone}`} />
            <rect width={1.8} height={5} className={`kring-lifeline__hatch kring-lifeline__tone--${tone}`} />
          </pattern>
        ))}
        <clipPath id={clipId}>
          <rect {...(h ? rect(plot.t0 - 1, plot.t1 + 1, 0, height) : { x: 0, y: 0, width, height })} />
        </clipPath>
      </defs>

      {/* valence rows (horizontal) or columns (vertical) */}
      <g data-part="rows" aria-hidden="true">
        {layout.rows.map((row) => (
          <rect
            key={row.valence}
            data-part="row"
            data-valence={row.valence}
            className={`kring-lifeline__row kring-lifeline__row--${TONE(row.valence)}`}
            {...rect(plot.t0, plot.t1, row.c0, row.c0 + row.size)}
          />
        ))}
        {h
          ? layout.rows.map((row) => {
              const lines = wrapText(rowLabel(row.valence), 14, 2);
              const mid = row.c0 + row.size / 2 - ((lines.length - 1) * 13) / 2 + 4;
              return (
                <text key={row.valence} className="kring-lifeline__row-label" data-part="row-label" x={plot.t0 - 10} y={mid} textAnchor="end">
                  {lines.map((l, i) => (
                    <tspan key={i} x={plot.t0 - 10} dy={i === 0 ? 0 : 13}>
                      {l}
                    </tspan>
                  ))}
                </text>
              );
            })
          : (
            <>
              <text className="kring-lifeline__row-label" data-part="row-label" x={layout.rows[0]?.c0 ?? 0} y={14} textAnchor="start">
                {`← ${rowLabel(-1)}`}
              </text>
              <text
                className="kring-lifeline__row-label"
                data-part="row-label"
                x={(layout.rows[4]?.c0 ?? 0) + COLUMN}
                y={30}
                textAnchor="end"
              >
                {`${rowLabel(1)} →`}
              </text>
            </>
          )}
      </g>

      {/* the time ruler */}
      <g data-part="axis" aria-hidden="true">
        {ticks.map((tick) => {
          const a = toPx(scale, tick.day);
          if (!inView(a)) return null;
          const [x1, y1] = P(a, plot.c0);
          const [x2, y2] = P(a, props.ruler);
          return (
            <g key={tick.day} data-part="tick" data-major={tick.major || undefined}>
              <line className={`kring-lifeline__grid${tick.major ? ' kring-lifeline__grid--major' : ''}`} x1={x1} y1={y1} x2={x2} y2={y2} />
              {tick.label && (h ? a < plot.t1 - 26 : a < plot.t1 - 4 && Math.abs(a - todayAt) > 14) ? (
                h ? (
                  <text className="kring-lifeline__tick-label" x={a + 3} y={props.ruler + 16} data-part="tick-label">
                    {tick.label}
                  </text>
                ) : (
                  <text className="kring-lifeline__tick-label" x={props.ruler - 4} y={a + 4} textAnchor="end" data-part="tick-label">
                    {tick.label}
                  </text>
                )
              ) : null}
            </g>
          );
        })}
        <line className="kring-lifeline__ruler" data-part="ruler" {...(h
          ? { x1: plot.t0, y1: props.ruler, x2: plot.t1, y2: props.ruler }
          : { x1: props.ruler, y1: plot.t0, x2: props.ruler, y2: plot.t1 })} />
      </g>
      {props.onPickDay ? (
        <rect
          data-part="axis-hit"
          data-zoom="ignore"
          className="kring-lifeline__axis-hit"
          {...rect(plot.t0, plot.t1, h ? props.ruler - 2 : 0, h ? props.ruler + 24 : props.ruler + 2)}
          onClick={pickFromEvent}
        />
      ) : null}

      {/* the life line itself, with an arrow to the future */}
      <g data-part="life-line" aria-hidden="true">
        <line className="kring-lifeline__line" {...(h
          ? { x1: plot.t0, y1: layout.line, x2: plot.t1 - 6, y2: layout.line }
          : { x1: layout.line, y1: plot.t0, x2: layout.line, y2: plot.t1 - 6 })} />
        <path className="kring-lifeline__line-arrow" d={`M${pt(plot.t1 - 10, layout.line - 6)} L${pt(plot.t1, layout.line)} L${pt(plot.t1 - 10, layout.line + 6)} Z`} />
      </g>

      {inView(todayAt) ? (
        <g data-part="today" aria-hidden="true">
          <line className="kring-lifeline__today" {...(h
            ? { x1: todayAt, y1: plot.c0, x2: todayAt, y2: props.ruler }
            : { x1: plot.c0, y1: todayAt, x2: props.ruler, y2: todayAt })} />
          {h ? (
            <text className="kring-lifeline__today-label" x={todayAt + 3} y={props.ruler + 30}>{t('today')}</text>
          ) : (
            <text className="kring-lifeline__today-label" x={props.ruler - 4} y={todayAt + 4} textAnchor="end">{t('today')}</text>
          )}
        </g>
      ) : null}

      {markedAt !== null && inView(markedAt) ? (
        <g data-part="picked-date" aria-hidden="true">
          <line className="kring-lifeline__picked" {...(h
            ? { x1: markedAt, y1: plot.c0, x2: markedAt, y2: props.ruler }
            : { x1: plot.c0, y1: markedAt, x2: props.ruler, y2: markedAt })} />
          <text className="kring-lifeline__picked-label" {...(h
            ? { x: markedAt - 3, y: props.ruler + 30, textAnchor: 'end' as const }
            : { x: props.ruler - 4, y: markedAt - 4, textAnchor: 'end' as const })}>
            {props.markedLabel}
          </text>
        </g>
      ) : null}

      <g data-part="events" clipPath={`url(#${clipId})`}>
        {layout.glyphs.map((g) => (
          <EventGlyph
            key={g.item.id}
            g={g}
            h={h}
            P={P}
            rect={rect}
            hatch={hatch}
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

interface GlyphProps {
  g: Glyph;
  h: boolean;
  P: (along: number, across: number) => [number, number];
  rect: (a0: number, a1: number, c0: number, c1: number) => { x: number; y: number; width: number; height: number };
  hatch: (tone: string) => string;
  label: string;
  hintId: string;
  selected: boolean;
  tabbable: boolean;
  /** `true`: involves the highlighted person; `false`: does not; `null`: no highlight. */
  highlight: boolean | null;
  onClick: LifelineChartProps['onEventClick'];
  onKeyDown: LifelineChartProps['onEventKeyDown'];
  onFocus: LifelineChartProps['onEventFocus'];
}

const BAND = 8;

function EventGlyph({ g, h, P, rect, hatch, label, hintId, selected, tabbable, highlight, onClick, onKeyDown, onFocus }: GlyphProps) {
  const { item } = g;
  const tone = TONE(g.valence);
  const strong = Math.abs(g.valence) === 2;
  const line = (a0: number, c0: number, a1: number, c1: number) => {
    const [x1, y1] = P(a0, c0);
    const [x2, y2] = P(a1, c1);
    return { x1, y1, x2, y2 };
  };
  const parts: ReactElement[] = [];
  if (item.kind === 'point') {
    const w = g.s1 - g.s0;
    if (w >= 12) {
      // the bracket over the whole period the vague date may mean
      parts.push(
        <g key="span" data-part="uncertainty" data-precision={item.startPrecision} className={`kring-lifeline__whisker kring-lifeline__tone--${tone}`}>
          <line {...line(g.s0, g.cb, g.s1, g.cb)} />
          <line {...line(g.s0, g.cb - 5, g.s0, g.cb + 5)} />
          <line {...line(g.s1, g.cb - 5, g.s1, g.cb + 5)} />
        </g>,
      );
    }
    if (item.approxStart) {
      const ext = Math.max(8, w * 0.35);
      parts.push(
        <g key="approx" data-part="approximate" className={`kring-lifeline__approx kring-lifeline__tone--${tone}`}>
          <line {...line(g.s0 - ext, g.cb, g.s0, g.cb)} />
          <line {...line(g.s1, g.cb, g.s1 + ext, g.cb)} />
        </g>,
      );
    }
  } else {
    const c0 = g.cb - BAND / 2;
    const c1 = g.cb + BAND / 2;
    // Uncertain zones narrower than a few pixels are drawn as part of the band.
    const fuzzyStart = g.s1 - g.s0 >= 14;
    const fuzzyEnd = !item.ongoing && g.e1 - g.e0 >= 14;
    const certainFrom = fuzzyStart ? g.s1 : g.s0;
    const certainTo = item.ongoing || !fuzzyEnd ? g.e1 : g.e0;
    parts.push(
      <g key="band" data-part="period-band" className={`kring-lifeline__band kring-lifeline__tone--${tone}`}>
        {certainTo > certainFrom ? <rect data-part="band-certain" {...rect(certainFrom, certainTo, c0, c1)} /> : null}
        {fuzzyStart ? (
          <rect data-part="uncertainty" data-precision={item.startPrecision} className="kring-lifeline__band-fuzzy" style={{ fill: hatch(tone) }} {...rect(g.s0, g.s1, c0, c1)} />
        ) : null}
        {fuzzyEnd ? (
          <rect data-part="uncertainty" data-precision={item.endPrecision} className="kring-lifeline__band-fuzzy" style={{ fill: hatch(tone) }} {...rect(g.e0, g.e1, c0, c1)} />
        ) : null}
      </g>,
    );
    if (item.approxStart || item.approxEnd) {
      const ext = (a: number, b: number) => Math.max(8, Math.abs(b - a) * 0.35);
      parts.push(
        <g key="approx" data-part="approximate" className={`kring-lifeline__approx kring-lifeline__tone--${tone}`}>
          {item.approxStart ? <line {...line(g.s0 - ext(g.s0, g.s1), g.cb, g.s0, g.cb)} /> : null}
          {item.approxEnd ? <line {...line(g.e1, g.cb, g.e1 + ext(g.e0, g.e1), g.cb)} /> : null}
        </g>,
      );
    }
    if (item.ongoing) {
      const [ax, ay] = P(g.e1 + 9, g.cb);
      const [bx, by] = P(g.e1, g.cb - 7);
      const [cx, cy] = P(g.e1, g.cb + 7);
      parts.push(
        <path key="open" data-part="open-end" className={`kring-lifeline__open-end kring-lifeline__tone--${tone}`} d={`M${bx} ${by} L${ax} ${ay} L${cx} ${cy} Z`} />,
      );
    }
  }
  const [mx, my] = P(g.tm, g.cm);
  const { label: l } = g;
  const lineH = 15;
  const labelW = l.width ?? Math.max(0, ...l.lines.map((s) => Array.from(s).length * TITLE_CHAR), Array.from(l.date).length * DATE_CHAR);
  let hit = { x: mx - MARKER_R - 3, y: my - MARKER_R - 3, width: 2 * MARKER_R + 6, height: 2 * MARKER_R + 6 };
  if (h && labelW > 0) {
    const a = l.anchor === 'start' ? mx - MARKER_R - 2 : l.x - labelW - 2;
    const b = l.anchor === 'start' ? l.x + labelW + 2 : mx + MARKER_R + 2;
    hit = { x: a, y: my - MARKER_R - 4, width: b - a, height: 2 * MARKER_R + 8 };
  }

  const state = {
    'data-event-id': item.id,
    'data-selected': selected || undefined,
    'data-highlighted': highlight === true || undefined,
    'data-dimmed': highlight === false || undefined,
  };
  // The visible label sits beside the focusable part, hidden from assistive technology:
  // the button's name already says everything (in full words), and a name that repeats a
  // shortened label would read twice.
  return (
    <g
      data-part="event-item"
      {...state}
      className={`kring-lifeline__item kring-lifeline__tone--${tone}${strong ? ' kring-lifeline__event--strong' : ''}`}
    >
      <g
        data-part="event"
        {...state}
        data-kind={item.kind}
        data-valence={g.valence}
        data-category={item.event.category}
        data-approximate={item.approxStart || item.approxEnd || undefined}
        data-ongoing={item.ongoing || undefined}
        className="kring-lifeline__event"
        role="button"
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
        aria-describedby={hintId}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => onClick(item.id, e)}
        onKeyDown={(e) => onKeyDown(item.id, e)}
        onFocus={() => onFocus(item.id)}
      >
        <rect data-part="hit-area" className="kring-lifeline__hit" {...hit} />
        {parts}
        {l.leader ? (
          <line data-part="leader" className="kring-lifeline__leader" x1={l.leader[0]} y1={l.leader[1]} x2={l.leader[2]} y2={l.leader[3]} />
        ) : null}
        {selected || highlight === true ? (
          <circle data-part="selection-ring" className="kring-lifeline__selection" cx={mx} cy={my} r={MARKER_R + 4} />
        ) : null}
        <circle data-part="focus-ring" className="kring-lifeline__focus" cx={mx} cy={my} r={MARKER_R + 7} />
        <circle data-part="marker" className="kring-lifeline__marker" cx={mx} cy={my} r={MARKER_R} />
        <g className="kring-lifeline__marker-icon">
          <CategoryIcon category={item.event.category} size={14} x={mx - 7} y={my - 7} />
        </g>
      </g>
      {l.lines.length ? (
        <text
          data-part="label"
          data-label-for={item.id}
          className="kring-lifeline__label"
          x={l.x}
          y={l.y}
          textAnchor={l.anchor}
          aria-hidden="true"
          onClick={(e) => onClick(item.id, e as unknown as MouseEvent<SVGGElement>)}
        >
          {l.lines.map((line, i) => (
            // The title is user text: isolated (attribute and FSI…PDI, utils/bidi.ts), so that an
            // override or a right-to-left title cannot reorder the date line after it.
            <tspan key={i} className="kring-lifeline__label-title" x={l.x} dy={i === 0 ? 0 : lineH} unicodeBidi="isolate">
              {isolate(line)}
            </tspan>
          ))}
          {l.date ? (
            <tspan data-part="date-label" className="kring-lifeline__label-date" x={l.x} dy={l.dateDy ?? lineH - 1}>
              {l.date}
            </tspan>
          ) : null}
        </text>
      ) : null}
    </g>
  );
}

/** The drawing, re-rendered only when its props change. @internal */
export const LifelineChart = /* @__PURE__ */ memo(LifelineChartImpl);
