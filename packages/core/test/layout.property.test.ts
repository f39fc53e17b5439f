import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, locate } from '../src/layout';
import { CLOSENESSES, SECTORS, type LayoutHint, type Network, type Person } from '../src/model/types';
import { allFinite, insideItsCell } from './layout-helpers';

/** Any number a host might send, including NaN, ±Infinity, -0 and huge values. */
const anyNumber = fc.oneof(fc.double(), fc.double({ min: -720, max: 720, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));

const hintArb: fc.Arbitrary<LayoutHint> = fc.record(
  { angle: anyNumber, radius: anyNumber, pinned: fc.boolean() },
  { requiredKeys: [] },
);

const personArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  // Unknown values in stored data fall back to the defaults, as missing ones do.
  sector: fc.option(fc.constantFrom(...SECTORS, 'bogus'), { nil: undefined }),
  closeness: fc.option(fc.constantFrom(...CLOSENESSES, 'far'), { nil: undefined }),
  hint: fc.option(hintArb, { nil: undefined }),
});

/** Small arbitrary networks: 0..25 people besides the client, some with hints, some without sector/closeness. */
const networkArb: fc.Arbitrary<Network> = fc
  .uniqueArray(personArb, { selector: (p) => p.id, maxLength: 26 })
  .map((list) => {
    const people: Person[] = [{ id: 'client\u0000', name: 'Cliënt', kind: 'person' }];
    const layout: Record<string, LayoutHint> = {};
    for (const p of list) {
      const person: Record<string, unknown> = { id: p.id, name: p.id, kind: 'person' };
      if (p.sector !== undefined) person.sector = p.sector;
      if (p.closeness !== undefined) person.closeness = p.closeness;
      people.push(person as unknown as Person);
      if (p.hint) Object.defineProperty(layout, p.id, { value: p.hint, enumerable: true, writable: true, configurable: true });
    }
    return { format: 'kring.network', version: 1, focus: 'client\u0000', people, ties: [], groups: [], events: [], layout };
  });

/** Networks whose people crowd into one or two cells, many with hints. */
const crowdedArb: fc.Arbitrary<Network> = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      sector: fc.constantFrom('family' as const, undefined),
      closeness: fc.constantFrom('inner' as const, undefined),
      hint: fc.option(hintArb, { nil: undefined }),
    }),
    { selector: (p) => p.id, minLength: 2, maxLength: 60 },
  )
  .map((list) => ({
    format: 'kring.network' as const,
    version: 1 as const,
    focus: 'c',
    people: [
      { id: 'c', name: 'C', kind: 'person' as const },
      ...list.filter((p) => p.id !== 'c').map((p) => ({
        id: p.id, name: p.id, kind: 'person' as const,
        ...(p.sector ? { sector: p.sector } : {}), ...(p.closeness ? { closeness: p.closeness } : {}),
      })),
    ],
    ties: [],
    groups: [],
    events: [],
    layout: Object.fromEntries(list.filter((p) => p.hint && p.id !== 'c').map((p) => [p.id, p.hint as LayoutHint])),
  }));

const sizeArb = fc.option(fc.double({ min: 40, max: 4000, noNaN: true }), { nil: undefined });

function checkLayout(network: Network, layout: ReturnType<typeof computeLayout>): void {
  expect(allFinite(layout)).toBe(true);
  const ids = network.people.filter((p) => p.id !== network.focus).map((p) => p.id);
  expect(Object.keys(layout.nodes).sort()).toEqual([...ids].sort());
  for (const person of network.people) {
    if (person.id === network.focus) continue;
    const n = layout.nodes[person.id]!;
    expect(n.sector).toBe((SECTORS as readonly string[]).includes(person.sector ?? '') ? person.sector : 'other');
    expect(n.closeness).toBe((CLOSENESSES as readonly string[]).includes(person.closeness ?? '') ? person.closeness : 'outer');
    expect(insideItsCell(layout, n)).toBe(true);
    const found = locate(layout, n.x, n.y);
    expect(found?.sector).toBe(n.sector);
    expect(found?.closeness).toBe(n.closeness);
  }
}

// Thousands of layouts per property: generous timeouts for busy CI machines (no timing is asserted).
describe('computeLayout (properties)', { timeout: 120_000 }, () => {
  it('places everyone of an arbitrary small network at finite points inside their cells', () => {
    fc.assert(
      fc.property(networkArb, sizeArb, (network, size) => {
        checkLayout(network, computeLayout(network, size === undefined ? {} : { size }));
      }),
      { numRuns: 1000 },
    );
  });

  it('stays finite and inside the cells on a warm start from an arbitrary earlier network', () => {
    fc.assert(
      fc.property(networkArb, networkArb, sizeArb, sizeArb, (earlier, network, size0, size1) => {
        const previous = computeLayout(earlier, size0 === undefined ? {} : { size: size0 });
        // Also a previous layout of (mostly) the same people: the realistic case.
        const overlap: Network = { ...network, people: [...network.people, ...earlier.people.slice(1, 6).filter((p) => !network.people.some((q) => q.id === p.id))] };
        const again = computeLayout(overlap, size1 === undefined ? {} : { size: size1 });
        checkLayout(network, computeLayout(network, { previous, ...(size1 === undefined ? {} : { size: size1 }) }));
        checkLayout(network, computeLayout(network, { previous: again, ...(size1 === undefined ? {} : { size: size1 }) }));
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic and independent of the order of people', () => {
    fc.assert(
      fc.property(networkArb, (network) => {
        const a = computeLayout(network);
        const shuffled = { ...network, people: [...network.people].reverse() };
        expect(JSON.stringify(computeLayout(shuffled))).toBe(JSON.stringify(a));
        expect(JSON.stringify(computeLayout(network, { previous: a }))).toBe(JSON.stringify(computeLayout(network, { previous: a })));
      }),
      { numRuns: 1000 },
    );
  });

  it('copes with crowded cells full of hints', () => {
    fc.assert(
      fc.property(crowdedArb, (network) => {
        checkLayout(network, computeLayout(network));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a hint that lies inside the person’s cell exactly', () => {
    const base = computeLayout({ format: 'kring.network', version: 1, focus: 'c', people: [], ties: [], groups: [], events: [] });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 360, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0.17, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 12 }),
        (angle, radius, others) => {
          const R = base.rings[2]!.outer;
          const a = (angle * Math.PI) / 180;
          const cell = locate(base, base.center.x + radius * R * Math.sin(a), base.center.y - radius * R * Math.cos(a));
          fc.pre(cell !== null);
          const people: Person[] = [{ id: 'c', name: 'C', kind: 'person' }, { id: 'h', name: 'H', kind: 'person', sector: cell!.sector, closeness: cell!.closeness }];
          for (let i = 0; i < others; i++) people.push({ id: `o${i}`, name: 'O', kind: 'person', sector: cell!.sector, closeness: cell!.closeness });
          const network: Network = { format: 'kring.network', version: 1, focus: 'c', people, ties: [], groups: [], events: [], layout: { h: { angle, radius } } };
          const h = computeLayout(network).nodes.h!;
          const layout = computeLayout(network);
          // A hint right on a line is nudged a hair into the cell; anywhere else it is kept exactly.
          const onLine = layout.sectors.some((s) => Math.abs(s.startAngle - angle) < 1e-5 || Math.abs(s.endAngle - angle) < 1e-5) ||
            layout.rings.some((r) => Math.abs(r.inner / R - radius) < 1e-8 || Math.abs(r.outer / R - radius) < 1e-8);
          if (onLine) {
            expect(Math.abs(h.angle - angle) % 360).toBeLessThan(1e-5);
            expect(h.radius).toBeCloseTo(radius, 8);
          } else {
            expect(h.angle).toBe(angle);
            expect(h.radius).toBe(radius);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
