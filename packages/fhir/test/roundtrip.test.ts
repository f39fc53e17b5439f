import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Bundle as R4Bundle } from 'fhir/r4';
import { samirNetwork } from '@kring/fixtures';
import type { Network, Person, Tie } from '@kring/core';
import { fromFhir, toFhir, type FhirBundle } from '../src';
import { validateNetwork } from '@kring/core';
import { largeNetwork } from './networks';

const NOW = new Date('2025-03-14T09:00:00Z');

function roundTrip(network: Network, options: Parameters<typeof toFhir>[1] = { patient: 'Patient/123', now: NOW, embed: 'document' }) {
  const bundle = toFhir(network, options);
  // What a receiver gets is JSON text, not our object.
  const result = fromFhir(JSON.parse(JSON.stringify(bundle)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return { bundle, result };
}

describe('Kring → FHIR → Kring', () => {
  it('gives the samir network back unchanged', () => {
    expect(validateNetwork(samirNetwork)).toEqual([]);
    const { result } = roundTrip(samirNetwork);
    expect(result.network).toEqual(samirNetwork);
    expect(result.warnings).toEqual([]);
  });

  it('gives a larger network that uses every field back unchanged', () => {
    const network = largeNetwork(80);
    expect(validateNetwork(network)).toEqual([]);
    const { result } = roundTrip(network);
    expect(result.network).toEqual(network);
  });

  it('round-trips transaction bundles too', () => {
    const network = largeNetwork(30);
    const { bundle, result } = roundTrip(network, { patient: { reference: 'Patient/9', display: 'D.K.' }, type: 'transaction', now: NOW, embed: 'document' });
    expect(result.network).toEqual(network);
    for (const e of bundle.entry ?? []) expect(e.request).toEqual({ method: 'POST', url: e.resource?.resourceType });
  });

  it('does not change its input and is deterministic', () => {
    const network = largeNetwork(30);
    const copy = structuredClone(network);
    const a = toFhir(network, { patient: 'Patient/1', now: NOW, embed: 'document' });
    const b = toFhir(network, { patient: 'Patient/1', now: NOW, embed: 'document' });
    expect(network).toEqual(copy);
    expect(a).toEqual(b);
    const urls = (a.entry ?? []).map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const u of urls) expect(u).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('restores the people and their ties from the resources alone when the Kring document is left out', () => {
    const network = largeNetwork(60);
    const bundle = toFhir(network, { patient: 'Patient/1', now: NOW, embed: 'none' });
    expect((bundle.entry ?? []).some((e) => e.resource?.resourceType === 'Binary')).toBe(false);
    const result = fromFhir(JSON.parse(JSON.stringify(bundle)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    const got = result.network;
    expect(validateNetwork(got)).toEqual([]);
    const byId = new Map<string, Person>(got.people.map((p) => [p.id, p]));
    const exported = network.people.filter((p) => p.id !== network.focus && p.kind !== 'animal');
    expect(got.people).toHaveLength(exported.length + 1);
    for (const p of exported) {
      // An empty location {} has no FHIR trace; everything else comes back.
      const expected = p.location && Object.keys(p.location).length === 0 ? { ...p, location: undefined } : p;
      expect(byId.get(p.id), p.id).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const focusTie = (t: Tie) => t.between.includes(network.focus);
    const expectedTies = network.ties.filter(focusTie).filter((t) => {
      const other = t.between[0] === network.focus ? t.between[1] : t.between[0];
      return network.people.find((p) => p.id === other)?.kind !== 'animal';
    });
    const rename = (id: string) => (id === network.focus ? got.focus : id);
    expect(got.ties).toEqual(expectedTies.map((t) => ({ ...t, between: t.between.map(rename) })));
    // support-group and base-team groups come back, without animals
    const steun = got.groups.find((g) => g.id === 'g-steun');
    expect(steun).toMatchObject({ name: 'Steungroep', kind: 'support-group', channel: 'whatsapp', note: 'elke maand' });
    expect(steun?.members[0]).toBe(got.focus);
    expect(got.groups.map((g) => g.id).sort()).toEqual(['g-basis', 'g-leeg', 'g-steun']);
    expect(got.events).toEqual([]);
  });

  it('returns a Bundle that the @types/fhir R4 types accept', () => {
    const bundle = toFhir(samirNetwork, { patient: 'Patient/1', now: NOW, embed: 'document' });
    const r4: R4Bundle = bundle;
    expect(r4.resourceType).toBe('Bundle');
    expectTypeOf<FhirBundle>().toMatchTypeOf<R4Bundle>();
    // and fromFhir takes one
    expect(fromFhir(r4).ok).toBe(true);
  });
});
