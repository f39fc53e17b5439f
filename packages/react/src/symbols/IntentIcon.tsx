import type { ReactElement } from 'react';
import type { ActionIntent } from '@kring/core';
import { placeLength, placePath } from './placePath';

/**
 * Glyphs per plan intent in a 16×16 box (`stroke` parts stroked, width 1.6; `fill` parts
 * filled). Shape, not colour, tells the intents apart; drawn on a square plate so an intent
 * marker never reads as a person's (round) badge. One set for the map, the plan and the legend.
 */
export const INTENT_GLYPHS: Readonly<Record<ActionIntent, { stroke?: string; fill?: string }>> = {
  // two bars: keep as it is
  maintain: { stroke: 'M4 6h8M4 10h8' },
  // an arrow up: more
  strengthen: { stroke: 'M8 12.5v-9M4.5 7 8 3.5 11.5 7' },
  // an arrow turning back: undo the break
  restore: { stroke: 'M4.5 6.5h5a3 3 0 0 1 0 6H6M6.8 4 4.3 6.5 6.8 9' },
  // a circle of arrows: pick up again
  reactivate: { stroke: 'M12.3 8a4.3 4.3 0 1 1-1.3-3.1M11.4 2.6v2.6H8.8' },
  // a bar across: limit
  limit: { stroke: 'M3.5 8h9M3.5 4.5v7M12.5 4.5v7' },
  // a plus: something new
  build: { stroke: 'M8 3.5v9M3.5 8h9' },
  // two circles overlapping: come together
  meet: { stroke: 'M6 4.8a3.2 3.2 0 1 1 0 6.4 3.2 3.2 0 0 1 0-6.4zM10 4.8a3.2 3.2 0 1 1 0 6.4 3.2 3.2 0 0 1 0-6.4z' },
  // a speech bubble: ask
  ask: { stroke: 'M3.2 4h9.6v6.2H8l-3 2.4v-2.4H3.2z' },
  // an i: inform
  inform: { fill: 'M7.1 6.6h1.8v6H7.1zM8 3.2a1.1 1.1 0 1 1 0 2.2 1.1 1.1 0 0 1 0-2.2z' },
};

/** Props of {@link IntentIcon}. */
export interface IntentIconProps {
  intent: ActionIntent;
  /** Centre in the parent SVG's units. Default (8, 8). */
  cx?: number;
  cy?: number;
  /** Width and height. Default 16. */
  size?: number;
}

/**
 * An intent marker as an SVG `<g>`: a rounded square plate (surface colour, `currentColor`
 * rim) with the intent's glyph. Decorative (`aria-hidden`): give its words from the
 * `actionIntent.*` labels (`t.label('actionIntent', intent)`).
 */
export function IntentIcon({ intent, cx = 8, cy = 8, size = 16 }: IntentIconProps): ReactElement {
  const s = size / 16;
  const glyph = INTENT_GLYPHS[intent] ?? INTENT_GLYPHS.maintain;
  // Drawn in place at its size (symbols/placePath.ts), not with a `transform`.
  const x0 = cx - 8 * s;
  const y0 = cy - 8 * s;
  const w = (n: number): number => placeLength(n, s);
  return (
    <g data-part="intent-icon" data-intent={intent} aria-hidden="true">
      <rect x={w(0.7) + x0} y={w(0.7) + y0} width={w(14.6)} height={w(14.6)} rx={w(3)} data-fill="surface" fill="#fff" stroke="currentColor" strokeWidth={w(1.2)} />
      {glyph.fill ? <path d={placePath(glyph.fill, s, x0, y0)} fill="currentColor" /> : null}
      {glyph.stroke ? <path d={placePath(glyph.stroke, s, x0, y0)} fill="none" stroke="currentColor" strokeWidth={w(1.6)} strokeLinecap="round" strokeLinejoin="round" /> : null}
    </g>
  );
}
