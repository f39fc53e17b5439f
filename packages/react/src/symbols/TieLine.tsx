import type { ReactElement } from 'react';
import { arrowLength, markSize, STATUS_OPACITY, tieGeometry, tieStyle, warningBesideMark, warningGlyph, type Point, type TieArrow, type TieStyle, type TieStyleInput } from '../view/ties/tieStyle';
import { placeAlong, type Span } from '../view/ties/placeAlong';

/** Props of {@link TieLine}. */
export interface TieLineProps {
  /** Centre of `between[0]`. */
  from: Point;
  /** Centre of `between[1]`. */
  to: Point;
  /** The tie (or the part of it that decides the drawing). */
  tie: TieStyleInput;
  /** Precomputed style; defaults to `tieStyle(tie)`. */
  style?: TieStyle;
  /** Stop the line this far from `from` (e.g. the node radius). */
  fromInset?: number;
  /** Stop the line this far from `to`. */
  toInset?: number;
  /**
   * Control point of a quadratic Bézier curve from `from` to `to` (layout px, like the ends):
   * the tie bends around someone it would otherwise cross. Absent: straight.
   */
  control?: Point | undefined;
  /**
   * Add an invisible hit stroke on exactly the drawn line (zigzag and gap included), a little
   * wider than the line, for a host that puts its own hit areas under its lines. The Ecogram
   * does not use it (its lines take the click themselves; a near miss is picked on the
   * background: ecogram/TieHits.tsx). `data-part="hit-area"`: left out of exports.
   */
  hitStroke?: boolean;
  /**
   * Kinds of support written on the line as Dutch practice does ("P G", see `supportLetters`);
   * drawn upright in a small halo at the middle, beside a mark when there is one. Empty: none.
   */
  letters?: string | undefined;
  /**
   * Where the middle mark (and the gap of a broken tie) sits: the curve's parameter from
   * `from` (0) to `to` (1). Default 0.5. The ecogram moves it away from people beside the tie
   * (`markSpots`), so that a mark never reaches into someone who is not an end of the tie.
   */
  middle?: number | undefined;
  /**
   * Side of the warning triangle beside a break or end mark (a harmful tie): +1 towards `to`,
   * −1 towards `from` (chosen where it keeps clear of people: tieMarks.ts). Absent: the longer half.
   */
  warnSide?: 1 | -1 | undefined;
  /**
   * Stretches (ranges of the curve's parameter) where a zigzag runs straight: beside a person
   * who is not an end of the tie, its teeth would reach into them (`zigzagCalm`). Default none.
   */
  calm?: readonly (readonly [number, number])[] | undefined;
  /**
   * Draw into the caller's group instead of a `<g data-part="tie-line">` of its own: the
   * caller's group carries the tie's `data-strength`, `data-quality` and `data-status` and is
   * `aria-hidden` or named itself (the ecogram's `<g data-part="tie">`: one element fewer per
   * tie, issue 16). A faint tie's drawing is wrapped in `<g data-part="tie-drawing">` (also
   * when not bare), with `data-faint` (the share of the tie colour) or an `opacity`. Default false.
   */
  bare?: boolean;
}

/**
 * One tie drawn as SVG (a `<g>`, to be placed inside an `<svg>`): line (straight or zigzag,
 * with dashes or a gap), middle mark, and arrowheads for the direction of support.
 * It is decorative (`aria-hidden`): the ecogram names ties in its own accessible tree.
 * It draws in `currentColor`; styles.css sets the colour from `--kring-tie-*` through `data-quality`.
 */
export function TieLine({ from, to, tie, style: given, fromInset = 0, toInset = 0, control, letters, middle = 0.5, calm, warnSide, hitStroke = false, bare = false }: TieLineProps): ReactElement {
  const style = given ?? tieStyle(tie);
  const sw = style.strokeWidth;
  const arrow = arrowLength(sw);
  const outer = tieGeometry(from, to, style, fromInset, toInset, control, middle, calm);
  const line = tieGeometry(
    from,
    to,
    style,
    fromInset + (style.markerStart === 'arrow' ? arrow * 0.7 : 0),
    toInset + (style.markerEnd === 'arrow' ? arrow * 0.7 : 0),
    control,
    middle,
    calm,
  );
  const { ux, uy, mid } = outer;
  // dir 1: the head points along the track at the end (towards `to`); -1: back along it at the start.
  const head = (tip: Point, along: Point, dir: 1 | -1): string => {
    const bx = tip.x - along.x * arrow * dir;
    const by = tip.y - along.y * arrow * dir;
    const w = arrow * 0.55;
    return `${r(tip.x)},${r(tip.y)} ${r(bx - along.y * w)},${r(by + along.x * w)} ${r(bx + along.y * w)},${r(by - along.x * w)}`;
  };
  const markLength = markSize(sw);
  const glyph = warningGlyph(sw);
  // Along the line: the middle mark, a warning triangle beside a break/end mark, the support
  // letters — each in its own stretch, never on top of one another or of an arrowhead.
  const { sStart, sEnd, sMid } = outer;
  const taken: Span[] = style.mark === 'none' ? [] : [{ from: sMid - (style.mark === 'warning' ? glyph / 2 : markLength), to: sMid + (style.mark === 'warning' ? glyph / 2 : markLength) }];
  const headRoom = (which: TieArrow) => (which === 'arrow' ? arrow + 2 : 0);
  const lo = sStart + headRoom(style.markerStart);
  const hi = sEnd - headRoom(style.markerEnd);
  const extraWarning = warningBesideMark(style)
    ? placeAlong(sMid + (warnSide ?? (sMid - sStart > sEnd - sMid ? -1 : 1)) * glyph, glyph / 2, taken, lo, hi)
    : null;
  const warnAt = extraWarning === null ? null : outer.track.at(extraWarning);
  if (extraWarning !== null) taken.push({ from: extraWarning - glyph / 2, to: extraWarning + glyph / 2 });
  // The letters go to the middle of the drawn part (clear of the client's disc), or beside the
  // marks; on a line too short for them they sit beside the line, at its middle.
  const lettersS = letters ? placeAlong((lo + hi) / 2, lettersHalf(letters), taken, lo, hi) : null;
  const lettersAt = !letters
    ? null
    : lettersS !== null
      ? outer.track.at(lettersS)
      : outer.track.at((sStart + sEnd) / 2, lettersBox(letters).h / 2 + sw / 2 + 3 + (taken.length > 0 ? markLength : 0));
  const lettersShown = lettersAt !== null && letters ? { at: lettersAt, letters } : null;
  // The faint look of faded/ended/potential ties is on the drawing only: the letters stay
  // readable text (4.5:1). It is an opaque colour, mixed in CSS from the tie colour and the
  // backdrop (`data-faint`, legend-symbols.css), not an `opacity`: every element with an opacity
  // below 1 is an effect Chromium layerizes on each frame in which the map repaints — with ~90
  // faint ties at 300 people that was half the main thread's Layerize time of a drag (issue 16).
  // An opacity without a CSS mix (a host's own TieStyle) is still drawn as an opacity.
  const faint = faintness(style.opacity);
  const drawing = (
    <>
      <path
        data-part="tie-path"
        d={line.d}
        fill="none"
        stroke="currentColor"
        strokeWidth={sw}
        strokeDasharray={style.dasharray}
        strokeLinecap={style.linecap}
        strokeLinejoin="round"
      />
      {hitStroke ? <path data-part="hit-area" data-hit="line" d={line.d} fill="none" stroke="transparent" strokeWidth={sw + 3} strokeLinejoin="round" /> : null}
      {style.markerStart === 'arrow' && outer.length > arrow * 2 ? (
        <polygon data-arrow="start" points={head(outer.start, outer.startDir, -1)} fill="currentColor" />
      ) : null}
      {style.markerEnd === 'arrow' && outer.length > arrow * 2 ? (
        <polygon data-arrow="end" points={head(outer.end, outer.endDir, 1)} fill="currentColor" />
      ) : null}
      {style.mark === 'break' ? (
        <path
          data-mark="break"
          d={[-1, 1]
            .map((s) => {
              const cx = mid.x + ux * s * (3 + sw / 2);
              const cy = mid.y + uy * s * (3 + sw / 2);
              // a slash: rotated 60° from the line
              const sx = (ux * 0.5 - uy * 0.87) * markLength;
              const sy = (uy * 0.5 + ux * 0.87) * markLength;
              return `M${r(cx - sx)} ${r(cy - sy)}L${r(cx + sx)} ${r(cy + sy)}`;
            })
            .join('')}
          stroke="currentColor"
          strokeWidth={Math.max(1.5, sw * 0.6)}
          fill="none"
        />
      ) : null}
      {style.mark === 'end' ? (
        <path
          data-mark="end"
          d={`M${r(mid.x - uy * markLength)} ${r(mid.y + ux * markLength)}L${r(mid.x + uy * markLength)} ${r(mid.y - ux * markLength)}`}
          stroke="currentColor"
          strokeWidth={Math.max(2, sw)}
          fill="none"
        />
      ) : null}
      {style.mark === 'warning' ? <WarningGlyph cx={mid.x} cy={mid.y} size={glyph} /> : null}
      {extraWarning !== null ? <WarningGlyph cx={warnAt!.x} cy={warnAt!.y} size={glyph} /> : null}
    </>
  );
  const lettersPart = lettersShown ? <SupportLetters at={lettersShown.at} letters={lettersShown.letters} beside={taken.length > 0} offLine={lettersS === null} /> : null;
  const shown = faint ? <g data-part="tie-drawing" {...faint}>{drawing}</g> : drawing;
  if (bare) {
    return (
      <>
        {shown}
        {lettersPart}
      </>
    );
  }
  return (
    <g
      data-part="tie-line"
      data-strength={tie.strength ?? 'unknown'}
      data-quality={tie.quality ?? 'unknown'}
      data-status={tie.status ?? 'active'}
      data-curved={outer.track.control ? '' : undefined}
      aria-hidden="true"
    >
      {shown}
      {lettersPart}
    </g>
  );
}

const r = (n: number): number => Math.round(n * 100) / 100;

/** The shares of the tie colour that legend-symbols.css mixes (`[data-faint="70"]` …): the statuses' own. */
const MIXED = new Set(Object.values(STATUS_OPACITY).filter((o) => o < 1).map((o) => Math.round(o * 100)));

/** How a faint drawing is marked: a colour mix the stylesheet knows, an opacity otherwise, nothing at 1. */
function faintness(opacity: number): { 'data-faint': number } | { opacity: number } | undefined {
  if (opacity >= 1) return undefined;
  const share = Math.round(opacity * 100);
  return MIXED.has(share) && Math.abs(share - opacity * 100) < 1e-6 ? { 'data-faint': share } : { opacity };
}

/** Font size of the support letters, layout units. */
export const LETTER_SIZE = 12;

/** Width and height of the plate of support letters. */
function lettersBox(letters: string): { w: number; h: number } {
  const count = Array.from(letters.replace(/\s/g, '')).length;
  return { w: count * LETTER_SIZE * 0.62 + Math.max(0, count - 1) * LETTER_SIZE * 0.3 + 8, h: LETTER_SIZE + 4 };
}

/** How much of the line the plate covers either side of its centre, whatever the line's direction. */
function lettersHalf(letters: string): number {
  const { w, h } = lettersBox(letters);
  return Math.hypot(w, h) / 2;
}

/**
 * The support letters in a halo (a rounded plate in the surface colour, rimmed in the tie's
 * colour), upright, centred on the line at `at` (placed by `placeAlong`), or beside a short line.
 */
function SupportLetters({ at: p, letters, beside, offLine }: { at: Point; letters: string; beside: boolean; offLine: boolean }): ReactElement {
  const { w, h } = lettersBox(letters);
  return (
    <g data-part="support-letters" data-mark-clear={beside ? '' : undefined} data-off-line={offLine ? '' : undefined}>
      <rect x={r(p.x - w / 2)} y={r(p.y - h / 2)} width={r(w)} height={h} rx={h / 2} data-fill="surface" fill="#fff" stroke="currentColor" strokeWidth={1} />
      <text x={r(p.x)} y={r(p.y)} textAnchor="middle" dominantBaseline="central" fontSize={LETTER_SIZE} fontWeight={700} fill="currentColor">
        {letters}
      </text>
    </g>
  );
}

/** A warning triangle with "!" centred at (cx, cy): the mark of a harmful tie. */
export function WarningGlyph({ cx, cy, size = 16 }: { cx: number; cy: number; size?: number }): ReactElement {
  const s = size / 16;
  return (
    <g data-mark="warning" transform={`translate(${cx - 8 * s} ${cy - 8 * s}) scale(${s})`}>
      <path d="M8 1.2 15.2 14.5H0.8Z" data-fill="surface" fill="#fff" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 5.5v4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="12.2" r="1" fill="currentColor" />
    </g>
  );
}
