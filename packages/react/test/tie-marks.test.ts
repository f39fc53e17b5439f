/**
 * Marks and zigzags on ties keep clear of people who are not the tie's ends (tieMarks.ts):
 * a mark across a broken tie's middle, or the teeth of a stressful tie, reaching into the
 * person beside the line reads as the tie running through them.
 */
import { describe, expect, it } from 'vitest';
import type { Network, Tie } from '@kring/core';
import { generateRealisticNetwork } from '@kring/fixtures';
import { markSpots, reachOf, tieMarkPlaces, zigzagCalm } from '../src/view/map/tieMarks';
import { makeTrack } from '../src/view/ties/curve';
import { markExtent, markSize, tieStyle, warningGlyph, WARNING_REACH, zigzagSize } from '../src/view/ties/tieStyle';
import { mapLayout, mapNodeRadius } from '../src/view/map/mapLayout';
import type { Pt } from '../src/view/map/geometry';

const R = 16;
/** Client at (0,0); A at (200,0); B beside the middle of the client–A line, `off` units from it. */
function scene(tie: Partial<Tie>, off: number): { network: Network; positions: Map<string, Pt> } {
  const network: Network = {
    format: 'kring.network', version: 1, id: 'n', focus: 'c',
    people: [
      { id: 'c', name: 'Cliënt', kind: 'person' },
      { id: 'a', name: 'A', kind: 'person', sector: 'family', closeness: 'outer' },
      { id: 'b', name: 'B', kind: 'person', sector: 'family', closeness: 'middle' },
    ],
    ties: [{ id: 't', between: ['c', 'a'], ...tie }],
    groups: [], events: [],
  } as Network;
  return { network, positions: new Map([['c', { x: 0, y: 0 }], ['a', { x: 200, y: 0 }], ['b', { x: 100, y: off }]]) };
}
const radius = () => R;
const straight = () => undefined;

describe('markSpots', () => {
  it('keeps a mark at the middle when nobody is near', () => {
    const { network, positions } = scene({ status: 'broken', strength: 'strong' }, 80);
    expect(markSpots(network.ties, positions, straight, radius).has('t')).toBe(false);
  });

  it('moves a broken tie’s mark along the line, clear of the person beside its middle', () => {
    // The layout keeps lines R + 6 from people; the mark reaches 11 across.
    const { network, positions } = scene({ status: 'broken', strength: 'strong' }, R + 6);
    const t = markSpots(network.ties, positions, straight, radius).get('t');
    expect(t).toBeDefined();
    const extent = markExtent(tieStyle(network.ties[0]!))!;
    const track = makeTrack(positions.get('c')!, positions.get('a')!);
    const s = track.sAt(t!);
    for (const ds of [-extent.along, 0, extent.along]) {
      const p = track.at(s + ds);
      expect(Math.hypot(p.x - 100, p.y - (R + 6)) - R - extent.across).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps a mark clear of a formal person\'s square by its corners, where a disc of that radius leaves room', () => {
    const tie = { status: 'broken', strength: 'strong' } as const;
    const across = markExtent(tieStyle(tie))!.across;
    // B beside the middle, 3 units of room from a disc of radius R: the mark stays.
    const informal = scene(tie, R + across + 3);
    expect(markSpots(informal.network.ties, informal.positions, straight, reachOf(informal.network, R, 30)).has('t')).toBe(false);
    // The same B as a formal person (a square of half-size 0.9 R; corners at 1.27 R): it moves.
    const formal = scene(tie, R + across + 3);
    formal.network.people[2] = { ...formal.network.people[2]!, formality: 'formal' };
    const reach = reachOf(formal.network, R, 30);
    expect(reach('b')).toBeCloseTo(0.9 * Math.SQRT2 * R);
    expect(reach('a')).toBe(R);
    expect(reach('c')).toBe(30);
    const t = markSpots(formal.network.ties, formal.positions, straight, reach).get('t');
    expect(t).toBeDefined();
    const p = makeTrack(formal.positions.get('c')!, formal.positions.get('a')!).at(makeTrack(formal.positions.get('c')!, formal.positions.get('a')!).sAt(t!));
    expect(Math.hypot(p.x - 100, p.y - (R + across + 3)) - reach('b') - across).toBeGreaterThanOrEqual(2);
  });

  it('leaves ties without a mark alone', () => {
    const { network, positions } = scene({ status: 'active', strength: 'strong', quality: 'supportive' }, R + 6);
    expect(markSpots(network.ties, positions, straight, radius).size).toBe(0);
  });
});

describe('zigzagCalm', () => {
  it('draws a stressful tie straight beside a person, and only there', () => {
    const { network, positions } = scene({ quality: 'stressful', strength: 'strong' }, R + 6);
    const ranges = zigzagCalm(network.ties, positions, straight, radius).get('t');
    expect(ranges).toHaveLength(1);
    const [t0, t1] = ranges![0]!;
    expect(t0).toBeLessThan(0.5);
    expect(t1).toBeGreaterThan(0.5);
    // Not the whole line: the zigzag still shows elsewhere.
    expect(t1 - t0).toBeLessThan(0.5);
  });

  it('keeps the zigzag where nobody is near', () => {
    const { network, positions } = scene({ quality: 'stressful', strength: 'strong' }, 80);
    expect(zigzagCalm(network.ties, positions, straight, radius).size).toBe(0);
  });

  it('on generated networks, every tooth and mark keeps clear of people who are not its ends', () => {
    for (const [n, seed] of [[25, 5], [30, 6], [35, 7], [40, 8], [30, 21], [35, 22], [40, 23], [40, 24], [40, 25], [40, 38], [40, 42]] as const) {
      const network = generateRealisticNetwork(n, seed);
      const nodeR = mapNodeRadius(network);
      const layout = mapLayout(network, nodeR);
      const positions = new Map<string, Pt>([[network.focus, layout.center]]);
      for (const p of network.people) if (p.id !== network.focus) positions.set(p.id, layout.nodes[p.id]!);
      const clientR = Math.min(30, (layout.rings[0]?.inner ?? 60) * 0.55);
      // The drawn shapes: a formal person's square reaches further than a disc (by its corners).
      const radiusOf = reachOf(network, nodeR, clientR);
      const controlOf = (id: string) => layout.ties?.[id]?.control;
      const { spots: marks, warnSides } = tieMarkPlaces(network.ties, positions, controlOf, radiusOf);
      const calm = zigzagCalm(network.ties, positions, controlOf, radiusOf);
      for (const tie of network.ties) {
        const style = tieStyle(tie);
        const track = makeTrack(positions.get(tie.between[0])!, positions.get(tie.between[1])!, controlOf(tie.id));
        const near = (p: Pt, across: number): string[] =>
          network.people.filter((q) => !tie.between.includes(q.id) && Math.hypot(p.x - positions.get(q.id)!.x, p.y - positions.get(q.id)!.y) < radiusOf(q.id) + across).map((q) => q.id);
        const extent = markExtent(style);
        if (extent) {
          // The whole reach of the marks, not only their middle; a warning triangle beside a
          // break or end mark on the side chosen for it (a glyph from the middle).
          const s0 = track.sAt(marks.get(tie.id) ?? 0.5);
          const side = warnSides.get(tie.id);
          const reaches: [number, number, number][] = side === undefined
            ? [[s0, extent.along, extent.across]]
            : [[s0, markSize(style.strokeWidth), markSize(style.strokeWidth)], [s0 + side * warningGlyph(style.strokeWidth), WARNING_REACH * warningGlyph(style.strokeWidth), WARNING_REACH * warningGlyph(style.strokeWidth)]];
          for (const [at, along, across] of reaches) {
            for (let ds = -along; ds <= along; ds += 2) {
              expect(near(track.at(at + ds), across), `${n}/${seed} ${tie.id} mark at ${(at - s0 + ds).toFixed(1)}`).toEqual([]);
            }
          }
        }
        if (style.shape === 'zigzag') {
          const across = zigzagSize(style.strokeWidth).amplitude + style.strokeWidth / 2;
          for (let s = 0; s <= track.length; s += 2) {
            const t = track.tAt(s);
            if ((calm.get(tie.id) ?? []).some(([a, b]) => t >= a && t <= b)) continue;
            expect(near(track.at(s), across), `${n}/${seed} ${tie.id} tooth at ${t.toFixed(2)}`).toEqual([]);
          }
        }
      }
    }
  });
});
