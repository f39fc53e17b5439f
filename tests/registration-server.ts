/**
 * The example registration app's real server for tests (tests/browser/registration-app.test.ts,
 * tests/security): started on a free port with its own database, signed in as a demo account
 * over the API or through the sign-in page. One place for spawning and logging in.
 *
 * Creating a database (PGlite's initdb) takes 20-40 s on a busy machine, so the first start
 * is done once into a template (in the temp folder, named after the server's sources, so a
 * schema or seed change makes a new one) and every server starts on a copy of it. The
 * template's first-start output (the printed demo accounts) is kept next to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { cp, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The app's folder; `KRING_APP_DIR` points at another checkout (e.g. an older commit, to see a test fail there). */
export const appDir = process.env.KRING_APP_DIR ? resolve(process.env.KRING_APP_DIR) : resolve(import.meta.dirname, '../examples/registration-app');
/** The demo accounts' password in tests (`KRING_DEMO_PASSWORD`); a real first start prints random ones. */
export const DEMO_PASSWORD = 'test-wachtwoord-7k2q';
export const DEMO_USERS = { caseworker: 'jdevries', otherCaseworker: 'samrani', coordinator: 'coordinator' } as const;

export interface RegistrationServer {
  base: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  log(): string;
  /** SIGTERM (a clean stop), or `'SIGKILL'`; resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });
}

async function spawnServer(dataDir: string, env: Record<string, string>): Promise<RegistrationServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let out = '';
  const child = spawn(process.execPath, ['--conditions=@kring/source', '--import', 'tsx', 'server/main.ts'], {
    cwd: appDir, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, KRING_DEMO_PASSWORD: DEMO_PASSWORD, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<void>((r) => { if (child.exitCode !== null) r(); else child.once('exit', () => r()); });
  const server: RegistrationServer = {
    base, port, dataDir, process: child, log: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    },
  };
  const end = Date.now() + 150_000;
  for (;;) {
    try {
      await fetch(`${base}/api/session`); // any answer (401) means it is up
      return server;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    if (Date.now() > end) { await server.stop('SIGKILL'); throw new Error(`server did not start: ${out}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function templateDir(): Promise<string> {
  const hash = createHash('sha256').update(DEMO_PASSWORD);
  for (const f of (await readdir(join(appDir, 'server'))).sort()) hash.update(f).update(await readFile(join(appDir, 'server', f)));
  const dir = join(tmpdir(), `kring-registration-template-${hash.digest('hex').slice(0, 16)}`);
  if (await stat(join(dir, 'first-start.log')).then(() => true, () => false)) return dir;
  const work = await mkdtemp(join(tmpdir(), 'kring-registration-new-'));
  const server = await spawnServer(join(work, 'db'), {});
  await server.stop();
  await writeFile(join(work, 'first-start.log'), server.log());
  // Another test file may have made it meanwhile: keep theirs.
  await rename(work, dir).catch(() => rm(work, { recursive: true, force: true }));
  return dir;
}

/**
 * Starts the server on a free port. Default: a fresh copy of the seeded template database
 * (demo accounts with `DEMO_PASSWORD`); `dataDir` reuses a folder (e.g. after a kill).
 */
export async function startRegistrationServer(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RegistrationServer & { firstStartLog: string }> {
  const template = await templateDir();
  let dataDir = options.dataDir;
  if (!dataDir) {
    dataDir = join(await mkdtemp(join(tmpdir(), 'kring-registration-')), 'db');
    await cp(join(template, 'db'), dataDir, { recursive: true });
  }
  const server = await spawnServer(dataDir, options.env ?? {});
  return Object.assign(server, { firstStartLog: await readFile(join(template, 'first-start.log'), 'utf8') });
}

/** Removes a server's database folder (the temp folder around it). */
export async function removeData(server: { dataDir: string } | undefined): Promise<void> {
  if (server) await rm(resolve(server.dataDir, '..'), { recursive: true, force: true });
}

/** A signed-in API client: session cookie, same-origin `Origin`, JSON and the CSRF token on every request. */
export interface ApiSession {
  csrf: string;
  cookie: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get<T = unknown>(path: string): Promise<T>;
}

export async function apiLogin(base: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const res = await fetch(`${base}/api/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken: csrf } = await res.json() as { csrfToken: string };
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => fetch(`${base}${path}`, {
    method, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: { cookie, origin: base, 'content-type': 'application/json', 'x-csrf-token': csrf, ...headers },
  });
  return {
    csrf, cookie, request,
    async get<T>(path: string): Promise<T> {
      const res = await request('GET', path);
      if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
      return await res.json() as T;
    },
  };
}

/** Signs in through the app's sign-in page (the page's context keeps the session cookie for its other pages). */
export async function loginPage(page: Page, base: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}
