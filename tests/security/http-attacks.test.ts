/**
 * Attack suite, over HTTP, against the example registration app's real server (issue 13):
 * no session → 401; another caseworker's client → 404 like an unknown id (and logged); spoofed Host → 421;
 * cross-site, non-JSON and token-less writes refused with the client unchanged; security
 * headers on every kind of response; login throttling; logout; errors that echo no input;
 * import under the revision check, with confirmation before removing most of a network.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { request } from 'node:http';
import { apiLogin, DEMO_PASSWORD, DEMO_USERS, type ApiSession } from '../registration-server';

const server = inject('registration');
const base = server.base;
let coordinator: ApiSession;
let caseworker: ApiSession;
let other: ApiSession;

beforeAll(async () => {
  [coordinator, caseworker, other] = await Promise.all([
    apiLogin(base, DEMO_USERS.coordinator), apiLogin(base, DEMO_USERS.caseworker), apiLogin(base, DEMO_USERS.otherCaseworker)]);
});

/** A raw request (fetch may not set Host), answered with status, headers and body. */
function raw(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => { text += d.toString(); });
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const revisionOf = async (id: string) => (await coordinator.get<{ revision: number }>(`/api/clients/${id}`)).revision;

describe('sessions and roles', () => {
  it('prints the demo accounts on first start', () => {
    for (const user of Object.values(DEMO_USERS)) expect(server.firstStartLog).toMatch(new RegExp(`^\\s+${user}\\s+${DEMO_PASSWORD}\\s`, 'm'));
  });

  it('answers 401 to every API route without a session, and changes nothing', async () => {
    const before = await revisionOf('c-1001');
    const routes: [string, string][] = [['GET', '/api/clients'], ['GET', '/api/clients/c-1001'], ['GET', '/api/clients/c-1001/audit'],
      ['GET', '/api/clients/c-1001/export?format=fhir'], ['PUT', '/api/clients/c-1001/network'], ['POST', '/api/clients/c-1001/import?revision=1'],
      ['POST', '/api/clients'], ['GET', '/api/session'], ['POST', '/api/logout']];
    for (const [method, path] of routes) {
      const res = await fetch(`${base}${path}`, { method, headers: { origin: base, 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.text()).not.toContain('Samir');
    }
    // The header that once named "who" is no longer believed.
    expect((await fetch(`${base}/api/clients`, { headers: { 'x-kring-user': 'coordinator' } })).status).toBe(401);
    expect(await revisionOf('c-1001')).toBe(before);
  });

  it("refuses another caseworker's client with 404 like an unknown id (read, save, import, export, log) and records the attempt", async () => {
    expect((await caseworker.get<{ clients: { id: string }[] }>('/api/clients')).clients.map((c) => c.id)).toEqual(['c-1001', 'c-1002', 'c-1003']);
    expect((await other.get<{ clients: { id: string }[] }>('/api/clients')).clients.map((c) => c.id)).toEqual(['c-1004', 'c-1005']);
    expect((await coordinator.get<{ clients: unknown[] }>('/api/clients')).clients.length).toBeGreaterThanOrEqual(5);
    const current = await coordinator.get<{ revision: number; network: unknown }>('/api/clients/c-1001');
    const attempts: [string, string, unknown?][] = [['GET', '/api/clients/c-1001'], ['GET', '/api/clients/c-1001/audit'], ['GET', '/api/clients/c-1001/export'],
      ['PUT', '/api/clients/c-1001/network', { network: current.network, revision: current.revision }],
      ['POST', `/api/clients/c-1001/import?revision=${current.revision}&confirm=1`, current.network]];
    for (const [method, path, body] of attempts) {
      const res = await other.request(method, path, body);
      const text = await res.text();
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(text).not.toContain('Samir');
      // The same answer as for an id that does not exist: nothing tells which ids are real.
      const unknown = await other.request(method, path.replace('c-1001', 'c-9999'), body);
      expect(unknown.status).toBe(404);
      expect(text).toBe(await unknown.text());
    }
    expect(await revisionOf('c-1001')).toBe(current.revision);
    const audit = await coordinator.get<{ audit: { username: string | null; kind: string }[] }>('/api/clients/c-1001/audit');
    expect(audit.audit.filter((a) => a.username === DEMO_USERS.otherCaseworker && a.kind === 'refused')).toHaveLength(attempts.length);
  });

  it('writes the session\'s account into the audit, not a header', async () => {
    const current = await caseworker.get<{ revision: number; network: unknown }>('/api/clients/c-1002');
    const res = await caseworker.request('PUT', '/api/clients/c-1002/network', { network: current.network, revision: current.revision }, { 'x-kring-user': 'iemand anders' });
    expect(res.status).toBe(200);
    const [latest] = (await coordinator.get<{ audit: { who: string; username: string; kind: string }[] }>('/api/clients/c-1002/audit')).audit;
    expect(latest).toMatchObject({ who: 'J. de Vries (netwerkondersteuner)', username: DEMO_USERS.caseworker, kind: 'write' });
  });

  it('sets an HttpOnly SameSite=Strict cookie; logout ends the session', async () => {
    const res = await fetch(`${base}/api/login`, { method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: DEMO_USERS.caseworker, password: DEMO_PASSWORD }) });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kring_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const session = await apiLogin(base, DEMO_USERS.caseworker);
    expect((await session.request('GET', '/api/clients')).status).toBe(200);
    expect((await session.request('POST', '/api/logout', {})).status).toBe(200);
    expect((await session.request('GET', '/api/clients')).status).toBe(401);
  });

  it('throttles failed logins: after 5 failures a growing delay (429 with Retry-After), even for the right password from that address', async () => {
    const attempt = (password: string) => fetch(`${base}/api/login`, {
      method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: DEMO_USERS.otherCaseworker, password }) });
    for (let i = 0; i < 5; i++) expect((await attempt(`fout-${i}`)).status).toBe(401);
    const locked = await attempt(DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(20);
    // An unknown name gets the same answers (the replies do not tell which names exist).
    const unknown = await fetch(`${base}/api/login`, { method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bestaat-niet', password: 'x' }) });
    expect(unknown.status).toBe(401);
    expect((await other.request('GET', '/api/clients')).status).toBe(200); // sessions that exist go on
  });

  it('counts parallel wrong logins before the password check: of 20 at once at most 5 are checked', async () => {
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${base}/api/login`, {
      method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'parallel-proef', password: `fout-${i}` }) })));
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    for (const r of attempts.filter((a) => a.status === 429)) expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('cross-site requests, Host and headers', () => {
  it('logs refused writes of a signed-in account (Origin, content type, CSRF, JSON, revision, 413), audit reads and import previews', async () => {
    const id = 'c-1002';
    const current = await caseworker.get<{ revision: number; network: unknown }>(`/api/clients/${id}`);
    const body = JSON.stringify({ network: current.network, revision: current.revision });
    const put = (headers: Record<string, string>, b = body) => fetch(`${base}/api/clients/${id}/network`, {
      method: 'PUT', body: b, headers: { cookie: caseworker.cookie, 'content-type': 'application/json', origin: base, 'x-csrf-token': caseworker.csrf, ...headers } });
    const audit = async () => (await coordinator.get<{ audit: { username: string | null; kind: string; action: string; summary: unknown[] }[] }>(`/api/clients/${id}/audit`)).audit
      .filter((a) => a.username === DEMO_USERS.caseworker);
    const before = (await audit()).filter((a) => a.kind === 'refused').length;
    const refusals: [Response, number][] = [
      [await put({ origin: 'https://evil.example' }), 403], [await put({ 'content-type': 'text/plain' }), 415], [await put({ 'x-csrf-token': '' }), 403],
      [await put({}, '{"network": '), 400], [await put({}, JSON.stringify({ network: current.network })), 400],
    ];
    const tooLarge = await raw(`/api/clients/${id}/network`, { cookie: caseworker.cookie, 'content-type': 'application/json', origin: base,
      'x-csrf-token': caseworker.csrf, 'content-length': String(11 * 1024 * 1024) }, 'PUT', 'x');
    expect(tooLarge.status).toBe(413);
    for (const [res, status] of refusals) expect(res.status).toBe(status);
    const after = await audit();
    expect(after.filter((a) => a.kind === 'refused').length - before).toBe(refusals.length + 1);
    expect(JSON.stringify(after)).not.toContain('evil');
    // Reading the audit and previewing an import are reads.
    await caseworker.get(`/api/clients/${id}/audit`);
    expect((await caseworker.request('POST', `/api/clients/${id}/import?preview=1`, current.network)).status).toBe(200);
    const actions = (await audit()).filter((a) => a.kind === 'read').map((a) => a.action);
    expect(actions).toContain('logboek bekeken');
    expect(actions).toContain('importvoorbeeld bekeken');
    expect(await revisionOf(id)).toBe(current.revision);
  });

  it('refuses writes without a same-origin Origin, without JSON, or without the CSRF token; the client is unchanged', async () => {
    const current = await coordinator.get<{ revision: number; network: unknown }>('/api/clients/c-1003');
    const body = JSON.stringify({ network: current.network, revision: current.revision });
    const put = (headers: Record<string, string>) => fetch(`${base}/api/clients/c-1003/network`, {
      method: 'PUT', body, headers: { cookie: coordinator.cookie, 'content-type': 'application/json', origin: base, 'x-csrf-token': coordinator.csrf, ...headers } });
    const cases: [Record<string, string>, number][] = [
      [{ origin: 'https://evil.example' }, 403], [{ origin: 'null' }, 403], [{ origin: '' }, 403],
      [{ 'sec-fetch-site': 'cross-site' }, 403], [{ 'content-type': 'text/plain' }, 415],
      [{ 'content-type': 'application/x-www-form-urlencoded' }, 415], [{ 'x-csrf-token': '' }, 403], [{ 'x-csrf-token': other.csrf }, 403],
    ];
    for (const [headers, status] of cases) expect((await put(headers)).status, JSON.stringify(headers)).toBe(status);
    // The text/plain form body of the old attack: refused before it is read, without `?revision` too.
    const form = await fetch(`${base}/api/clients/c-1003/import`, { method: 'POST', headers: { cookie: coordinator.cookie, 'content-type': 'text/plain', origin: 'https://evil.example' }, body: '{"resourceType":"Bundle","x":"="}' });
    expect(form.status).toBe(403);
    expect(await revisionOf('c-1003')).toBe(current.revision);
  });

  it('refuses a spoofed Host (DNS rebinding) before anything else', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1.evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      for (const path of ['/', '/api/session', '/api/clients']) {
        const res = await raw(path, { host, cookie: coordinator.cookie });
        expect(res.status, `${host} ${path}`).toBe(421);
        expect(res.body).not.toContain('Samir');
      }
    }
    expect((await raw('/api/clients', { host: `localhost:${server.port}`, cookie: coordinator.cookie })).status).toBe(200);
  });

  it('sends CSP, nosniff, frame-ancestors, no-referrer on every response, and no-store on the API', async () => {
    const responses = {
      page: await raw('/', { host: `127.0.0.1:${server.port}` }),
      route: await raw('/clients/c-1001', { host: `127.0.0.1:${server.port}` }),
      api: await raw('/api/clients', { host: `127.0.0.1:${server.port}`, cookie: coordinator.cookie }),
      unauthorised: await raw('/api/clients', { host: `127.0.0.1:${server.port}` }),
      notFound: await raw('/api/nothing', { host: `127.0.0.1:${server.port}`, cookie: coordinator.cookie }),
      badHost: await raw('/', { host: 'evil.example' }),
      badEncoding: await raw('/api/clients/%E0%A4%A', { host: `127.0.0.1:${server.port}`, cookie: coordinator.cookie }),
    };
    for (const [name, res] of Object.entries(responses)) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp, name).toMatch(/default-src 'self'/);
      expect(csp, name).toMatch(/script-src 'self'(;|$)/);
      expect(csp, name).toMatch(/style-src 'self'(;|$)/);
      expect(csp, name).toMatch(/frame-ancestors 'none'/);
      expect(csp, name).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers['x-content-type-options'], name).toBe('nosniff');
      expect(res.headers['referrer-policy'], name).toBe('no-referrer');
      if (name !== 'page' && name !== 'route') expect(res.headers['cache-control'], name).toBe('no-store');
    }
  });
});

describe('errors', () => {
  it('answers malformed percent-encoding with 400 and no stack trace', async () => {
    for (const path of ['/api/clients/%E0%A4%A', '/api/clients/%', '/%E0%A4%A', '/assets/%zz.js']) {
      const res = await fetch(`${base}${path}`, { headers: { cookie: coordinator.cookie } });
      expect(res.status, path).toBe(400);
      const text = await res.text();
      expect(text, path).not.toMatch(/URIError|at .*\.ts|node:internal|stack/);
    }
  });

  it('never echoes input in an error', async () => {
    const marker = '<img src=x onerror=alert(1)>kring-marker';
    const probes = [
      await coordinator.request('GET', `/api/clients/${encodeURIComponent(marker)}`),
      await coordinator.request('GET', `/api/${encodeURIComponent(marker)}`),
      await coordinator.request('GET', `/api/clients/c-1001/export?format=${encodeURIComponent(marker)}`),
      await coordinator.request('PUT', '/api/clients/c-1001/network', `{"network": "${marker}`),
      await coordinator.request('PUT', '/api/clients/c-1001/network', { network: { format: 'kring.network', version: 1, focus: marker, people: [] }, revision: 1 }),
      // An unknown key's name (in path and pathSegments) is the request's text too.
      await coordinator.request('PUT', '/api/clients/c-1001/network', { network: { format: 'kring.network', version: 1, focus: 'p-x', people: [{ id: 'p-1', kind: 'person', name: 'A', [marker]: 1 }], [marker]: 1 }, revision: 1 }),
      await coordinator.request('POST', '/api/clients/c-1001/import?preview=1', { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'RelatedPerson', id: marker, name: [{ text: marker }], relationship: marker } }] }),
      await fetch(`${base}/api/login`, { method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: marker, password: marker }) }),
    ];
    for (const res of probes) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.text()).not.toContain('kring-marker');
    }
  });
});

describe('import', () => {
  it("refuses a FHIR handover of another client (preview and import), logs it, and changes nothing", async () => {
    const marco = await (await coordinator.request('GET', '/api/clients/c-1002/export?format=fhir')).text();
    const rev = await revisionOf('c-1001');
    for (const q of ['preview=1', `revision=${rev}&confirm=1`]) {
      const res = await coordinator.request('POST', `/api/clients/c-1001/import?${q}`, marco);
      expect(res.status, q).toBe(422);
      expect(await res.json(), q).toMatchObject({ otherPatient: true });
    }
    expect(await revisionOf('c-1001')).toBe(rev);
    const own = await (await coordinator.request('GET', '/api/clients/c-1001/export?format=fhir')).text();
    expect((await coordinator.request('POST', '/api/clients/c-1001/import?preview=1', own)).status).toBe(200);
  });

  it('needs the current revision: none is 400, a stale one 409, and nothing is saved', async () => {
    const current = await coordinator.get<{ revision: number; network: unknown }>('/api/clients/c-1005');
    expect((await coordinator.request('POST', '/api/clients/c-1005/import', current.network)).status).toBe(400);
    expect((await coordinator.request('POST', `/api/clients/c-1005/import?revision=${current.revision - 1}`, current.network)).status).toBe(409);
    expect(await revisionOf('c-1005')).toBe(current.revision);
  });

  it('does not let a bare Bundle wipe a network, and asks for confirmation before removing most of it', async () => {
    const current = await coordinator.get<{ revision: number; network: { people: unknown[] } }>('/api/clients/c-1004');
    const bare = await coordinator.request('POST', `/api/clients/c-1004/import?revision=${current.revision}`, { resourceType: 'Bundle' });
    expect(bare.status).toBe(400);
    const empty = { resourceType: 'Bundle', type: 'collection', entry: [] };
    const preview = await (await coordinator.request('POST', '/api/clients/c-1004/import?preview=1', empty)).json() as { needsConfirmation: boolean; removed: number; before: number };
    expect(preview).toMatchObject({ needsConfirmation: true, removed: current.network.people.length - 1, before: current.network.people.length - 1 });
    const unconfirmed = await coordinator.request('POST', `/api/clients/c-1004/import?revision=${current.revision}`, empty);
    expect(unconfirmed.status).toBe(422);
    expect(await revisionOf('c-1004')).toBe(current.revision);
    const confirmed = await coordinator.request('POST', `/api/clients/c-1004/import?revision=${current.revision}&confirm=1`, empty);
    expect(confirmed.status).toBe(200);
    const after = await coordinator.get<{ revision: number; network: { people: unknown[] } }>('/api/clients/c-1004');
    expect(after.network.people).toHaveLength(1);
    const kinds = (await coordinator.get<{ audit: { kind: string; username: string }[] }>('/api/clients/c-1004/audit')).audit.map((a) => a.kind).filter((k) => k !== 'read');
    expect(kinds.slice(0, 3)).toEqual(['import', 'refused', 'refused']);
  });
});
