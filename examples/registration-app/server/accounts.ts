/**
 * Accounts, roles, client assignments and sessions in the embedded database.
 *
 * Roles: a `caseworker` sees and edits only the clients assigned to them (table
 * `assignments`); a `coordinator` sees and edits all. Sessions: a random 32-byte id goes
 * to the browser in a cookie; the database keeps only its SHA-256, so a copy of the
 * database does not give working sessions. A session ends after `IDLE_MS` without requests,
 * after `MAX_AGE_MS` in any case, and at logout.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { hashPassword, randomPassword, verifyPassword } from './passwords';

export type Role = 'caseworker' | 'coordinator';

/** The signed-in account, as the routes see it. */
export interface Actor {
  userId: number;
  username: string;
  /** Shown in the app and written in the audit ("J. de Vries (netwerkondersteuner)"). */
  name: string;
  role: Role;
}

export interface Session {
  actor: Actor;
  /** The synchronizer token that state-changing requests must send in `X-CSRF-Token`. */
  csrf: string;
}

/** A working day: a session lasts at most 12 hours, and ends after 1 hour without requests. */
export const MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const IDLE_MS = 60 * 60 * 1000;

/** The demo accounts seeded on first start; the clients are the seeded ones (db.ts). */
export const DEMO_ACCOUNTS: readonly { username: string; name: string; role: Role; clients: readonly string[] }[] = [
  { username: 'jdevries', name: 'J. de Vries (netwerkondersteuner)', role: 'caseworker', clients: ['c-1001', 'c-1002', 'c-1003'] },
  { username: 'samrani', name: 'S. Amrani (netwerkondersteuner)', role: 'caseworker', clients: ['c-1004', 'c-1005'] },
  { username: 'coordinator', name: 'M. Jansen (coördinator)', role: 'coordinator', clients: [] },
];

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

type UserRow = { id: number; username: string; display_name: string; role: Role; password_hash: string };
const toActor = (u: UserRow): Actor => ({ userId: u.id, username: u.username, name: u.display_name, role: u.role });

export interface Accounts {
  /** The account when `password` is right; `undefined` otherwise (same time either way). */
  verify(username: string, password: string): Promise<Actor | undefined>;
  /** Starts a session: returns the cookie value (only ever held by the browser) and the CSRF token. */
  startSession(actor: Actor): Promise<{ id: string; csrf: string }>;
  /** The live session for a cookie value, refreshing its idle time; `undefined` when unknown or expired. */
  session(id: string | undefined): Promise<Session | undefined>;
  endSession(id: string): Promise<void>;
  /** Whether `actor` may see and edit client `clientId`. */
  mayAccess(actor: Actor, clientId: string): Promise<boolean>;
  /** The client ids `actor` may see; `'all'` for a coordinator. */
  visibleClients(actor: Actor): Promise<Set<string> | 'all'>;
  assign(username: string, clientId: string): Promise<void>;
  setPassword(username: string, password: string): Promise<boolean>;
  /**
   * On a database without accounts (first start, or one from before accounts existed):
   * creates the demo accounts with `password` (or a random one each) and assigns their clients.
   * Returns the accounts with their passwords, to print once; `[]` when accounts exist.
   */
  seedDemo(password?: string): Promise<{ username: string; name: string; role: Role; password: string }[]>;
}

export function accounts(db: PGlite): Accounts {
  const self: Accounts = {
    async verify(username, password) {
      const r = await db.query<UserRow>('select * from users where username = $1', [username.trim().toLowerCase()]);
      const user = r.rows[0];
      const ok = await verifyPassword(password, user?.password_hash);
      return ok && user ? toActor(user) : undefined;
    },
    async startSession(actor) {
      const id = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      const now = Date.now();
      await db.query('delete from sessions where expires_at < $1', [new Date(now).toISOString()]);
      await db.query('insert into sessions (id_hash, user_id, csrf, created_at, last_seen, expires_at) values ($1, $2, $3, $4, $4, $5)',
        [sha256(id), actor.userId, csrf, new Date(now).toISOString(), new Date(now + MAX_AGE_MS).toISOString()]);
      return { id, csrf };
    },
    async session(id) {
      if (!id || id.length > 100) return undefined;
      const r = await db.query<UserRow & { csrf: string; last_seen: string; expires_at: string }>(
        'select u.*, s.csrf, s.last_seen, s.expires_at from sessions s join users u on u.id = s.user_id where s.id_hash = $1', [sha256(id)]);
      const row = r.rows[0];
      if (!row) return undefined;
      const now = Date.now();
      if (Date.parse(row.expires_at) <= now || Date.parse(row.last_seen) + IDLE_MS <= now) {
        await self.endSession(id);
        return undefined;
      }
      // Refresh the idle clock at most once a minute (not a write per request).
      if (now - Date.parse(row.last_seen) > 60_000) await db.query('update sessions set last_seen = $2 where id_hash = $1', [sha256(id), new Date(now).toISOString()]);
      return { actor: toActor(row), csrf: row.csrf };
    },
    async endSession(id) {
      await db.query('delete from sessions where id_hash = $1', [sha256(id)]);
    },
    async mayAccess(actor, clientId) {
      if (actor.role === 'coordinator') return true;
      const r = await db.query('select 1 from assignments where user_id = $1 and client_id = $2', [actor.userId, clientId]);
      return r.rows.length > 0;
    },
    async visibleClients(actor) {
      if (actor.role === 'coordinator') return 'all';
      const r = await db.query<{ client_id: string }>('select client_id from assignments where user_id = $1', [actor.userId]);
      return new Set(r.rows.map((a) => a.client_id));
    },
    async assign(username, clientId) {
      await db.query(`insert into assignments (user_id, client_id) select id, $2 from users where username = $1
        and exists (select 1 from clients where id = $2) on conflict do nothing`, [username, clientId]);
    },
    async setPassword(username, password) {
      const r = await db.query('update users set password_hash = $2 where username = $1', [username, await hashPassword(password)]);
      await db.query('delete from sessions where user_id = (select id from users where username = $1)', [username]);
      return (r.affectedRows ?? 0) > 0;
    },
    async seedDemo(password) {
      const count = await db.query<{ n: number }>('select count(*)::int as n from users');
      if ((count.rows[0]?.n ?? 0) > 0) return [];
      const out: { username: string; name: string; role: Role; password: string }[] = [];
      for (const a of DEMO_ACCOUNTS) {
        const pw = password ?? randomPassword();
        await db.query('insert into users (username, display_name, role, password_hash, created_at) values ($1, $2, $3, $4, $5)',
          [a.username, a.name, a.role, await hashPassword(pw), new Date().toISOString()]);
        for (const c of a.clients) await self.assign(a.username, c);
        out.push({ username: a.username, name: a.name, role: a.role, password: pw });
      }
      return out;
    },
  };
  return self;
}
