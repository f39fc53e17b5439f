/**
 * The network plan as FHIR R4: the `actions` as one `CarePlan` (intent `plan`) with one
 * `activity` per action, the `meetings` as one `Appointment` each. The standard elements say
 * what another system can show (the step as `detail.description`, the status as
 * `detail.status`, the due date as `detail.scheduledString`, the owner as `detail.performer`;
 * a meeting's title as `description`, its outcome as `comment`, its day as `start`/`end`,
 * the invited as `participant`); Kring extensions carry every field exactly (fuzzy dates, ids
 * of people and ties, the Kring intent and status), so `fromFhir` gives the plan back.
 */
import { actionStatus, dayOrdinalToFuzzyDate, fuzzyDateEnd, fuzzyDateStart, type Action, type ActionStatus, type Meeting, type Network } from '@kring/core';
import { KRING_EXTENSIONS as X, extCode, extString, kringUrl } from '../extensions';
import type { FhirAppointment, FhirCarePlan, FhirCarePlanActivity, FhirCarePlanActivityDetail, FhirExtension, FhirReference } from '../fhir-types';

const DETAIL_STATUS: Record<ActionStatus, FhirCarePlanActivityDetail['status']> = { open: 'not-started', done: 'completed', dropped: 'cancelled' };

/** A reference to a Kring person for the plan: the patient for the client, the person's resource, or only their name. */
type RefOf = (personId: string) => FhirReference | undefined;

function activity(a: Action, refOf: RefOf, people: ReadonlySet<string>): FhirCarePlanActivity {
  const ext: FhirExtension[] = [extString(kringUrl(X.actionId), a.id)];
  // An owner who is a person without a resource (an animal) is left out: read back, the bare
  // id would pass for free text.
  const owner = a.owner !== undefined && people.has(a.owner) && refOf(a.owner) === undefined ? undefined : a.owner;
  for (const id of a.about) ext.push(extString(kringUrl(X.actionAbout), id));
  ext.push(extCode(kringUrl(X.actionIntent), a.intent), extString(kringUrl(X.actionStep), a.step));
  if (owner !== undefined) ext.push(extString(kringUrl(X.actionOwner), owner));
  if (a.due !== undefined) ext.push(extString(kringUrl(X.actionDue), a.due));
  if (a.status !== undefined) ext.push(extCode(kringUrl(X.actionStatus), a.status));
  if (a.done !== undefined) ext.push(extString(kringUrl(X.actionDone), a.done));
  if (a.note !== undefined) ext.push(extString(kringUrl(X.actionNote), a.note));
  if (a.extensions !== undefined) ext.push(extString(kringUrl(X.vendor), JSON.stringify(a.extensions)));
  const detail: FhirCarePlanActivityDetail = {
    kind: 'Task',
    code: { coding: [{ system: kringUrl(X.actionIntent), code: a.intent }] },
    status: DETAIL_STATUS[actionStatus(a)],
  };
  if (a.due !== undefined) detail.scheduledString = a.due;
  if (owner !== undefined) detail.performer = [refOf(owner) ?? { display: owner }];
  if (a.step.trim() !== '') detail.description = a.step;
  return { extension: ext, detail };
}

/** The `CarePlan` of the network's actions (none without actions). */
export function carePlan(network: Network, id: string, patient: FhirReference, refOf: RefOf): FhirCarePlan | null {
  const actions = network.actions ?? [];
  if (actions.length === 0) return null;
  const people = new Set(network.people.map((p) => p.id));
  return {
    resourceType: 'CarePlan',
    id,
    extension: [extCode(kringUrl(X.carePlan), 'network-plan'), extString(kringUrl(X.clientId), network.focus)],
    status: 'active',
    intent: 'plan',
    title: 'Netwerkplan',
    subject: patient,
    activity: actions.map((a) => activity(a, refOf, people)),
  };
}

/** FHIR instants for the first and last moment of a fuzzy date (R4 wants both for a booked appointment). */
function instants(date: string): { start: string; end: string } | null {
  const first = fuzzyDateStart(date);
  const last = fuzzyDateEnd(date);
  if (Number.isNaN(first) || Number.isNaN(last)) return null;
  return { start: `${dayOrdinalToFuzzyDate(first)}T00:00:00Z`, end: `${dayOrdinalToFuzzyDate(last)}T23:59:59Z` };
}

/** One meeting as an `Appointment`: `fulfilled` once it has an outcome, else `booked`. */
export function appointment(m: Meeting, network: Network, id: string, patient: FhirReference, refOf: RefOf): FhirAppointment {
  const ext: FhirExtension[] = [
    extString(kringUrl(X.meetingId), m.id),
    extString(kringUrl(X.clientId), network.focus),
    extString(kringUrl(X.meetingDate), m.date),
    extCode(kringUrl(X.meetingKind), m.kind),
  ];
  for (const p of m.invited) ext.push(extString(kringUrl(X.meetingInvited), p));
  if (m.group !== undefined) ext.push(extString(kringUrl(X.meetingGroup), m.group));
  if (m.extensions !== undefined) ext.push(extString(kringUrl(X.vendor), JSON.stringify(m.extensions)));
  const participant = m.invited.map((p) => ({ actor: refOf(p) ?? { display: p }, status: 'needs-action' as const }));
  const out: FhirAppointment = {
    resourceType: 'Appointment',
    id,
    extension: ext,
    status: m.outcome !== undefined ? 'fulfilled' : 'booked',
    appointmentType: { coding: [{ system: kringUrl(X.meetingKind), code: m.kind }], text: m.kind },
    description: m.title,
    // R4 needs at least one participant: with no one invited (yet), the client.
    participant: participant.length > 0 ? participant : [{ actor: patient, status: 'needs-action' }],
  };
  const when = instants(m.date);
  if (when) Object.assign(out, when);
  if (m.outcome !== undefined) out.comment = m.outcome;
  return out;
}
