import { describe, expect, it } from 'vitest';
import { planNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';
import { PLAN_SECTIONS, planOwners, planSections, sectionOf } from '../src/view/plan';
import { INTENT_GLYPHS } from '../src/symbols';
import { labelMessages } from '../src/i18n/labels';
import { getMessages } from '../src/messages';
import { ACTION_INTENTS, ACTION_STATUSES, MEETING_KINDS } from '@kring/core';

const rows = (n: Network, ...args: Parameters<typeof planSections> extends [Network, ...infer R] ? R : never) =>
  Object.fromEntries(planSections(n, ...args).filter((s) => s.items.length > 0).map((s) => [s.id, s.items.map((i) => i.action.id)]));

describe('the plan in sections', () => {
  it('every intent has one section, a glyph and words in Dutch and English', () => {
    for (const intent of ACTION_INTENTS) {
      expect(PLAN_SECTIONS.filter((s) => (s.intents as readonly string[]).includes(intent))).toHaveLength(1);
      expect(sectionOf(intent)).toBeDefined();
      expect(INTENT_GLYPHS[intent]).toBeDefined();
      for (const locale of ['nl', 'en'] as const) expect(getMessages(locale)[`actionIntent.${intent}`]).toBeTruthy();
    }
    for (const s of ACTION_STATUSES) expect(labelMessages.nl[`actionStatus.${s}`]).toBeTruthy();
    for (const k of MEETING_KINDS) expect(labelMessages.nl[`meetingKind.${k}`]).toBeTruthy();
  });

  it('shows open actions by default, done and dropped on request', () => {
    expect(rows(planNetwork, {}, '2024-06-01')).toEqual({ reactivate: ['a-3'], limit: ['a-2'] });
    expect(rows(planNetwork, { status: 'done' }, '2024-06-01')).toEqual({ strengthen: ['a-1'], build: ['a-4'] });
    expect(Object.values(rows(planNetwork, { status: 'all' }, '2024-06-01')).flat().sort()).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
  });

  it('filters by owner and by person (through a tie too)', () => {
    expect(rows(planNetwork, { owner: 'cliënt' }, '2024-06-01')).toEqual({ limit: ['a-2'] });
    expect(rows(planNetwork, { person: 'p-vader' }, '2024-06-01')).toEqual({ limit: ['a-2'] });
    expect(rows(planNetwork, { person: 'p-latifa', status: 'all' }, '2024-06-01')).toEqual({ strengthen: ['a-1'] });
  });

  it('puts overdue first, then by due date, undated last', () => {
    const n: Network = structuredClone(planNetwork);
    n.actions = [
      { id: 'x-1', about: ['p-latifa'], intent: 'strengthen', step: 'zonder datum' },
      { id: 'x-2', about: ['p-latifa'], intent: 'maintain', step: 'later', due: '2025-03' },
      { id: 'x-3', about: ['p-latifa'], intent: 'strengthen', step: 'eerder', due: '2025-02-01' },
      { id: 'x-4', about: ['p-latifa'], intent: 'strengthen', step: 'te laat', due: '2024-12' },
    ];
    const [strengthen] = planSections(n, {}, '2025-01-15').filter((s) => s.id === 'strengthen');
    expect(strengthen!.items.map((i) => [i.action.id, i.overdue])).toEqual([['x-4', true], ['x-3', false], ['x-2', false], ['x-1', false]]);
  });

  it('lists owners once, people by id and free texts as written', () => {
    expect(planOwners(planNetwork)).toEqual([{ value: 'p-jan', personId: 'p-jan' }, { value: 'cliënt' }, { value: 'begeleider' }]);
  });
});
