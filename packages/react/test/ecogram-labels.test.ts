import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeLayout } from '@kring/core/layout';
import { fatimaNetwork, generateNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';
import { layoutRadiusFor, nodeRadiusFor, positionsOf } from '../src/ecogram/EcogramSvg';
import { ecogramLabels, labelOrder, placeLabels, ringLabelAngles, type Box, type LabelInput, type PlacedLabel } from '../src/ecogram/labels';

const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function labelsOf(network: Network, emphasis: string[] = []): Map<string, PlacedLabel> {
  const count = network.people.length - 1;
  const layout = computeLayout(network, { size: 800, nodeRadius: layoutRadiusFor(count) });
  return ecogramLabels(network, layout, positionsOf(network, layout), {
    nodeR: nodeRadiusFor(count),
    clientR: 30,
    emphasis: new Set(emphasis),
    margin: 32,
  });
}

function visibleOverlaps(labels: Map<string, PlacedLabel>): string[] {
  const shown = [...labels.values()].filter((l) => !l.hidden);
  const bad: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      if (overlap(shown[i]!.box, shown[j]!.box)) bad.push(`${shown[i]!.id} × ${shown[j]!.id}`);
    }
  }
  return bad;
}

describe('name labels on the ecogram', () => {
  it.each([20, 100, 300])('no two visible labels overlap in a generated network of %i people; the client is always shown', (n) => {
    const network = generateNetwork(n, 7);
    const labels = labelsOf(network);
    expect(labels.size).toBe(network.people.length);
    expect(visibleOverlaps(labels)).toEqual([]);
    expect(labels.get(network.focus)?.hidden).toBe(false);
    // the placer does not give up early: a good share of the names is shown
    const shown = [...labels.values()].filter((l) => !l.hidden).length;
    expect(shown).toBeGreaterThan(Math.min(n, 40) / 2);
  });

  it('holds for any seed and size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 160 }), fc.integer({ min: 1, max: 10_000 }), (n, seed) => {
        const network = generateNetwork(n, seed);
        const labels = labelsOf(network);
        return visibleOverlaps(labels).length === 0 && labels.get(network.focus)?.hidden === false;
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic, whatever the order of the input', () => {
    const network = generateNetwork(100, 3);
    const a = labelsOf(network);
    const b = labelsOf({ ...network, people: [...network.people].reverse() });
    expect([...b.entries()].sort(([x], [y]) => (x < y ? -1 : 1))).toEqual([...a.entries()].sort(([x], [y]) => (x < y ? -1 : 1)));
  });

  it('shows every name in a small network (Fatima), long ones shortened with an ellipsis', () => {
    const labels = labelsOf(fatimaNetwork);
    expect([...labels.values()].filter((l) => l.hidden).map((l) => l.id)).toEqual([]);
    expect(labels.get('o-dagbesteding')).toMatchObject({ text: 'Dagbesteding Het…', truncated: true });
  });

  it('gives a selected or focused person a spot before the others', () => {
    const network = generateNetwork(150, 7);
    const hidden = [...labelsOf(network).values()].filter((l) => l.hidden).map((l) => l.id);
    expect(hidden.length).toBeGreaterThan(0);
    // Other labels never push an emphasised name away (only nodes can leave it no room).
    const freed = hidden.slice(0, 20).filter((id) => labelsOf(network, [id]).get(id)?.hidden === false);
    expect(freed.length).toBeGreaterThan(0);
  });

  it('orders client, emphasised, closer circles, then name', () => {
    const item = (id: string, extra: Partial<LabelInput>): LabelInput => ({ id, x: 0, y: 0, r: 1, text: id, ...extra });
    const order = labelOrder([item('b', { rank: 1 }), item('a', { rank: 1 }), item('c', { rank: 0 }), item('d', { rank: 2, emphasis: true }), item('z', { client: true, rank: -1 })]);
    expect(order.map((i) => i.id)).toEqual(['z', 'd', 'c', 'a', 'b']);
  });

  it('moves a label that would collide to another side, or hides it', () => {
    const node = (id: string, x: number, y: number): LabelInput => ({ id, x, y, r: 10, text: 'Anna', rank: id === 'a' ? 0 : 1 });
    const two = placeLabels([node('a', 0, 0), node('b', 0, 50)]);
    expect(two.get('a')?.side).toBe('below');
    expect(two.get('a')?.hidden).toBe(false);
    // b's "below" is free; a's label sits between them, so b cannot go above.
    expect(two.get('b')?.side).toBe('below');
    // a ring of neighbours leaves the middle node no room at all
    const crowd = [node('a', 0, 0), ...[0, 60, 120, 180, 240, 300].map((deg, i) => node(`n${i}`, 22 * Math.cos((deg * Math.PI) / 180), 22 * Math.sin((deg * Math.PI) / 180)))];
    const placed = placeLabels(crowd.map((c) => (c.id === 'a' ? { ...c, rank: 5 } : c)));
    expect(placed.get('a')?.hidden).toBe(true);
  });

  it('uses measured widths when given', () => {
    const wide = placeLabels([{ id: 'a', x: 0, y: 0, r: 10, text: 'Al', measure: () => 100 }]);
    const box = wide.get('a')!.box;
    expect(box.x1 - box.x0).toBeCloseTo(104);
  });
});

describe('ring names', () => {
  const names = ['Binnenste cirkel', 'Middelste cirkel', 'Buitenste cirkel'];
  const setup = (network: Network) => {
    const count = network.people.length - 1;
    const layout = computeLayout(network, { size: 800, nodeRadius: layoutRadiusFor(count) });
    return { layout, positions: positionsOf(network, layout), nodeR: nodeRadiusFor(count) };
  };
  /** Nodes whose disc touches the name's arc (same geometry as the drawing: 16 inside the ring's edge). */
  const covered = (network: Network, angles: number[]): string[] => {
    const { layout, positions, nodeR } = setup(network);
    const hits: string[] = [];
    layout.rings.forEach((ring, i) => {
      const r = ring.outer - 16;
      const span = (((Array.from(names[i]!).length * 12 * 0.62) / 2) / r) * (180 / Math.PI);
      for (let deg = angles[i]! - span; deg <= angles[i]! + span; deg += 0.5) {
        for (const radius of [r, r + 6]) {
          const a = (deg * Math.PI) / 180;
          const x = layout.center.x + radius * Math.sin(a);
          const y = layout.center.y - radius * Math.cos(a);
          for (const [id, p] of positions) if (Math.hypot(p.x - x, p.y - y) < nodeR) hits.push(`${names[i]} × ${id}`);
        }
      }
    });
    return [...new Set(hits)];
  };

  it('stay at the top of their ring when nobody sits there', () => {
    const { layout, positions, nodeR } = setup(fatimaNetwork);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(fatimaNetwork, angles)).toEqual([]);
    expect(angles.filter((a) => a === 0).length).toBeGreaterThan(0);
    const empty = ringLabelAngles(layout, new Map(), names, nodeR);
    expect(empty).toEqual([0, 0, 0]);
  });

  it.each([100, 150])('move along the ring so that no node covers them (generated network of %i people)', (n) => {
    const network = generateNetwork(n, 7);
    const { layout, positions, nodeR } = setup(network);
    const atTop = covered(network, [0, 0, 0]);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(network, angles)).toEqual([]);
    for (const a of angles) expect(Math.abs(a)).toBeLessThanOrEqual(50);
    // deterministic
    expect(ringLabelAngles(layout, positions, names, nodeR)).toEqual(angles);
    if (n >= 150) expect(atTop.length).toBeGreaterThan(0); // the case this is for
  });

  it('where every spot is taken (300 people), take the one that covers fewest', () => {
    const network = generateNetwork(300, 7);
    const { layout, positions, nodeR } = setup(network);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(network, angles).length).toBeLessThan(covered(network, [0, 0, 0]).length);
  });
});
