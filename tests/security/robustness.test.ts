/**
 * Attack suite, robustness (issue 13): a 40,000-person FHIR import is answered within 2 s
 * while another request is served (as Kring exports it, 70+ MB: refused by size before it is
 * read; as a lean bundle of RelatedPersons, 7 MB: refused as more people than a network holds,
 * before mapping); kill -9 during saves loses no acknowledged revision; a database folder from
 * before accounts existed is migrated on start.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiLogin, appDir, DEMO_PASSWORD, DEMO_USERS, removeData, startRegistrationServer, type ApiSession, type RegistrationServer } from '../registration-server';

const server = inject('registration');
let coordinator: ApiSession;
const own: RegistrationServer[] = [];

beforeAll(async () => {
  coordinator = await apiLogin(server.base, DEMO_USERS.coordinator);
});
afterAll(async () => {
  for (const s of own) await s.stop('SIGKILL');
  await removeData(own[0]);
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** A FHIR Bundle of `count` RelatedPersons of one patient, as text (built directly: fast), with optional padding bytes. */
function bundleText(count: number, padding = 0): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(`{"resource":{"resourceType":"RelatedPerson","id":"rp-${i}","patient":{"reference":"Patient/c-1001"},"name":[{"text":"Persoon ${i}"}]}}`);
  }
  const binary = padding ? `,{"fullUrl":"urn:uuid:b","resource":{"resourceType":"Binary","contentType":"application/json","data":"${'A'.repeat(padding)}"}}` : '';
  return `{"resourceType":"Bundle","type":"collection","entry":[${parts.join(',')}${binary}]}`;
}

/** POSTs `body` as the coordinator; resolves with the status and the ms until the answer's headers. */
function post(path: string, body: Buffer): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((ok, fail) => {
    const req = request(`${server.base}${path}`, {
      method: 'POST',
      headers: { cookie: coordinator.cookie, origin: server.base, 'content-type': 'application/json', 'x-csrf-token': coordinator.csrf, 'content-length': body.length },
    }, (res) => {
      ok({ status: res.statusCode ?? 0, ms: performance.now() - started });
      res.resume();
      req.destroy(); // a refused upload need not be sent to the end
    });
    // The server may refuse an oversized upload by answering 413 and closing the connection
    // while this side is still writing: the write then fails (EPIPE / ECONNRESET) and the 413
    // can be lost with the socket. That is a refusal too (status 0 = closed by the server), at
    // the moment it happened; the test checks the network did not change either way.
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (req.destroyed && e.code === undefined) return;
      if (e.code === 'EPIPE' || e.code === 'ECONNRESET') ok({ status: 0, ms: performance.now() - started });
      else fail(e);
    });
    let offset = 0;
    const write = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + (1 << 20));
        offset += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

async function timedGet(): Promise<number> {
  const started = performance.now();
  const res = await coordinator.request('GET', '/api/clients/c-1002');
  await res.text();
  expect(res.status).toBe(200);
  return performance.now() - started;
}

describe('a 40,000-person FHIR import', () => {
  it.each([
    ['as Kring exports it (with the embedded document: over the 10 MB limit)', 70_000_000, 413],
    ['as a lean bundle of RelatedPersons (under the limit, more people than a network holds)', 0, 400],
  ])('%s is answered within 2 s while another request is served', async (_name, padding, status) => {
    const body = Buffer.from(bundleText(40_000, padding));
    const peerAlone: number[] = [];
    for (let i = 0; i < 5; i++) peerAlone.push(await timedGet());
    const revision = (await coordinator.get<{ revision: number }>('/api/clients/c-1001')).revision;
    const importing = post(`/api/clients/c-1001/import?revision=${revision}`, body);
    await new Promise((r) => setTimeout(r, 50));
    const peerDuring = await timedGet();
    const answer = await importing;
    console.log(`40,000-person import (${(body.length / 1e6).toFixed(1)} MB): ${answer.status} in ${answer.ms.toFixed(0)} ms; `
      + `another request meanwhile ${peerDuring.toFixed(0)} ms (alone: median ${median(peerAlone).toFixed(0)} ms of 5)`);
    // 0: the server closed the connection on the oversized upload before its 413 was read.
    expect(status === 413 ? [413, 0] : [status]).toContain(answer.status);
    expect(answer.ms).toBeLessThanOrEqual(2000);
    // Served, not queued behind the import: within a second, or ten times its time alone on a slow machine.
    expect(peerDuring).toBeLessThanOrEqual(Math.max(1000, 10 * median(peerAlone)));
    expect((await coordinator.get<{ revision: number }>('/api/clients/c-1001')).revision).toBe(revision);
  });
});

/**
 * One server of its own (two starts, each costs seconds): it starts on a database folder from
 * before accounts existed, then is killed during saves and started again on the same folder.
 */
describe('migration and durability', () => {
  let dataDir: string;

  it('starts on a database folder from before accounts existed: clients kept, demo accounts added and printed, seeded clients assigned', async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'kring-registration-old-')), 'db');
    await cp(server.dataDir, dataDir, { recursive: true });
    // Make it the old schema (clients and audit only), as `pnpm start` left it before issue 13.
    execFileSync(process.execPath, ['--input-type=module', '-e', `
      import { PGlite } from '@electric-sql/pglite';
      const db = await PGlite.create(${JSON.stringify(dataDir)});
      await db.exec('drop table sessions; drop table assignments; drop table users; drop table meta; alter table audit drop column kind; alter table audit drop column username;');
      await db.close();`], { cwd: appDir, stdio: 'pipe' });
    const old = await startRegistrationServer({ dataDir });
    own.push(old);
    expect(old.log()).toMatch(new RegExp(`^\\s+${DEMO_USERS.caseworker}\\s+${DEMO_PASSWORD}\\s`, 'm'));
    const caseworker = await apiLogin(old.base, DEMO_USERS.caseworker);
    expect((await caseworker.get<{ clients: { id: string }[] }>('/api/clients')).clients.map((c) => c.id)).toEqual(['c-1001', 'c-1002', 'c-1003']);
    const audit = await caseworker.get<{ audit: { kind: string; who: string }[] }>('/api/clients/c-1001/audit');
    expect(audit.audit.at(-1)).toMatchObject({ who: 'systeem' });
  });

  it('keeps every acknowledged revision when the server is killed (kill -9) during saves', async () => {
    const running = own[0];
    if (!running) throw new Error('the migration test starts the server');
    const api = await apiLogin(running.base, DEMO_USERS.coordinator);
    const start = await api.get<{ revision: number; network: { people: { id: string; name: string; kind: string }[] } }>('/api/clients/c-1003');
    let network = start.network;
    let revision = start.revision;
    const acknowledged: { revision: number; name: string }[] = [];
    const save = async (i: number) => {
      const next = { ...network, people: [...network.people, { id: `kill-${i}`, name: `Bewaard ${i}`, kind: 'person' }] };
      const res = await api.request('PUT', '/api/clients/c-1003/network', { network: next, revision });
      if (res.status !== 200) throw new Error(`save ${i}: HTTP ${res.status}`);
      revision = ((await res.json()) as { revision: number }).revision;
      network = next;
      acknowledged.push({ revision, name: `Bewaard ${i}` });
    };
    for (let i = 0; i < 6; i++) await save(i);
    // One more save in flight when the process is killed: it may or may not land, but nothing acknowledged may go.
    const inFlight = save(6).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 5));
    await running.stop('SIGKILL');
    await inFlight;
    const again = await startRegistrationServer({ dataDir });
    own.push(again);
    const after = await (await apiLogin(again.base, DEMO_USERS.coordinator)).get<{ revision: number; network: { people: { name: string }[] } }>('/api/clients/c-1003');
    const last = acknowledged[acknowledged.length - 1]!;
    expect(after.revision).toBeGreaterThanOrEqual(last.revision);
    expect(after.network.people.map((p) => p.name)).toEqual(expect.arrayContaining(acknowledged.map((a) => a.name)));
  });
});
