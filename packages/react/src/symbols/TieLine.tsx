import type { ReactElement } from 'react';
import { arrowLength, tieGeometry, tieStyle, type Point, type TieGeometry, type TieStyle, type TieStyleInput } from './tieStyle';

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
   * Kinds of support written on the line as Dutch practice does ("P G", see `supportLetters`);
   * drawn upright in a small halo at the middle, beside a mark when there is one. Empty: none.
   */
  letters?: string | undefined;
}

/**
 * One tie drawn as SVG (a `<g>`, to be placed inside an `<svg>`): line (straight or zigzag,
 * with dashes or a gap), middle mark, and arrowheads for the direction of support.
 * It is decorative (`aria-hidden`): the ecogram names ties in its own accessible tree.
 * It draws in `currentColor`; styles.css sets the colour from `--kring-tie-*` through `data-quality`.
 */
export function TieLine({ from, to, tie, style: given, fromInset = 0, toInset = 0, control, letters }: TieLineProps): ReactElement {
  const style = given ?? tieStyle(tie);
  const sw = style.strokeWidth;
  const arrow = arrowLength(sw);
  const outer = tieGeometry(from, to, style, fromInset, toInset, control);
  const line = tieGeometry(
    from,
    to,
    style,
    fromInset + (style.markerStart === 'arrow' ? arrow * 0.7 : 0),
    toInset + (style.markerEnd === 'arrow' ? arrow * 0.7 : 0),
    control,
  );
  const { ux, uy, mid } = outer;
  // dir 1: the head points along the track at the end (towards `to`); -1: back along it at the start.
  const head = (tip: Point, along: Point, dir: 1 | -1): string => {
    const bx = tip.x - along.x * arrow * dir;
    const by = tip.y - along.y * arrow * dir;
    const w = arrow * 0.55;
    return `${r(tip.x)},${r(tip.y)} ${r(bx - along.y * w)},${r(by + along.x * w)} ${r(bx + along.y * w)},${r(by - along.x * w)}`;
  };
  const markSize = 6 + sw;
  return (
    <g
      data-part="tie-line"
      data-strength={tie.strength ?? 'unknown'}
      data-quality={tie.quality ?? 'unknown'}
      data-status={tie.status ?? 'active'}
      data-curved={outer.track.control ? '' : undefined}
      aria-hidden="true"
    >
      {/* The faint look of faded/ended/potential ties is on the drawing only: the letters stay readable text (4.5:1). */}
      <g data-part="tie-drawing" opacity={style.opacity === 1 ? undefined : style.opacity}>
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
              const sx = (ux * 0.5 - uy * 0.87) * markSize;
              const sy = (uy * 0.5 + ux * 0.87) * markSize;
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
          d={`M${r(mid.x - uy * markSize)} ${r(mid.y + ux * markSize)}L${r(mid.x + uy * markSize)} ${r(mid.y - ux * markSize)}`}
          stroke="currentColor"
          strokeWidth={Math.max(2, sw)}
          fill="none"
        />
      ) : null}
      {style.mark === 'warning' ? <WarningGlyph cx={mid.x} cy={mid.y} size={14 + sw} /> : null}
      </g>
      {letters ? <SupportLetters geometry={outer} letters={letters} markHalf={style.mark === 'none' ? 0 : style.mark === 'warning' ? (14 + sw) / 2 : markSize} /> : null}
    </g>
  );
}

const r = (n: number): number => Math.round(n * 100) / 100;

/** Font size of the support letters, layout units. */
export const LETTER_SIZE = 12;

/**
 * The support letters in a halo (a rounded plate in the surface colour, rimmed in the tie's
 * colour), upright, at the middle of the line or — when the middle carries a mark — moved
 * along the line to the side with more room, so mark and letters never overlap.
 */
function SupportLetters({ geometry: g, letters, markHalf }: { geometry: TieGeometry; letters: string; markHalf: number }): ReactElement | null {
  const count = Array.from(letters.replace(/\s/g, '')).length;
  const w = count * LETTER_SIZE * 0.62 + (count - 1) * LETTER_SIZE * 0.3 + 8;
  const h = LETTER_SIZE + 4;
  let s = g.sMid;
  if (markHalf > 0) {
    // Distance along the line that clears the mark: the plate's half-diagonal plus a gap.
    const shift = markHalf + Math.hypot(w, h) / 2 + 3;
    s = g.sMid - g.sStart > g.sEnd - g.sMid ? g.sMid - shift : g.sMid + shift;
    if (s < g.sStart || s > g.sEnd) return null;
  }
  const p = g.track.at(s);
  return (
    <g data-part="support-letters" data-mark-clear={markHalf > 0 ? '' : undefined}>
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
