import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateNetwork, type Network, type Person, type Tie } from '@kring/core';
import { fromFhir } from '../src';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as Record<string, unknown>;
}

function bundleOf(...resources: unknown[]): unknown {
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
}

function imported(bundle: unknown, options?: Parameters<typeof fromFhir>[1]) {
  const result = fromFhir(bundle, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  expect(validateNetwork(result.network)).toEqual([]);
  return result;
}

const person = (n: Network, name: string): Person => {
  const p = n.people.find((x) => x.name === name);
  if (!p) throw new Error(`no ${name} in ${n.people.map((x) => x.name).join(', ')}`);
  return p;
};
const tieOf = (n: Network, id: string): Tie | undefined => n.ties.find((t) => t.between.includes(id) && t.between.includes(n.focus));

describe('bundles from other systems', () => {
  it('imports HL7 "peter" (v2-0131 emergency contact) in the inner circle, with its period and phone channel', () => {
    const { network, warnings } = imported(bundleOf(fixture('relatedperson-peter.json')));
    expect(network.people[0]).toMatchObject({ id: network.focus, name: 'Cliënt', kind: 'person' });
    const peter = person(network, 'Peter James Chalmers');
    expect(peter).toMatchObject({
      id: 'peter', kind: 'person', sector: 'other', closeness: 'inner', consent: 'unknown', source: 'record',
      role: 'contactpersoon bij nood', channels: ['phone'],
    });
    expect(peter.relationCode).toBeUndefined();
    expect(tieOf(network, 'peter')).toMatchObject({ between: [network.focus, 'peter'], status: 'active', since: '2012-03-11' });
    // the phone number itself is not kept, and the importer says so
    expect(JSON.stringify(network)).not.toContain('5555');
    expect(warnings.map((w) => w.path)).toContain('entry[0].resource.telecom');
  });

  it('imports HL7 "f001" (v3 WIFE) as family in the outer circle, abroad', () => {
    const { network } = imported(bundleOf(fixture('relatedperson-f001.json')));
    expect(person(network, 'Bénédicte du Marché')).toMatchObject({
      sector: 'family', closeness: 'outer', relationCode: 'WIFE', role: 'vrouw', channels: ['phone', 'email'],
      location: { area: 'abroad' },
    });
  });

  it('imports the HL7 newborn\'s mother (NMTH) with its text as role', () => {
    const { network } = imported(bundleOf(fixture('relatedperson-newborn-mother.json')));
    expect(person(network, 'Eve A. Everywoman')).toMatchObject({ sector: 'family', relationCode: 'NMTH', role: 'Natural Mother' });
  });

  it('imports the HL7 example CareTeam: the patient is the client, the contained dietician a formal carer', () => {
    const { network } = imported(bundleOf(fixture('careteam-example.json')));
    expect(network.people[0]?.name).toBe('Peter James Chalmers');
    const dorothy = person(network, 'Dorothy Dietician');
    expect(dorothy).toMatchObject({ kind: 'person', sector: 'care', formality: 'formal', role: 'adviser', consent: 'unknown' });
    expect(tieOf(network, dorothy.id)?.status).toBe('ended');
    expect(network.groups).toEqual([
      { id: 'example', name: 'Peter James Charlmers Care Plan for Inpatient Encounter', kind: 'other', members: [network.focus, dorothy.id] },
    ]);
  });

  it('imports a Dutch ECD hand-over (zib2020 and zib2024 codes, CareTeam) into a valid network', () => {
    const { network, warnings } = imported(fixture('bundle-dutch-ecd.json'));
    expect(network.people[0]).toMatchObject({ name: 'Ahmed El Amrani', kind: 'person' });
    // zib2020: COD472 01 (eerste contactpersoon) + v3 SIS
    expect(person(network, 'Fatima El Amrani')).toMatchObject({
      sector: 'family', closeness: 'inner', relationCode: 'SIS', role: 'zus', languages: ['ar'],
    });
    // zib2024: SNOMED friend, no longer active
    const kees = person(network, 'Kees Bakker');
    expect(kees).toMatchObject({ sector: 'friends', closeness: 'outer', relationCode: 'FRND', role: 'vriend(in)' });
    expect(tieOf(network, kees.id)).toMatchObject({ status: 'ended', since: '2015' });
    expect(person(network, 'Mevrouw Jansen')).toMatchObject({ sector: 'community', relationCode: 'NBOR', role: 'buurvrouw', location: { country: 'NL' } });
    expect(person(network, 'Khadija')).toMatchObject({ sector: 'family', relationCode: 'MTH', role: 'moeder', location: { area: 'abroad', country: 'MA' }, languages: ['ar', 'ber'] });
    // CareTeam participants: formal people in the care sector
    expect(person(network, 'Jan de Vries')).toMatchObject({ kind: 'person', sector: 'care', formality: 'formal', role: 'netwerkondersteuner' });
    expect(tieOf(network, person(network, 'Jan de Vries').id)).toMatchObject({ status: 'active', since: '2024-01-15' });
    expect(person(network, 'Bewindvoering Kennemerland')).toMatchObject({ kind: 'organisation', sector: 'care', formality: 'formal' });
    expect(person(network, 'Dr. Smit')).toMatchObject({ kind: 'person', sector: 'care', role: 'huisarts' });
    const team = network.groups.find((g) => g.name === 'Zorgteam Ahmed');
    expect(team?.members.map((id) => network.people.find((p) => p.id === id)?.name)).toEqual([
      'Jan de Vries', 'Bewindvoering Kennemerland', 'Dr. Smit', 'Fatima El Amrani',
    ]);
    // everyone but the client has exactly one tie with the client
    expect(network.ties).toHaveLength(network.people.length - 1);
    // the Observation is left out, with a warning
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unknown-field', path: 'entry[8].resource.resourceType' }));
  });

  it('leaves out related persons of another patient, and can be told which patient is the client', () => {
    const b = bundleOf(fixture('relatedperson-peter.json'), fixture('relatedperson-f001.json'));
    const first = imported(b);
    expect(first.network.people.map((p) => p.name)).toEqual(['Cliënt', 'Peter James Chalmers']);
    expect(first.warnings).toContainEqual(expect.objectContaining({ path: 'entry[1].resource.patient' }));
    const second = imported(b, { patient: 'Patient/f201', focusName: 'Mevrouw X' });
    expect(second.network.people.map((p) => p.name)).toEqual(['Mevrouw X', 'Bénédicte du Marché']);
  });

  it('imports an empty bundle as a network with only the client', () => {
    const { network } = imported({ resourceType: 'Bundle', type: 'collection' });
    expect(network.people).toHaveLength(1);
    expect(network.ties).toEqual([]);
  });

  it('reads a RelatedPerson without name or codes with neutral defaults', () => {
    const { network } = imported(bundleOf({ resourceType: 'RelatedPerson', patient: { reference: 'Patient/1', display: 'Sam' } }));
    expect(network.people).toEqual([
      { id: 'client', name: 'Sam', kind: 'person' },
      { id: 'naaste', name: 'Naaste', kind: 'person', sector: 'other', closeness: 'outer', consent: 'unknown', source: 'record' },
    ]);
  });
});

describe('which RelatedPersons are the client\'s relatives', () => {
  const PATIENT_URL = 'urn:uuid:6f1c2a3b-0000-4000-8000-00000000000a';
  const patient = { fullUrl: PATIENT_URL, resource: { resourceType: 'Patient', id: '1', name: [{ text: 'Sam' }] } };
  const relative = (name: string, ref: Record<string, unknown>) => ({ resource: { resourceType: 'RelatedPerson', patient: ref, name: [{ text: name }] } });

  it('takes in references to the bundle\'s Patient (fullUrl, Patient/<id>), and leaves out other servers, display-only and identifier-only ones with a warning', () => {
    const result = imported({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        patient,
        relative('Via fullUrl', { reference: PATIENT_URL }),
        relative('Via Patient/1', { reference: 'Patient/1' }),
        relative('Andere server', { reference: 'https://other.example/fhir/Patient/1' }),
        relative('Alleen naam', { display: 'Sam' }),
        relative('Alleen BSN', { identifier: { system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '999911120' } }),
      ],
    });
    expect(result.network.people.map((p) => p.name)).toEqual(['Sam', 'Via fullUrl', 'Via Patient/1']);
    const warned = (path: string) => result.warnings.find((w) => w.path === path);
    expect(warned('entry[3].resource.patient')?.message).toMatch(/another server.*left out/);
    expect(warned('entry[4].resource.patient')?.message).toMatch(/display.*left out/);
    expect(warned('entry[5].resource.patient')?.message).toMatch(/identifier.*left out/);
  });

  it('reads a relative reference against the server of the entry\'s fullUrl', () => {
    const result = imported({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'https://ecd.example.nl/fhir/Patient/7', resource: { resourceType: 'Patient', id: '7', name: [{ text: 'Sam' }] } },
        { fullUrl: 'https://ecd.example.nl/fhir/RelatedPerson/a', resource: { resourceType: 'RelatedPerson', id: 'a', patient: { reference: 'Patient/7' }, name: [{ text: 'Zus' }] } },
        { fullUrl: 'https://ecd.example.nl/fhir/RelatedPerson/b', resource: { resourceType: 'RelatedPerson', id: 'b', patient: { reference: 'https://other.example/fhir/Patient/7' }, name: [{ text: 'Buur' }] } },
      ],
    });
    expect(result.network.people.map((p) => p.name)).toEqual(['Sam', 'Zus']);
    expect(result.warnings.map((w) => w.path)).toContain('entry[2].resource.patient');
  });

  it('repairs text a Kring network cannot hold with a warning at its resource, instead of refusing the handover', () => {
    const result = imported({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [patient, relative('Ann\u0007ie', { reference: 'Patient/1' }), relative('Bo\uD800b', { reference: 'Patient/1' }), relative('Zus', { reference: 'Patient/1' })],
    });
    expect(result.network.people.map((p) => p.name)).toEqual(['Sam', 'Annie', 'Bob', 'Zus']);
    expect(result.warnings.filter((w) => w.code === 'invalid-character').map((w) => w.path)).toEqual(['entry[1].resource', 'entry[2].resource']);
    expect(JSON.stringify(result.network)).not.toMatch(/\\u0007|\\ud800/i);
  });

  it('does not make a CareTeam whose subject is only a name the client\'s team', () => {
    const result = imported({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [patient, { resource: { resourceType: 'CareTeam', name: 'Team van iemand', subject: { display: 'Sam' }, participant: [{ member: { display: 'Dr. X' } }] } }],
    });
    expect(result.network.people.map((p) => p.name)).toEqual(['Sam']);
    expect(result.warnings.map((w) => w.path)).toContain('entry[1].resource.subject');
  });
});
