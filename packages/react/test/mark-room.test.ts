/**
 * The room a mark has (view/map/markRoom.ts): kept by cells, it must say what checking
 * everything says, up to how far it looks (MARK_SEEN) — the plan, change and group marks
 * choose their spots by it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestSpot, boxAt, boxGap, MARK_ROOM, MARK_SEEN, markRoom, type MarkBox, type MarkRoom } from '../src/view/map/markRoom';

/** Everything checked: the room as it was before the cells. */
function roomByHand(people: { id: string; x: number; y: number; r: number }[], boxes: MarkBox[], box: MarkBox, except: string[]): number {
  let room = Infinity;
  for (const p of people) {
    if (except.includes(p.id)) continue;
    const dx = Math.max(box.x0 - p.x, 0, p.x - box.x1);
    const dy = Math.max(box.y0 - p.y, 0, p.y - box.y1);
    const gap = dx === 0 && dy === 0 ? -p.r - Math.min(p.x - box.x0, box.x1 - p.x, p.y - box.y0, box.y1 - p.y) : Math.hypot(dx, dy) - p.r;
    room = Math.min(room, gap);
  }
  for (const b of boxes) room = Math.min(room, boxGap(box, b));
  return room;
}

const coord = fc.double({ min: -50, max: 450, noNaN: true });
const size = fc.double({ min: 0.5, max: 120, noNaN: true });
const boxArb = fc.record({ x: coord, y: coord, w: size, h: size }).map(({ x, y, w, h }) => boxAt({ x, y }, w, h));

describe('room for a mark', () => {
  it('is what checking every person and box says, up to MARK_SEEN, also after marks are taken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: coord, y: coord, r: fc.double({ min: 1, max: 30, noNaN: true }) }), { maxLength: 40 }),
        fc.array(boxArb, { maxLength: 30 }),
        fc.array(boxArb, { maxLength: 10 }),
        fc.array(boxArb, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(39), { maxLength: 3 }),
        (spots, boxes, taken, queries, skip) => {
          const people = spots.map((p, i) => ({ ...p, id: `p${i}` }));
          const except = skip.map((i) => `p${i}`);
          const room = markRoom(new Map(people.map((p) => [p.id, { x: p.x, y: p.y }])), (id) => people.find((p) => p.id === id)!.r, boxes);
          for (const box of taken) room.take(box);
          for (const q of queries) {
            const want = Math.min(MARK_SEEN, roomByHand(people, [...boxes, ...taken], q, except));
            expect(room.roomOf(q, except)).toBeCloseTo(want, 9);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with a bound, stops only below it: what it says is then below the bound, and otherwise exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: coord, y: coord, r: fc.double({ min: 1, max: 30, noNaN: true }) }), { maxLength: 40 }),
        fc.array(boxArb, { maxLength: 30 }),
        fc.array(boxArb, { minLength: 1, maxLength: 10 }),
        fc.double({ min: -40, max: 10, noNaN: true }),
        (spots, boxes, queries, below) => {
          const people = spots.map((p, i) => ({ ...p, id: `p${i}` }));
          const room = markRoom(new Map(people.map((p) => [p.id, { x: p.x, y: p.y }])), (id) => people.find((p) => p.id === id)!.r, boxes);
          for (const q of queries) {
            const exact = room.roomOf(q);
            const bounded = room.roomOf(q, [], below);
            if (exact < below) expect(bounded).toBeLessThan(below);
            else expect(bounded).toBe(exact);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the best spot is the one looking at every spot in full would choose (the first with MARK_ROOM, else the most room)', () => {
    /** bestSpot as it was before the bound: every candidate's room in full. */
    const bestByHand = <T extends { box: MarkBox }>(room: MarkRoom, candidates: readonly T[]): T | null => {
      let best: T | null = null;
      let bestRoom = -Infinity;
      for (const c of candidates) {
        const r = room.roomOf(c.box);
        if (r >= MARK_ROOM) return c;
        if (r > bestRoom + 0.5) {
          best = c;
          bestRoom = r;
        }
      }
      return best;
    };
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: coord, y: coord, r: fc.double({ min: 1, max: 30, noNaN: true }) }), { maxLength: 60 }),
        fc.array(boxArb, { maxLength: 60 }),
        fc.array(fc.array(boxArb, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
        (spots, boxes, marks) => {
          const people = spots.map((p, i) => ({ ...p, id: `p${i}` }));
          const make = () => markRoom(new Map(people.map((p) => [p.id, { x: p.x, y: p.y }])), (id) => people.find((p) => p.id === id)!.r, boxes);
          const [room, byHand] = [make(), make()];
          // Marks placed one after another, each claiming its spot (as the plan's marks do).
          for (const list of marks) {
            const candidates = list.map((box, i) => ({ i, box }));
            const got = bestSpot(room, candidates, []);
            const want = bestByHand(byHand, candidates);
            expect(got?.i).toBe(want?.i);
            if (got) room.take(got.box);
            if (want) byHand.take(want.box);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
