/**
 * The database schema and its migrations. Every step is idempotent (`if not exists`), so a
 * `data/` folder from an older start (clients and audit only, no accounts) is brought up to
 * date on the next start: its clients are kept, the demo accounts are added (see
 * `seedAccounts`) and the seeded clients are assigned to them.
 */
import type { PGlite } from '@electric-sql/pglite';

/** Bumped with every change below; stored in `meta` for whoever inspects a database. */
export const SCHEMA_VERSION = 2;

export async function migrate(db: PGlite): Promise<void> {
  await db.exec(`
    create table if not exists clients (
      id text primary key, name text not null, location text not null,
      network text not null, revision integer not null, updated_at text not null);
    create table if not exists audit (
      id serial primary key, client_id text not null references clients(id), at text not null,
      who text not null, revision integer not null, action text not null, summary text not null);
    -- version 2: accounts, roles, sessions; the audit names the signed-in account and the kind of event
    create table if not exists meta (key text primary key, value text not null);
    create table if not exists users (
      id serial primary key, username text not null unique, display_name text not null,
      role text not null check (role in ('caseworker', 'coordinator')),
      password_hash text not null, created_at text not null);
    create table if not exists assignments (
      user_id integer not null references users(id) on delete cascade,
      client_id text not null references clients(id) on delete cascade,
      primary key (user_id, client_id));
    create table if not exists sessions (
      id_hash text primary key, user_id integer not null references users(id) on delete cascade,
      csrf text not null, created_at text not null, last_seen text not null, expires_at text not null);
    alter table audit add column if not exists kind text not null default 'write';
    alter table audit add column if not exists username text;
  `);
  await db.query(`insert into meta (key, value) values ('schema_version', $1)
    on conflict (key) do update set value = excluded.value`, [String(SCHEMA_VERSION)]);
}
