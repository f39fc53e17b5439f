/**
 * Imports (server/import.ts): a FHIR bundle about another patient is refused; the
 * confirmation counts ties, events and groups as well as people.
 */
import { samirNetwork, marcoNetwork } from '@kring/fixtures';
import { toFhir } from '@kring/fhir';
import { describe, expect, it } from 'vitest';
import { readImport, removal } from '../server/import';

describe('readImport: whose bundle', () => {
  it('reads the handover of this client (the app exports it as Patient/<client id>)', async () => {
    const bundle = toFhir(samirNetwork, { patient: { reference: 'Patient/c-1001', display: 'Samir' }, embed: 'document' });
    const r = await readImport(JSON.parse(JSON.stringify(bundle)), 'c-1001');
    expect(r.ok).toBe(true);
  });

  it('refuses the handover of another client, with or without its embedded document', async () => {
    for (const embed of ['document', 'none'] as const) {
      const bundle = toFhir(marcoNetwork, { patient: { reference: 'Patient/c-1002', display: 'Marco' }, embed });
      const r = await readImport(JSON.parse(JSON.stringify(bundle)), 'c-1001');
      expect(r.ok, embed).toBe(false);
      expect(r.ok ? undefined : r.otherPatient, embed).toBe(true);
    }
  });

  it('refuses a bundle with a Patient entry of another id, or a second patient', async () => {
    const other = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: 'p-99', name: [{ text: 'X' }] } }] };
    expect(await readImport(other, 'c-1001')).toMatchObject({ ok: false, otherPatient: true });
    const mixed = { resourceType: 'Bundle', type: 'collection', entry: [
      { resource: { resourceType: 'RelatedPerson', id: 'r1', patient: { reference: 'Patient/c-1001' }, name: [{ text: 'A' }] } },
      { resource: { resourceType: 'RelatedPerson', id: 'r2', patient: { reference: 'Patient/c-1002' }, name: [{ text: 'B' }] } }] };
    expect(await readImport(mixed, 'c-1001')).toMatchObject({ ok: false, otherPatient: true });
  });

  it('the refusal names no input', async () => {
    const r = await readImport({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: '<img src=x>' } }] }, 'c-1001');
    expect(JSON.stringify(r)).not.toContain('img');
  });
});

describe('removal', () => {
  it('asks for confirmation when an import keeps everyone but drops the ties or the events', () => {
    const noTies = { ...samirNetwork, ties: [] };
    expect(samirNetwork.ties.length).toBeGreaterThan(0);
    const r = removal(samirNetwork, noTies);
    expect(r.removed).toBe(0);
    expect(r.ties).toEqual({ removed: samirNetwork.ties.length, before: samirNetwork.ties.length });
    expect(r.needsConfirmation).toBe(true);
    const withEvents = marcoNetwork.events.length > 0 ? marcoNetwork : samirNetwork;
    expect(withEvents.events.length).toBeGreaterThan(0);
    expect(removal(withEvents, { ...withEvents, events: [] }).needsConfirmation).toBe(true);
    expect(removal(samirNetwork, samirNetwork).needsConfirmation).toBe(false);
  });

  it('counts groups', () => {
    const withGroups = [samirNetwork, marcoNetwork].find((n) => n.groups.length > 0);
    if (!withGroups) return;
    const r = removal(withGroups, { ...withGroups, groups: [] });
    expect(r.groups.removed).toBe(withGroups.groups.length);
    expect(r.needsConfirmation).toBe(true);
  });
});
