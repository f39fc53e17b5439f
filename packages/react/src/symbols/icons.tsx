import type { ReactElement, ReactNode } from 'react';
import type { Formality, PersonKind } from '@kring/core';
import { BADGES, type BadgeKind } from '../view/ties/badges';
import { placeLength, placePath } from './placePath';

/**
 * Icon path data per person kind, drawn in a 24×24 box (filled with `currentColor`,
 * `fill-rule="evenodd"`). Shape, not colour, tells the kinds apart.
 */
export const KIND_ICON_PATHS: Readonly<Record<PersonKind, string>> = {
  // head and shoulders
  person: 'M12 3a4.2 4.2 0 1 1 0 8.4A4.2 4.2 0 0 1 12 3zM3.5 21c0-4.6 3.8-7.6 8.5-7.6s8.5 3 8.5 7.6z',
  // a building with windows
  organisation:
    'M4 21V6.5L12 2.5l8 4V21zM7.5 9h3v3h-3zM13.5 9h3v3h-3zM7.5 14h3v3h-3zM13.5 14h3v3h-3z',
  // a map pin
  place: 'M12 2a7 7 0 0 1 7 7c0 5.2-7 13-7 13S5 14.2 5 9a7 7 0 0 1 7-7zM12 6.3a2.7 2.7 0 1 0 0 5.4 2.7 2.7 0 0 0 0-5.4z',
  // three heads
  group:
    'M12 4a3.2 3.2 0 1 1 0 6.4A3.2 3.2 0 0 1 12 4zM5 6.5a2.6 2.6 0 1 1 0 5.2 2.6 2.6 0 0 1 0-5.2zM19 6.5a2.6 2.6 0 1 1 0 5.2 2.6 2.6 0 0 1 0-5.2zM6.5 20.5c0-3.6 2.5-6.4 5.5-6.4s5.5 2.8 5.5 6.4zM0.8 18.5c0-2.9 1.9-4.8 4.2-4.8 1 0 1.8.3 2.5.8-1.1 1.1-1.8 2.5-2.1 4z M23.2 18.5c0-2.9-1.9-4.8-4.2-4.8-1 0-1.8.3-2.5.8 1.1 1.1 1.8 2.5 2.1 4z',
  // a paw
  animal:
    'M12 11.5c3.2 0 6.3 3.6 6.3 6.6 0 1.9-1.3 3-2.9 3-1.3 0-2.1-.8-3.4-.8s-2.1.8-3.4.8c-1.6 0-2.9-1.1-2.9-3 0-3 3.1-6.6 6.3-6.6zM4.6 7.6a2.1 2.5 0 1 1 0 5 2.1 2.5 0 0 1 0-5zM19.4 7.6a2.1 2.5 0 1 1 0 5 2.1 2.5 0 0 1 0-5zM9 2.8a2.2 2.7 0 1 1 0 5.4 2.2 2.7 0 0 1 0-5.4zM15 2.8a2.2 2.7 0 1 1 0 5.4 2.2 2.7 0 0 1 0-5.4z',
};

/** Props of {@link KindIcon}. */
export interface KindIconProps {
  kind: PersonKind;
  /** Centre, in the parent SVG's units. Default (12, 12). */
  cx?: number;
  cy?: number;
  /** Width and height. Default 24. */
  size?: number;
}

/** The icon of a person kind as an SVG `<g>` (inside an `<svg>`), in `currentColor`. Decorative. */
export function KindIcon({ kind, cx = 12, cy = 12, size = 24 }: KindIconProps): ReactElement {
  const s = size / 24;
  // Placed path data, no `transform` (placePath.ts: one paint-tree node fewer per icon).
  return (
    <path
      data-part="kind-icon" data-kind={kind} aria-hidden="true"
      d={placePath(KIND_ICON_PATHS[kind], s, cx - 12 * s, cy - 12 * s)} fill="currentColor" fillRule="evenodd"
    />
  );
}

export { BADGES, type BadgeKind };

/** Glyph drawings per badge in a 16×16 box; `fill` parts are filled, `stroke` parts stroked (width 1.6). */
export const BADGE_GLYPHS: Readonly<Record<BadgeKind, { stroke?: string; fill?: string }>> = {
  // a circle with a slash: no contact
  'consent-no': { stroke: 'M8 3.6a4.4 4.4 0 1 1 0 8.8 4.4 4.4 0 0 1 0-8.8zM4.9 4.9l6.2 6.2' },
  // a question mark
  'ask-first': { stroke: 'M5.8 6.1a2.3 2.3 0 1 1 3.3 2c-.7.4-1.1.9-1.1 1.7v.5', fill: 'M8 11.2a1 1 0 1 1 0 2 1 1 0 0 1 0-2z' },
  // a barrier: bar on two posts
  boundary: { fill: 'M3 5.5h10v3H3z', stroke: 'M5 8.5v4.5M11 8.5v4.5' },
  // an almost empty battery
  overloaded: { stroke: 'M3 5.2h8.6v5.6H3zM13.3 7v2', fill: 'M4.4 6.6h1.8v2.8H4.4z' },
  // a globe
  abroad: { stroke: 'M8 3.3a4.7 4.7 0 1 1 0 9.4 4.7 4.7 0 0 1 0-9.4zM3.3 8h9.4M8 3.3c-1.4 1.3-2.1 2.9-2.1 4.7s.7 3.4 2.1 4.7c1.4-1.3 2.1-2.9 2.1-4.7S9.4 4.6 8 3.3z' },
  // a speech bubble
  interpreter: { stroke: 'M3 3.8h10v6.4H8.4l-3 2.6v-2.6H3z', fill: 'M5.4 6.2h5.2v1.4H5.4z' },
  // a heart
  'support-group': { fill: 'M8 13S2.8 9.8 2.8 6.4A2.6 2.6 0 0 1 8 5.3a2.6 2.6 0 0 1 5.2 1.1C13.2 9.8 8 13 8 13z' },
};

/** Props of {@link BadgeIcon}. */
export interface BadgeIconProps {
  badge: BadgeKind;
  /** Centre in the parent SVG's units. Default (8, 8). */
  cx?: number;
  cy?: number;
  /** Diameter. Default 16. */
  size?: number;
  /** A tooltip: a `<title>` inside the badge's group (the badge stays `aria-hidden`: say its words in the owner's name). */
  title?: string | undefined;
  /**
   * The group's `data-part`; default `"badge-icon"`. The ecogram draws a person's badges as
   * `"badge"` (styled by `data-badge`): one group per badge instead of two (issue 16).
   */
  part?: string;
}

/**
 * A badge as an SVG `<g>`: a round plate (surface colour, `currentColor` rim) with a glyph.
 * Decorative (`aria-hidden`); give its words from `symbol.badge.*` messages (see `personBadges`).
 */
export function BadgeIcon({ badge, cx = 8, cy = 8, size = 16, title, part = 'badge-icon' }: BadgeIconProps): ReactElement {
  const s = size / 16;
  const glyph = BADGE_GLYPHS[badge];
  const tip = title === undefined ? null : <title>{title}</title>;
  // Drawn in place at its size (placePath.ts), not with a `transform`: the glyphs' 16-unit box
  // is moved to (cx − 8s, cy − 8s) and scaled by s, and so are the stroke widths.
  const at = (d: string): string => placePath(d, s, cx - 8 * s, cy - 8 * s);
  const w = (width: number): number => placeLength(width, s);
  if (badge === 'consent-no') {
    // The refusal of contact is unlike every other badge: a filled plate with the glyph cut
    // out in the surface colour (and drawn larger on the map, see ecogram/badgeRow.ts).
    return (
      <g data-part={part} data-badge={badge} data-filled="" aria-hidden="true">
        {tip}
        <circle cx={cx} cy={cy} r={w(7.6)} fill="currentColor" data-stroke="surface" stroke="#fff" strokeWidth={w(0.8)} />
        <path d={at(glyph.stroke!)} fill="none" data-stroke="surface" stroke="#fff" strokeWidth={w(2)} strokeLinecap="round" />
      </g>
    );
  }
  return (
    <g data-part={part} data-badge={badge} aria-hidden="true">
      {tip}
      <circle cx={cx} cy={cy} r={w(7.3)} data-fill="surface" fill="#fff" stroke="currentColor" strokeWidth={w(1.2)} />
      {glyph.fill ? <path d={at(glyph.fill)} fill="currentColor" /> : null}
      {glyph.stroke ? (
        <path d={at(glyph.stroke)} fill="none" stroke="currentColor" strokeWidth={w(1.6)} strokeLinecap="round" strokeLinejoin="round" />
      ) : null}
    </g>
  );
}

/** Props of {@link NodeShape}. */
export interface NodeShapeProps {
  formality: Formality;
  cx: number;
  cy: number;
  /** Half the width. */
  r: number;
  /** Dashed outline: deceased. */
  deceased?: boolean;
  /** The client at the centre: a double outline. */
  focus?: boolean;
  /**
   * Draw into the caller's group instead of a `<g data-part="node-shape">` of its own: the
   * caller carries `data-formality` and `data-deceased` (the ecogram's `<g data-part="node">`:
   * one element fewer per person, issue 16). Default false.
   */
  bare?: boolean;
}

/**
 * The plate of a node: formal (professional) is a rounded square, informal a circle.
 * Deceased people get a dashed outline, the client a double outline. Fill and outline
 * colours come from styles.css through `data-formality`.
 */
export function NodeShape({ formality, cx, cy, r, deceased = false, focus = false, bare = false }: NodeShapeProps): ReactElement {
  const common = {
    'data-fill': 'node',
    fill: '#fff',
    stroke: 'currentColor',
    strokeWidth: focus ? 3 : 2,
    strokeDasharray: deceased ? '4 3' : undefined,
  };
  const shape = (
    <>
      {formality === 'formal' ? (
        <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} rx={r * 0.28} {...common} />
      ) : (
        <circle cx={cx} cy={cy} r={r} {...common} />
      )}
      {focus ? (
        formality === 'formal' ? (
          <rect data-outline="" x={cx - r + 4} y={cy - r + 4} width={r * 2 - 8} height={r * 2 - 8} rx={r * 0.2} fill="none" stroke="currentColor" strokeWidth={1.5} />
        ) : (
          <circle data-outline="" cx={cx} cy={cy} r={r - 4} fill="none" stroke="currentColor" strokeWidth={1.5} />
        )
      ) : null}
    </>
  );
  return bare ? shape : (
    <g data-part="node-shape" data-formality={formality} data-deceased={deceased || undefined} aria-hidden="true">
      {shape}
    </g>
  );
}

/** Props of {@link SymbolImage}. */
export interface SymbolImageProps {
  /** Text alternative. Leave empty for a decorative image (next to text that says the same). */
  label?: string;
  width?: number;
  height?: number;
  /** The viewBox; default `0 0 width height`. */
  viewBox?: string;
  children: ReactNode;
}

/**
 * A small standalone `<svg>` for HTML contexts (legend, list), wrapping symbol parts such
 * as {@link KindIcon}, {@link BadgeIcon}, {@link NodeShape} or `TieLine`. With a `label`
 * it is an image with that name; without it is decorative.
 */
export function SymbolImage({ label, width = 24, height = 24, viewBox, children }: SymbolImageProps): ReactElement {
  return (
    <svg
      data-part="symbol"
      width={width}
      height={height}
      viewBox={viewBox ?? `0 0 ${width} ${height}`}
      focusable="false"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {children}
    </svg>
  );
}
