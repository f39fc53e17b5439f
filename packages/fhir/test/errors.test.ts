import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samirNetwork } from '@kring/fixtures';
import { validateNetwork, type NetworkIssue } from '@kring/core';
import { fromFhir, toFhir, KRING_EXTENSION_BASE, type FhirBinary } from '../src';

const NOW = new Date('2025-03-14T09:00:00Z');

function errorsOf(input: unknown, options?: Parameters<typeof fromFhir>[1]): NetworkIssue[] {
  const r = fromFhir(input, options);
  if (r.ok) throw new Error('expected errors, got a network');
  return r.errors;
}

const rp = (extra: Record<string, unknown> = {}) => ({ resourceType: 'RelatedPerson', patient: { reference: 'Patient/1' }, ...extra });
const bundle = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });

describe('bad bundles give typed errors with paths', () => {
  it('refuses what is not a Bundle', () => {
    for (const input of [null, undefined, 42, 'Bundle', [], true]) {
      expect(errorsOf(input)).toEqual([expect.objectContaining({ code: 'not-an-object', path: '' })]);
    }
    expect(errorsOf({})).toEqual([expect.objectContaining({ code: 'required', path: 'resourceType' })]);
    expect(errorsOf({ resourceType: 'Patient' })).toEqual([expect.objectContaining({ code: 'wrong-format', path: 'resourceType' })]);
    expect(errorsOf({ resourceType: 'Bundle', type: 'collection', entry: {} })).toEqual([expect.objectContaining({ code: 'wrong-type', path: 'entry' })]);
  });

  it('refuses a Bundle without a valid type, and still checks its entries', () => {
    // R4 Bundle.type is required (1..1): without it nobody knows whether this is a
    // transaction to carry out, a search result or a collection.
    expect(errorsOf({ resourceType: 'Bundle', entry: [] })).toEqual([expect.objectContaining({ code: 'required', path: 'type' })]);
    expect(errorsOf({ resourceType: 'Bundle', type: 7 })).toEqual([expect.objectContaining({ code: 'wrong-type', path: 'type' })]);
    expect(errorsOf({ resourceType: 'Bundle', type: 'verzameling' })).toEqual([
      expect.objectContaining({ code: 'invalid-value', path: 'type', message: expect.stringContaining('collection') as unknown }),
    ]);
    expect(errorsOf({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'RelatedPerson' } }] }).map((e) => e.path)).toEqual([
      'type',
      'entry[0].resource.patient',
    ]);
    for (const type of ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection']) {
      expect(fromFhir({ resourceType: 'Bundle', type }).ok, type).toBe(true);
    }
  });

  it('reports entries that are not resources, all at once', () => {
    const errors = errorsOf({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [42, {}, { resource: 'x' }, { resource: { id: 'a' } }, { resource: { resourceType: 7 } }, { fullUrl: 3, resource: rp() }],
    });
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['wrong-type', 'entry[0]'],
      ['required', 'entry[1].resource'],
      ['not-an-object', 'entry[2].resource'],
      ['required', 'entry[3].resource.resourceType'],
      ['invalid-value', 'entry[4].resource.resourceType'],
      ['wrong-type', 'entry[5].fullUrl'],
    ]);
  });

  it('does not stop at a broken entry: the other entries are still checked', () => {
    const errors = errorsOf({ resourceType: 'Bundle', type: 'collection', entry: ['x', { resource: { resourceType: 'RelatedPerson' } }] });
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['wrong-type', 'entry[0]'],
      ['required', 'entry[1].resource.patient'],
    ]);
    const kring = toFhir(samirNetwork, { patient: 'Patient/1', now: NOW, embed: 'document' }) as unknown as { entry: unknown[] };
    expect(errorsOf({ ...kring, entry: [...kring.entry, 7] }).map((e) => e.path)).toEqual(['entry[6]']);
  });

  it('reports a RelatedPerson without patient and bad relationships with their paths', () => {
    const errors = errorsOf(
      bundle(
        { resourceType: 'Patient', id: '1' },
        rp(),
        { resourceType: 'RelatedPerson', id: 'no-patient' },
        rp({ patient: 'Patient/1' }),
        rp({ relationship: ['SIS'] }),
        rp({ relationship: { coding: [] } }),
        rp({ relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: ' SIS' }] }] }),
        rp({ relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 12 }] }] }),
        rp({ relationship: [{ coding: 'SIS' }] }),
        rp({ active: 'yes', period: { start: 'last year' } }),
        rp({ name: 'Piet' }),
      ),
    );
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['required', 'entry[2].resource.patient'],
      ['wrong-type', 'entry[3].resource.patient'],
      ['wrong-type', 'entry[4].resource.relationship[0]'],
      ['wrong-type', 'entry[5].resource.relationship'],
      ['invalid-value', 'entry[6].resource.relationship[0].coding[0].code'],
      ['invalid-value', 'entry[7].resource.relationship[0].coding[0].code'],
      ['wrong-type', 'entry[8].resource.relationship[0].coding'],
      ['wrong-type', 'entry[9].resource.active'],
      ['invalid-date', 'entry[9].resource.period.start'],
      ['wrong-type', 'entry[10].resource.name'],
    ]);
    for (const e of errors) expect(typeof e.message).toBe('string');
  });

  it('warns about unknown codes of known systems instead of refusing them', () => {
    const r = fromFhir(bundle(rp({ relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'XYZ' }] }] })));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings).toEqual([expect.objectContaining({ code: 'invalid-value', path: 'entry[0].resource.relationship[0].coding[0].code' })]);
      expect(r.network.people[1]).toMatchObject({ sector: 'other' });
    }
  });

  it('reports bad Kring extensions with the path of the value', () => {
    const errors = errorsOf(
      bundle(
        rp({
          extension: [
            { url: `${KRING_EXTENSION_BASE}person-id`, valueString: 'p-1' },
            { url: `${KRING_EXTENSION_BASE}closeness`, valueCode: 'very-close' },
            { url: `${KRING_EXTENSION_BASE}since`, valueString: 'gisteren' },
            { valueString: 'no url' },
          ],
        }),
        rp({ extension: [{ url: `${KRING_EXTENSION_BASE}person-id`, valueString: 'p-1' }] }),
      ),
    );
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['required', 'entry[0].resource.extension[3].url'],
      ['invalid-value', 'entry[0].resource.extension[1].valueCode'],
      ['invalid-date', 'entry[0].resource.extension[2].valueString'],
    ]);
    // ids given twice are caught once the rest is fine
    const dup = errorsOf(bundle(
      rp({ extension: [{ url: `${KRING_EXTENSION_BASE}person-id`, valueString: 'p-1' }] }),
      rp({ extension: [{ url: `${KRING_EXTENSION_BASE}person-id`, valueString: 'p-1' }] }),
    ));
    expect(dup).toEqual([expect.objectContaining({ code: 'duplicate-id', path: 'entry[1].resource' })]);
  });

  it('reports a damaged embedded Kring document with a path inside it, and can import without it', () => {
    const good = toFhir(samirNetwork, { patient: 'Patient/1', now: NOW, embed: 'document' });
    const at = (good.entry ?? []).findIndex((e) => e.resource?.resourceType === 'Binary');
    const withData = (data: unknown) => {
      const copy = structuredClone(good) as unknown as { entry: { resource: Record<string, unknown> }[] };
      copy.entry[at]!.resource.data = data;
      return copy;
    };
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    expect(errorsOf(withData('%%%'))).toEqual([expect.objectContaining({ code: 'invalid-value', path: `entry[${at}].resource.data` })]);
    expect(errorsOf(withData(b64('{nope')))).toEqual([expect.objectContaining({ code: 'invalid-json', path: `entry[${at}].resource.data` })]);
    const broken = { ...samirNetwork, people: samirNetwork.people.map((p, i) => (i === 1 ? { ...p, consent: 'maybe' } : p)) };
    expect(errorsOf(withData(b64(JSON.stringify(broken))))).toEqual([
      expect.objectContaining({ code: 'invalid-value', path: `entry[${at}].resource.data.people[1].consent` }),
    ]);
    const fallback = fromFhir(withData('%%%'), { ignoreEmbedded: true });
    expect(fallback.ok).toBe(true);
    if (fallback.ok) expect(fallback.network.people.map((p) => p.name)).toContain('Latifa');
    // the document's content type is what marks it
    expect((good.entry?.[at]?.resource as FhirBinary).contentType).toBe('application/vnd.kring.network+json');
  });
});

// Property tests: 1000 runs each; generous time-outs because the machine may be shared (not a timing assertion).
describe('fromFhir never throws', { timeout: 120_000 }, () => {
  const noInternal = (r: ReturnType<typeof fromFhir>) => {
    if (!r.ok) for (const e of r.errors) expect(e.message).not.toMatch(/^internal error/);
    else expect(validateNetwork(r.network)).toEqual([]);
  };

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        noInternal(fromFhir(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary bundle-shaped JSON', () => {
    const resourceType = fc.constantFrom('RelatedPerson', 'CareTeam', 'Patient', 'Practitioner', 'Organization', 'Binary', 'Consent', 'Observation');
    const codingArb = fc.record(
      {
        system: fc.constantFrom('http://terminology.hl7.org/CodeSystem/v3-RoleCode', 'http://snomed.info/sct', 'http://terminology.hl7.org/CodeSystem/v2-0131', 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472'),
        code: fc.oneof(fc.constantFrom('SIS', 'FRND', 'C', '01', '72705000', ''), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const kringExt = fc.record({
      url: fc.constantFrom('person-id', 'kind', 'sector', 'closeness', 'tie', 'channel', 'boundary', 'vendor-extensions', 'group-id', 'care-team').map((n) => KRING_EXTENSION_BASE + n),
      valueString: fc.oneof(fc.string(), fc.constantFrom('p-1', '{}', '2019')),
      valueCode: fc.constantFrom('inner', 'family', 'professionals', 'phone', 'x'),
      extension: fc.array(fc.record({ url: fc.constantFrom('id', 'status', 'history', 'date'), valueString: fc.string(), valueCode: fc.string() })),
    }, { requiredKeys: ['url'] });
    const actorArb = fc.record({ reference: fc.record({ reference: fc.constantFrom('RelatedPerson/a', 'Practitioner/b', 'urn:uuid:1', 'https://other.example/fhir/RelatedPerson/a') }, { requiredKeys: [] }) }, { requiredKeys: [] });
    const leafProvision = fc.record({ type: fc.constantFrom('deny', 'permit'), actor: fc.array(actorArb, { maxLength: 3 }) }, { requiredKeys: [] });
    const provisionArb = fc.record({ type: fc.constantFrom('deny', 'permit'), actor: fc.array(actorArb, { maxLength: 3 }), provision: fc.array(leafProvision, { maxLength: 2 }) }, { requiredKeys: [] });
    const resource = fc.record(
      {
        resourceType,
        id: fc.oneof(fc.constantFrom('a', 'b', 'example'), fc.string()),
        patient: fc.oneof(fc.record({ reference: fc.constantFrom('Patient/1', 'Patient/2') }), fc.jsonValue()),
        subject: fc.record({ reference: fc.constantFrom('Patient/1', 'Patient/2') }),
        relationship: fc.oneof(fc.array(fc.record({ coding: fc.array(codingArb), text: fc.string() }, { requiredKeys: [] })), fc.jsonValue()),
        participant: fc.array(fc.record({ member: fc.record({ reference: fc.constantFrom('Patient/1', 'RelatedPerson/a', 'Practitioner/b', '#c', 'x'), display: fc.string() }, { requiredKeys: [] }), role: fc.jsonValue() }, { requiredKeys: [] })),
        name: fc.oneof(fc.array(fc.record({ text: fc.string(), given: fc.array(fc.string()) }, { requiredKeys: [] })), fc.jsonValue()),
        extension: fc.array(kringExt, { maxLength: 5 }),
        active: fc.jsonValue(),
        period: fc.record({ start: fc.constantFrom('2019', '2019-13', 'x', '2020-01-01T10:00:00Z') }, { requiredKeys: [] }),
        contentType: fc.constantFrom('application/vnd.kring.network+json', 'text/plain'),
        data: fc.oneof(fc.base64String(), fc.string()),
        contained: fc.array(fc.record({ resourceType, id: fc.constant('c') })),
        status: fc.oneof(fc.constantFrom('active', 'inactive'), fc.jsonValue()),
        scope: fc.oneof(fc.constant({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] }), fc.jsonValue()),
        provision: fc.oneof(provisionArb, fc.jsonValue()),
      },
      { requiredKeys: ['resourceType'] },
    );
    const entries = fc.array(fc.oneof(fc.record({ resource, fullUrl: fc.constantFrom('RelatedPerson/a', 'urn:uuid:1') }, { requiredKeys: ['resource'] }), fc.jsonValue()), { maxLength: 8 });
    fc.assert(
      fc.property(entries, (entry) => {
        noInternal(fromFhir({ resourceType: 'Bundle', type: 'collection', entry }));
      }),
      { numRuns: 1000 },
    );
  });

  it('on a Kring bundle with one value replaced anywhere', () => {
    // Latifa refuses contact, so the bundle holds a Consent too.
    const refusing = { ...samirNetwork, people: samirNetwork.people.map((p) => (p.id === 'p-latifa' ? { ...p, consent: 'not-allowed' as const, consentDate: '2024' } : p)) };
    const good = JSON.parse(JSON.stringify(toFhir(refusing, { patient: 'Patient/1', now: NOW, embed: 'none' }))) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(good, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(good) as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = copy;
        for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = value;
        noInternal(fromFhir(copy));
      }),
      { numRuns: 1000 },
    );
  });
});
