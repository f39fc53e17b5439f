/**
 * Login throttling, per account name and per client IP address.
 *
 * After `ACCOUNT_LIMIT` failed logins for one account name (existing or not, so the answer
 * does not tell which names exist) within the window, that name is locked for `LOCK_MS`;
 * an IP address gets `IP_LIMIT` (higher: a shelter's office shares one address). While locked,
 * every login for it — right password or not — gets `429` with `Retry-After`. A successful
 * login clears the account's count. Kept in memory (bounded): a restart clears it, and
 * several server processes would each count on their own — a vendor running more than one
 * needs a shared store.
 */
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 20;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
const MAX_KEYS = 10_000;

interface Entry { failures: number; first: number; lockedUntil: number }

export interface Throttle {
  /** Milliseconds until `account` and `ip` may try again; 0 when they may now. */
  wait(account: string, ip: string): number;
  failed(account: string, ip: string): void;
  succeeded(account: string): void;
}

export function createThrottle(now: () => number = Date.now): Throttle {
  const entries = new Map<string, Entry>();
  const waitFor = (key: string): number => {
    const e = entries.get(key);
    return e ? Math.max(0, e.lockedUntil - now()) : 0;
  };
  const fail = (key: string, limit: number): void => {
    const t = now();
    let e = entries.get(key);
    if (!e || t - e.first > WINDOW_MS) e = { failures: 0, first: t, lockedUntil: 0 };
    e.failures++;
    if (e.failures >= limit) e.lockedUntil = t + LOCK_MS;
    entries.delete(key);
    entries.set(key, e);
    if (entries.size > MAX_KEYS) {
      // Forget the oldest entries that are not locked (Map keeps insertion order).
      for (const [k, old] of entries) {
        if (entries.size <= MAX_KEYS * 0.9) break;
        if (old.lockedUntil <= t) entries.delete(k);
      }
    }
  };
  return {
    wait: (account, ip) => Math.max(waitFor(`a:${account}`), waitFor(`ip:${ip}`)),
    failed(account, ip) {
      fail(`a:${account}`, ACCOUNT_LIMIT);
      fail(`ip:${ip}`, IP_LIMIT);
    },
    succeeded(account) { entries.delete(`a:${account}`); },
  };
}
