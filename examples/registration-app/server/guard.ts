/**
 * Request checks that do not depend on the route: the `Host` allow-list (against DNS
 * rebinding: a page on an attacker's name that resolves to 127.0.0.1 sends its own name as
 * `Host`), and for every state-changing request a JSON content type plus a same-origin
 * `Origin` (cross-site forms and `no-cors` fetches can send neither). The CSRF token is
 * checked per session in app.ts. Also the session cookie's name and attributes.
 */
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { HttpError } from './http';

export interface SecurityConfig {
  /** `host[:port]` values (lower case) that `Host` may carry. */
  allowedHosts: ReadonlySet<string>;
  /** Served as https (directly or behind a TLS proxy): Secure `__Host-` cookie, https origins, HSTS. */
  https: boolean;
}

/**
 * From the environment: `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`, `HOST:PORT` when
 * `HOST` names an interface, every entry of `ALLOWED_HOSTS` (comma-separated `name[:port]`),
 * and the host of `PUBLIC_URL` (e.g. `https://ecd.example.nl`, which also turns on https mode).
 */
export function securityConfig(env: NodeJS.ProcessEnv, port: number): SecurityConfig {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const host = env.HOST?.trim();
  if (host && host !== '0.0.0.0' && host !== '::') hosts.add(`${host.includes(':') ? `[${host}]` : host}:${port}`.toLowerCase());
  for (const h of (env.ALLOWED_HOSTS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) hosts.add(h);
  let https = false;
  if (env.PUBLIC_URL) {
    const url = new URL(env.PUBLIC_URL);
    hosts.add(url.host.toLowerCase());
    https = url.protocol === 'https:';
  }
  return { allowedHosts: hosts, https };
}

/** The request's `Host`, when it is on the allow-list; else 421 (nothing else is answered). */
export function checkHost(req: IncomingMessage, config: SecurityConfig): string {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!config.allowedHosts.has(host)) throw new HttpError(421, 'onbekende host');
  return host;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isStateChanging = (method: string): boolean => STATE_CHANGING.has(method);

/**
 * For POST/PUT/PATCH/DELETE: `Origin` must be this site (`http(s)://<Host>`), `Sec-Fetch-Site`
 * (when the browser sends it) `same-origin`, and the body `application/json`. An HTML form
 * can only send `text/plain`, `multipart/form-data` or `application/x-www-form-urlencoded`.
 */
export function checkSameOriginJson(req: IncomingMessage, config: SecurityConfig, host: string): void {
  const origin = req.headers.origin;
  if (origin !== `${config.https ? 'https' : 'http'}://${host}`) throw new HttpError(403, 'verzoek van een andere site geweigerd');
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw new HttpError(403, 'verzoek van een andere site geweigerd');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'alleen application/json');
}

/** Constant-time comparison of the `X-CSRF-Token` header with the session's token. */
export function checkCsrf(req: IncomingMessage, expected: string): void {
  const got = req.headers['x-csrf-token'];
  const a = Buffer.from(typeof got === 'string' ? got : '');
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(403, 'CSRF-token ontbreekt of klopt niet');
}

/** `__Host-kring_session` under https (the prefix requires Secure), else `kring_session`. */
export const cookieName = (config: SecurityConfig): string => (config.https ? '__Host-kring_session' : 'kring_session');

/** The `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure under https; `value: ''` deletes it. */
export function sessionCookie(config: SecurityConfig, value: string, maxAgeSeconds: number): string {
  return [`${cookieName(config)}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${value ? maxAgeSeconds : 0}`,
    ...(config.https ? ['Secure'] : [])].join('; ');
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
