import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNetwork, serializeNetwork, validateNetwork } from '../src';
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
