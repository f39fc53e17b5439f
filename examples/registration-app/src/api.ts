/** The host app's small API client (the vendor's own code, not part of Kring). */
import type { Network, NetworkIssue } from '@kring/core';
import type { AuditItem } from '../server/summary';

export interface ClientRow { id: string; name: string; location: string; revision: number; updatedAt: string }
export interface ClientRecord extends ClientRow { network: Network }
/** One log entry; `summary` holds changes as data (put into words by `auditText.ts`) or Dutch sentences. */
export interface AuditRow { id: number; at: string; who: string; revision: number; kind?: string; action: string; summary: AuditItem[] }

/** The signed-in account, as `GET /api/session` and `POST /api/login` give it. */
export interface SignedInUser { username: string; name: string; role: 'caseworker' | 'coordinator' }

/** The signed-in account (filled in at sign-in; the print view's author). */
export const currentUser: SignedInUser = { username: '', name: '', role: 'caseworker' };

/**
 * The session's CSRF token, from the JSON of `/api/session` or `/api/login` (never from the
 * page: the CSP allows no inline script, and the cookie is HttpOnly). Every state-changing
 * request sends it in `X-CSRF-Token`, with a JSON content type.
 */
let csrfToken = '';

const headers = () => ({ 'content-type': 'application/json', 'x-csrf-token': csrfToken });

/** Fired on `window` when the server answers 401 (the session ended): the app shows the sign-in page. */
export const SIGNED_OUT_EVENT = 'kring:signed-out';

function signedIn(body: { user: SignedInUser; csrfToken: string }): SignedInUser {
  csrfToken = body.csrfToken;
  Object.assign(currentUser, body.user);
  return body.user;
}

/** Chromium and Firefox refuse `keepalive` requests whose bodies (together) exceed 64 KiB. */
const KEEPALIVE_LIMIT = 60 * 1024;

async function json<T>(res: Response): Promise<T> {
  if (res.status === 401) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const api = {
  /** The current session; `null` when nobody is signed in. */
  async session(): Promise<SignedInUser | null> {
    const res = await fetch('/api/session');
    if (res.status === 401) return null;
    return signedIn(await json<{ user: SignedInUser; csrfToken: string }>(res));
  },
  /** Signs in; `retryAfter` (seconds) when the server throttles after failed attempts. */
  async login(username: string, password: string): Promise<{ ok: true; user: SignedInUser } | { ok: false; retryAfter?: number }> {
    const res = await fetch('/api/login', { method: 'POST', headers: headers(), body: JSON.stringify({ username, password }) });
    if (res.status === 429) return { ok: false, retryAfter: Number(res.headers.get('retry-after') ?? 900) };
    if (res.status === 401 || res.status === 400) return { ok: false };
    return { ok: true, user: signedIn(await json<{ user: SignedInUser; csrfToken: string }>(res)) };
  },
  async logout(): Promise<void> {
    await fetch('/api/logout', { method: 'POST', headers: headers(), body: '{}' });
    csrfToken = '';
  },
  clients: () => fetch('/api/clients').then((r) => json<{ clients: ClientRow[] }>(r)).then((r) => r.clients),
  /** "Nieuwe cliënt": `errors` (with the path of the bad field, `name` or `location`) when the server refuses. */
  async createClient(input: { name: string; location: string }): Promise<{ ok: true; record: ClientRecord } | { ok: false; errors: NetworkIssue[] }> {
    const res = await fetch('/api/clients', { method: 'POST', headers: headers(), body: JSON.stringify(input) });
    if (res.status === 400) return { ok: false, errors: ((await res.json()) as { errors?: NetworkIssue[] }).errors ?? [] };
    return { ok: true, record: await json<ClientRecord>(res) };
  },
  /** The client's file; `print` tells the server (for its audit) that the print view opened it. */
  client: (id: string, print?: { redacted: boolean }) => fetch(`/api/clients/${encodeURIComponent(id)}${print ? `?view=print&redacted=${print.redacted ? 1 : 0}` : ''}`).then((r) => json<ClientRecord>(r)),
  audit: (id: string) => fetch(`/api/clients/${encodeURIComponent(id)}/audit`).then((r) => json<{ audit: AuditRow[] }>(r)).then((r) => r.audit),
  /**
   * Saves the network if `revision` is still the current one. `keepalive` lets the request
   * outlive the page (leaving the file, closing the tab); browsers cap such bodies at 64 KiB,
   * so a larger network goes as an ordinary request (still fine for in-app navigation).
   */
  async save(id: string, network: Network, revision: number, { keepalive = false } = {}): Promise<
    { kind: 'saved'; revision: number } | { kind: 'conflict'; current: ClientRecord } | { kind: 'invalid'; errors: NetworkIssue[] }> {
    const body = JSON.stringify({ network, revision });
    const res = await fetch(`/api/clients/${encodeURIComponent(id)}/network`, {
      method: 'PUT', headers: headers(), body, keepalive: keepalive && new Blob([body]).size < KEEPALIVE_LIMIT,
    });
    if (res.status === 409) return { kind: 'conflict', current: ((await res.json()) as { current: ClientRecord }).current };
    if (res.status === 400) return { kind: 'invalid', errors: ((await res.json()) as { errors: NetworkIssue[] }).errors };
    // No access (any more) to this client: 404, as for a client that does not exist (403: refused CSRF/Origin).
    if (res.status === 403 || res.status === 404) return { kind: 'invalid', errors: [] };
    return { kind: 'saved', revision: (await json<{ revision: number }>(res)).revision };
  },
  /**
   * Reads an import (`preview`: nothing is saved; the answer says how many of the current
   * people it would remove and whether that needs confirmation) or saves it at `revision`
   * (`conflict` when the network changed since; `confirm` when it removes most of it).
   */
  async importNetwork(id: string, text: string, options: { preview: true } | { preview: false; revision: number; confirm?: boolean }): Promise<ImportAnswer> {
    const q = options.preview ? '?preview=1' : `?revision=${options.revision}${options.confirm ? '&confirm=1' : ''}`;
    const res = await fetch(`/api/clients/${encodeURIComponent(id)}/import${q}`, { method: 'POST', headers: headers(), body: text });
    if (res.status === 401) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    const body = (await res.json()) as { format: 'kring' | 'fhir'; network?: Network; warnings?: NetworkIssue[]; errors?: NetworkIssue[]; removed?: number; before?: number; needsConfirmation?: boolean; otherPatient?: boolean; ties?: Removed; events?: Removed; groups?: Removed };
    if (res.status === 409) return { ok: false, conflict: true, errors: [] };
    if (body.otherPatient) return { ok: false, otherPatient: true, errors: [] };
    if (!res.ok) return { ok: false, errors: body.errors ?? [{ code: 'unreadable', path: '', pathSegments: [], message: `HTTP ${res.status}` } as NetworkIssue] };
    return { ok: true, format: body.format, network: body.network, warnings: body.warnings ?? [],
      removed: body.removed ?? 0, before: body.before ?? 0, needsConfirmation: body.needsConfirmation ?? false,
      ties: body.ties ?? NONE, events: body.events ?? NONE, groups: body.groups ?? NONE };
  },
};

/** What an import would remove of ties, events or groups (server/import.ts `removal`). */
export interface Removed { removed: number; before: number }
const NONE: Removed = { removed: 0, before: 0 };

export type ImportAnswer =
  | { ok: true; format: 'kring' | 'fhir'; network?: Network; warnings: NetworkIssue[]; removed: number; before: number; needsConfirmation: boolean; ties: Removed; events: Removed; groups: Removed }
  | { ok: false; conflict?: true; otherPatient?: true; errors: NetworkIssue[] };

/** Offers `text` as a file download. */
export function download(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
