import type { ReactElement } from 'react';
import { arrowLength, tieGeometry, tieStyle, type Point, type TieStyle, type TieStyleInput } from './tieStyle';

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
}

/**
 * One tie drawn as SVG (a `<g>`, to be placed inside an `<svg>`): line (straight or zigzag,
 * with dashes or a gap), middle mark, and arrowheads for the direction of support.
 * It is decorative (`aria-hidden`): the ecogram names ties in its own accessible tree.
 * It draws in `currentColor`; styles.css sets the colour from `--kring-tie-*` through `data-quality`.
 */
export function TieLine({ from, to, tie, style: given, fromInset = 0, toInset = 0 }: TieLineProps): ReactElement {
  const style = given ?? tieStyle(tie);
  const sw = style.strokeWidth;
  const arrow = arrowLength(sw);
  const outer = tieGeometry(from, to, style, fromInset, toInset);
  const line = tieGeometry(
    from,
    to,
    style,
    fromInset + (style.markerStart === 'arrow' ? arrow * 0.7 : 0),
    toInset + (style.markerEnd === 'arrow' ? arrow * 0.7 : 0),
  );
  const { ux, uy, mid } = outer;
  const head = (tip: Point, dir: 1 | -1): string => {
    // dir 1: arrow points along the line (towards `to`); -1: towards `from`.
    const bx = tip.x - ux * arrow * dir;
    const by = tip.y - uy * arrow * dir;
    const w = arrow * 0.55;
    return `${tip.x},${tip.y} ${bx - uy * w},${by + ux * w} ${bx + uy * w},${by - ux * w}`;
  };
  const markSize = 6 + sw;
  return (
    <g
      data-part="tie-line"
      data-strength={tie.strength ?? 'unknown'}
      data-quality={tie.quality ?? 'unknown'}
      data-status={tie.status ?? 'active'}
      opacity={style.opacity}
      aria-hidden="true"
    >
      <path
        d={line.d}
        fill="none"
        stroke="currentColor"
        strokeWidth={sw}
        strokeDasharray={style.dasharray}
        strokeLinecap={style.linecap}
        strokeLinejoin="round"
      />
      {style.markerStart === 'arrow' && outer.length > arrow * 2 ? (
        <polygon data-arrow="start" points={head(outer.start, -1)} fill="currentColor" />
      ) : null}
      {style.markerEnd === 'arrow' && outer.length > arrow * 2 ? (
        <polygon data-arrow="end" points={head(outer.end, 1)} fill="currentColor" />
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
              return `M${cx - sx} ${cy - sy}L${cx + sx} ${cy + sy}`;
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
          d={`M${mid.x - uy * markSize} ${mid.y + ux * markSize}L${mid.x + uy * markSize} ${mid.y - ux * markSize}`}
          stroke="currentColor"
          strokeWidth={Math.max(2, sw)}
          fill="none"
        />
      ) : null}
      {style.mark === 'warning' ? <WarningGlyph cx={mid.x} cy={mid.y} size={14 + sw} /> : null}
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
