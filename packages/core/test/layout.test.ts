import { generateNetwork, samirNetwork } from '@kring/fixtures';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeLayout, locate, type EcogramLayout, type LayoutNode } from '../src/layout';
import { CLOSENESSES, SECTORS, type Network } from '../src/model/types';
import { allFinite, angleAt, crowd, insideItsCell, meanDisplacement, networkOf, withPerson } from './layout-helpers';

const node = (layout: EcogramLayout, id: string): LayoutNode => {
  const n = layout.nodes[id];
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('geometry', () => {
  it('has three rings from the centre outwards and seven slices clockwise from 12 o’clock that cover the circle', () => {
    const layout = computeLayout(samirNetwork);
    expect(layout.size).toBe(800);
    expect(layout.center).toEqual({ x: 400, y: 400 });
    expect(layout.rings.map((r) => r.closeness)).toEqual(['inner', 'middle', 'outer']);
    for (let i = 1; i < 3; i++) expect(layout.rings[i]?.inner).toBe(layout.rings[i - 1]?.outer);
    expect(layout.rings[0]?.inner).toBeGreaterThan(0);
    expect(layout.rings[2]?.outer).toBeLessThanOrEqual(400);
    expect(layout.sectors.map((s) => s.sector)).toEqual([...SECTORS]);
    expect(layout.sectors[0]?.startAngle).toBe(0);
    expect(layout.sectors[6]?.endAngle).toBe(360);
    for (let i = 1; i < 7; i++) expect(layout.sectors[i]?.startAngle).toBe(layout.sectors[i - 1]?.endAngle);
    for (const s of layout.sectors) expect(s.endAngle - s.startAngle).toBeGreaterThanOrEqual(22 - 1e-9);
  });

  it('gives seven equal slices with sectorSizing: equal', () => {
    const layout = computeLayout(samirNetwork, { sectorSizing: 'equal' });
    for (const s of layout.sectors) expect(s.endAngle - s.startAngle).toBeCloseTo(360 / 7, 10);
  });

  it('sizes slices by what they hold: a family of nine gets far more than an empty slice, which keeps its minimum', () => {
    const family = Array.from({ length: 9 }, (_, i) => ({ id: `f${i}`, sector: 'family' as const, closeness: 'inner' as const }));
    const layout = computeLayout(networkOf([...family, { id: 'w', sector: 'work', closeness: 'outer' }]));
    const angle = (sector: string) => {
      const s = layout.sectors.find((x) => x.sector === sector)!;
      return s.endAngle - s.startAngle;
    };
    expect(angle('family')).toBeGreaterThan(2 * (360 / 7));
    expect(angle('other')).toBeCloseTo(22, 6);
    expect(angle('friends')).toBeCloseTo(22, 6);
    expect(angle('work')).toBeGreaterThan(22);
    const wider = computeLayout(networkOf([...family, { id: 'w', sector: 'work', closeness: 'outer' }]), { minSectorAngle: 30 });
    for (const s of wider.sectors) expect(s.endAngle - s.startAngle).toBeGreaterThanOrEqual(30 - 1e-9);
  });

  it('does not move the slices when people are added (equal slices; content-sized slices while everyone fits)', () => {
    const a = computeLayout(generateNetwork(3), { sectorSizing: 'equal' });
    const b = computeLayout(generateNetwork(300), { sectorSizing: 'equal' });
    expect(b.sectors).toEqual(a.sectors);
    expect(b.rings).toEqual(a.rings);
    const network = generateNetwork(40);
    const before = computeLayout(network);
    const after = computeLayout(withPerson(network, { id: 'n', sector: 'care', closeness: 'outer' }), { previous: before });
    expect(after.sectors).toEqual(before.sectors);
  });

  it('scales with size', () => {
    const small = computeLayout(generateNetwork(60), { size: 400 });
    expect(small.center).toEqual({ x: 200, y: 200 });
    expect(small.rings[2]?.outer).toBeCloseTo(computeLayout(samirNetwork).rings[2]!.outer / 2, 10);
    for (const n of Object.values(small.nodes)) {
      expect(insideItsCell(small, n)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(400);
    }
  });

  it('puts family at the top right, care on the left', () => {
    const layout = computeLayout(
      networkOf([
        { id: 'fam', sector: 'family', closeness: 'inner' },
        { id: 'care', sector: 'care', closeness: 'outer' },
      ]),
    );
    const fam = node(layout, 'fam');
    const care = node(layout, 'care');
    expect(fam.x).toBeGreaterThan(400);
    expect(fam.y).toBeLessThan(400);
    expect(care.x).toBeLessThan(400);
    expect(fam.radius).toBeLessThan(care.radius);
  });
});

describe('computeLayout', () => {
  it('is deterministic: the same input gives bit-identical output', () => {
    for (const network of [samirNetwork, generateNetwork(20), generateNetwork(100, 7), crowd(150, 'family', 'inner')]) {
      const a = computeLayout(network);
      const b = computeLayout(structuredClone(network));
      expect(b).toEqual(a);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      const warmA = computeLayout(withPerson(network, { id: 'zz-new', sector: 'friends', closeness: 'middle' }), { previous: a });
      const warmB = computeLayout(withPerson(network, { id: 'zz-new', sector: 'friends', closeness: 'middle' }), { previous: b });
      expect(JSON.stringify(warmB)).toBe(JSON.stringify(warmA));
    }
  });

  it('does not depend on the order of people in the input', () => {
    const network = generateNetwork(80, 3);
    const reversed = { ...network, people: [...network.people].reverse() };
    expect(JSON.stringify(computeLayout(reversed))).toBe(JSON.stringify(computeLayout(network)));
  });

  it('never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const layout = computeLayout(generateNetwork(120));
    computeLayout(withPerson(generateNetwork(120), { id: 'new', sector: 'care' }), { previous: layout });
    expect(random).not.toHaveBeenCalled();
  });

  it('does not change its input', () => {
    const network = deepFreeze(structuredClone(generateNetwork(40)));
    const previous = deepFreeze(computeLayout(network));
    const copy = structuredClone(network);
    expect(() => computeLayout(network, { previous })).not.toThrow();
    expect(network).toEqual(copy);
  });

  it('keeps the client out of the nodes (the client is the centre) and lists everyone else in id order', () => {
    const layout = computeLayout(samirNetwork);
    expect(Object.keys(layout.nodes)).toEqual(['o-kloof', 'p-jan', 'p-latifa', 'p-rex']);
    for (const [id, n] of Object.entries(layout.nodes)) expect(n.id).toBe(id);
  });

  it('places every person inside their ring × slice cell', () => {
    for (const network of [samirNetwork, generateNetwork(20), generateNetwork(100), generateNetwork(1000)]) {
      const layout = computeLayout(network);
      for (const person of network.people) {
        if (person.id === network.focus) continue;
        const n = node(layout, person.id);
        expect(n.sector).toBe(person.sector ?? 'other');
        expect(n.closeness).toBe(person.closeness ?? 'outer');
        expect(insideItsCell(layout, n)).toBe(true);
      }
    }
  });

  it('keeps whole nodes inside roomy cells, with room between them', () => {
    const layout = computeLayout(generateNetwork(20));
    const R = layout.rings[2]!.outer;
    for (const n of Object.values(layout.nodes)) {
      const ring = layout.rings.find((r) => r.closeness === n.closeness)!;
      const dist = n.radius * R;
      expect(dist - 18).toBeGreaterThanOrEqual(ring.inner - 1e-9);
      expect(dist + 18).toBeLessThanOrEqual(ring.outer + 1e-9);
    }
    const nodes = Object.values(layout.nodes);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        expect(Math.hypot(nodes[i]!.x - nodes[j]!.x, nodes[i]!.y - nodes[j]!.y)).toBeGreaterThan(2 * 18 * 0.95);
      }
    }
  });

  it('reports angle and radius that match x and y', () => {
    const layout = computeLayout(generateNetwork(100));
    const R = layout.rings[2]!.outer;
    for (const n of Object.values(layout.nodes)) {
      expect(angleAt(layout, n.x, n.y)).toBeCloseTo(n.angle, 9);
      expect(Math.hypot(n.x - 400, n.y - 400) / R).toBeCloseTo(n.radius, 12);
      expect(n.angle).toBeGreaterThanOrEqual(0);
      expect(n.angle).toBeLessThan(360);
      expect(n.radius).toBeGreaterThan(0);
      expect(n.radius).toBeLessThanOrEqual(1);
    }
  });

  it('puts people without sector in other and without closeness in outer', () => {
    const layout = computeLayout(
      networkOf([{ id: 'a' }, { id: 'b', sector: 'care' }, { id: 'c', closeness: 'inner' }]),
    );
    expect(node(layout, 'a')).toMatchObject({ sector: 'other', closeness: 'outer' });
    expect(node(layout, 'b')).toMatchObject({ sector: 'care', closeness: 'outer' });
    expect(node(layout, 'c')).toMatchObject({ sector: 'other', closeness: 'inner' });
    for (const n of Object.values(layout.nodes)) expect(insideItsCell(layout, n)).toBe(true);
  });

  it('puts a lone person in the middle of their cell', () => {
    const layout = computeLayout(networkOf([{ id: 'a', sector: 'family', closeness: 'middle' }]));
    const a = node(layout, 'a');
    const family = layout.sectors[0]!;
    expect(a.angle).toBeCloseTo((family.startAngle + family.endAngle) / 2, 9);
    const ring = layout.rings[1]!;
    expect(a.radius * layout.rings[2]!.outer).toBeCloseTo((ring.inner + ring.outer) / 2, 9);
  });

  it.each([0, 1, 150, 1000])('lays out %i people without throwing, all inside and finite', (count) => {
    const layout = computeLayout(generateNetwork(count));
    expect(Object.keys(layout.nodes)).toHaveLength(count);
    expect(allFinite(layout)).toBe(true);
    for (const n of Object.values(layout.nodes)) expect(insideItsCell(layout, n)).toBe(true);
  });

  it.each([150, 1000])('copes with %i people in a single small cell (they may overlap but stay inside)', (count) => {
    const layout = computeLayout(crowd(count, 'family', 'inner'));
    expect(Object.keys(layout.nodes)).toHaveLength(count);
    expect(allFinite(layout)).toBe(true);
    for (const n of Object.values(layout.nodes)) expect(insideItsCell(layout, n)).toBe(true);
    // Spread out rather than piled up: many different places.
    const places = new Set(Object.values(layout.nodes).map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
    expect(places.size).toBeGreaterThan(count * 0.5);
  });

  it('never produces NaN, also from bad input', () => {
    const bad = [
      null,
      undefined,
      42,
      'x',
      {},
      { people: 'nope' },
      { focus: 'a', people: [null, 1, { id: 5 }, { id: 'a' }, { id: 'b', sector: 'nonsense', closeness: 7 }] },
      {
        focus: 'c',
        people: [{ id: 'c' }, { id: 'd', sector: 'care' }, { id: 'd', sector: 'family' }, { id: '__proto__' }, { id: 'constructor' }],
        layout: { d: { angle: Number.NaN, radius: Infinity }, __proto__: { angle: 'x' }, constructor: null },
      },
    ];
    for (const network of bad) {
      const layout = computeLayout(network as unknown as Network);
      expect(allFinite(layout)).toBe(true);
      expect(JSON.stringify(layout)).not.toContain('null');
      for (const n of Object.values(layout.nodes)) expect(insideItsCell(layout, n)).toBe(true);
    }
    const ok = computeLayout(bad[7] as unknown as Network);
    expect(Object.keys(ok.nodes).sort()).toEqual(['__proto__', 'constructor', 'd'].sort());
    expect(node(ok, 'd').sector).toBe('care');
  });

  it('ignores a bad size, nodeRadius or previous layout', () => {
    const network = generateNetwork(30);
    for (const size of [0, -5, Number.NaN, Infinity]) {
      expect(computeLayout(network, { size }).size).toBe(800);
    }
    const garbage = [null, 3, { nodes: null }, { size: 800, center: { x: 400, y: 400 }, nodes: { 'p-1': { x: 'a', angle: Number.NaN } } }];
    for (const previous of garbage) {
      const layout = computeLayout(network, { previous: previous as unknown as EcogramLayout, nodeRadius: Number.NaN });
      expect(allFinite(layout)).toBe(true);
      for (const n of Object.values(layout.nodes)) expect(insideItsCell(layout, n)).toBe(true);
    }
    expect(allFinite(computeLayout(network, { nodeRadius: 0 }))).toBe(true);
    expect(allFinite(computeLayout(network, { nodeRadius: 1e6 }))).toBe(true);
  });
});

describe('layout hints', () => {
  it('places a hinted person exactly at the hinted angle and radius and keeps them there', () => {
    const base = networkOf(
      [
        { id: 'a', sector: 'family', closeness: 'middle' },
        { id: 'b', sector: 'family', closeness: 'middle' },
        { id: 'c', sector: 'family', closeness: 'middle' },
      ],
      { b: { angle: 20, radius: 0.6 } },
    );
    const layout = computeLayout(base);
    const b = node(layout, 'b');
    expect(b.angle).toBe(20);
    expect(b.radius).toBe(0.6);
    const R = layout.rings[2]!.outer;
    expect(b.x).toBeCloseTo(400 + 0.6 * R * Math.sin((20 * Math.PI) / 180), 9);
    expect(b.y).toBeCloseTo(400 - 0.6 * R * Math.cos((20 * Math.PI) / 180), 9);
    // Others crowding in do not push the hinted person.
    const more = computeLayout(withPerson(withPerson(base, { id: 'd', sector: 'family', closeness: 'middle' }), { id: 'e', sector: 'family', closeness: 'middle' }));
    expect(node(more, 'b')).toEqual(b);
  });

  it('respects the example network’s angle-only hint (Latifa at 40°)', () => {
    const layout = computeLayout(samirNetwork);
    const latifa = node(layout, 'p-latifa');
    expect(latifa.angle).toBe(40);
    expect(insideItsCell(layout, latifa)).toBe(true);
  });

  it('keeps a radius-only hint and lets the angle free', () => {
    const layout = computeLayout(
      networkOf([{ id: 'a', sector: 'work', closeness: 'outer' }, { id: 'b', sector: 'work', closeness: 'outer' }], { a: { radius: 0.8 } }),
    );
    expect(node(layout, 'a').radius).toBe(0.8);
    expect(insideItsCell(layout, node(layout, 'a'))).toBe(true);
  });

  it('clamps a hint into the cell when closeness or sector changed since', () => {
    // Hint says family/inner (angle 10°, radius 0.3) but the person is now care/outer.
    const layout = computeLayout(
      networkOf([{ id: 'a', sector: 'care', closeness: 'outer' }], { a: { angle: 10, radius: 0.3 } }),
    );
    const a = node(layout, 'a');
    expect(a).toMatchObject({ sector: 'care', closeness: 'outer' });
    expect(insideItsCell(layout, a)).toBe(true);
    const care = layout.sectors.find((s) => s.sector === 'care')!;
    // 10° is nearer to the end of care (308.6°, via 360°) than to its start: clamped there, within a node's width.
    expect(a.angle).toBeLessThan(care.endAngle);
    expect(a.angle).toBeGreaterThan(care.endAngle - 10);
    expect(a.radius * layout.rings[2]!.outer).toBeLessThan(layout.rings[2]!.inner + 19);
  });

  it('normalises hint angles outside 0..360', () => {
    const layout = computeLayout(networkOf([{ id: 'a', sector: 'family', closeness: 'outer' }], { a: { angle: 370, radius: 0.9 } }));
    expect(node(layout, 'a').angle).toBe(10);
    expect(node(layout, 'a').radius).toBe(0.9);
  });

  it('keeps a pinned person at their previous place', () => {
    const network = networkOf([
      { id: 'a', sector: 'peers', closeness: 'middle' },
      { id: 'b', sector: 'peers', closeness: 'middle' },
    ]);
    const first = computeLayout(network);
    const pinned = { ...withPerson(network, { id: 'c', sector: 'peers', closeness: 'middle' }), layout: { a: { pinned: true } } };
    const next = computeLayout(pinned, { previous: first });
    expect(node(next, 'a')).toEqual(node(first, 'a'));
  });
});

describe('locate', () => {
  it('is the inverse of placement: every node’s point gives its cell', () => {
    for (const network of [samirNetwork, generateNetwork(100), generateNetwork(1000, 2), crowd(150, 'care', 'inner')]) {
      const layout = computeLayout(network);
      for (const n of Object.values(layout.nodes)) {
        const found = locate(layout, n.x, n.y);
        expect(found).not.toBeNull();
        expect(found!.sector).toBe(n.sector);
        expect(found!.closeness).toBe(n.closeness);
        expect(found!.angle).toBeCloseTo(n.angle, 9);
        expect(found!.radius).toBeCloseTo(n.radius, 12);
      }
    }
  });

  it('finds hinted people where the hint puts them (a drop gives back the same place)', () => {
    const network = networkOf([{ id: 'a', sector: 'friends', closeness: 'inner' }]);
    const layout = computeLayout(network);
    const drop = locate(layout, 520, 250)!;
    const placed = computeLayout(
      networkOf([{ id: 'a', sector: drop.sector, closeness: drop.closeness }], { a: { angle: drop.angle, radius: drop.radius } }),
    );
    expect(node(placed, 'a').x).toBeCloseTo(520, 9);
    expect(node(placed, 'a').y).toBeCloseTo(250, 9);
  });

  it('returns null in the client’s disc and for non-numbers, and the outer ring beyond the edge', () => {
    const layout = computeLayout(samirNetwork, { sectorSizing: 'equal' });
    expect(locate(layout, 400, 400)).toBeNull();
    expect(locate(layout, 400, 400 - layout.rings[0]!.inner + 1)).toBeNull();
    expect(locate(layout, Number.NaN, 3)).toBeNull();
    expect(locate(null as unknown as EcogramLayout, 1, 1)).toBeNull();
    expect(locate(layout, 400, 0)).toEqual({ closeness: 'outer', sector: 'family', angle: 0, radius: 1 });
    expect(locate(layout, 0, 400)).toMatchObject({ closeness: 'outer', sector: 'care', angle: 270 });
    const R = layout.rings[2]!.outer;
    for (const [i, c] of CLOSENESSES.entries()) {
      const ring = layout.rings[i]!;
      const mid = (ring.inner + ring.outer) / 2;
      const found = locate(layout, 400 + mid, 400);
      expect(found).toMatchObject({ closeness: c, sector: 'friends', angle: 90 });
      expect(found?.radius).toBeCloseTo(mid / R, 12);
    }
  });

  it('finds every slice at its middle angle', () => {
    const layout = computeLayout(samirNetwork);
    for (const s of layout.sectors) {
      const a = (((s.startAngle + s.endAngle) / 2) * Math.PI) / 180;
      const r = layout.rings[1]!.inner + 10;
      expect(locate(layout, 400 + r * Math.sin(a), 400 - r * Math.cos(a))?.sector).toBe(s.sector);
    }
  });
});

describe('warm start', () => {
  it('gives the same layout again when nothing changed', () => {
    const network = generateNetwork(100);
    const first = computeLayout(network);
    expect(computeLayout(network, { previous: first })).toEqual(first);
  });

  it.each([20, 100, 1000])('hardly moves anyone when one person is added to %i people', (count) => {
    const network = generateNetwork(count);
    const before = computeLayout(network);
    let total = 0;
    for (const [i, sector] of SECTORS.entries()) {
      const closeness = CLOSENESSES[i % 3]!;
      const after = computeLayout(withPerson(network, { id: `p-new-${i}`, sector, closeness }), { previous: before });
      const moved = meanDisplacement(before, after);
      total += moved;
      expect(moved).toBeLessThanOrEqual(3);
      // Slices that kept their angles and did not get the newcomer stay exactly as they were.
      for (const n of Object.values(before.nodes)) {
        const was = before.sectors.find((s) => s.sector === n.sector)!;
        const is = after.sectors.find((s) => s.sector === n.sector)!;
        if (n.sector !== sector && was.startAngle === is.startAngle && was.endAngle === is.endAngle) expect(after.nodes[n.id]).toEqual(n);
      }
      expect(insideItsCell(after, node(after, `p-new-${i}`))).toBe(true);
      for (const n of Object.values(after.nodes)) expect(insideItsCell(after, n)).toBe(true);
    }
    // On average over one addition per slice, the others move less than a pixel.
    expect(total / SECTORS.length).toBeLessThanOrEqual(1);
  });

  it('gives a newcomer room of their own when there is room', () => {
    const network = networkOf(['a', 'b', 'c'].map((id) => ({ id, sector: 'friends' as const, closeness: 'outer' as const })));
    const before = computeLayout(network);
    const after = computeLayout(withPerson(network, { id: 'd', sector: 'friends', closeness: 'outer' }), { previous: before });
    const d = node(after, 'd');
    for (const id of ['a', 'b', 'c']) {
      const o = node(after, id);
      expect(Math.hypot(o.x - d.x, o.y - d.y)).toBeGreaterThan(36);
    }
  });

  it('moves nobody else when a person is removed, and moves a person whose sector changed into the new cell', () => {
    const network = generateNetwork(60);
    const before = computeLayout(network);
    const removed = { ...network, people: network.people.filter((p) => p.id !== 'p-5'), ties: [] };
    const after = computeLayout(removed, { previous: before });
    expect(after.nodes['p-5']).toBeUndefined();
    expect(meanDisplacement(before, after)).toBe(0);

    const moved = { ...network, people: network.people.map((p) => (p.id === 'p-7' ? { ...p, sector: 'work' as const, closeness: 'inner' as const } : p)) };
    const afterMove = computeLayout(moved, { previous: before });
    expect(node(afterMove, 'p-7')).toMatchObject({ sector: 'work', closeness: 'inner' });
    expect(insideItsCell(afterMove, node(afterMove, 'p-7'))).toBe(true);
  });

  it('accepts a previous layout of another size', () => {
    const network = generateNetwork(50);
    const before = computeLayout(network, { size: 400 });
    const after = computeLayout(withPerson(network, { id: 'new', sector: 'family' }), { previous: before, size: 800 });
    for (const n of Object.values(after.nodes)) expect(insideItsCell(after, n)).toBe(true);
    for (const n of Object.values(before.nodes)) {
      if (n.sector === 'family') continue; // the newcomer's slice makes room
      expect(node(after, n.id).angle).toBeCloseTo(n.angle, 9);
      expect(node(after, n.id).radius).toBeCloseTo(n.radius, 9);
    }
  });
});

describe('slice names', () => {
  it('a slice given a larger minimum for its name keeps it, also when empty', () => {
    const layout = computeLayout(networkOf([{ id: 'a', sector: 'family', closeness: 'inner' }]), { sectorMinAngles: { work: 45 } });
    const work = layout.sectors.find((s) => s.sector === 'work')!;
    expect(work.endAngle - work.startAngle).toBeGreaterThanOrEqual(45 - 1e-9);
  });
});
