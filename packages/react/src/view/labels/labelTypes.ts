/**
 * Types of the name placer (labelPlacer.ts): its input, options and result.
 * @internal
 */
import type { Box, Segment } from './labelGeometry';
import type { MeasureLabel } from './labelText';

/** One node and its name, input of {@link placeLabels}. */
export interface LabelInput {
  id: string;
  /** Centre of the node. */
  x: number;
  y: number;
  /** Radius of the drawn node (an obstacle for every label but its own). */
  r: number;
  /** The full name. */
  text: string;
  /** Font size of this label (default {@link LabelOptions.fontSize}). */
  fontSize?: number;
  /** Space between this node's edge and its label (default {@link LabelOptions.gap}). */
  gap?: number;
  /** Height of the badge row above the node (0 = none): an obstacle, and "above" moves over it. */
  badgeHeight?: number;
  /** Width of the badge row above the node. */
  badgeWidth?: number;
  /** Placed first, always shown, only below its node (the client in the centre). */
  client?: boolean;
  /** Placed right after the client (selected or focused person). */
  emphasis?: boolean;
  /** Smaller ranks are placed earlier among equally hard labels (the ring index: inner circle first). */
  rank?: number;
  /** The person's number in the key: drawn instead of the name when no text fits. */
  number?: number;
  /** Only the number is drawn (a crowded map that shows names on focus), not the name. */
  numberOnly?: boolean;
  /** Measured width of a text at this label's font size; default {@link LabelOptions.measure}. */
  measure?: (text: string) => number;
}

/** Where a label sits relative to its node (the nearest of the four main directions). */
export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** Result of {@link placeLabels} for one node. */
export interface PlacedLabel {
  id: string;
  /** The text drawn, its lines joined by a space. */
  text: string;
  /** The lines drawn, top to bottom (one or two; the number alone when `numbered`). */
  lines: string[];
  /** The last line is shortened with "…" (the full name is in the key). */
  truncated: boolean;
  /** The label shows the person's number instead of the name (the key lists it). */
  numbered: boolean;
  /** The name reads right to left (drawn with `direction="rtl"`). */
  rtl: boolean;
  /** Anchor of the first line (SVG `x`, baseline `y`); later lines follow every `lineHeight`. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lineHeight: number;
  fontSize: number;
  side: LabelSide;
  /** Direction from the node to the label, degrees (0 = right, 90 = below). */
  angle: number;
  /** Leader line from the node's edge to the label, when the label sits further out. */
  leader?: Segment;
  /** The box the text takes (including the halo). */
  box: Box;
  /** No spot was free: the label is drawn only on hover, focus or selection (at `x`, `y`). */
  hidden: boolean;
  /** For a number or a hidden label: the name as drawn on hover, focus or selection (below the node). */
  reveal?: PlacedLabel;
}

/** Options of {@link placeLabels}. */
export interface LabelOptions {
  /** Default font size, layout units (13). */
  fontSize?: number;
  /** Measure function for every label without its own (default: the estimate of labelText.ts). */
  measure?: MeasureLabel;
  /** Longest one-line name, em (12): longer names wrap. */
  maxOneLine?: number;
  /** Preferred widest line of a wrapped name, em (9). */
  maxLine?: number;
  /** Widest line of a wrapped name, em (13); a name that needs more than three such lines is shortened. */
  maxWideLine?: number;
  /** Widest line holding one word alone, em (16): wider words are broken mid-word. */
  maxWordLine?: number;
  /** Distance between lines, em (1.15). */
  lineHeight?: number;
  /** Space between node edge and label (4). */
  gap?: number;
  /** Halo around the text (the stroke painted behind it, 2). */
  pad?: number;
  /** Least space between a label and another person's node (4). */
  clearance?: number;
  /** A label without a leader keeps this much more space from other nodes than from its own (6). */
  ownMargin?: number;
  /** Labels must stay inside this box (the drawing), when given. */
  bounds?: Box;
  /** Other things labels must not cover (e.g. the ring and sector names). */
  obstacles?: readonly Box[];
  /** Try the spots further out, with a leader line (true). */
  leaders?: boolean;
}
