// The data side: read leniently with every problem named by its path, redact before sharing,
// hand over as FHIR R4 to the next organisation.
import { parseNetwork, redactNetwork, serializeNetwork, type NetworkIssue } from '@kring/core';
import { fromFhir, toFhir } from '@kring/fhir';

/** Read a stored record: strict refuses a broken document; lenient repairs and warns. */
export function readRecord(json: string): { ok: boolean; problems: NetworkIssue[] } {
  const strict = parseNetwork(json);
  if (strict.ok) return { ok: true, problems: strict.warnings };
  const lenient = parseNetwork(json, { mode: 'lenient' });
  return lenient.ok ? { ok: true, problems: lenient.warnings } : { ok: false, problems: lenient.errors };
}

/** A copy to share without names: initials (or roles) instead of names, free-text notes dropped. */
export function shareable(json: string): string | null {
  const read = parseNetwork(json);
  return read.ok ? serializeNetwork(redactNetwork(read.network, 'initials')) : null;
}

/**
 * Handover: a FHIR R4 Bundle for the next organisation, and back. `embed: 'none'` sends the
 * mapped resources only (no notes about third parties in a Binary); `'document'` also embeds
 * the complete Kring document for an exact round trip — it discloses everything.
 */
export function handover(json: string, patient: string) {
  const read = parseNetwork(json);
  if (!read.ok) return null;
  const bundle = toFhir(read.network, { patient, embed: 'none' });
  const back = fromFhir(bundle);
  return { bundle, back };
}
