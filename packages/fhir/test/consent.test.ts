import { describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import { validateNetwork, type Network, type Person } from '@kring/core';
import { fromFhir, toFhir, KRING_EXTENSION_BASE, type FhirBundle, type FhirConsent, type FhirResource } from '../src';

const NOW = new Date('2025-03-14T09:00:00Z');
const resources = (b: FhirBundle): FhirResource[] => (b.entry ?? []).map((e) => e.resource!);
const consents = (b: FhirBundle): FhirConsent[] => resources(b).filter((r): r is FhirConsent => r.resourceType === 'Consent');

/** Samir's network with a brother who must not be contacted, a refusing practitioner and an organisation. */
const refusing: Network = {
  ...samirNetwork,
  people: [
    ...samirNetwork.people,
    { id: 'p-broer', name: 'Youssef', kind: 'person', sector: 'family', role: 'broer', consent: 'not-allowed', consentDate: '~2024-02' },
    { id: 'p-oud', name: 'Vorige begeleider', kind: 'person', sector: 'care', consent: 'not-allowed' },
    { id: 'o-oud', name: 'Oude woonvoorziening', kind: 'organisation', sector: 'care', consent: 'not-allowed', consentDate: '2023' },
    { id: 'p-vraag', name: 'Tante', kind: 'person', sector: 'family', consent: 'ask-first' },
  ],
  ties: [...samirNetwork.ties, { id: 't-broer', between: ['p-samir', 'p-broer'], status: 'broken' }],
};

function read(bundle: unknown) {
  const result = fromFhir(JSON.parse(JSON.stringify(bundle)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  expect(validateNetwork(result.network)).toEqual([]);
  return result;
}
const byName = (n: Network, name: string): Person | undefined => n.people.find((p) => p.name === name);

const foreignConsent = (actor: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Consent',
  status: 'active',
  scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
  category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  patient: { reference: 'Patient/1' },
  dateTime: '2024-11-02T10:00:00+01:00',
  policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUT' }] },
  provision: { type: 'deny', actor: [{ role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }] }, reference: { reference: actor } }] },
  ...extra,
});
const foreign = (...entries: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: entries });
const relative = (id: string, name: string, extension?: unknown[]) => ({
  fullUrl: `https://ecd.example.nl/fhir/RelatedPerson/${id}`,
  resource: { resourceType: 'RelatedPerson', id, patient: { reference: 'Patient/1' }, name: [{ text: name }], ...(extension ? { extension } : {}) },
});

describe('consent refusal as a FHIR Consent', () => {
  it('toFhir writes one deny Consent per person who must not be contacted, with that person as actor', () => {
    const bundle = toFhir(refusing, { patient: { reference: 'Patient/samir', display: 'Samir' }, now: NOW, embed: 'none' });
    const list = consents(bundle);
    const urlOf = (id: string) => (bundle.entry ?? []).find((e) => e.resource?.id === id && e.resource.resourceType !== 'Consent')?.fullUrl;
    expect(list.map((c) => c.provision?.actor?.[0]?.reference.reference)).toEqual([urlOf('p-broer'), urlOf('p-oud'), urlOf('o-oud')]);
    expect(list[0]).toEqual({
      resourceType: 'Consent',
      id: 'p-broer',
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
      patient: { reference: 'Patient/samir', display: 'Samir' },
      dateTime: '2024-02',
      policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUT', display: 'opt-out' }] },
      provision: {
        type: 'deny',
        actor: [{
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
          reference: { reference: urlOf('p-broer'), type: 'RelatedPerson', display: 'Youssef' },
        }],
      },
    });
    expect(list[2]?.provision?.actor?.[0]?.reference.type).toBe('Organization');
    // ask-first, allowed and unknown stay extensions only
    expect(list).toHaveLength(3);
    // the extension is still written too
    const broer = resources(bundle).find((r) => r.id === 'p-broer' && r.resourceType === 'RelatedPerson');
    expect(broer && 'extension' in broer ? broer.extension : []).toContainEqual({ url: `${KRING_EXTENSION_BASE}consent`, valueCode: 'not-allowed' });
    // a transaction posts them like the rest
    const tx = toFhir(refusing, { patient: 'Patient/samir', type: 'transaction', now: NOW, embed: 'none' });
    expect((tx.entry ?? []).filter((e) => e.resource?.resourceType === 'Consent').map((e) => e.request)).toEqual(
      Array(3).fill({ method: 'POST', url: 'Consent' }),
    );
  });

  it('comes back in: Kring → FHIR (without the document) → Kring keeps every refusal and its date', () => {
    const { network, warnings } = read(toFhir(refusing, { patient: 'Patient/samir', now: NOW, embed: 'none' }));
    expect(byName(network, 'Youssef')).toMatchObject({ consent: 'not-allowed', consentDate: '~2024-02' });
    expect(byName(network, 'Vorige begeleider')?.consent).toBe('not-allowed');
    expect(byName(network, 'Oude woonvoorziening')).toMatchObject({ consent: 'not-allowed', consentDate: '2023' });
    expect(byName(network, 'Tante')?.consent).toBe('ask-first');
    expect(warnings).toEqual([]);
  });

  it('is enough on its own: a receiver that dropped the Kring extensions still gets the refusal', () => {
    const bundle = JSON.parse(JSON.stringify(toFhir(refusing, { patient: 'Patient/samir', now: NOW, embed: 'none' }))) as FhirBundle;
    for (const e of bundle.entry ?? []) {
      const r = e.resource as { resourceType: string; extension?: { url: string }[] };
      if (r.resourceType !== 'Consent') delete r.extension;
    }
    const { network } = read(bundle);
    expect(byName(network, 'Youssef')).toMatchObject({ consent: 'not-allowed', consentDate: '2024-02' });
    expect(byName(network, 'Tante')?.consent).toBe('unknown');
  });

  it('is read from other systems: the actor becomes not-allowed, dated by the Consent', () => {
    const { network, warnings } = read(foreign(relative('a', 'Broer'), relative('b', 'Zus'), { resource: foreignConsent('RelatedPerson/a') }));
    expect(byName(network, 'Broer')).toMatchObject({ consent: 'not-allowed', consentDate: '2024-11-02' });
    expect(byName(network, 'Zus')?.consent).toBe('unknown');
    expect(warnings).toEqual([]);
  });

  it('finds refusals in nested provisions (permit all, except this person)', () => {
    const consent = foreignConsent('RelatedPerson/a', {
      provision: { type: 'permit', provision: [{ type: 'deny', actor: [{ role: { text: 'ontvanger' }, reference: { reference: 'RelatedPerson/a' } }] }] },
    });
    const { network } = read(foreign(relative('a', 'Broer'), { resource: consent }));
    expect(byName(network, 'Broer')?.consent).toBe('not-allowed');
  });

  it('wins over an extension that says otherwise, with a warning at the Consent', () => {
    const kringAllowed = [
      { url: `${KRING_EXTENSION_BASE}person-id`, valueString: 'p-a' },
      { url: `${KRING_EXTENSION_BASE}consent`, valueCode: 'allowed' },
      { url: `${KRING_EXTENSION_BASE}consent-date`, valueString: '2020' },
    ];
    const result = read(foreign(relative('a', 'Broer', kringAllowed), { resource: foreignConsent('RelatedPerson/a') }));
    expect(byName(result.network, 'Broer')).toMatchObject({ consent: 'not-allowed', consentDate: '2024-11-02' });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'invalid-value', path: 'entry[1].resource.provision.actor[0].reference', message: expect.stringMatching(/says "allowed".*refusal/) as unknown }),
    ]);
  });

  it('wins over the embedded document too, with a warning', () => {
    const bundle = toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: 'document' });
    const latifa = (bundle.entry ?? []).find((e) => e.resource?.id === 'p-latifa');
    const added = { ...bundle, entry: [...(bundle.entry ?? []), { resource: { ...foreignConsent(latifa?.fullUrl ?? ''), patient: { reference: 'Patient/samir' } } }] };
    const { network, warnings } = read(added);
    expect(byName(network, 'Latifa')?.consent).toBe('not-allowed');
    expect(network.people.filter((p) => p.name !== 'Latifa')).toEqual(samirNetwork.people.filter((p) => p.name !== 'Latifa'));
    expect(warnings.map((w) => w.path)).toEqual([`entry[${(bundle.entry ?? []).length}].resource.provision.actor[0].reference`]);
  });

  it('leaves out, with a warning, consents that are not active, not about the client, not about privacy, or about no one in the bundle', () => {
    const result = read(
      foreign(
        relative('a', 'Broer'),
        { resource: foreignConsent('RelatedPerson/a', { status: 'inactive' }) },
        { resource: foreignConsent('RelatedPerson/a', { patient: { reference: 'https://other.example/fhir/Patient/1' } }) },
        { resource: foreignConsent('RelatedPerson/a', { scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'research' }] } }) },
        { resource: foreignConsent('RelatedPerson/zz') },
      ),
    );
    expect(byName(result.network, 'Broer')?.consent).toBe('unknown');
    expect(result.warnings.map((w) => w.path)).toEqual([
      'entry[1].resource.status',
      'entry[2].resource.patient',
      'entry[3].resource.scope',
      'entry[4].resource.provision.actor[0].reference',
    ]);
  });

  it('reports a malformed Consent with the path of the bad field', () => {
    const result = fromFhir(
      foreign(
        relative('a', 'Broer'),
        { resource: foreignConsent('RelatedPerson/a', { provision: 'deny' }) },
        { resource: foreignConsent('RelatedPerson/a', { provision: { type: 'deny', actor: { reference: { reference: 'RelatedPerson/a' } } } }) },
        { resource: foreignConsent('RelatedPerson/a', { status: undefined }) },
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.code, e.path])).toEqual([
        ['wrong-type', 'entry[1].resource.provision'],
        ['wrong-type', 'entry[2].resource.provision.actor'],
        ['required', 'entry[3].resource.status'],
      ]);
    }
  });
});
