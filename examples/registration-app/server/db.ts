/**
 * Storage of the demo registration system: an embedded Postgres (PGlite, WebAssembly)
 * in a folder on disk. Clients hold their network as canonical Kring JSON plus a
 * revision number; every change, and every read, export, print and refused write, adds an
 * audit row naming the signed-in account. Accounts and sessions: accounts.ts; schema: schema.ts.
 */
import { PGlite } from '@electric-sql/pglite';
import { parseNetwork, serializeNetwork, type Network } from '@kring/core';
import { samirNetwork, marcoNetwork, dennisNoNetwork, fatimaNetwork, yonasNetwork } from '@kring/fixtures';
import type { AuditItem } from './summary';
import type { Actor } from './accounts';
import { migrate } from './schema';

export interface ClientRow {
  id: string;
  name: string;
  location: string;
  revision: number;
  updatedAt: string;
}

export interface ClientRecord extends ClientRow {
  network: Network;
}

/**
 * What an audit row is about: `create` (seeded), `read` (the file or print view opened),
 * `write` (saved), `refused` (a write or read that was refused: invalid, conflict, not
 * assigned, confirmation missing), `import`, `export`, `print`.
 */
export type AuditKind = 'create' | 'read' | 'write' | 'refused' | 'import' | 'export' | 'print';

export interface AuditRow {
  id: number;
  clientId: string;
  at: string;
  /** The account's display name ("J. de Vries (netwerkondersteuner)"), or "systeem". */
  who: string;
  /** The account's user name; `null` for the system and for rows from before accounts existed. */
  username: string | null;
  kind: AuditKind;
  /** The revision saved (write, import) or current at the time (other kinds). */
  revision: number;
  /** Dutch, e.g. "gewijzigd", "bekeken", "geweigerd", "conflict" (put into words by src/auditText.ts). */
  action: string;
  summary: AuditItem[];
}

/** An audit row to add: by a signed-in account (`actor`), or by name only (`who`, e.g. a script). */
export type AuditEntry = ({ actor: Actor } | { who: string; actor?: undefined }) & { kind?: AuditKind; action: string; summary: AuditItem[] };

export type SaveResult =
  | { ok: true; revision: number; updatedAt: string }
  | { ok: false; current: ClientRecord | undefined };

export interface Store {
  /** Clients in `visible` (all for `'all'`). */
  list(visible: Set<string> | 'all'): Promise<ClientRow[]>;
  get(id: string): Promise<ClientRecord | undefined>;
  /** Saves when `revision` is the current one (and adds `audit`); else returns the current record. */
  save(id: string, network: Network, revision: number, audit: AuditEntry): Promise<SaveResult>;
  /** Adds an audit row that saves nothing (read, export, print, refused), at the current revision. */
  log(id: string, entry: AuditEntry): Promise<void>;
  /** A new client with the next free number (`c-1006`, …) and its first audit row. */
  create(input: { name: string; location: string; network: Network }, audit: AuditEntry): Promise<ClientRecord>;
  audit(id: string): Promise<AuditRow[]>;
}

const SEEDS: { id: string; location: string; network: Network }[] = [
  { id: 'c-1001', location: 'Nachtopvang De Brug, Haarlem', network: samirNetwork },
  { id: 'c-1002', location: 'Begeleid wonen Oost, Amsterdam', network: marcoNetwork },
  { id: 'c-1003', location: 'Inloop Centrum, Amsterdam', network: dennisNoNetwork },
  { id: 'c-1004', location: 'Vrouwenopvang, Haarlem', network: fatimaNetwork },
  { id: 'c-1005', location: 'Nachtopvang De Brug, Haarlem', network: yonasNetwork },
];

function focusName(network: Network): string {
  return network.people.find((p) => p.id === network.focus)?.name ?? 'Cliënt';
}

type Row = { id: string; name: string; location: string; revision: number; updated_at: string; network?: string };

function toRow(r: Row): ClientRow {
  return { id: r.id, name: r.name, location: r.location, revision: r.revision, updatedAt: r.updated_at };
}

function toRecord(r: Row): ClientRecord {
  const parsed = parseNetwork(JSON.parse(r.network ?? 'null'));
  if (!parsed.ok) throw new Error(`stored network of ${r.id} is invalid`);
  return { ...toRow(r), network: parsed.network };
}

/** Opens the database in `dir` (creating it on first start, migrating an older one). */
export async function openDatabase(dir: string): Promise<PGlite> {
  const db = await PGlite.create(dir);
  await migrate(db);
  return db;
}

/** The client store; on an empty database it first seeds the demo clients. */
export async function clientStore(db: PGlite): Promise<Store> {
  const count = await db.query<{ n: number }>('select count(*)::int as n from clients');
  if ((count.rows[0]?.n ?? 0) === 0) {
    const now = new Date().toISOString();
    for (const seed of SEEDS) {
      await db.query('insert into clients (id, name, location, network, revision, updated_at) values ($1, $2, $3, $4, 1, $5)',
        [seed.id, focusName(seed.network), seed.location, serializeNetwork(seed.network), now]);
      await db.query('insert into audit (client_id, at, who, revision, action, summary, kind) values ($1, $2, $3, 1, $4, $5, $6)',
        [seed.id, now, 'systeem', 'aangemaakt', JSON.stringify([`Netwerk aangemaakt met ${seed.network.people.length - 1} personen`]), 'create']);
    }
  }

  const get = async (id: string): Promise<ClientRecord | undefined> => {
    const r = await db.query<Row>('select * from clients where id = $1', [id]);
    return r.rows[0] ? toRecord(r.rows[0]) : undefined;
  };
  const insertAudit = (q: Pick<PGlite, 'query'>, id: string, at: string, revision: number, e: AuditEntry) =>
    q.query('insert into audit (client_id, at, who, username, revision, action, summary, kind) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [id, at, e.actor ? e.actor.name : e.who, e.actor?.username ?? null, revision, e.action, JSON.stringify(e.summary), e.kind ?? 'write']);

  return {
    async list(visible) {
      const r = await db.query<Row>('select id, name, location, revision, updated_at from clients order by id');
      return r.rows.filter((c) => visible === 'all' || visible.has(c.id)).map(toRow);
    },
    get,
    async save(id, network, revision, audit) {
      const now = new Date().toISOString();
      const text = serializeNetwork(network);
      const result = await db.transaction(async (tx) => {
        const cur = await tx.query<{ revision: number }>('select revision from clients where id = $1 for update', [id]);
        const current = cur.rows[0];
        if (!current || current.revision !== revision) return null;
        const next = current.revision + 1;
        // The client's name belongs to the registration system, not to the network.
        await tx.query('update clients set network = $2, revision = $3, updated_at = $4 where id = $1', [id, text, next, now]);
        await insertAudit(tx, id, now, next, audit);
        return next;
      });
      if (result === null) return { ok: false, current: await get(id) };
      return { ok: true, revision: result, updatedAt: now };
    },
    async log(id, entry) {
      const r = await db.query<{ revision: number }>('select revision from clients where id = $1', [id]);
      const revision = r.rows[0]?.revision;
      if (revision !== undefined) await insertAudit(db, id, new Date().toISOString(), revision, entry);
    },
    async create(input, audit) {
      const now = new Date().toISOString();
      const id = await db.transaction(async (tx) => {
        await tx.exec('lock table clients in exclusive mode');
        const r = await tx.query<{ n: number | null }>(`select max(substring(id from 3)::int) as n from clients where id ~ '^c-[0-9]{1,9}$'`);
        const next = `c-${Math.max(1000, r.rows[0]?.n ?? 1000) + 1}`;
        await tx.query('insert into clients (id, name, location, network, revision, updated_at) values ($1, $2, $3, $4, 1, $5)',
          [next, input.name, input.location, serializeNetwork(input.network), now]);
        await insertAudit(tx, next, now, 1, { kind: 'create', ...audit });
        return next;
      });
      const record = await get(id);
      if (!record) throw new Error('created client not found');
      return record;
    },
    async audit(id) {
      const r = await db.query<{ id: number; client_id: string; at: string; who: string; username: string | null; kind: AuditKind; revision: number; action: string; summary: string }>(
        'select * from audit where client_id = $1 order by id desc', [id]);
      return r.rows.map((a) => ({ id: a.id, clientId: a.client_id, at: a.at, who: a.who, username: a.username, kind: a.kind, revision: a.revision, action: a.action, summary: JSON.parse(a.summary) as AuditItem[] }));
    },
  };
}
