/**
 * Room for a mark on the map: what a plan marker, an open-action count, a change mark or a
 * group's name must keep clear of — people's drawn shapes (discs by their reach), name labels,
 * badge rows, and marks placed before it. One place for "is this spot free", so every layer of
 * marks keeps the map's legibility rules (issue 12: no name covered, nothing over a person).
 * Pure, deterministic; layout units.
 * @internal
 */
import type { Pt } from './geometry';

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
  return Math.hypot(Math.max(0, dx), Math.max(0, dy));
}

/** Distance from a disc to a box (negative: they overlap). */
function discGap(c: Pt, r: number, b: MarkBox): number {
  const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
  const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
  if (dx === 0 && dy === 0) return -r - Math.min(c.x - b.x0, b.x1 - c.x, c.y - b.y0, b.y1 - c.y);
  return Math.hypot(dx, dy) - r;
}

/** What a mark keeps clear of; grows as marks are placed ({@link MarkRoom.take}). */
export interface MarkRoom {
  /** Smallest distance from `box` to anything taken, people but `except` ignored (negative: covers it). */
  roomOf(box: MarkBox, except?: readonly string[]): number;
  /** Claim a box (a placed mark): later marks keep clear of it. */
  take(box: MarkBox): void;
}

/**
 * @param positions centres of the people drawn
 * @param radiusOf how far a person's shape reaches from its centre (tieMarks `reachOf`)
 * @param boxes name labels, badge rows and other marks already drawn
 */
export function markRoom(positions: ReadonlyMap<string, Pt>, radiusOf: (id: string) => number, boxes: readonly MarkBox[]): MarkRoom {
  const people = [...positions].map(([id, p]) => ({ id, p, r: radiusOf(id) }));
  const taken: MarkBox[] = [...boxes];
  return {
    roomOf(box, except = []) {
      let room = Infinity;
      for (const { id, p, r } of people) {
        if (except.includes(id)) continue;
        // Far away: not a candidate (cheap reject).
        if (p.x + r < box.x0 - room || p.x - r > box.x1 + room || p.y + r < box.y0 - room || p.y - r > box.y1 + room) continue;
        room = Math.min(room, discGap(p, r, box));
      }
      for (const b of taken) room = Math.min(room, boxGap(box, b));
      return room;
    },
    take(box) {
      taken.push(box);
    },
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
    const r = room.roomOf(c.box, except);
    if (r >= MARK_ROOM) return c;
    if (r > bestRoom + 0.5) {
      best = c;
      bestRoom = r;
    }
  }
  return best;
}
