/**
 * "Nieuwe cliënt": a new client file with a validated name and a network that holds only
 * the client (the caseworker draws the rest with the client). `POST /api/clients` (app.ts),
 * body `{ name, location? }`; bad input is `400 { errors }`, each a `NetworkIssue` with the
 * path of the bad field (`name`, `location`), shown in Dutch by the client with `issueText`.
 * Names are trimmed, inner runs of white space made one space, and refused when empty,
 * over 200 characters, or holding control characters or bidi overrides (which can make a
 * name on the list read as someone else's).
 */
import { FORMAT_NAME, FORMAT_VERSION, parseNetwork, type Network, type NetworkIssue } from '@kring/core';

/** Longest name and location the registration system accepts (a name, not a note). */
export const MAX_NAME_LENGTH = 200;
/** The client's id inside their own network (the focus). */
export const CLIENT_PERSON_ID = 'p-client';

/** Control characters (tabs, newlines, …) and the bidi overrides that can make a name read as another. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** An issue about one field of the form (`name`, `location`; `''` for the body itself). */
function issue(code: NetworkIssue['code'], path: string, message: string): NetworkIssue {
  // Written with a cast so it fits core's NetworkIssue with or without `pathSegments` (being added in core).
  return { code, path, pathSegments: path === '' ? [] : path.split('.'), message } as NetworkIssue;
}

function text(input: Record<string, unknown>, field: 'name' | 'location', required: boolean): { value: string } | { error: NetworkIssue } {
  const raw = input[field];
  if (raw === undefined || raw === null) {
    return required ? { error: issue('required', field, `${field} is required`) } : { value: '' };
  }
  if (typeof raw !== 'string') return { error: issue('wrong-type', field, `${field} must be text`) };
  const value = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (required && value === '') return { error: issue('required', field, `${field} is required`) };
  if (value.length > MAX_NAME_LENGTH) return { error: issue('too-long', field, `${field} is longer than ${MAX_NAME_LENGTH} characters`) };
  if (UNSAFE.test(value)) return { error: issue('invalid-value', field, `${field} contains control characters`) };
  return { value };
}

/** The new client's network: the client alone, checked by `parseNetwork` like every stored network. */
export function firstNetwork(name: string): { ok: true; network: Network } | { ok: false; errors: NetworkIssue[] } {
  const parsed = parseNetwork({
    format: FORMAT_NAME, version: FORMAT_VERSION, focus: CLIENT_PERSON_ID,
    people: [{ id: CLIENT_PERSON_ID, name, kind: 'person' }], ties: [], groups: [], events: [],
  });
  return parsed.ok ? { ok: true, network: parsed.network } : { ok: false, errors: parsed.errors };
}

/** Checks the body of `POST /api/clients`: `{ name, location? }`. */
export function readNewClient(body: unknown): { ok: true; name: string; location: string; network: Network } | { ok: false; errors: NetworkIssue[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [issue('not-an-object', '', 'body must be an object { name, location }')] };
  }
  const input = body as Record<string, unknown>;
  const name = text(input, 'name', true);
  const location = text(input, 'location', false);
  const errors = [name, location].flatMap((r) => ('error' in r ? [r.error] : []));
  if ('error' in name || 'error' in location) return { ok: false, errors };
  const network = firstNetwork(name.value);
  // A name the format refuses (parseNetwork's own rules) is still about the form's `name` field.
  if (!network.ok) return { ok: false, errors: network.errors.map((e) => issue(e.code, e.path.startsWith('people[0].name') ? 'name' : `network.${e.path}`, e.message)) };
  return { ok: true, name: name.value, location: location.value, network: network.network };
}
