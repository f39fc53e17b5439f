/**
 * Storage of the demo registration system: an embedded Postgres (PGlite, WebAssembly)
 * in a folder on disk. Clients hold their network as canonical Kring JSON plus a
 * revision number; every change adds an audit row.
 */
import { PGlite } from '@electric-sql/pglite';
import { parseNetwork, serializeNetwork, type Network } from '@kring/core';
import { samirNetwork, marcoNetwork, dennisNoNetwork, fatimaNetwork, yonasNetwork } from '@kring/fixtures';

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

export interface AuditRow {
  id: number;
  clientId: string;
  at: string;
  who: string;
  revision: number;
  action: string;
  summary: string[];
}

export interface Store {
  list(): Promise<ClientRow[]>;
  get(id: string): Promise<ClientRecord | undefined>;
  /** Saves when `revision` is the current one; else returns the current record. */
  save(id: string, network: Network, revision: number | null, audit: { who: string; action: string; summary: string[] }):
    Promise<{ ok: true; record: ClientRecord } | { ok: false; current: ClientRecord | undefined }>;
  audit(id: string): Promise<AuditRow[]>;
  close(): Promise<void>;
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

/** Opens (and on first start creates and seeds) the database in `dir`. */
export async function openStore(dir: string): Promise<Store> {
  const db = await PGlite.create(dir);
  await db.exec(`
    create table if not exists clients (
      id text primary key, name text not null, location text not null,
      network text not null, revision integer not null, updated_at text not null);
    create table if not exists audit (
      id serial primary key, client_id text not null references clients(id), at text not null,
      who text not null, revision integer not null, action text not null, summary text not null);
  `);
  const count = await db.query<{ n: number }>('select count(*)::int as n from clients');
  if ((count.rows[0]?.n ?? 0) === 0) {
    const now = new Date().toISOString();
    for (const seed of SEEDS) {
      await db.query('insert into clients (id, name, location, network, revision, updated_at) values ($1, $2, $3, $4, 1, $5)',
        [seed.id, focusName(seed.network), seed.location, serializeNetwork(seed.network), now]);
      await db.query('insert into audit (client_id, at, who, revision, action, summary) values ($1, $2, $3, 1, $4, $5)',
        [seed.id, now, 'systeem', 'aangemaakt', JSON.stringify([`Netwerk aangemaakt met ${seed.network.people.length - 1} personen`])]);
    }
  }

  const get = async (id: string): Promise<ClientRecord | undefined> => {
    const r = await db.query<Row>('select * from clients where id = $1', [id]);
    return r.rows[0] ? toRecord(r.rows[0]) : undefined;
  };

  return {
    async list() {
      const r = await db.query<Row>('select id, name, location, revision, updated_at from clients order by id');
      return r.rows.map(toRow);
    },
    get,
    async save(id, network, revision, audit) {
      const now = new Date().toISOString();
      const result = await db.transaction(async (tx) => {
        const cur = await tx.query<{ revision: number }>('select revision from clients where id = $1 for update', [id]);
        const current = cur.rows[0];
        if (!current || (revision !== null && current.revision !== revision)) return null;
        const next = current.revision + 1;
        // The client's name belongs to the registration system, not to the network.
        await tx.query('update clients set network = $2, revision = $3, updated_at = $4 where id = $1',
          [id, serializeNetwork(network), next, now]);
        await tx.query('insert into audit (client_id, at, who, revision, action, summary) values ($1, $2, $3, $4, $5, $6)',
          [id, now, audit.who, next, audit.action, JSON.stringify(audit.summary)]);
        return next;
      });
      const record = await get(id);
      if (result === null || !record) return { ok: false, current: record };
      return { ok: true, record };
    },
    async audit(id) {
      const r = await db.query<{ id: number; client_id: string; at: string; who: string; revision: number; action: string; summary: string }>(
        'select * from audit where client_id = $1 order by id desc', [id]);
      return r.rows.map((a) => ({ id: a.id, clientId: a.client_id, at: a.at, who: a.who, revision: a.revision, action: a.action, summary: JSON.parse(a.summary) as string[] }));
    },
    close: () => db.close(),
  };
}
