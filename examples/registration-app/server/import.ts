/**
 * Reading an import (Kring JSON or a FHIR R4 Bundle) and judging what it would do to the
 * current network. Bad input is refused with issues (paths, no echoed values); nothing here
 * saves.
 */
import { parseNetwork, type Network, type NetworkIssue } from '@kring/core';
import { fromFhir } from '@kring/fhir';
import { publicIssues, yieldToOthers } from './http';

/** Kring's format allows at most 10,000 people; a bundle with more RelatedPersons is refused before mapping it. */
const MAX_RELATED_PERSONS = 10_000;

export type ImportRead =
  | { format: 'kring' | 'fhir'; ok: true; network: Network; warnings: NetworkIssue[] }
  | { format: 'kring' | 'fhir'; ok: false; errors: NetworkIssue[]; otherPatient?: true };

const issue = (code: NetworkIssue['code'], path: string, pathSegments: (string | number)[]): NetworkIssue =>
  ({ code, path, pathSegments, message: `Invalid (${code}).` });

/**
 * The shape every FHIR Bundle must have before it is mapped: `type` and an `entry` array
 * (a bare `{"resourceType":"Bundle"}` would otherwise read as an empty network and wipe
 * the client's), and not more people than a Kring network can hold (checked in one pass,
 * so a huge bundle is refused quickly, whatever the mapping costs).
 */
function bundleShape(value: Record<string, unknown>): NetworkIssue[] {
  const errors: NetworkIssue[] = [];
  if (value.resourceType !== 'Bundle') errors.push(issue('invalid-value', 'resourceType', ['resourceType']));
  if (typeof value.type !== 'string') errors.push(issue('required', 'type', ['type']));
  if (!Array.isArray(value.entry)) errors.push(issue('required', 'entry', ['entry']));
  else {
    let related = 0;
    for (const e of value.entry as unknown[]) {
      const r = (e as { resource?: { resourceType?: unknown } } | null)?.resource;
      if (r?.resourceType === 'RelatedPerson') related++;
    }
    if (related > MAX_RELATED_PERSONS) errors.push(issue('too-long', 'entry', ['entry']));
  }
  return errors;
}

/**
 * Every patient a FHIR bundle names: its `Patient` entries (as `Patient/<id>` and their
 * `fullUrl`), and the references of `RelatedPerson.patient`, `CareTeam.subject`,
 * `Consent.patient` and the embedded document's `Binary.securityContext`.
 */
function patientsNamed(value: Record<string, unknown>): string[] {
  const out: string[] = [];
  const ref = (r: unknown) => {
    const s = typeof r === 'object' && r !== null ? (r as { reference?: unknown }).reference : undefined;
    if (typeof s === 'string') out.push(s);
  };
  for (const e of Array.isArray(value.entry) ? (value.entry as unknown[]) : []) {
    if (typeof e !== 'object' || e === null) continue;
    const { resource: r, fullUrl } = e as { resource?: Record<string, unknown>; fullUrl?: unknown };
    if (typeof r !== 'object' || r === null) continue;
    if (r.resourceType === 'Patient') {
      if (typeof r.id === 'string') out.push(`Patient/${r.id}`);
      else if (typeof fullUrl === 'string') out.push(fullUrl);
    }
    if (r.resourceType === 'RelatedPerson' || r.resourceType === 'Consent') ref(r.patient);
    if (r.resourceType === 'CareTeam') ref(r.subject);
    if (r.resourceType === 'Binary') ref(r.securityContext);
  }
  return out;
}

/** `Patient/<id>`, or an absolute URL ending in `/Patient/<id>` (a `fullUrl`). */
const isClient = (ref: string, clientId: string): boolean => ref === `Patient/${clientId}` || ref.endsWith(`/Patient/${clientId}`);

/**
 * Reads Kring JSON or a FHIR R4 Bundle (detected by `resourceType`). Yields between the heavy steps.
 *
 * `clientId`: the client the import is for. A FHIR bundle that names any other patient is
 * refused (`otherPatient`), before it is mapped: a caseworker who picks the wrong file (the
 * handover of another client) would otherwise replace this client's network with another
 * person's. The app's own export names the client `Patient/<client id>`; a bundle from another
 * system must use that reference too (a vendor maps its own patient ids there). A bundle that
 * names no patient at all (only practitioners, or empty) is read as before: it holds nobody's
 * relations. Decision: refuse rather than ask, since there is no case where a caseworker
 * wants another client's people in this file.
 */
export async function readImport(value: unknown, clientId?: string): Promise<ImportRead> {
  const isFhir = typeof value === 'object' && value !== null && 'resourceType' in value;
  if (!isFhir) {
    const r = parseNetwork(value);
    return r.ok ? { format: 'kring', ok: true, network: r.network, warnings: publicIssues(r.warnings) } : { format: 'kring', ok: false, errors: publicIssues(r.errors) };
  }
  const shape = bundleShape(value as Record<string, unknown>);
  // Without entries (or with too many) there is nothing worth mapping; a missing `type` is
  // reported together with whatever else the mapping finds.
  if (shape.some((e) => e.path !== 'type')) return { format: 'fhir', ok: false, errors: shape };
  const named = clientId === undefined ? [] : patientsNamed(value as Record<string, unknown>);
  if (clientId !== undefined && named.some((ref) => !isClient(ref, clientId))) {
    return { format: 'fhir', ok: false, otherPatient: true, errors: [issue('invalid-value', 'patient', ['patient'])] };
  }
  await yieldToOthers();
  const r = fromFhir(value, named.length > 0 && clientId !== undefined ? { patient: `Patient/${clientId}` } : {});
  if (r.ok && shape.length === 0) return { format: 'fhir', ok: true, network: r.network, warnings: publicIssues(r.warnings) };
  return { format: 'fhir', ok: false, errors: [...shape, ...publicIssues(r.ok ? [] : r.errors)] };
}

/** What an import would remove of one kind of entity. */
export interface Removed { removed: number; before: number }

/**
 * How many of the current network's people (the client not counted), ties, events and groups
 * the import would remove, matched by id. More than half of any of them is "most of the
 * network": the import then needs an explicit confirmation (`confirm=1`, asked for in the UI).
 * An import that keeps everyone but drops all ties or all events is as destructive as one that
 * drops the people, so it is asked about too. `removed`/`before` are the people (as before);
 * `ties`, `events`, `groups` the others.
 */
export function removal(current: Network, next: Network): Removed & { ties: Removed; events: Removed; groups: Removed; needsConfirmation: boolean } {
  const count = <T extends { id: string }>(before: readonly T[], after: readonly T[]): Removed => {
    const kept = new Set(after.map((x) => x.id));
    return { removed: before.filter((x) => !kept.has(x.id)).length, before: before.length };
  };
  const people = count(current.people.filter((p) => p.id !== current.focus), next.people);
  const ties = count(current.ties, next.ties);
  const events = count(current.events, next.events);
  const groups = count(current.groups, next.groups);
  const most = (r: Removed) => r.removed > 0 && r.removed > r.before / 2;
  return { ...people, ties, events, groups, needsConfirmation: [people, ties, events, groups].some(most) };
}
