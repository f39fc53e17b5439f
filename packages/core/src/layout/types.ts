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
  /**
   * How each tie is drawn, keyed by tie id (keys in id order): straight from one end's
   * centre to the other's, or — when a straight line would pass a person who is not one of
   * its ends (or the client's disc) — a quadratic Bézier curve through `control`. The
   * screen, the exports and hosts draw the same curve. Ties whose ends are not both in the
   * network are left out.
   */
  ties: Record<string, LayoutTie>;
}

/** How one tie runs. Coordinates in px of the layout square, like {@link LayoutNode}. */
export interface LayoutTie {
  id: string;
  /** `between[0]` of the tie. */
  from: string;
  /** `between[1]` of the tie. */
  to: string;
  /**
   * Control point of a quadratic Bézier curve from `from` to `to` (SVG `Q`), when the straight
   * line would pass within the clearance of a person who is not one of its ends. Absent:
   * draw a straight line.
   */
  control?: { x: number; y: number };
}

/** How the seven slices share the circle. */
export type SectorSizing = 'content' | 'equal';

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
  /**
   * `content` (default): each slice gets an angle by how many people it holds and in which
   * circles, with a minimum (`minSectorAngle`) so an empty slice keeps a readable name;
   * with `previous`, the slices stay as they were while everyone still fits.
   * `equal`: seven equal slices whatever they hold.
   */
  sectorSizing?: SectorSizing;
  /** Smallest angle of a slice with `sectorSizing: 'content'`, degrees. Default 22. */
  minSectorAngle?: number;
  /**
   * A larger minimum for some slices, degrees — e.g. the angle their name needs along the
   * outer edge ("Werk, school, dagbesteding" needs more than "Overig"). All minimums
   * together are capped at three quarters of the circle.
   */
  sectorMinAngles?: Partial<Record<Sector, number>>;
  /**
   * How far, in px at this `size`, a tie line keeps from the centre of a person who is not
   * one of its ends: the drawn node radius plus a margin. Default 22 at size 800 (a drawn
   * radius of 18 plus 4), scaled with `size`. People are placed so that no line from the
   * client passes closer than this to someone else, and ties between others are curved
   * around people.
   */
  lineClearance?: number;
  /**
   * As `lineClearance`, for formal people (stated formal, or in the care slice without a
   * formality): a view that draws them as squares passes the clearance from a square's
   * corner, which reaches further than a disc. Default: `lineClearance`.
   */
  formalLineClearance?: number;
  /**
   * Radius in px of the client's disc that ties between two other people keep out of.
   * Default: the inner edge of the first ring.
   */
  clientClearance?: number;
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

/** Options of `fitNodeRadius`. */
export interface FitNodeRadiusOptions {
  /** Width and height of the layout square, px. Default 800. */
  size?: number;
  /** Radii to try, px at `size`, largest first. Default 18 down to 8 at size 800, scaled. */
  candidates?: number[];
  /** px a line keeps from a node's edge, and between two nodes. Default 4 at size 800. */
  margin?: number;
  /** As in {@link LayoutOptions}. */
  sectorSizing?: SectorSizing;
  minSectorAngle?: number;
  sectorMinAngles?: LayoutOptions['sectorMinAngles'];
  /**
   * How far a formal person's shape reaches from their centre, × the node radius (a square
   * reaches by its corners: 0.9 · √2 ≈ 1.27 for the Ecogram's). Lines then keep the margin
   * from that, as with `formalLineClearance` of {@link LayoutOptions}. Default 1 (a disc).
   */
  formalReach?: number;
}
