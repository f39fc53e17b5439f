/**
 * What the map states must be true: no line from the client passes another person (it
 * would read as a tie through them), and ties between two others are curved around
 * everyone who is not one of their ends. Checked geometrically on the layout's output,
 * as a reader of the drawing would see it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  broadFamilyNetwork, dennisNoNetwork, fatimaNetwork, generateNetwork, generateRealisticNetwork, hostileNamesNetwork, marcoNetwork, samirNetwork,
  yonasNetwork,
} from '@kring/fixtures';
import { computeLayout, createTieRouter, fitNodeRadius, routeTie, type EcogramLayout } from '../src/layout';
import { CLOSENESSES, SECTORS, type Network } from '../src/model/types';

const CLEARANCE = 22;

interface P {
  x: number;
  y: number;
}

function where(layout: EcogramLayout, network: Network, id: string): P | undefined {
  return id === network.focus ? layout.center : layout.nodes[id];
}

/** Points along a tie as drawn: straight, or the quadratic curve through its control point. */
function samples(a: P, b: P, c: P | undefined, n = 80): P[] {
  const out: P[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    const k = c ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    out.push({ x: u * u * a.x + 2 * u * t * k.x + t * t * b.x, y: u * u * a.y + 2 * u * t * k.y + t * t * b.y });
  }
  return out;
}

function segDist(p: P, a: P, b: P): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0;
  return Math.hypot(a.x + dx * t - p.x, a.y + dy * t - p.y);
}

/** People (not the ends) that a tie passes closer than `clearance`; the client's disc for ties between two others. */
function tiesThroughPeople(network: Network, layout: EcogramLayout, clearance = CLEARANCE - 0.5): string[] {
  const bad: string[] = [];
  for (const tie of network.ties) {
    const [i, j] = tie.between;
    const a = where(layout, network, i);
    const b = where(layout, network, j);
    if (!a || !b) continue;
    const pts = samples(a, b, layout.ties[tie.id]?.control);
    for (const person of network.people) {
      if (person.id === i || person.id === j) continue;
      const p = where(layout, network, person.id);
      if (!p) continue;
      const r = person.id === network.focus ? (layout.rings[0]?.inner ?? 0) - 0.5 : clearance;
      let d = Infinity;
      for (let k = 0; k + 1 < pts.length; k++) d = Math.min(d, segDist(p, pts[k]!, pts[k + 1]!));
      if (d < r) bad.push(`${tie.id} passes ${person.id} at ${d.toFixed(1)} px`);
    }
  }
  return bad;
}

/** Every person whose straight line from the client passes someone else (whether or not the tie exists). */
function clientLinesThroughPeople(network: Network, layout: EcogramLayout, clearance = CLEARANCE - 0.5): string[] {
  const bad: string[] = [];
  const nodes = Object.values(layout.nodes);
  for (const n of nodes) {
    for (const o of nodes) {
      if (o === n) continue;
      if (segDist(o, layout.center, n) < clearance && Math.hypot(o.x - n.x, o.y - n.y) >= clearance) bad.push(`${n.id} through ${o.id}`);
    }
  }
  return bad;
}

const fixtures: [string, Network][] = [
  ['Samir', samirNetwork], ['Fatima', fatimaNetwork], ['Yonas', yonasNetwork], ['Marco', marcoNetwork],
  ['Dennis', dennisNoNetwork], ['10 people', generateNetwork(10, 3)], ['20 people', generateNetwork(20, 5)], ['40 people', generateNetwork(40, 7)],
  ['broad family (32)', broadFamilyNetwork], ['hostile names', hostileNamesNetwork],
  ...[10, 20, 40].flatMap((n) => [1, 2, 3].map((seed): [string, Network] => [`realistic ${n} (seed ${seed})`, generateRealisticNetwork(n, seed)])),
];

/** The layout as the Ecogram asks for it: people drawn at the fitted radius, lines keeping 4 px more. */
function fitted(network: Network): { layout: EcogramLayout; clearance: number } {
  const r = fitNodeRadius(network);
  return { layout: computeLayout(network, { nodeRadius: r + 2, lineClearance: r + 4 }), clearance: r + 4 - 0.5 };
}

describe('legible layout', () => {
  it.each(fixtures)('%s: no line from the client passes another person', (_name, network) => {
    const { layout, clearance } = fitted(network);
    expect(clientLinesThroughPeople(network, layout, clearance)).toEqual([]);
  });

  it.each(fixtures)('%s: no tie passes a person who is not one of its ends', (_name, network) => {
    const { layout, clearance } = fitted(network);
    expect(tiesThroughPeople(network, layout, clearance)).toEqual([]);
  });

  it('keeps lines further from formal people when their shape reaches further (squares, by their corners)', () => {
    const formal = (network: Network): Set<string> =>
      new Set(network.people.filter((p) => p.formality === 'formal' || (p.formality !== 'informal' && p.sector === 'care')).map((p) => p.id));
    const bad: string[] = [];
    for (const [n, seed] of [[35, 3], [40, 12], [40, 13], [40, 38], [30, 18]] as const) {
      const network = generateRealisticNetwork(n, seed);
      const reach = 1.27;
      const r = fitNodeRadius(network, { margin: 4, formalReach: reach });
      const layout = computeLayout(network, { nodeRadius: r + 2, lineClearance: r + 4, formalLineClearance: r * reach + 4 });
      const squares = formal(network);
      expect(squares.size).toBeGreaterThan(0);
      const nodes = Object.values(layout.nodes);
      for (const o of nodes) {
        const need = (squares.has(o.id) ? r * reach + 4 : r + 4) - 0.5;
        for (const to of nodes) {
          if (to === o) continue;
          const d = segDist(o, layout.center, to);
          if (d < need && Math.hypot(o.x - to.x, o.y - to.y) >= need) bad.push(`${n}/${seed}: line to ${to.id} passes ${o.id} at ${d.toFixed(1)} (needs ${need.toFixed(1)})`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('draws the people of small maps at full size and those of crowded maps smaller', () => {
    expect(fitNodeRadius(samirNetwork)).toBe(18);
    expect(fitNodeRadius(fatimaNetwork)).toBe(18);
    const crowded = fitNodeRadius(generateRealisticNetwork(60, 1));
    expect(crowded).toBeLessThan(18);
    expect(crowded).toBeGreaterThanOrEqual(8);
    expect(fitNodeRadius(generateRealisticNetwork(20, 1))).toBeGreaterThan(crowded);
  });

  it.each([1, 2, 3])('a realistic map of 60 people (seed %i) has at most 2 lines through a person', (seed) => {
    const network = generateRealisticNetwork(60, seed);
    const { layout, clearance } = fitted(network);
    expect(clientLinesThroughPeople(network, layout, clearance).length + tiesThroughPeople(network, layout, clearance).length).toBeLessThanOrEqual(2);
  });

  it('curves only the ties that need it, and the same way every time', () => {
    const network = generateNetwork(40, 7);
    const layout = computeLayout(network);
    const curved = Object.values(layout.ties).filter((t) => t.control);
    const clientTies = Object.values(layout.ties).filter((t) => t.from === network.focus || t.to === network.focus);
    expect(clientTies.every((t) => !t.control)).toBe(true);
    expect(curved.length).toBeGreaterThan(0);
    expect(computeLayout(network).ties).toEqual(layout.ties);
    expect(Object.keys(layout.ties)).toEqual(network.ties.map((t) => t.id).sort());
  });

  it('keeps a curve after an edit elsewhere, when it is still clear', () => {
    const network = generateNetwork(40, 7);
    const before = computeLayout(network);
    const after = computeLayout({ ...network, people: [...network.people, { id: 'zz', name: 'Nieuw', kind: 'person', sector: 'work', closeness: 'outer' }] }, { previous: before });
    const curved = Object.values(before.ties).filter((t) => t.control);
    expect(curved.length).toBeGreaterThan(0);
    const kept = curved.filter((t) => {
      const now = after.ties[t.id]?.control;
      return now !== undefined && now.x === t.control!.x && now.y === t.control!.y;
    });
    expect(kept.length).toBeGreaterThan(curved.length / 2);
    expect(tiesThroughPeople(network, after)).toEqual([]);
  });

  it('keeps the guarantee on a warm start and after moving someone to another circle', () => {
    const network = generateNetwork(30, 2);
    const before = computeLayout(network);
    const moved: Network = { ...network, people: network.people.map((p) => (p.id === 'p-3' ? { ...p, closeness: 'inner' as const, sector: 'family' as const } : p)) };
    const after = computeLayout(moved, { previous: before });
    expect(clientLinesThroughPeople(moved, after)).toEqual([]);
    expect(tiesThroughPeople(moved, after)).toEqual([]);
  });

  it('holds for any small network (property)', () => {
    const personArb = fc.record({
      sector: fc.constantFrom(...SECTORS),
      closeness: fc.constantFrom(...CLOSENESSES),
    });
    const arb = fc
      .tuple(fc.array(personArb, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }))
      .map(([list, pairs]): Network => {
        const people = [{ id: 'c', name: 'C', kind: 'person' as const }, ...list.map((p, i) => ({ id: `p${i}`, name: `P${i}`, kind: 'person' as const, ...p }))];
        const ties = list.map((_, i) => ({ id: `c${i}`, between: ['c', `p${i}`] as [string, string] }));
        const seen = new Set<string>();
        for (const [x, y] of pairs) {
          const a = x % list.length;
          const b = y % list.length;
          const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
          if (a === b || seen.has(key)) continue;
          seen.add(key);
          ties.push({ id: `t${key}`, between: [`p${a}`, `p${b}`] });
        }
        return { format: 'kring.network', version: 1, focus: 'c', people, ties, groups: [], events: [] };
      });
    fc.assert(
      fc.property(arb, (network) => {
        const layout = computeLayout(network);
        expect(clientLinesThroughPeople(network, layout)).toEqual([]);
        // A tie between two others may be boxed in on a tiny map; allow none to pass a person by more than a third of the clearance.
        expect(tiesThroughPeople(network, layout, (CLEARANCE * 2) / 3)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('routeTie', () => {
  const obstacles = [{ id: 'm', x: 100, y: 0, r: 22 }];
  it('keeps a clear straight line straight', () => {
    expect(routeTie({ id: 'a', x: 0, y: 50 }, { id: 'b', x: 200, y: 50 }, obstacles)).toBeUndefined();
  });
  it('curves a line through someone around them, by the clearance', () => {
    const c = routeTie({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 200, y: 0 }, obstacles);
    expect(c).toBeDefined();
    const pts = samples({ x: 0, y: 0 }, { x: 200, y: 0 }, c);
    let d = Infinity;
    for (let k = 0; k + 1 < pts.length; k++) d = Math.min(d, segDist({ x: 100, y: 0 }, pts[k]!, pts[k + 1]!));
    expect(d).toBeGreaterThanOrEqual(21.5);
  });
  it('ignores the ends themselves and obstacles on top of an end', () => {
    const router = createTieRouter([...obstacles, { id: 'a', x: 0, y: 0, r: 22 }, { id: 'x', x: 5, y: 5, r: 22 }]);
    expect(router.route({ id: 'a', x: 0, y: 0 }, { id: 'b', x: 0, y: 200 })).toBeUndefined();
  });
  it('routes the same among obstacles spread far apart (the sparse grid) as among close ones', () => {
    // A crowd of obstacles in a band, and ties across it; then the same with two obstacles far
    // away (millions of px: the grid's cells are then looked up in a Map, not a table).
    const crowd = Array.from({ length: 60 }, (_, k) => ({ id: `o${k}`, x: 40 + (k % 12) * 30, y: 80 + Math.floor(k / 12) * 45 + (k % 3) * 7, r: 12 }));
    const far = [{ id: 'far1', x: 5e6, y: -3e6, r: 12 }, { id: 'far2', x: -4e6, y: 7e6, r: 12 }];
    const ties = Array.from({ length: 20 }, (_, k) => [{ id: 'a', x: 10 + k * 19, y: 20 }, { id: 'b', x: 400 - k * 17, y: 330 }] as const);
    const dense = createTieRouter(crowd);
    const sparse = createTieRouter([...crowd, ...far]);
    const curves = ties.map(([a, b]) => dense.route(a, b));
    expect(curves.filter(Boolean).length).toBeGreaterThan(5);
    expect(ties.map(([a, b]) => sparse.route(a, b))).toEqual(curves);
  });
  it('bends away from the client first', () => {
    const c = routeTie({ id: 'a', x: 0, y: 100 }, { id: 'b', x: 200, y: 100 }, [{ id: 'm', x: 100, y: 100, r: 22 }], { away: { x: 100, y: 0 } });
    expect(c!.y).toBeGreaterThan(100);
  });
});
