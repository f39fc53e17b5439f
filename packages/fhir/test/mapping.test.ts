import { describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import type { Network, Person } from '@kring/core';
import {
  fromFhir, toFhir, roleToRelationCode, KRING_EXTENSION_BASE, SNOMED_CODES, V3_ROLE_CODES, COD472_CODES,
  type FhirBundle, type FhirCareTeam, type FhirExtension, type FhirOrganization, type FhirPractitioner, type FhirRelatedPerson, type FhirResource,
} from '../src';

const NOW = new Date('2025-03-14T09:00:00Z');
const resources = (b: FhirBundle): FhirResource[] => (b.entry ?? []).map((e) => e.resource!);
const ext = (list: FhirExtension[] | undefined, name: string) => (list ?? []).filter((e) => e.url === KRING_EXTENSION_BASE + name);

describe('toFhir on the samir network', () => {
  const bundle = toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: 'document' });
  const all = resources(bundle);

  it('writes a collection Bundle with a time stamp', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2025-03-14T09:00:00.000Z' });
    expect(all.map((r) => r.resourceType)).toEqual(['RelatedPerson', 'Practitioner', 'Organization', 'CareTeam', 'CareTeam', 'Binary']);
  });

  it('writes Latifa as a RelatedPerson: sister (v3 SIS, from the Dutch role), active, with languages', () => {
    const latifa = all[0] as FhirRelatedPerson;
    expect(latifa).toMatchObject({
      resourceType: 'RelatedPerson',
      id: 'p-latifa',
      patient: { reference: 'Patient/samir' },
      active: true,
      name: [{ text: 'Latifa' }],
      relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'SIS', display: 'sister' }], text: 'zus' }],
      address: [{ country: 'MA' }],
      communication: [
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'ar' }] } },
        { language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'nl' }] } },
      ],
    });
    // no invented phone numbers: channels are extensions
    expect(latifa).not.toHaveProperty('telecom');
    expect(ext(latifa.extension, 'channel').map((e) => e.valueCode)).toEqual(['video', 'whatsapp']);
    expect(ext(latifa.extension, 'closeness')).toEqual([{ url: `${KRING_EXTENSION_BASE}closeness`, valueCode: 'inner' }]);
    expect(ext(latifa.extension, 'consent')[0]?.valueCode).toBe('allowed');
    expect(ext(latifa.extension, 'burden')[0]?.valueCode).toBe('strained');
    expect(ext(latifa.extension, 'relation-code')).toEqual([]); // SIS was derived, not set
    const tie = ext(latifa.extension, 'tie')[0];
    expect(tie?.extension).toEqual(expect.arrayContaining([
      { url: 'id', valueString: 't-1' },
      { url: 'strength', valueCode: 'strong' },
      { url: 'quality', valueCode: 'supportive' },
      { url: 'receives', valueCode: 'emotional' },
      { url: 'history', extension: [{ url: 'date', valueString: '2019' }, { url: 'status', valueCode: 'broken' }, { url: 'note', valueString: 'ruzie na de uitzetting' }] },
    ]));
  });

  it('writes the caseworker as a Practitioner in the CareTeam of professionals, the walk-in centre as an Organization', () => {
    const jan = all[1] as FhirPractitioner;
    expect(jan).toMatchObject({ resourceType: 'Practitioner', name: [{ text: 'Jan de Vries' }] });
    const kloof = all[2] as FhirOrganization;
    expect(kloof).toMatchObject({ resourceType: 'Organization', name: 'Inloophuis De Kloof' });
    expect(ext(kloof.extension, 'kind')[0]?.valueCode).toBe('place');
    const team = all[3] as FhirCareTeam;
    expect(team).toMatchObject({ name: 'Formeel netwerk', status: 'active', subject: { reference: 'Patient/samir' } });
    expect(team.participant).toEqual([{ role: [{ text: 'netwerkondersteuner' }], member: { reference: bundle.entry?.[1]?.fullUrl, type: 'Practitioner', display: 'Jan de Vries' } }]);
  });

  it('writes the support group as a CareTeam with its members', () => {
    const steun = all[4] as FhirCareTeam;
    expect(steun.name).toBe('Steungroep');
    expect(steun.participant?.map((p) => p.member?.display)).toEqual(['Latifa', 'Jan de Vries']);
    expect(ext(steun.extension, 'group-kind')[0]?.valueCode).toBe('support-group');
  });

  it('keeps the dog Rex only in the embedded document', () => {
    expect(JSON.stringify(all.slice(0, -1))).not.toContain('Rex');
  });

  it('uses one documented base URL for every extension', () => {
    const urls = new Set<string>();
    const collect = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'extension' && Array.isArray(x)) for (const e of x as FhirExtension[]) if (e.url.includes(':')) urls.add(e.url);
          collect(x);
        }
      }
    };
    collect(bundle);
    expect(urls.size).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://kring.dev/fhir/StructureDefinition/')).toBe(true);
  });

  it('writes tie status as RelatedPerson.active, and leaves the document out on request', () => {
    const ended: Network = { ...samirNetwork, ties: samirNetwork.ties.map((t) => ({ ...t, status: 'ended' as const, since: '~2015' })) };
    const b = toFhir(ended, { patient: { reference: 'Patient/samir', display: 'Samir' }, now: NOW, embed: 'none' });
    const latifa = resources(b)[0] as FhirRelatedPerson;
    expect(latifa.active).toBe(false);
    expect(latifa.period).toEqual({ start: '2015' });
    expect(latifa.patient).toEqual({ reference: 'Patient/samir', display: 'Samir' });
    expect(resources(b).map((r) => r.resourceType)).not.toContain('Binary');
  });

  it('writes an explicit relationCode as given, and as a Kring extension', () => {
    const n: Network = { ...samirNetwork, people: samirNetwork.people.map((p) => (p.id === 'p-latifa' ? { ...p, relationCode: 'HSIS' } : p)) };
    const latifa = resources(toFhir(n, { patient: 'Patient/samir', now: NOW, embed: 'document' }))[0] as FhirRelatedPerson;
    expect(latifa.relationship?.[0]?.coding?.[0]?.code).toBe('HSIS');
    expect(ext(latifa.extension, 'relation-code')[0]?.valueCode).toBe('HSIS');
  });
});

describe('code lists', () => {
  it('derives v3 RoleCodes from Dutch roles', () => {
    const expected: Record<string, string | undefined> = {
      zus: 'SIS', Broer: 'BRO', moeder: 'MTH', vader: 'FTH', vriend: 'FRND', vriendin: 'FRND', 'vriend(in)': 'FRND',
      buurman: 'NBOR', buurvrouw: 'NBOR', partner: 'DOMPART', 'ex-vrouw': 'FMRSPS', 'ex-echtgenoot': 'FMRSPS', oom: 'UNCLE', tante: 'AUNT',
      neef: 'COUSN', nicht: 'COUSN', opa: 'GRFTH', oma: 'GRMTH', zoon: 'SONC', dochter: 'DAUC', '  Mijn  zus ': 'SIS',
      'zus van moeder': undefined, huisarts: undefined, '': undefined, constructor: undefined, ['__proto__']: undefined,
      // an ex who was not (known to be) married is not a former spouse
      ex: undefined, 'ex-partner': undefined, 'ex-vriend': undefined, 'ex-vriendin': undefined,
    };
    for (const [role, code] of Object.entries(expected)) expect(roleToRelationCode(role), role).toBe(code);
  });

  it('only maps to codes it knows', () => {
    for (const info of Object.values(SNOMED_CODES)) if (info.v3) expect(V3_ROLE_CODES[info.v3], info.display).toBeDefined();
    expect(COD472_CODES['01']?.emergency).toBe(true);
  });
});

describe('ex-partners', () => {
  const SNOMED_EX_PARTNER = { system: 'http://snomed.info/sct', code: '300761000146104', display: 'Ex-partner' };
  const withEx = (ex: Partial<Person>): Network => ({
    ...samirNetwork,
    people: [...samirNetwork.people, { id: 'p-ex', name: 'Kim', kind: 'person', sector: 'family', ...ex }],
  });
  const exported = (n: Network) => resources(toFhir(n, { patient: 'Patient/samir', now: NOW, embed: 'none' })).find((r) => r.id === 'p-ex') as FhirRelatedPerson;

  it('are not coded as former spouse (FMRSPS) unless the data says married: SNOMED "Ex-partner" instead', () => {
    for (const role of ['ex', 'ex-partner', 'mijn ex', 'ex-vriendin']) {
      expect(exported(withEx({ role })).relationship, role).toEqual([{ coding: [SNOMED_EX_PARTNER], text: role }]);
    }
  });

  it('are former spouses when the role or an explicit relation code says married', () => {
    for (const role of ['ex-vrouw', 'ex-man', 'ex-echtgenote']) {
      expect(exported(withEx({ role })).relationship?.[0]?.coding, role).toEqual([
        { system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'FMRSPS', display: 'former spouse' },
      ]);
    }
    expect(exported(withEx({ role: 'ex-partner', relationCode: 'FMRSPS' })).relationship?.[0]?.coding?.[0]?.code).toBe('FMRSPS');
  });

  it('read from another system as SNOMED "Ex-partner" keep no relation code that would say married', () => {
    const r = fromFhir({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'RelatedPerson', patient: { reference: 'Patient/1' }, name: [{ text: 'Kim' }], relationship: [{ coding: [SNOMED_EX_PARTNER] }] } }],
    });
    expect(r.ok && r.network.people[1]).toEqual(expect.objectContaining({ name: 'Kim', role: 'ex-partner', sector: 'family' }));
    expect(r.ok && r.network.people[1]?.relationCode).toBeUndefined();
  });
});

describe('the choice to embed the whole Kring document', () => {
  const decode = (b: FhirBundle) => {
    const bin = resources(b).find((r) => r.resourceType === 'Binary');
    return bin && bin.resourceType === 'Binary' ? Buffer.from(bin.data ?? '', 'base64').toString('utf8') : '';
  };

  it('has no default: without an explicit "document" nothing but the mapped resources goes out', () => {
    // @ts-expect-error -- embed is a required choice
    const unchosen = toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW });
    // An untyped caller that still passes the old boolean gets no document either.
    const legacy = toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: true as unknown as 'none' });
    for (const b of [unchosen, legacy]) {
      expect(resources(b).map((r) => r.resourceType)).not.toContain('Binary');
      // life events and animals travel only in the document
      expect(JSON.stringify(b)).not.toMatch(/Uit huis gezet|Rex/);
    }
  });

  it('"document" adds the complete network, "none" leaves it out', () => {
    const doc = toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: 'document' });
    expect(decode(doc)).toContain('Uit huis gezet');
    const none = toFhir(samirNetwork, { patient: 'Patient/samir', now: NOW, embed: 'none' });
    expect(decode(none)).toBe('');
    // what "none" still discloses, as the README says: the notes of the tie with the client
    expect(JSON.stringify(none)).toContain('ruzie na de uitzetting');
  });
});
