/**
 * The registration system's HTTP API (node:http, no framework) and static hosting of
 * the built client. See README.md for the routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseNetwork, serializeNetwork, type Network, type NetworkIssue } from '@kring/core';
import { fromFhir, toFhir } from '@kring/fhir';
import type { Store } from './db';
import { summarize } from './summary';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};
const MAX_BODY = 5 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('too-large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function jsonOrIssue(text: string): { ok: true; value: unknown } | { ok: false; errors: NetworkIssue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, errors: [{ code: 'unreadable', path: '', message: `Geen geldige JSON: ${e instanceof Error ? e.message : String(e)}` } as NetworkIssue] };
  }
}

/** Reads Kring JSON or a FHIR R4 Bundle (detected by `resourceType`). */
export function readImport(value: unknown): { format: 'kring' | 'fhir'; ok: true; network: Network; warnings: NetworkIssue[] } | { format: 'kring' | 'fhir'; ok: false; errors: NetworkIssue[] } {
  const isFhir = typeof value === 'object' && value !== null && 'resourceType' in value;
  const result = isFhir ? fromFhir(value) : parseNetwork(value);
  const format = isFhir ? 'fhir' : 'kring';
  return result.ok ? { format, ok: true, network: result.network, warnings: result.warnings } : { format, ok: false, errors: result.errors };
}

function who(req: IncomingMessage): string {
  const h = req.headers['x-kring-user'];
  const name = (Array.isArray(h) ? h[0] : h) ?? '';
  return decodeURIComponent(name).slice(0, 80) || 'onbekend';
}

function fileName(name: string): string {
  return name.normalize('NFD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'client';
}

async function api(req: IncomingMessage, res: ServerResponse, store: Store, url: URL): Promise<void> {
  const parts = url.pathname.split('/').filter(Boolean).slice(1); // after "api"
  const method = req.method ?? 'GET';
  if (parts[0] !== 'clients') return send(res, 404, { error: 'not found' });
  if (parts.length === 1 && method === 'GET') return send(res, 200, { clients: await store.list() });
  const id = decodeURIComponent(parts[1] ?? '');
  const record = await store.get(id);
  if (!record) return send(res, 404, { error: `Cliënt ${id} bestaat niet` });
  const action = parts[2];

  if (!action && method === 'GET') return send(res, 200, record);

  if (action === 'network' && method === 'PUT') {
    const body = jsonOrIssue(await readBody(req));
    if (!body.ok) return send(res, 400, { errors: body.errors });
    const { network, revision } = (body.value ?? {}) as { network?: unknown; revision?: unknown };
    if (typeof revision !== 'number') return send(res, 400, { errors: [{ code: 'required', path: 'revision', message: 'revision (getal) ontbreekt' }] });
    const parsed = parseNetwork(network);
    if (!parsed.ok) return send(res, 400, { errors: parsed.errors.map((e) => ({ ...e, path: e.path ? `network.${e.path}` : 'network' })) });
    const summary = summarize(record.network, parsed.network);
    const saved = await store.save(id, parsed.network, revision, { who: who(req), action: 'gewijzigd', summary });
    if (!saved.ok) return send(res, 409, { error: 'conflict', current: saved.current });
    return send(res, 200, { revision: saved.record.revision, updatedAt: saved.record.updatedAt, warnings: parsed.warnings });
  }

  if (action === 'audit' && method === 'GET') return send(res, 200, { audit: await store.audit(id) });

  if (action === 'export' && method === 'GET') {
    const format = url.searchParams.get('format') ?? 'kring';
    const base = `${fileName(record.name)}-${record.id}`;
    if (format === 'fhir') {
      const bundle = toFhir(record.network, { patient: { reference: `Patient/${record.id}`, display: record.name } });
      return send(res, 200, JSON.stringify(bundle, null, 2), {
        'content-type': 'application/fhir+json; charset=utf-8', 'content-disposition': `attachment; filename="${base}.fhir.json"`,
      });
    }
    if (format !== 'kring') return send(res, 400, { errors: [{ code: 'invalid-value', path: 'format', message: 'format is kring of fhir' }] });
    return send(res, 200, serializeNetwork(record.network), { 'content-disposition': `attachment; filename="${base}.kring.json"` });
  }

  if (action === 'import' && method === 'POST') {
    const body = jsonOrIssue(await readBody(req));
    if (!body.ok) return send(res, 400, { errors: body.errors });
    const read = readImport(body.value);
    if (!read.ok) return send(res, 400, { format: read.format, errors: read.errors });
    if (url.searchParams.get('preview') === '1') return send(res, 200, { preview: true, format: read.format, network: read.network, warnings: read.warnings });
    const rev = url.searchParams.get('revision');
    const summary = [`Geïmporteerd uit ${read.format === 'fhir' ? 'FHIR-bundel' : 'Kring JSON'}`, ...summarize(record.network, read.network)];
    const saved = await store.save(id, read.network, rev === null ? null : Number(rev), { who: who(req), action: 'geïmporteerd', summary });
    if (!saved.ok) return send(res, 409, { error: 'conflict', current: saved.current });
    return send(res, 200, { format: read.format, revision: saved.record.revision, warnings: read.warnings });
  }
  return send(res, 405, { error: 'method not allowed' });
}

async function serveFile(res: ServerResponse, dir: string, pathname: string): Promise<void> {
  let path = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (path === '' || path.endsWith('/')) path = 'index.html';
  let file = join(dir, path);
  if (!file.startsWith(dir)) return void res.writeHead(404).end();
  try {
    if (!(await stat(file)).isFile()) throw new Error('dir');
  } catch {
    file = join(dir, 'index.html'); // client-side routes
  }
  try {
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Client niet gebouwd: draai `pnpm run build`.');
  }
}

/** The HTTP server: `/api/*` from the store, everything else from `staticDir`. */
export function createApp(store: Store, staticDir: string): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = url.pathname.startsWith('/api/') ? api(req, res, store, url) : serveFile(res, staticDir, url.pathname);
    handle.catch((e: unknown) => {
      const tooLarge = e instanceof Error && e.message === 'too-large';
      if (!res.headersSent) send(res, tooLarge ? 413 : 500, { error: tooLarge ? 'te groot' : 'serverfout' });
      else res.end();
      if (!tooLarge) console.error(e);
    });
  });
}
