/**
 * The registration system's HTTP server (node:http, no framework): the API under `/api/`
 * and static hosting of the built client. See README.md for the routes and the security
 * measures. Every request: Host allow-list, security headers. Every state-changing
 * request: same-origin `Origin`, JSON content type, and (once signed in) the CSRF token.
 * Every client route: a session, and access to that client (assigned caseworker or coordinator).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseNetwork, serializeNetwork } from '@kring/core';
import { toFhir } from '@kring/fhir';
import type { Accounts, Actor } from './accounts';
import type { ClientRecord, Store } from './db';
import { checkCsrf, checkHost, checkSameOriginJson, isStateChanging, type SecurityConfig } from './guard';
import { HttpError, decodePart, publicIssues, readJson, securityHeaders, send, yieldToOthers } from './http';
import { readImport, removal } from './import';
import { currentSession, login, logout, sessionInfo, type SessionContext } from './session-routes';
import { readNewClient } from './clients';
import { created, summarize } from './summary';
import { createThrottle, type Throttle } from './throttle';

export { readImport } from './import';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

export interface AppOptions {
  store: Store;
  accounts: Accounts;
  /** The built client (`dist/`). */
  staticDir: string;
  security: SecurityConfig;
  /** Login throttling; default: a fresh in-memory one. */
  throttle?: Throttle;
}

function fileName(name: string): string {
  return name.normalize('NFD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'client';
}

const revisionParam = (v: unknown): number => {
  const n = typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new HttpError(400, 'revision (getal) ontbreekt', { errors: [{ code: 'required', path: 'revision', pathSegments: ['revision'], message: 'Required.' }] });
  }
  return n;
};

/** The routes of one client, for a signed-in `actor` who may access it. */
async function clientRoute(req: IncomingMessage, res: ServerResponse, url: URL, store: Store, actor: Actor, record: ClientRecord, action: string | undefined): Promise<void> {
  const method = req.method ?? 'GET';
  const id = record.id;
  const refuse = (summary: string) => store.log(id, { actor, kind: 'refused', action: 'geweigerd', summary: [summary] });

  if (!action && method === 'GET') {
    const print = url.searchParams.get('view') === 'print';
    await store.log(id, print
      ? { actor, kind: 'print', action: 'afgedrukt', summary: [`Afdrukweergave geopend (${url.searchParams.get('redacted') === '1' ? 'alleen initialen' : 'volledige namen'})`] }
      : { actor, kind: 'read', action: 'bekeken', summary: [] });
    return send(res, 200, record);
  }

  if (action === 'network' && method === 'PUT') {
    const { network, revision } = ((await readJson(req)) ?? {}) as { network?: unknown; revision?: unknown };
    const rev = revisionParam(revision);
    const parsed = parseNetwork(network);
    if (!parsed.ok) {
      await refuse(`Ongeldig netwerk (${parsed.errors.length} problemen)`);
      return send(res, 400, { errors: publicIssues(parsed.errors, 'network') });
    }
    const saved = await store.save(id, parsed.network, rev, { actor, kind: 'write', action: 'gewijzigd', summary: summarize(record.network, parsed.network) });
    if (!saved.ok) {
      await store.log(id, { actor, kind: 'refused', action: 'conflict', summary: [`Opslaan op versie ${rev} geweigerd: er is een nieuwere versie`] });
      return send(res, 409, { error: 'conflict', current: saved.current });
    }
    return send(res, 200, { revision: saved.revision, updatedAt: saved.updatedAt, warnings: publicIssues(parsed.warnings, 'network') });
  }

  if (action === 'audit' && method === 'GET') {
    // Reading the audit is a read of the client file too; logged after reading, so the
    // answer shows the entries before this one.
    const audit = await store.audit(id);
    await store.log(id, { actor, kind: 'read', action: 'logboek bekeken', summary: [] });
    return send(res, 200, { audit });
  }

  if (action === 'export' && method === 'GET') {
    const format = url.searchParams.get('format') ?? 'kring';
    if (format !== 'kring' && format !== 'fhir') throw new HttpError(400, 'format is kring of fhir');
    await store.log(id, { actor, kind: 'export', action: 'geëxporteerd', summary: [format === 'fhir' ? 'FHIR-bundel' : 'Kring JSON'] });
    const base = `${fileName(record.name)}-${fileName(record.id)}`;
    if (format === 'fhir') {
      // The handover carries the whole network (embed: 'document'), as the Kring JSON download does;
      // the @kring/fhir README says what that discloses ('none' sends only the mapped resources).
      const bundle = toFhir(record.network, { patient: { reference: `Patient/${record.id}`, display: record.name }, embed: 'document' });
      return send(res, 200, JSON.stringify(bundle, null, 2), {
        'content-type': 'application/fhir+json; charset=utf-8', 'content-disposition': `attachment; filename="${base}.fhir.json"`,
      });
    }
    return send(res, 200, serializeNetwork(record.network), { 'content-disposition': `attachment; filename="${base}.kring.json"` });
  }

  if (action === 'import' && method === 'POST') return importRoute(req, res, url, store, actor, record);
  throw new HttpError(405, 'methode niet toegestaan');
}

/**
 * `POST /api/clients/:id/import?preview=1` reads and reports; without `preview` it saves
 * under the same revision check as a save (`revision` required, 409 on conflict), and an
 * import that would remove most of the network needs `confirm=1` (else 422, nothing saved).
 */
async function importRoute(req: IncomingMessage, res: ServerResponse, url: URL, store: Store, actor: Actor, record: ClientRecord): Promise<void> {
  const preview = url.searchParams.get('preview') === '1';
  const rev = preview ? 0 : revisionParam(url.searchParams.get('revision'));
  const value = await readJson(req);
  await yieldToOthers();
  const read = await readImport(value, record.id);
  const refuse = (summary: string, action = 'geweigerd') => store.log(record.id, { actor, kind: 'refused', action, summary: [`Import: ${summary}`] });
  if (!read.ok && read.otherPatient) {
    // A bundle about another patient (import.ts): refused, preview or not, with a Dutch message.
    await refuse('Bestand gaat over een andere cliënt');
    return send(res, 422, { format: read.format, otherPatient: true, error: 'dit bestand gaat over een andere cliënt', errors: read.errors });
  }
  if (!read.ok) {
    if (!preview) await refuse(`Ongeldig bestand (${read.errors.length} problemen)`);
    return send(res, 400, { format: read.format, errors: read.errors });
  }
  await yieldToOthers();
  const removes = removal(record.network, read.network);
  // A preview shows the file's people next to the client's: a read, logged as one.
  if (preview) await store.log(record.id, { actor, kind: 'read', action: 'importvoorbeeld bekeken', summary: [`Import: voorbeeld (${read.format === 'fhir' ? 'FHIR-bundel' : 'Kring JSON'})`] });
  if (preview) return send(res, 200, { preview: true, format: read.format, network: read.network, warnings: read.warnings, ...removes });
  if (removes.needsConfirmation && url.searchParams.get('confirm') !== '1') {
    await refuse(`Niet bevestigd: zou ${removes.removed} van ${removes.before} personen verwijderen`);
    return send(res, 422, { error: 'bevestiging nodig', ...removes });
  }
  const summary = [{ kind: 'imported' as const, format: read.format }, ...summarize(record.network, read.network)];
  const saved = await store.save(record.id, read.network, rev, { actor, kind: 'import', action: 'geïmporteerd', summary });
  if (!saved.ok) {
    await refuse(`versie ${rev} is niet de nieuwste`, 'conflict');
    return send(res, 409, { error: 'conflict', current: saved.current });
  }
  return send(res, 200, { format: read.format, revision: saved.revision, warnings: read.warnings });
}

/** A fixed reason for the audit (never the request's text): the refusal's status. */
const REFUSAL: Record<number, string> = {
  400: 'ongeldig verzoek', 403: 'andere site of CSRF-token ontbreekt', 405: 'methode niet toegestaan', 413: 'verzoek te groot', 415: 'geen JSON',
};

async function api(req: IncomingMessage, res: ServerResponse, url: URL, ctx: SessionContext & { store: Store }, host: string): Promise<void> {
  const method = req.method ?? 'GET';
  const parts = url.pathname.split('/').filter(Boolean).slice(1).map(decodePart); // after "api"
  const route = parts.join('/');
  if (route === 'login' || route === 'session') {
    if (isStateChanging(method)) checkSameOriginJson(req, ctx.security, host);
    if (route === 'login' && method === 'POST') return login(req, res, ctx);
    if (route === 'session' && method === 'GET') return sessionInfo(req, res, ctx);
  }

  // The session is resolved first, so that a refused request on a client's route (another
  // site's Origin, no JSON, no CSRF token, unreadable or too large body, no revision) is in
  // that client's audit with the signed-in account. The answers are the same as before.
  const session = await currentSession(req, ctx);
  const clientId = parts[0] === 'clients' && (parts.length === 2 || parts.length === 3) ? parts[1] : undefined;
  const logRefusal = async (e: unknown): Promise<void> => {
    if (!session || clientId === undefined || !(e instanceof HttpError) || !(await ctx.store.get(clientId))) return;
    const reason = REFUSAL[e.status] ?? `HTTP ${e.status}`;
    await ctx.store.log(clientId, { actor: session.actor, kind: 'refused', action: 'geweigerd', summary: [`${method} ${parts[2] ?? 'dossier'} geweigerd: ${reason}`] });
  };
  try {
    if (isStateChanging(method)) checkSameOriginJson(req, ctx.security, host);
    if (!session) throw new HttpError(401, 'niet ingelogd');
    if (isStateChanging(method)) checkCsrf(req, session.csrf);
  } catch (e) {
    await logRefusal(e);
    throw e;
  }
  if (route === 'logout' && method === 'POST') return logout(req, res, ctx);
  if (parts[0] !== 'clients' || parts.length > 3) throw new HttpError(404, 'niet gevonden');
  const { actor } = session;
  if (parts.length === 1) {
    if (method === 'GET') return send(res, 200, { clients: await ctx.store.list(await ctx.accounts.visibleClients(actor)) });
    if (method !== 'POST') throw new HttpError(405, 'methode niet toegestaan');
    // A new client file (clients.ts); a caseworker who creates one is assigned to it.
    const input = readNewClient(await readJson(req));
    if (!input.ok) return send(res, 400, { errors: publicIssues(input.errors) });
    const record = await ctx.store.create({ name: input.name, location: input.location, network: input.network },
      { actor, kind: 'create', action: 'aangemaakt', summary: created(input.name) });
    if (actor.role === 'caseworker') await ctx.accounts.assign(actor.username, record.id);
    return send(res, 201, record);
  }
  const id = parts[1] ?? '';
  const record = await ctx.store.get(id);
  // A client that exists but is not this caseworker's gets the same 404 as one that does not
  // exist (a 403 told which client ids exist); the attempt is in that client's audit.
  if (!record) throw new HttpError(404, 'cliënt bestaat niet');
  if (!(await ctx.accounts.mayAccess(actor, id))) {
    await ctx.store.log(id, { actor, kind: 'refused', action: 'geweigerd', summary: [`Geen toegang (${method} ${parts[2] ?? 'dossier'}): niet toegewezen`] });
    throw new HttpError(404, 'cliënt bestaat niet');
  }
  try {
    return await clientRoute(req, res, url, ctx.store, actor, record, parts[2]);
  } catch (e) {
    // Thrown refusals (unreadable JSON, 413, no revision, bad format, 405); the routes log
    // the refusals they answer themselves (invalid network, conflict, unconfirmed import).
    if (e instanceof HttpError && e.status < 500) await logRefusal(e);
    throw e;
  }
}

async function serveFile(req: IncomingMessage, res: ServerResponse, dir: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'methode niet toegestaan');
  let path = normalize(decodePart(pathname)).replace(/^([/\\])+/, '');
  if (path === '' || path.endsWith('/')) path = 'index.html';
  let file = join(dir, path);
  if (!file.startsWith(dir)) throw new HttpError(404, 'niet gevonden');
  try {
    if (!(await stat(file)).isFile()) throw new Error('dir');
  } catch {
    file = join(dir, 'index.html'); // client-side routes
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Client niet gebouwd: draai `pnpm run build`.');
    return;
  }
  // Vite names assets by content hash: cache them; the page itself is checked every time.
  const immutable = file.startsWith(join(dir, 'assets'));
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The HTTP server: `/api/*` from the store and accounts, everything else from `staticDir`. */
export function createApp(options: AppOptions): Server {
  const ctx = { ...options, throttle: options.throttle ?? createThrottle() };
  const headers = securityHeaders(options.security.https);
  return createServer((req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const handle = async () => {
      const host = checkHost(req, options.security);
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith('/api/')) await api(req, res, url, ctx, host);
      else await serveFile(req, res, options.staticDir, url.pathname);
    };
    handle().catch((e: unknown) => {
      const known = e instanceof HttpError;
      if (!known) console.error(e); // the stack goes to the server's log, never to the client
      if (res.headersSent) return void res.end();
      const err = known ? e : new HttpError(500, 'serverfout');
      send(res, err.status, { error: err.message, ...err.extra }, err.headers);
    });
  });
}
