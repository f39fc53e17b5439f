/**
 * The symbol of each change the map marks ("Wat is er veranderd sinds …"): drawn with its
 * word on the map and in the legend, so a change is never told by colour alone.
 * @internal
 */
import type { ReactElement } from 'react';
import type { ChangeKind } from '../view/map/mapChanges';

/** Stroked glyphs per change in a 16×16 box. */
export const CHANGE_GLYPHS: Readonly<Record<ChangeKind, string>> = {
  // a star of four points: new
  new: 'M8 2.5v11M2.5 8h11M4.2 4.2l7.6 7.6M11.8 4.2l-7.6 7.6',
  // a cross: gone
  gone: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  // an arrow up
  stronger: 'M8 13V3.5M4.5 7 8 3.5 11.5 7',
  // an arrow down
  weaker: 'M8 3v9.5M4.5 9 8 12.5 11.5 9',
  // an arrow turning back
  restored: 'M4.5 6.5h5a3 3 0 0 1 0 6H6M6.8 4 4.3 6.5 6.8 9',
  // two slashes: broken
  broken: 'M7 3 4.5 13M11.5 3 9 13',
};

/** A change symbol as an SVG `<g>` (decorative: its word is drawn beside it). */
export function ChangeIcon({ kind, cx = 8, cy = 8, size = 16 }: { kind: ChangeKind; cx?: number; cy?: number; size?: number }): ReactElement {
  const s = size / 16;
  return (
    <g data-part="change-icon" data-change={kind} aria-hidden="true" transform={`translate(${cx - 8 * s} ${cy - 8 * s}) scale(${s})`}>
      <path d={CHANGE_GLYPHS[kind]} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
    </g>
  );
}
