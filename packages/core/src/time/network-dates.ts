import { compareFuzzyDates, fuzzyDateStart, isFuzzyDate } from '../dates';
import type { Network } from '../model/types';

/**
 * Every date the network mentions, for a time slider: people's `since`, `consentDate` and
 * `deceased`; ties' `since` and `history[].date`; events' `date`, `start` and `end`; actions'
 * `done` and meetings' `date` (the plan's dates that `networkAt` reads; a `due` date is a
 * deadline, not something that happened, and is not a stop).
 * Each distinct string once (`2019` and `~2019` are different dates), sorted with
 * `compareFuzzyDates` (oldest first; `2019` before `2019-05`). Strings that are not valid
 * fuzzy dates are skipped. Never throws.
 */
export function networkDates(network: Network): string[] {
  const found = new Set<string>();
  const add = (d: unknown): void => {
    if (isFuzzyDate(d)) found.add(d);
  };
  for (const p of network.people) {
    add(p.since);
    add(p.consentDate);
    add(p.deceased);
  }
  for (const t of network.ties) {
    add(t.since);
    for (const h of t.history ?? []) add(h.date);
  }
  for (const e of network.events) {
    add(e.date);
    add(e.start);
    add(e.end);
  }
  for (const a of Array.isArray(network.actions) ? network.actions : []) add(a.done);
  for (const m of Array.isArray(network.meetings) ? network.meetings : []) add(m.date);
  // Sort on precomputed keys; compareFuzzyDates (which parses both sides) breaks ties.
  const keyed = [...found].map((d) => ({ d, start: fuzzyDateStart(d) }));
  keyed.sort((a, b) => a.start - b.start || compareFuzzyDates(a.d, b.d));
  return keyed.map((k) => k.d);
}
