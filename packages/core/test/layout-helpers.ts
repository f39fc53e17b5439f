import type { EcogramLayout, LayoutNode } from '../src/layout';
import type { Closeness, Network, Person, Sector } from '../src/model/types';

/** Degrees clockwise from 12 o'clock of a point, [0, 360). */
export function angleAt(layout: EcogramLayout, x: number, y: number): number {
  const a = (Math.atan2(x - layout.center.x, -(y - layout.center.y)) * 180) / Math.PI;
  return a < 0 ? a + 360 : a;
}

/** Whether a node's centre lies strictly inside the ring and slice it claims. */
export function insideItsCell(layout: EcogramLayout, node: LayoutNode): boolean {
  const ring = layout.rings.find((r) => r.closeness === node.closeness);
  const slice = layout.sectors.find((s) => s.sector === node.sector);
  if (!ring || !slice) return false;
  const dist = Math.hypot(node.x - layout.center.x, node.y - layout.center.y);
  const angle = angleAt(layout, node.x, node.y);
  return dist > ring.inner && dist < ring.outer && angle >= slice.startAngle && angle < slice.endAngle;
}

/** Every number in the layout is finite (no NaN, no Infinity). */
export function allFinite(layout: EcogramLayout): boolean {
  const numbers: number[] = [layout.size, layout.center.x, layout.center.y];
  for (const r of layout.rings) numbers.push(r.inner, r.outer);
  for (const s of layout.sectors) numbers.push(s.startAngle, s.endAngle);
  for (const n of Object.values(layout.nodes)) numbers.push(n.x, n.y, n.angle, n.radius);
  return numbers.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** Mean distance (px) that the people of `before` moved in `after`. */
export function meanDisplacement(before: EcogramLayout, after: EcogramLayout): number {
  const ids = Object.keys(before.nodes).filter((id) => after.nodes[id]);
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const id of ids) {
    const a = before.nodes[id] as LayoutNode;
    const b = after.nodes[id] as LayoutNode;
    sum += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return sum / ids.length;
}

/** A network of a client and the given people (sector/closeness per person). */
export function networkOf(people: Omit<Person, 'kind' | 'name'>[], layout?: Network['layout']): Network {
  return {
    format: 'kring.network',
    version: 1,
    focus: 'client',
    people: [{ id: 'client', name: 'Cliënt', kind: 'person' }, ...people.map((p) => ({ name: p.id, kind: 'person' as const, ...p }))],
    ties: [],
    groups: [],
    events: [],
    ...(layout ? { layout } : {}),
  };
}

/** `count` people all in one cell. */
export function crowd(count: number, sector: Sector, closeness: Closeness): Network {
  return networkOf(Array.from({ length: count }, (_, i) => ({ id: `p${String(i).padStart(4, '0')}`, sector, closeness })));
}

/** The network with one more person. */
export function withPerson(network: Network, person: Omit<Person, 'kind' | 'name'>): Network {
  return { ...network, people: [...network.people, { name: person.id, kind: 'person', ...person }] };
}
