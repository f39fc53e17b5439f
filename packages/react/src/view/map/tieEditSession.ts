/**
 * How the tie editor writes a tie's history (the rule, kept out of the view): the first
 * change of status, strength or quality in one editing session is recorded in the tie's
 * history (core writes the state before and the new state, dated today); later changes in
 * the same session correct that new entry instead of adding one per click — so trying
 * "zwak", then "matig", then "sterk" leaves one entry "sterk". Pure; no React.
 */
import type { Tie, TieHistoryEntry, TiePatch } from '@kring/core';

/** What the editing session knows: whether this session's history entry was written. */
export interface TieSessionState {
  recorded: boolean;
}

/** The patch to apply and whether core should record a new history entry. */
export interface TieSessionEdit {
  patch: TiePatch;
  record: boolean;
}

const STATE_KEYS = ['status', 'strength', 'quality'] as const;

/** The patch a change in the tie editor becomes, given what this session wrote already. @internal */
export function tieSessionEdit(tie: Tie, given: TiePatch, session: TieSessionState, today: string): TieSessionEdit {
  const stateKeys = STATE_KEYS.filter((k) => k in given);
  const stateChange = stateKeys.length > 0 && !('history' in given);
  const record = stateChange && !session.recorded;
  const last = tie.history?.[tie.history.length - 1];
  if (!stateChange || record || !last || last.date !== today) return { patch: given, record };
  const corrected: TieHistoryEntry = { ...last };
  for (const k of stateKeys) {
    if (given[k] === undefined) delete corrected[k];
    else Object.assign(corrected, { [k]: given[k] });
  }
  return { patch: { ...given, history: [...(tie.history ?? []).slice(0, -1), corrected] }, record };
}
