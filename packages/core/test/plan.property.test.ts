import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addAction, addMeeting, completeAction, createHistory, dropAction, parseNetwork, removeAction, removeGroup, removeMeeting,
  removePerson, removeTie, serializeNetwork, updateAction, updateMeeting, validateNetwork, ACTION_INTENTS,
  type Network, type OperationResult,
} from '../src';
import { ISSUE_CODES } from './bad-input-helpers';
import { planJunkArbitrary, planNetworkArbitrary } from './plan-arbitrary';

const RUNS = { numRuns: 300 };
const TIMEOUT = 120_000;

describe('properties: the network plan', () => {
  it('valid networks with a plan validate and round-trip through serialize/parse', () => {
    fc.assert(
      fc.property(planNetworkArbitrary(), (n) => {
        expect(validateNetwork(n)).toEqual([]);
        const result = parseNetwork(serializeNetwork(n));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.warnings.every((w) => w.code === 'consent-ask-first')).toBe(true);
        expect(isDeepStrictEqual(result.network, n)).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('parse never throws on arbitrary actions/meetings, reports known codes, and lenient mode gives a valid network or errors', () => {
    const base = {
      format: 'kring.network', version: 1, focus: 'p-1',
      people: [
        { id: 'p-1', name: 'A', kind: 'person' },
        { id: 'p-2', name: 'B', kind: 'person', consent: 'not-allowed' },
        { id: 'p-3', name: 'C', kind: 'person', consent: 'ask-first' },
      ],
      ties: [{ id: 't-1', between: ['p-1', 'p-2'] }],
      groups: [{ id: 'g-1', name: 'G', kind: 'chat', members: ['p-1'] }],
    };
    fc.assert(
      fc.property(planJunkArbitrary, planJunkArbitrary, (actions, meetings) => {
        const doc = { ...base, actions, meetings };
        for (const mode of ['strict', 'lenient'] as const) {
          let result: ReturnType<typeof parseNetwork> | undefined;
          expect(() => {
            result = parseNetwork(doc, { mode });
          }).not.toThrow();
          const issues = result!.ok ? result!.warnings : result!.errors;
          expect(issues.every((i) => ISSUE_CODES.includes(i.code) && typeof i.path === 'string')).toBe(true);
          if (result!.ok) expect(validateNetwork(result!.network)).toEqual([]);
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** One plan-related operation on `n`, chosen by `pick` and `k`. */
function operation(n: Network, pick: number, k: number, text: string): OperationResult {
  const action = n.actions?.[k % Math.max(1, n.actions.length)]?.id ?? 'a-none';
  const meeting = n.meetings?.[k % Math.max(1, n.meetings.length)]?.id ?? 'm-none';
  const person = n.people[k % n.people.length]!.id;
  const tie = n.ties[k % Math.max(1, n.ties.length)]?.id ?? 't-none';
  const group = n.groups[k % Math.max(1, n.groups.length)]?.id ?? 'g-none';
  switch (pick) {
    case 0: return addAction(n, { about: [person], intent: ACTION_INTENTS[k % ACTION_INTENTS.length]!, step: text, owner: text });
    case 1: return updateAction(n, action, { step: text, due: '2025-01', about: [tie === 't-none' ? person : tie] });
    case 2: return completeAction(n, action, { date: '2025-02-03' });
    case 3: return dropAction(n, action);
    case 4: return removeAction(n, action);
    case 5: return addMeeting(n, { title: text || 'x', date: '2025', kind: 'other', invited: [person], ...(group === 'g-none' ? {} : { group }) });
    case 6: return updateMeeting(n, meeting, { outcome: text, invited: [] });
    case 7: return removeMeeting(n, meeting);
    case 8: return removePerson(n, person);
    case 9: return removeTie(n, tie);
    default: return removeGroup(n, group);
  }
}

describe('properties: plan operations', () => {
  it('every result re-validates, never mutates its input, and undo restores the network before it', () => {
    fc.assert(
      fc.property(
        planNetworkArbitrary({ readableIds: true }),
        fc.array(fc.tuple(fc.nat({ max: 10 }), fc.nat({ max: 20 }), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 }),
        (start, steps) => {
          const frozen = serializeNetwork(start);
          const history = createHistory<Network>(start);
          const seen: Network[] = [start];
          for (const [pick, k, text] of steps) {
            const result = operation(history.state.present, pick, k, text);
            expect(() => JSON.stringify(result)).not.toThrow();
            if (!result.ok) {
              expect(result.errors.length).toBeGreaterThan(0);
              continue;
            }
            expect(validateNetwork(result.network)).toEqual([]);
            if (result.network === history.state.present) continue; // nothing changed: no undo step
            history.push(result.network);
            seen.push(result.network);
          }
          expect(serializeNetwork(start)).toBe(frozen);
          for (let i = seen.length - 2; i >= 0; i--) expect(history.undo()).toBe(seen[i]);
        },
      ),
      RUNS,
    );
  }, TIMEOUT);
});
