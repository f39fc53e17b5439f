/**
 * HTTP plumbing shared by the routes: typed errors with generic messages, JSON responses,
 * the security headers every response carries, and a size-limited JSON body reader.
 *
 * Error answers never contain the request's input (no echoed ids, names or parser
 * messages with fragments of the body) and never a stack trace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { joinPath, splitPath, type NetworkIssue } from '@kring/core';
import { networkJsonSchema } from '@kring/core/schema';

/** Largest accepted request body. A network of 5,000 people exported as FHIR with its embedded Kring document is ~9 MB. */
export const MAX_BODY = 10 * 1024 * 1024;

/**
 * The Content-Security-Policy of every response: no inline script or style, nothing from
 * other origins, no framing (the same policy as `tests/csp`, plus `frame-ancestors`,
 * `form-action`, `base-uri` and `object-src`). `img-src data: blob:` is for Kring's PNG export.
 */
export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** Headers on every response (static files, API answers and errors alike). */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(https ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

/** A refusal with a fixed, generic message; `extra` fields (never input) go into the JSON body. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly extra: Record<string, unknown> = {}, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

/** Sends JSON (or a prepared string) with `Cache-Control: no-store`; the security headers are already set. */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** `decodeURIComponent` that answers malformed percent-encoding with 400 instead of throwing. */
export function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, 'ongeldige URL-codering');
  }
}

/**
 * Reads a JSON request body of at most `MAX_BODY` bytes. A declared `Content-Length` over the
 * limit is refused before reading anything (413, connection closed); a chunked body is cut off
 * at the limit. Unreadable JSON gives 400 with a generic issue (the parser's message would
 * quote the input).
 */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > MAX_BODY) throw new HttpError(413, 'verzoek te groot', { limit: MAX_BODY }, { connection: 'close' });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new HttpError(413, 'verzoek te groot', { limit: MAX_BODY }, { connection: 'close' });
    chunks.push(buf);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'geen geldige JSON', { errors: [{ code: 'unreadable', path: '', pathSegments: [], message: 'Not valid JSON.' }] });
  }
}

/**
 * The path segments an error may name: the keys of Kring's JSON Schema, the request bodies'
 * own keys, and the FHIR elements the import reads. Any other key came from the request (an
 * unknown field's name is the attacker's text: `<img src=x onerror=…>`) and is replaced by
 * `…` in both `path` and `pathSegments`; numbers (array indexes) are kept.
 */
const KNOWN_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>(['network', 'revision', 'name', 'location',
    // FHIR (server/import.ts, @kring/fhir's reader)
    'resourceType', 'type', 'entry', 'resource', 'fullUrl', 'id', 'patient', 'subject', 'relationship', 'coding', 'code',
    'system', 'display', 'text', 'family', 'given', 'prefix', 'suffix', 'use', 'telecom', 'value', 'address', 'line', 'city',
    'postalCode', 'country', 'period', 'start', 'end', 'active', 'participant', 'member', 'role', 'onBehalfOf', 'reference',
    'identifier', 'extension', 'url', 'valueString', 'valueCode', 'valueCoding', 'valueDateTime', 'valueBoolean', 'data',
    'contentType', 'securityContext', 'status', 'scope', 'category', 'provision', 'actor', 'gender', 'birthDate', 'meta',
    'practitioner', 'organization', 'performer', 'dateTime', 'policyRule', 'sourceAttachment', 'timestamp']);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { for (const x of v) walk(x); return; }
    if (typeof v !== 'object' || v === null) return;
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'properties' || k === 'patternProperties') && typeof x === 'object' && x !== null) for (const key of Object.keys(x)) keys.add(key);
      walk(x);
    }
  };
  walk(networkJsonSchema);
  return keys;
})();

const MAX_SEGMENTS = 32;
const safeSegment = (s: string | number): string | number =>
  typeof s === 'number' ? (Number.isSafeInteger(s) ? s : '…') : KNOWN_KEYS.has(s) ? s : '…';

/**
 * Issues as the API returns them: code and path (the UI shows Kring's Dutch text for the
 * code), and a message that does not quote the input (core's developer messages do, e.g.
 * `"p-7" is not the id of a person`). Path segments that are not known keys or numbers are
 * `…` (see `KNOWN_KEYS`); at most 32 segments, and paths are cut at 300 characters.
 */
export function publicIssues(issues: readonly NetworkIssue[], prefix = ''): NetworkIssue[] {
  return issues.slice(0, 1000).map((e) => {
    const raw = [...(prefix ? [prefix] : []), ...(e.pathSegments ?? splitPath(e.path))];
    const pathSegments = raw.slice(0, MAX_SEGMENTS).map(safeSegment);
    const path = pathSegments.reduce<string>((p, s) => (s === '…' ? `${p}[…]` : joinPath(p, s)), '').slice(0, 300);
    return { code: e.code, path, pathSegments, message: `Invalid (${e.code}).` };
  });
}

/** Waits a turn of the event loop, so that other requests are served between heavy steps. */
export const yieldToOthers = (): Promise<void> => new Promise((r) => setImmediate(r));
