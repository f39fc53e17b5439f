/**
 * FHIR import benchmark (issue 13): `fromFhir` on a bundle of one `Patient` and n
 * `RelatedPerson`s without an `id` (each with a name and a v3 FRND relationship: the upload
 * that froze the registration app's server), for n = 2,500, 5,000 and 9,999 (a valid network
 * comes out) and n = 10,000, 20,000 and 40,000 (more people than a network holds: every
 * entry is read, then one `too-long` error on `entry`). Reported: the JSON text's size,
 * the result, median wall and CPU ms of `fromFhir` on the parsed bundle, the ratio to the
 * size before (2.0 = linear when the size doubles), and as a peer measured in the same run
 * on the same text `JSON.parse` (which the host runs first anyway), with the ratio.
 * Target: 40,000 in ≤ 2 s (before the fix 20,000 took 10 s and 40,000 51 s).
 */
import { fromFhir } from '@kring/fhir';
import { fmt, medianTiming, time, type Timing } from './stats';
import type { BenchModule, BenchOptions, BenchTable } from './types';

const SIZES = [2_500, 5_000, 9_999, 10_000, 20_000, 40_000];
const PATIENT = 'urn:uuid:0b6a4e4c-0000-4000-8000-000000000001';

/** The bundle's JSON text: a Patient and `n` RelatedPersons without an id. */
function bundleText(n: number): string {
  const entry: unknown[] = [{ fullUrl: PATIENT, resource: { resourceType: 'Patient', name: [{ text: 'Sam' }] } }];
  for (let i = 0; i < n; i++) {
    entry.push({
      resource: {
        resourceType: 'RelatedPerson',
        patient: { reference: PATIENT },
        relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'FRND' }] }],
        name: [{ text: `Vriend ${i}` }],
      },
    });
  }
  return JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry });
}

function measure(fn: () => void, runs: number): Timing {
  fn(); // warm-up
  const timings: Timing[] = [];
  for (let r = 0; r < runs; r++) timings.push(time(fn));
  return medianTiming(timings);
}

export const fhirModule: BenchModule = {
  name: 'fhir',
  run({ runs }: BenchOptions): BenchTable {
    const rows: string[][] = [];
    let before: { n: number; cpu: number } | undefined;
    for (const n of SIZES) {
      const text = bundleText(n);
      const bundle: unknown = JSON.parse(text);
      const result = fromFhir(bundle);
      const outcome = result.ok ? `${result.network.people.length} people` : result.errors.map((e) => `${e.code} on ${e.path}`).join(', ');
      const peer = measure(() => JSON.parse(text), runs);
      const t = measure(() => fromFhir(bundle), runs);
      rows.push([
        n.toLocaleString('en'),
        `${fmt(text.length / 1e6, 1)} M`,
        outcome,
        fmt(t.wall, 1),
        fmt(t.cpu, 1),
        before ? `${fmt(t.cpu / before.cpu, 2)}× (×${fmt(n / before.n, 1)} size)` : '–',
        fmt(peer.cpu, 1),
        `${fmt(t.cpu / peer.cpu, 2)}×`,
      ]);
      before = { n, cpu: t.cpu };
    }
    return {
      title: 'FHIR import: fromFhir on RelatedPersons without an id',
      columns: ['RelatedPersons', 'JSON chars', 'result', 'fromFhir wall ms', 'fromFhir CPU ms', 'CPU vs previous row', 'JSON.parse CPU ms (peer)', 'fromFhir / JSON.parse'],
      rows,
      notes: [
        `Medians of ${runs} runs after one warm-up; the peer is JSON.parse of the same text in the same run.`,
        'Up to 9,999 RelatedPersons a network comes out (ids made from hints: naaste, naaste-2, …); from 10,000 on the bundle gives more people than a network holds (PARSE_LIMITS.maxArrayLength) and every entry is read before one too-long error on entry.',
        'Target (issue 13): 40,000 in ≤ 2 s; before the fix 20,000 took 10 s and 40,000 51 s (making a unique id probed hint-2 … hint-n again for every person).',
      ],
    };
  },
};
