/**
 * A consent refusal as an R4 `Consent`: Kring `consent: not-allowed` ("the client does not
 * want this person contacted") → status `active`, scope `patient-privacy`, category LOINC
 * 59284-0 "Patient Consent", `patient` = the client, policy rule v3 `OPTOUT`, and one
 * provision `deny` with the person as actor in the role v3 `IRCP` (information recipient):
 * contacting someone tells them about the client. `dateTime` is the `consentDate` (a `~`
 * dropped). The `consent` extension on the person's resource is written as well, so Kring
 * readers keep the exact value and date; other systems see a standard resource.
 *
 * Only refusals are written: `allowed` and `ask-first` are not a FHIR consent directive the
 * receiver has to enforce, and `unknown` is no statement at all; they stay extensions.
 */
import type { Person } from '@kring/core';
import { SYSTEMS } from '../codes';
import type { FhirConsent, FhirReference } from '../fhir-types';
import { fhirDate } from './person';

/** The Consent refusing contact with `p`, whose resource is `actor`; `undefined` unless `p.consent` is `not-allowed`. */
export function refusalConsent(p: Person, id: string, patient: FhirReference, actor: FhirReference): FhirConsent | undefined {
  if (p.consent !== 'not-allowed') return undefined;
  const consent: FhirConsent = {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ system: SYSTEMS.consentScope, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: SYSTEMS.loinc, code: '59284-0', display: 'Patient Consent' }] }],
    patient,
  };
  const date = fhirDate(p.consentDate);
  if (date !== undefined) consent.dateTime = date;
  consent.policyRule = { coding: [{ system: SYSTEMS.v3ActCode, code: 'OPTOUT', display: 'opt-out' }] };
  consent.provision = {
    type: 'deny',
    actor: [{ role: { coding: [{ system: SYSTEMS.v3ParticipationType, code: 'IRCP', display: 'information recipient' }] }, reference: actor }],
  };
  return consent;
}
