/**
 * One event on the drawn lifeline: its marker with the category icon, the span of a vague
 * date's uncertainty or a period's band, and its label. Positions come from `layout.ts`.
 * @internal
 */
import type { KeyboardEvent, MouseEvent, ReactElement } from 'react';
import { isolate } from '../utils/bidi';
import { toneOf, type ChartFrame, type ChartRect } from '../view/lifeline/chartGeometry';
import { CategoryIcon } from './CategoryIcon';
import { DATE_CHAR, MARKER_R, TITLE_CHAR, type Glyph } from '../view/lifeline/layout';

/** Props of {@link EventGlyph}. @internal */
export interface EventGlyphProps {
  g: Glyph;
  frame: ChartFrame;
  /** Prefix of the chart's ids (the hatch patterns of vague period ends). */
  idPrefix: string;
  label: string;
  hintId: string;
  selected: boolean;
  tabbable: boolean;
  /** `true`: involves the highlighted person; `false`: does not; `null`: no highlight. */
  highlight: boolean | null;
  onClick: (id: string, e: MouseEvent<SVGGElement>) => void;
  onKeyDown: (id: string, e: KeyboardEvent<SVGGElement>) => void;
  onFocus: (id: string) => void;
}

const BAND = 8;
const LINE_H = 15;

/** A point event: the bracket over the period a vague date may mean, and the "about" whiskers. */
function pointMarks(g: Glyph, frame: ChartFrame): ReactElement[] {
  const { item } = g;
  const tone = toneOf(g.valence);
  const { line } = frame;
  const parts: ReactElement[] = [];
  const w = g.s1 - g.s0;
  if (w >= 12) {
    parts.push(
      <g key="span" data-part="uncertainty" data-precision={item.startPrecision} data-tone={tone}>
        <line {...line(g.s0, g.cb, g.s1, g.cb)} />
        <line {...line(g.s0, g.cb - 5, g.s0, g.cb + 5)} />
        <line {...line(g.s1, g.cb - 5, g.s1, g.cb + 5)} />
      </g>,
    );
  }
  if (item.approxStart) {
    const ext = Math.max(8, w * 0.35);
    parts.push(
      <g key="approx" data-part="approximate" data-tone={tone}>
        <line {...line(g.s0 - ext, g.cb, g.s0, g.cb)} />
        <line {...line(g.s1, g.cb, g.s1 + ext, g.cb)} />
      </g>,
    );
  }
  return parts;
}

/** A period: its band (hatched where its start or end is vague), "about" whiskers, an open end. */
function periodMarks(g: Glyph, frame: ChartFrame, idPrefix: string): ReactElement[] {
  const { item } = g;
  const tone = toneOf(g.valence);
  const { line, rect, P } = frame;
  const hatch = `url(#${idPrefix}-hatch-${tone})`;
  const parts: ReactElement[] = [];
  const c0 = g.cb - BAND / 2;
  const c1 = g.cb + BAND / 2;
  // Uncertain zones narrower than a few pixels are drawn as part of the band.
  const fuzzyStart = g.s1 - g.s0 >= 14;
  const fuzzyEnd = !item.ongoing && g.e1 - g.e0 >= 14;
  const certainFrom = fuzzyStart ? g.s1 : g.s0;
  const certainTo = item.ongoing || !fuzzyEnd ? g.e1 : g.e0;
  parts.push(
    <g key="band" data-part="period-band" data-tone={tone}>
      {certainTo > certainFrom ? <rect data-part="band-certain" {...rect(certainFrom, certainTo, c0, c1)} /> : null}
      {fuzzyStart ? (
        <rect data-part="uncertainty" data-precision={item.startPrecision} style={{ fill: hatch }} {...rect(g.s0, g.s1, c0, c1)} />
      ) : null}
      {fuzzyEnd ? (
        <rect data-part="uncertainty" data-precision={item.endPrecision} style={{ fill: hatch }} {...rect(g.e0, g.e1, c0, c1)} />
      ) : null}
    </g>,
  );
  if (item.approxStart || item.approxEnd) {
    const ext = (a: number, b: number) => Math.max(8, Math.abs(b - a) * 0.35);
    parts.push(
      <g key="approx" data-part="approximate" data-tone={tone}>
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
      <path key="open" data-part="open-end" data-tone={tone} d={`M${bx} ${by} L${ax} ${ay} L${cx} ${cy} Z`} />,
    );
  }
  return parts;
}

/** What a press hits: the marker and, on a horizontal lifeline, the label beside it. */
function hitArea(g: Glyph, h: boolean, mx: number, my: number): ChartRect {
  const l = g.label;
  const labelW = l.width ?? Math.max(0, ...l.lines.map((s) => Array.from(s).length * TITLE_CHAR), Array.from(l.date).length * DATE_CHAR);
  if (!h || labelW <= 0) return { x: mx - MARKER_R - 3, y: my - MARKER_R - 3, width: 2 * MARKER_R + 6, height: 2 * MARKER_R + 6 };
  const a = l.anchor === 'start' ? mx - MARKER_R - 2 : l.x - labelW - 2;
  const b = l.anchor === 'start' ? l.x + labelW + 2 : mx + MARKER_R + 2;
  return { x: a, y: my - MARKER_R - 4, width: b - a, height: 2 * MARKER_R + 8 };
}

/** The visible label: title lines and the date, hidden from assistive technology. */
function EventLabel({ g, onClick }: { g: Glyph; onClick: EventGlyphProps['onClick'] }): ReactElement | null {
  const { item, label: l } = g;
  if (!l.lines.length) return null;
  return (
    <text
      data-part="label"
      data-label-for={item.id}
      x={l.x}
      y={l.y}
      textAnchor={l.anchor}
      aria-hidden="true"
      onClick={(e) => onClick(item.id, e as unknown as MouseEvent<SVGGElement>)}
    >
      {l.lines.map((line, i) => (
        // The title is user text: isolated (attribute and FSI…PDI, utils/bidi.ts), so that an
        // override or a right-to-left title cannot reorder the date line after it.
        <tspan key={i} data-part="label-title" x={l.x} dy={i === 0 ? 0 : LINE_H} unicodeBidi="isolate">
          {isolate(line)}
        </tspan>
      ))}
      {l.date ? (
        <tspan data-part="date-label" x={l.x} dy={l.dateDy ?? LINE_H - 1}>
          {l.date}
        </tspan>
      ) : null}
    </text>
  );
}

/** One event: a button (marker, marks, rings) and its label beside it. @internal */
export function EventGlyph({ g, frame, idPrefix, label, hintId, selected, tabbable, highlight, onClick, onKeyDown, onFocus }: EventGlyphProps): ReactElement {
  const { item } = g;
  const tone = toneOf(g.valence);
  const strong = Math.abs(g.valence) === 2;
  const parts = item.kind === 'point' ? pointMarks(g, frame) : periodMarks(g, frame, idPrefix);
  const [mx, my] = frame.P(g.tm, g.cm);
  const { leader } = g.label;
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
      data-tone={tone}
      data-strong={strong || undefined}
    >
      <g
        data-part="event"
        {...state}
        data-kind={item.kind}
        data-valence={g.valence}
        data-category={item.event.category}
        data-approximate={item.approxStart || item.approxEnd || undefined}
        data-ongoing={item.ongoing || undefined}
        role="button"
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
        aria-describedby={hintId}
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => onClick(item.id, e)}
        onKeyDown={(e) => onKeyDown(item.id, e)}
        onFocus={() => onFocus(item.id)}
      >
        <rect data-part="hit-area" {...hitArea(g, frame.h, mx, my)} />
        {parts}
        {leader ? <line data-part="leader" x1={leader[0]} y1={leader[1]} x2={leader[2]} y2={leader[3]} /> : null}
        {selected || highlight === true ? (
          <circle data-part="selection-ring" cx={mx} cy={my} r={MARKER_R + 4} />
        ) : null}
        <circle data-part="focus-ring" cx={mx} cy={my} r={MARKER_R + 7} />
        <circle data-part="marker" cx={mx} cy={my} r={MARKER_R} />
        <g data-part="marker-icon">
          <CategoryIcon category={item.event.category} size={14} x={mx - 7} y={my - 7} />
        </g>
      </g>
      <EventLabel g={g} onClick={onClick} />
    </g>
  );
}
