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
  | { format: 'kring' | 'fhir'; ok: false; errors: NetworkIssue[] };

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

/** Reads Kring JSON or a FHIR R4 Bundle (detected by `resourceType`). Yields between the heavy steps. */
export async function readImport(value: unknown): Promise<ImportRead> {
  const isFhir = typeof value === 'object' && value !== null && 'resourceType' in value;
  if (!isFhir) {
    const r = parseNetwork(value);
    return r.ok ? { format: 'kring', ok: true, network: r.network, warnings: publicIssues(r.warnings) } : { format: 'kring', ok: false, errors: publicIssues(r.errors) };
  }
  const shape = bundleShape(value as Record<string, unknown>);
  // Without entries (or with too many) there is nothing worth mapping; a missing `type` is
  // reported together with whatever else the mapping finds.
  if (shape.some((e) => e.path !== 'type')) return { format: 'fhir', ok: false, errors: shape };
  await yieldToOthers();
  const r = fromFhir(value);
  if (r.ok && shape.length === 0) return { format: 'fhir', ok: true, network: r.network, warnings: publicIssues(r.warnings) };
  return { format: 'fhir', ok: false, errors: [...shape, ...publicIssues(r.ok ? [] : r.errors)] };
}

/**
 * How many of the current network's people (the client not counted) the import would
 * remove, matched by id. More than half is "most of the network": the import then needs
 * an explicit confirmation (`confirm=1`, asked for in the UI).
 */
export function removal(current: Network, next: Network): { removed: number; before: number; needsConfirmation: boolean } {
  const kept = new Set(next.people.map((p) => p.id));
  const others = current.people.filter((p) => p.id !== current.focus);
  const removed = others.filter((p) => !kept.has(p.id)).length;
  return { removed, before: others.length, needsConfirmation: removed > others.length / 2 };
}
