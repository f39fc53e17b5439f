/** The host app's small API client (the vendor's own code, not part of Kring). */
import type { Network, NetworkIssue } from '@kring/core';
import type { AuditItem } from '../server/summary';

export interface ClientRow { id: string; name: string; location: string; revision: number; updatedAt: string }
export interface ClientRecord extends ClientRow { network: Network }
/** One log entry; `summary` holds changes as data (put into words by `auditText.ts`) or Dutch sentences. */
export interface AuditRow { id: number; at: string; who: string; revision: number; kind?: string; action: string; summary: AuditItem[] }

/** The signed-in caseworker (a real system takes this from its login). */
export const currentUser = { name: 'J. de Vries (netwerkondersteuner)' };

const headers = () => ({ 'content-type': 'application/json', 'x-kring-user': encodeURIComponent(currentUser.name) });

/** Chromium and Firefox refuse `keepalive` requests whose bodies (together) exceed 64 KiB. */
const KEEPALIVE_LIMIT = 60 * 1024;

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const api = {
  clients: () => fetch('/api/clients').then((r) => json<{ clients: ClientRow[] }>(r)).then((r) => r.clients),
  /** "Nieuwe cliënt": `errors` (with the path of the bad field, `name` or `location`) when the server refuses. */
  async createClient(input: { name: string; location: string }): Promise<{ ok: true; record: ClientRecord } | { ok: false; errors: NetworkIssue[] }> {
    const res = await fetch('/api/clients', { method: 'POST', headers: headers(), body: JSON.stringify(input) });
    if (res.status === 400) return { ok: false, errors: ((await res.json()) as { errors?: NetworkIssue[] }).errors ?? [] };
    return { ok: true, record: await json<ClientRecord>(res) };
  },
  client: (id: string) => fetch(`/api/clients/${encodeURIComponent(id)}`).then((r) => json<ClientRecord>(r)),
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
    return { kind: 'saved', revision: (await json<{ revision: number }>(res)).revision };
  },
  async importNetwork(id: string, text: string, preview: boolean): Promise<
    { ok: true; format: 'kring' | 'fhir'; network?: Network; warnings: NetworkIssue[] } | { ok: false; errors: NetworkIssue[] }> {
    const res = await fetch(`/api/clients/${encodeURIComponent(id)}/import${preview ? '?preview=1' : ''}`, { method: 'POST', headers: headers(), body: text });
    const body = (await res.json()) as { format: 'kring' | 'fhir'; network?: Network; warnings?: NetworkIssue[]; errors?: NetworkIssue[] };
    if (!res.ok) return { ok: false, errors: body.errors ?? [{ code: 'unreadable', path: '', message: `HTTP ${res.status}` } as NetworkIssue] };
    return { ok: true, format: body.format, network: body.network, warnings: body.warnings ?? [] };
  },
};

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
