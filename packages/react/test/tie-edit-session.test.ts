/**
 * The tie editor's history rule (moved out of the view, issue 14): one editing session writes
 * one history entry for status, strength and quality — the first change records it, later
 * changes that day correct it.
 */
import { describe, expect, it } from 'vitest';
import type { Tie, TiePatch } from '@kring/core';
import { tieSessionEdit } from '../src/view/map/tieEditSession';

const TODAY = '2025-06-01';
const tie: Tie = {
  id: 't1', between: ['a', 'b'], strength: 'weak', status: 'active',
  history: [{ date: '2024-01-01', strength: 'moderate' }, { date: TODAY, strength: 'strong', status: 'active' }],
} as Tie;

describe('tieSessionEdit', () => {
  it('records the first change of a session', () => {
    expect(tieSessionEdit(tie, { strength: 'moderate' }, { recorded: false }, TODAY)).toEqual({ patch: { strength: 'moderate' }, record: true });
  });
  it("corrects today's entry on later changes in the same session, dropping a cleared value", () => {
    const edit = tieSessionEdit(tie, { strength: 'weak', status: undefined }, { recorded: true }, TODAY);
    expect(edit.record).toBe(false);
    expect(edit.patch.history).toEqual([{ date: '2024-01-01', strength: 'moderate' }, { date: TODAY, strength: 'weak' }]);
  });
  it('leaves other fields, explicit history and entries of other days alone', () => {
    expect(tieSessionEdit(tie, { note: 'x' }, { recorded: true }, TODAY)).toEqual({ patch: { note: 'x' }, record: false });
    const withHistory: TiePatch = { strength: 'weak', history: [] };
    expect(tieSessionEdit(tie, withHistory, { recorded: false }, TODAY)).toEqual({ patch: withHistory, record: false });
    expect(tieSessionEdit(tie, { strength: 'weak' }, { recorded: true }, '2025-06-02')).toEqual({ patch: { strength: 'weak' }, record: false });
  });
});
