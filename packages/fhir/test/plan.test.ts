import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planNetwork } from '@kring/fixtures';
import { validateNetwork, type Network } from '@kring/core';
import { fromFhir, toFhir, type FhirAppointment, type FhirCarePlan } from '../src';
import { planNetworkArbitrary } from '../../core/test/plan-arbitrary';

const NOW = new Date('2025-03-14T09:00:00Z');

function read(network: Network, embed: 'document' | 'none') {
  const bundle = toFhir(network, { patient: 'Patient/7', now: NOW, embed });
  const result = fromFhir(JSON.parse(JSON.stringify(bundle)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return { bundle, result };
}

describe('the network plan in FHIR', () => {
  it('writes the actions as one CarePlan and each meeting as an Appointment, in standard elements too', () => {
    const { bundle } = read(planNetwork, 'none');
    const plans = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is FhirCarePlan => r?.resourceType === 'CarePlan');
    expect(plans).toHaveLength(1);
    const plan = plans[0]!;
    expect(plan).toMatchObject({ status: 'active', intent: 'plan', subject: { reference: 'Patient/7' } });
    expect(plan.activity!.map((a) => a.detail?.status)).toEqual(['completed', 'not-started', 'not-started', 'cancelled']);
    expect(plan.activity![0]!.detail).toMatchObject({ kind: 'Task', description: 'Latifa bellen over de steungroep', scheduledString: '2024-05-01', performer: [{ display: 'Jan de Vries' }] });
    expect(plan.activity![1]!.detail!.performer).toEqual([{ display: 'cliënt' }]);
    const meetings = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is FhirAppointment => r?.resourceType === 'Appointment');
    expect(meetings.map((m) => [m.status, m.start, m.end, m.comment])).toEqual([
      ['fulfilled', '2024-05-15T00:00:00Z', '2024-05-15T23:59:59Z', 'Latifa belt Samir elke zondag.'],
      ['booked', '2024-09-01T00:00:00Z', '2024-09-30T23:59:59Z', undefined],
    ]);
    expect(meetings[0]!.participant[0]).toEqual({ actor: { reference: 'Patient/7' }, status: 'needs-action' });
  });

  it('round-trips exactly with the embedded document', () => {
    const { result } = read(planNetwork, 'document');
    expect(result.network).toEqual(planNetwork);
  });

  it('round-trips the plan from the resources alone (the client under its new id)', () => {
    const { result } = read(planNetwork, 'none');
    const got = result.network;
    expect(validateNetwork(got)).toEqual([]);
    const rename = (id: string) => (id === planNetwork.focus ? got.focus : id);
    expect(got.actions).toEqual(planNetwork.actions!.map((a) => ({ ...a, about: a.about.map(rename) })));
    expect(got.meetings).toEqual(planNetwork.meetings!.map((m) => ({ ...m, invited: m.invited.map(rename) })));
    expect(result.warnings.filter((w) => w.code !== 'consent-ask-first')).toEqual([]);
  });

  it('a network without a plan writes no CarePlan or Appointment and reads back without one', () => {
    const { actions: _a, meetings: _m, ...bare } = planNetwork;
    const { bundle, result } = read(bare, 'none');
    expect((bundle.entry ?? []).some((e) => e.resource?.resourceType === 'CarePlan' || e.resource?.resourceType === 'Appointment')).toBe(false);
    expect('actions' in result.network || 'meetings' in result.network).toBe(false);
  });

  it('plan items about what is not exported are left out with a warning at the resource', () => {
    const n: Network = {
      ...planNetwork,
      people: [...planNetwork.people, { id: 'p-hond', name: 'Rex', kind: 'animal' }],
      actions: [...planNetwork.actions!, { id: 'a-9', about: ['p-hond'], intent: 'maintain', step: 'Uitlaten' }, { id: 'a-10', about: ['p-jan'], intent: 'ask', step: 'x', owner: 'p-hond' }],
    };
    const { result } = read(n, 'none');
    expect(result.network.actions!.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-10']);
    expect(result.network.actions![4]).not.toHaveProperty('owner'); // an animal has no resource: not read back as free text
    expect(result.warnings.some((w) => w.code === 'dangling-reference' && w.path.startsWith('entry['))).toBe(true);
  });

  it('property: a valid network with a plan round-trips through FHIR (exactly with the document; valid, and the plan of exported people, without)', () => {
    fc.assert(
      fc.property(planNetworkArbitrary({ readableIds: true, maxPeople: 5 }), (n) => {
        expect(read(n, 'document').result.network).toEqual(n);
        const got = read(n, 'none').result.network;
        expect(validateNetwork(got)).toEqual([]);
        const exported = new Set(n.people.filter((p) => p.kind !== 'animal').map((p) => p.id));
        const tieIds = new Set(n.ties.map((t) => t.id));
        const whole = (n.actions ?? []).filter((a) => a.about.every((id) => exported.has(id) && !tieIds.has(id)));
        const back = new Map((got.actions ?? []).map((a) => [a.id, a]));
        for (const a of whole) expect(back.get(a.id)?.step).toBe(a.step);
        for (const m of got.meetings ?? []) expect(n.meetings?.some((x) => x.id === m.id && x.title === m.title)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
