/**
 * Property tests of the undo history, on real networks made by random operations and on
 * plain values with an injected clock.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Network } from '../src';
import { createHistory } from '../src/history';
import {
  addEvent, addPerson, addTie, placePerson, removePerson, removeTie, updatePerson, updateTie,
} from '../src/operations';
import { networkArbitrary } from './arbitraries';

function start(): Network {
  return {
    format: 'kring.network', version: 1, focus: 'p-client',
    people: [
      { id: 'p-client', name: 'Cliënt', kind: 'person' },
      { id: 'p-zus', name: 'Zus', kind: 'person', sector: 'family', closeness: 'inner' },
    ],
    ties: [{ id: 't-1', between: ['p-client', 'p-zus'], status: 'active', strength: 'strong' }],
    groups: [], events: [],
    layout: { 'p-zus': { angle: 10 } },
  };
}

const pick = fc.nat({ max: 6 });
/** A random edit of the network a user might make (some will be refused and skipped). */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: fc.string({ maxLength: 5 }), closeness: fc.constantFrom('inner', 'middle', 'outer') }),
  fc.record({ kind: fc.constant('rename' as const), target: pick, name: fc.string({ minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant('remove' as const), target: pick }),
  fc.record({ kind: fc.constant('place' as const), target: pick, angle: fc.integer({ min: 0, max: 359 }), radius: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('tie' as const), a: pick, b: pick }),
  fc.record({ kind: fc.constant('untie' as const), target: pick }),
  fc.record({ kind: fc.constant('status' as const), target: pick, status: fc.constantFrom('active', 'faded', 'broken') }),
  fc.record({ kind: fc.constant('event' as const), valence: fc.constantFrom(-2, -1, 0, 1, 2) }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function edit(n: Network, e: Edit): Network | null {
  const person = (i: number) => n.people[i]?.id ?? 'nobody';
  const tie = (i: number) => n.ties[i]?.id ?? 'nothing';
  const result = (() => {
    switch (e.kind) {
      case 'add': return addPerson(n, { name: e.name || '?', kind: 'person', closeness: e.closeness as 'inner' });
      case 'rename': return updatePerson(n, person(e.target), { name: e.name });
      case 'remove': return removePerson(n, person(e.target));
      case 'place': return placePerson(n, person(e.target), { angle: e.angle, radius: e.radius });
      case 'tie': return addTie(n, { between: [person(e.a), person(e.b)] });
      case 'untie': return removeTie(n, tie(e.target));
      case 'status': return updateTie(n, tie(e.target), { status: e.status as 'active' }, { recordHistory: false });
      case 'event': return addEvent(n, { title: 'E', date: '2024', category: 'other', valence: e.valence as 0 });
    }
  })();
  return result.ok && result.network !== n ? result.network : null;
}

/** Apply random edits, returning the distinct networks produced (the start first). */
function timeline(edits: Edit[]): Network[] {
  const states = [start()];
  for (const e of edits) {
    const next = edit(states[states.length - 1] as Network, e);
    if (next) states.push(next);
  }
  return states;
}

/** The small hand-made start, or any valid network from the shared arbitrary. */
const startArb: fc.Arbitrary<Network> = fc.oneof(
  fc.constant(null).map(() => start()),
  networkArbitrary({ maxPeople: 6, maxTies: 6, extensions: false }),
);

describe('history of networks', () => {
  it('undo after push restores the exact previous network (same object, same content)', () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { minLength: 1, maxLength: 20 }), (initial, edits) => {
        const h = createHistory(initial);
        for (const e of edits) {
          const previous = h.present;
          const snapshot = structuredClone(previous);
          const next = edit(previous, e);
          if (!next) continue;
          h.push(next);
          const undone = h.undo();
          expect(undone).toBe(previous);
          expect(undone).toEqual(snapshot);
          expect(h.redo()).toBe(next);
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('undo^k then redo^k: k steps back gives the state of k pushes ago, and forward again the latest', () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { minLength: 1, maxLength: 25 }),
        fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        fc.nat({ max: 40 }),
        (edits, limit, k) => {
          const states = timeline(edits);
          const h = createHistory(states[0] as Network, limit === undefined ? {} : { limit });
          for (const s of states.slice(1)) h.push(s);
          const m = states.length - 1;
          const reachable = Math.min(m, limit ?? 100);
          const snapshots = states.map((s) => structuredClone(s));
          for (let i = 0; i < k; i++) h.undo();
          const back = Math.min(k, reachable);
          expect(h.present).toBe(states[m - back]);
          expect(h.present).toEqual(snapshots[m - back]);
          expect(h.canUndo).toBe(back < reachable);
          expect(h.canRedo).toBe(back > 0);
          for (let i = 0; i < k; i++) h.redo();
          expect(h.present).toBe(states[m]);
          expect(h.canRedo).toBe(false);
          // Nothing in the timeline was changed by living in the history.
          expect(states).toEqual(snapshots);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('history with random actions and a clock', () => {
  type Action =
    | { a: 'push'; key?: string; gap: number }
    | { a: 'same'; gap: number }
    | { a: 'undo' }
    | { a: 'redo' }
    | { a: 'reset' };
  const actionArb: fc.Arbitrary<Action> = fc.oneof(
    fc.record({ a: fc.constant('push' as const), key: fc.option(fc.constantFrom('drag', 'type'), { nil: undefined }), gap: fc.nat({ max: 2000 }) }),
    fc.record({ a: fc.constant('same' as const), gap: fc.nat({ max: 2000 }) }),
    fc.constant({ a: 'undo' as const }),
    fc.constant({ a: 'redo' as const }),
    fc.constant({ a: 'reset' as const }),
  );

  it('keeps its promises after any sequence: limit, undo/redo inverse, redo branch dropped, no-op pushes', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), fc.integer({ min: 0, max: 8 }), (actions, limit) => {
        let t = 0;
        let counter = 0;
        const h = createHistory<{ v: number }>({ v: counter++ }, { limit, coalesceMs: 1000, now: () => t });
        let notified = 0;
        h.subscribe(() => notified++);
        for (const action of actions) {
          const before = h.state;
          switch (action.a) {
            case 'push': {
              t += action.gap;
              const value = { v: counter++ };
              h.push(value, action.key === undefined ? undefined : { coalesceKey: action.key });
              expect(h.present).toBe(value);
              expect(h.canRedo).toBe(false);
              break;
            }
            case 'same':
              t += action.gap;
              h.push(h.present, { coalesceKey: 'drag' });
              expect(h.state).toBe(before);
              break;
            case 'undo':
              if (before.past.length > 0) {
                const back = h.undo();
                expect(back).toBe(before.past[before.past.length - 1]);
                expect(h.redo()).toBe(before.present);
                expect(h.state.past).toEqual(before.past);
                h.undo();
              } else {
                expect(h.undo()).toBe(before.present);
                expect(h.state).toBe(before);
              }
              break;
            case 'redo':
              if (before.future.length > 0) {
                const forward = h.redo();
                expect(forward).toBe(before.future[before.future.length - 1]);
                expect(h.undo()).toBe(before.present);
                h.redo();
              } else {
                expect(h.redo()).toBe(before.present);
                expect(h.state).toBe(before);
              }
              break;
            case 'reset':
              h.reset({ v: counter++ });
              expect(h.canUndo || h.canRedo).toBe(false);
              break;
          }
          expect(h.state.past.length).toBeLessThanOrEqual(limit);
          // Every value appears once: past, present and future are distinct objects.
          const all = [...h.state.past, h.present, ...h.state.future];
          expect(new Set(all).size).toBe(all.length);
        }
        // Listeners heard at least one notification per real change.
        expect(notified).toBeGreaterThanOrEqual(actions.filter((x) => x.a === 'push' || x.a === 'reset').length);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('a run of same-key pushes, each within the window of the previous one, is one undo step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 15 }),
        fc.nat({ max: 5 }),
        fc.integer({ min: 1001, max: 10_000 }),
        (gaps, before, pause) => {
          let t = 0;
          const h = createHistory<{ v: number }>({ v: -1 }, { coalesceMs: 1000, now: () => t });
          for (let i = 0; i < before; i++) h.push({ v: -2 - i });
          const start = h.present;
          const pastLength = h.state.past.length;
          for (const [i, gap] of gaps.entries()) {
            t += gap;
            h.push({ v: i }, { coalesceKey: 'drag' });
          }
          const end = h.present;
          expect(h.state.past.length).toBe(pastLength + 1);
          // After a pause longer than the window, the same key starts a new step.
          t += pause;
          const later = { v: 999 };
          h.push(later, { coalesceKey: 'drag' });
          expect(h.undo()).toBe(end);
          expect(h.undo()).toBe(start);
          expect(h.redo()).toBe(end);
          expect(h.redo()).toBe(later);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});
