import type { Closeness, Sector } from '../model/types';

/** A circle (ring) of the ecogram, in pixels from the centre. */
export interface LayoutRing {
  closeness: Closeness;
  /** Inner edge, px from the centre. */
  inner: number;
  /** Outer edge, px from the centre. */
  outer: number;
}

/** A slice (sector) of the ecogram. Angles in degrees, clockwise from 12 o'clock. */
export interface LayoutSector {
  sector: Sector;
  /** Where the slice starts, degrees clockwise from 12 o'clock (inclusive). */
  startAngle: number;
  /** Where the slice ends, degrees clockwise from 12 o'clock (exclusive); the last slice ends at 360. */
  endAngle: number;
}

/** Where one person is placed. */
export interface LayoutNode {
  id: string;
  /** Pixels from the left edge of the `size` × `size` square. */
  x: number;
  /** Pixels from the top edge of the `size` × `size` square. */
  y: number;
  /** Degrees clockwise from 12 o'clock, in [0, 360). Same unit as a layout hint's `angle`. */
  angle: number;
  /**
   * Distance from the centre as a fraction of the outer radius (the outer edge of the
   * `outer` ring), 0..1. Same unit as a layout hint's `radius`.
   */
  radius: number;
  /** The slice the person is drawn in (`other` when the person has no sector). */
  sector: Sector;
  /** The ring the person is drawn in (`outer` when the person has no closeness). */
  closeness: Closeness;
}

/**
 * A computed ecogram: the geometry of rings and slices plus one node per person.
 *
 * The client (`network.focus`) sits at `center` and has no entry in `nodes`; the
 * disc inside `rings[0].inner` is theirs.
 */
export interface EcogramLayout {
  /** Width and height of the square the layout fills, px. */
  size: number;
  /** Centre of the ecogram (the client), px. */
  center: { x: number; y: number };
  /** Rings from the centre outwards: inner, middle, outer. */
  rings: LayoutRing[];
  /** Slices in fixed order, clockwise from 12 o'clock: family, friends, peers, community, work, care, other. */
  sectors: LayoutSector[];
  /** One node per person except the client, keyed by person id (keys in id order). */
  nodes: Record<string, LayoutNode>;
}

/** Options of {@link computeLayout}. */
export interface LayoutOptions {
  /**
   * An earlier layout of (an earlier version of) this network. People keep their
   * places where possible, so adding someone hardly moves anyone else.
   */
  previous?: EcogramLayout;
  /** Width and height of the square, px. Default 800. */
  size?: number;
  /**
   * Node radius in px at this `size`, used to keep people apart and away from ring and
   * slice lines. Default 18 at size 800, scaled with `size`.
   */
  nodeRadius?: number;
}

/** What {@link locate} finds under a point. Units as in {@link LayoutNode}. */
export interface LocateResult {
  closeness: Closeness;
  sector: Sector;
  /** Degrees clockwise from 12 o'clock, in [0, 360). */
  angle: number;
  /** Fraction of the outer radius, 0..1. */
  radius: number;
}
