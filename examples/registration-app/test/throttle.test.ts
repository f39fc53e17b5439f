/**
 * Login throttling (server/throttle.ts): attempts are counted before the password check,
 * delays grow instead of a hard lock, and a real user on another address is not locked out.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT_FREE, createThrottle, IP_FREE } from '../server/throttle';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

/** `n` checked wrong passwords, each after its delay. */
function fail(th: ReturnType<typeof createThrottle>, c: ReturnType<typeof clock>, account: string, ip: string, n: number) {
  for (let i = 0; i < n; i++) {
    let a = th.begin(account, ip);
    while (!a.ok) { c.advance(a.waitMs); a = th.begin(account, ip); }
    a.attempt.failed();
  }
}

describe('login throttle', () => {
  it('counts an attempt before its password check: parallel attempts get at most 5 checks', () => {
    const c = clock();
    const th = createThrottle(c.now, 100);
    const admitted = Array.from({ length: 20 }, () => th.begin('jdevries', '10.0.0.1')).filter((a) => a.ok);
    expect(admitted).toHaveLength(ACCOUNT_FREE);
  });

  it('caps concurrent password checks; a settled one frees its slot', () => {
    const c = clock();
    const th = createThrottle(c.now, 2);
    const a = th.begin('a', '10.0.0.1');
    const b = th.begin('b', '10.0.0.2');
    const d = th.begin('d', '10.0.0.3');
    expect([a.ok, b.ok, d.ok]).toEqual([true, true, false]);
    if (a.ok) a.attempt.succeeded();
    expect(th.begin('d', '10.0.0.3').ok).toBe(true);
  });

  it('after 5 failures the delay doubles (32 s, 64 s, 128 s …), never a fixed lock, at most 15 minutes', () => {
    const c = clock();
    const th = createThrottle(c.now);
    fail(th, c, 'samrani', '10.0.0.1', ACCOUNT_FREE);
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const a = th.begin('samrani', '10.0.0.1');
      expect(a.ok).toBe(false);
      if (a.ok) return;
      waits.push(a.waitMs);
      c.advance(a.waitMs);
      const next = th.begin('samrani', '10.0.0.1');
      expect(next.ok).toBe(true);
      if (next.ok) next.attempt.failed();
    }
    expect(waits.slice(0, 4)).toEqual([32_000, 64_000, 128_000, 256_000]);
    expect(Math.max(...waits)).toBe(15 * 60 * 1000);
  });

  it('lets the real user in from another address while the attacker\'s address waits', () => {
    const c = clock();
    const th = createThrottle(c.now);
    fail(th, c, 'samrani', '10.0.0.66', 12);
    expect(th.begin('samrani', '10.0.0.66').ok).toBe(false);
    const user = th.begin('samrani', '192.168.1.5');
    expect(user.ok).toBe(true);
    if (user.ok) user.attempt.succeeded();
    // A success clears the account's count (the attacker's own pair still waits).
    expect(th.begin('samrani', '192.168.1.5').ok).toBe(true);
    expect(th.begin('samrani', '10.0.0.66').ok).toBe(false);
  });

  it('spreading guesses over addresses: each address that failed waits for the account\'s total', () => {
    const c = clock();
    const th = createThrottle(c.now);
    for (let i = 0; i < 10; i++) fail(th, c, 'coordinator', `10.0.1.${i}`, 1);
    // 10 failures for the account: an address that took part waits 2^10 s (capped at 15 min), though it failed once.
    const again = th.begin('coordinator', '10.0.1.3');
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.waitMs).toBe(15 * 60 * 1000);
  });

  it('a shared office address: only failures count, and over the limit it waits, it is not locked', () => {
    const c = clock();
    const th = createThrottle(c.now);
    for (let i = 0; i < IP_FREE; i++) fail(th, c, `medewerker-${i}`, '10.0.0.9', 1);
    // Successful logins do not count against the office.
    for (let i = 0; i < 50; i++) {
      const ok = th.begin(`collega-${i}`, '10.0.0.8');
      expect(ok.ok).toBe(true);
      if (ok.ok) ok.attempt.succeeded();
    }
    const over = th.begin('jdevries', '10.0.0.9');
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.waitMs).toBe(1000);
    c.advance(1000);
    expect(th.begin('jdevries', '10.0.0.9').ok).toBe(true);
  });
});
