/**
 * Room for a mark on the map: what a plan marker, an open-action count, a change mark or a
 * group's name must keep clear of — people's drawn shapes (discs by their reach), name labels,
 * badge rows, and marks placed before it. One place for "is this spot free", so every layer of
 * marks keeps the map's legibility rules (issue 12: no name covered, nothing over a person).
 * Pure, deterministic; layout units.
 * @internal
 */
import type { Pt } from './geometry';
import { hypot } from '../../utils/hypot';

/** An axis-aligned box, layout units. */
export interface MarkBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A box of width `w` and height `h` centred on `p`. */
export function boxAt(p: Pt, w: number, h: number): MarkBox {
  return { x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 };
}

/** Distance between two boxes (negative: they overlap, by the smaller overlap). */
export function boxGap(a: MarkBox, b: MarkBox): number {
  const dx = Math.max(a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(a.y0 - b.y1, b.y0 - a.y1);
  if (dx < 0 && dy < 0) return Math.max(dx, dy);
  return hypot(Math.max(0, dx), Math.max(0, dy));
}

/** Distance from a disc to a box (negative: they overlap). */
function discGap(c: Pt, r: number, b: MarkBox): number {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
  const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  if (dx === 0 && dy === 0) return -r - Math.min(c.x - b.x0, b.x1 - c.x, c.y - b.y0, b.y1 - c.y);
  return hypot(dx, dy) - r;
}

/** What a mark keeps clear of; grows as marks are placed ({@link MarkRoom.take}). */
export interface MarkRoom {
  /**
   * Smallest distance from `box` to anything taken, people but `except` ignored (negative:
   * covers it). Exact below {@link MARK_SEEN}; anything further reads as `MARK_SEEN`.
   * With `below`, the search stops as soon as the room is known to be less than it: the result
   * is then some value `< below`, not necessarily the smallest (a caller that only wants spots
   * with at least `below` of room need not look further).
   */
  roomOf(box: MarkBox, except?: readonly string[], below?: number): number;
  /** Claim a box (a placed mark): later marks keep clear of it. */
  take(box: MarkBox): void;
}

/**
 * How far {@link MarkRoom.roomOf} looks: room of this much or more is reported as this much.
 * Choosing a spot only tells apart spots with less room than {@link MARK_ROOM}.
 */
export const MARK_SEEN = 8;
/** Side of the cells that people and boxes are kept in, layout units. */
const CELL = 32;

/**
 * @param positions centres of the people drawn
 * @param radiusOf how far a person's shape reaches from its centre (tieMarks `reachOf`)
 * @param boxes name labels, badge rows and other marks already drawn
 */
export function markRoom(positions: ReadonlyMap<string, Pt>, radiusOf: (id: string) => number, boxes: readonly MarkBox[]): MarkRoom {
  // Everything by the cells its box covers, so that a spot is checked against its
  // neighbourhood only: with every person and name checked for every candidate spot, the
  // plan marks of 300 people cost ~35 ms in the first render.
  const cells = new Map<number, { people: { id: string; p: Pt; r: number }[]; boxes: MarkBox[] }>();
  const cellAt = (gx: number, gy: number) => {
    const key = gx * 65_536 + gy;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { people: [], boxes: [] }));
    return cell;
  };
  const span = (b: MarkBox, pad: number): [number, number, number, number] =>
    [Math.floor((b.x0 - pad) / CELL), Math.floor((b.y0 - pad) / CELL), Math.floor((b.x1 + pad) / CELL), Math.floor((b.y1 + pad) / CELL)];
  const put = (b: MarkBox, add: (cell: ReturnType<typeof cellAt>) => void) => {
    const [gx0, gy0, gx1, gy1] = span(b, 0);
    for (let gx = gx0; gx <= gx1; gx++) for (let gy = gy0; gy <= gy1; gy++) add(cellAt(gx, gy));
  };
  for (const [id, p] of positions) {
    const person = { id, p, r: radiusOf(id) };
    put({ x0: p.x - person.r, y0: p.y - person.r, x1: p.x + person.r, y1: p.y + person.r }, (cell) => cell.people.push(person));
  }
  const take = (box: MarkBox) => put(box, (cell) => cell.boxes.push(box));
  for (const box of boxes) take(box);
  return {
    roomOf(box, except = [], below = -Infinity) {
      // Whatever is within MARK_SEEN of the box shares a cell with the box grown by MARK_SEEN.
      let room = MARK_SEEN;
      const [gx0, gy0, gx1, gy1] = span(box, MARK_SEEN);
      for (let gx = gx0; gx <= gx1; gx++) {
        for (let gy = gy0; gy <= gy1; gy++) {
          const cell = cells.get(gx * 65_536 + gy);
          if (!cell) continue;
          // Boxes first: in a crowded map a spot is mostly ruled out by a name or a mark.
          for (const b of cell.boxes) room = Math.min(room, boxGap(box, b));
          if (room < below) return room;
          for (const { id, p, r } of cell.people) if (except.length === 0 || !except.includes(id)) room = Math.min(room, discGap(p, r, box));
          if (room < below) return room;
        }
      }
      return room;
    },
    take,
  };
}

/** Room wanted between a mark and anything else, layout units. */
export const MARK_ROOM = 2;

/**
 * The first candidate whose box has {@link MARK_ROOM} (or the one with the most room).
 * `candidates` are tried in order; `except` are people the mark may touch (its own).
 */
export function bestSpot<T extends { box: MarkBox }>(room: MarkRoom, candidates: readonly T[], except: readonly string[]): T | null {
  let best: T | null = null;
  let bestRoom = -Infinity;
  for (const c of candidates) {
    // A spot with less room than MARK_ROOM and than the best so far (+ 0.5) is never chosen:
    // stop looking at it as soon as that is known (at 1,000 people most spots of a tie's
    // marker are covered; the plan's marks took ~40 ms after the mount, mostly here).
    const r = room.roomOf(c.box, except, Math.min(bestRoom + 0.5, MARK_ROOM));
    if (r >= MARK_ROOM) return c;
    if (r > bestRoom + 0.5) {
      best = c;
      bestRoom = r;
    }
  }
  return best;
}
