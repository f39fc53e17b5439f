/**
 * Password hashing with Node's built-in scrypt (`node:crypto`).
 *
 * Why scrypt and not argon2/bcrypt from npm: it is part of Node itself (maintained with
 * OpenSSL, no dependency to vet or keep up to date, nothing native to build or download
 * on a fresh machine), it is memory-hard, and OWASP's Password Storage Cheat Sheet lists
 * it with these parameters (N = 2^15, r = 8, p = 3: 32 MiB per hash). The async variant
 * runs on libuv's thread pool, so a login does not block other requests. Argon2id is
 * OWASP's first choice: on Node ≥ 24.7 `crypto.argon2` is built in, and a vendor on such
 * a Node can switch — the stored string names its scheme and parameters, so old hashes
 * keep verifying and can be re-hashed at the next login.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...o, maxmem: 128 * o.N * o.r * 2 + 1024 * 1024 };
  return new Promise((ok, fail) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (e, key) => (e ? fail(e) : ok(key))));
}

/** A self-describing hash: `scrypt$N$r$p$salt$key` (salt and key base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of a random password, verified against when the account does not exist (same time taken). */
let dummy: Promise<string> | undefined;

/** True when `password` matches `stored`; `stored === undefined` costs the same time and is false. */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const hash = stored ?? await (dummy ??= hashPassword(randomBytes(16).toString('hex')));
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return stored !== undefined && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A random password for a demo account: 4 groups of 4 letters/digits, no look-alikes. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
