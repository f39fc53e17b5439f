/**
 * Login throttling: growing delays instead of a hard lock, counted before the password check.
 *
 * Policy (also in README.md, "Login throttling"):
 *
 * - Counted per account name (existing or not, so the answers do not tell which names exist),
 *   per account name + IP address pair, and per IP address, within a 15-minute window.
 * - Pair and account: the first `ACCOUNT_FREE` (5) failures cost nothing; after that every
 *   further attempt must wait `2^k` seconds after the last failure's answer (k = failures: 32 s,
 *   64 s, 128 s, …), at most `MAX_DELAY_MS` (15 minutes). Guessing stays infeasible (from one address
 *   about 100 guesses a day per account, with the password rules of passwords.ts), while a
 *   real user who mistyped, or whose name an attacker is guessing, waits seconds to minutes,
 *   never a fixed 15 minutes.
 * - The account's delay (the failures from every address together, against an attacker who
 *   spreads guesses over addresses) applies to the addresses that failed for that account
 *   themselves. An address with no failure for this account, and not itself over its limit,
 *   gets its attempt checked: the real user signing in from another place is not refused.
 *   Each such address then has one failure for the account and falls under its delay.
 * - IP address: only failures count (a shelter's office shares one address); the first
 *   `IP_FREE` (20) are free, then a doubling delay from 1 s (`2^(k-20)` s, at most 15
 *   minutes) for attempts from that address: gentler, since colleagues share it.
 * - Parallel attempts: an attempt counts as a failure *before* the slow password check (so 40
 *   parallel guesses cannot all pass the check before the first failure is counted); a success
 *   takes it back. `MAX_VERIFYING` password checks run at once; more get 429 with `Retry-After`.
 * - A successful login clears the account's and the pair's count.
 *
 * Kept in memory (bounded): a restart clears it, and several server processes would each
 * count on their own — a vendor running more than one needs a shared store.
 */
export const ACCOUNT_FREE = 5;
export const IP_FREE = 20;
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** Concurrent scrypt verifications (each takes ~64 MB and tens of milliseconds on the thread pool). */
export const MAX_VERIFYING = 8;
const MAX_KEYS = 10_000;

interface Entry { failures: number; first: number; last: number }

/** A reserved attempt: `succeeded()` or `failed()` once the password check has answered. */
export interface Attempt { succeeded(): void; failed(): void }

export type Admission = { ok: true; attempt: Attempt } | { ok: false; waitMs: number };

export interface Throttle {
  /**
   * Before the password check: either a wait (429) or the attempt, already counted as a
   * failure (and holding one of the `MAX_VERIFYING` slots) until it is settled.
   */
  begin(account: string, ip: string): Admission;
}

/** Delay after `failures` failures with `free` free ones, the first being 2^`firstExp` s; 0 while under. */
export function delayFor(failures: number, free: number, firstExp: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(failures - free + firstExp, 30));
}
/** 2^5 = 32 s after the 5th failure of a name (= 2^k s, k failures); 1 s after the 20th of an address. */
const ACCOUNT_FIRST_EXP = ACCOUNT_FREE;
const IP_FIRST_EXP = 0;

export function createThrottle(now: () => number = Date.now, maxVerifying = MAX_VERIFYING): Throttle {
  const entries = new Map<string, Entry>();
  let verifying = 0;
  const get = (key: string, t: number): Entry | undefined => {
    const e = entries.get(key);
    if (e && t - e.last > WINDOW_MS && t - e.first > WINDOW_MS) { entries.delete(key); return undefined; }
    return e;
  };
  const waitOf = (e: Entry | undefined, free: number, firstExp: number, t: number): number =>
    e ? Math.max(0, e.last + delayFor(e.failures, free, firstExp) - t) : 0;
  const add = (key: string, t: number, n: number): void => {
    let e = get(key, t);
    if (!e) e = { failures: 0, first: t, last: t };
    e.failures = Math.max(0, e.failures + n);
    if (n > 0) e.last = t;
    entries.delete(key);
    if (e.failures > 0) entries.set(key, e);
    if (entries.size > MAX_KEYS) {
      // Forget the oldest entries (Map keeps insertion order; updated ones move to the end).
      for (const k of entries.keys()) {
        if (entries.size <= MAX_KEYS * 0.9) break;
        entries.delete(k);
      }
    }
  };
  return {
    begin(account, ip) {
      const t = now();
      const a = `a:${account}`, p = `p:${account}\n${ip}`, i = `ip:${ip}`;
      const pair = get(p, t);
      const ipWait = waitOf(get(i, t), IP_FREE, IP_FIRST_EXP, t);
      // The account's delay only for addresses that failed for it (see the policy above).
      const accountWait = pair ? waitOf(get(a, t), ACCOUNT_FREE, ACCOUNT_FIRST_EXP, t) : 0;
      const wait = Math.max(ipWait, accountWait, waitOf(pair, ACCOUNT_FREE, ACCOUNT_FIRST_EXP, t));
      if (wait > 0) return { ok: false, waitMs: wait };
      if (verifying >= maxVerifying) return { ok: false, waitMs: 1000 };
      verifying++;
      add(a, t, 1); add(p, t, 1); add(i, t, 1);
      let settled = false;
      return {
        ok: true,
        attempt: {
          failed() {
            if (settled) return;
            settled = true;
            verifying--;
            // The delay runs from the answer, not from the start of the slow check.
            const end = now();
            for (const k of [a, p, i]) { const e = entries.get(k); if (e) e.last = Math.max(e.last, end); }
          },
          succeeded() {
            if (settled) return;
            settled = true;
            verifying--;
            entries.delete(a); entries.delete(p);
            add(i, now(), -1);
          },
        },
      };
    },
  };
}
