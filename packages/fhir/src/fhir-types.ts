/**
 * The minimal HL7 FHIR R4 (4.0.1) shapes that `@kring/fhir` writes.
 *
 * Declared here on purpose instead of re-exporting `@types/fhir`: the npm `latest` tag of
 * `@types/fhir` is an old STU3-only release (3.0.x, a global `fhir` namespace, no R4), so a
 * public `.d.ts` that imported `fhir/r4` would break for consumers who happen to have that
 * version. These interfaces are structural subsets of `fhir4.*` from `@types/fhir` 0.0.x
 * (`import type { Bundle } from 'fhir/r4'`); a type test asserts that a Kring
 * {@link FhirBundle} is assignable to `fhir4.Bundle`, so consumers who use those types can
 * pass it on unchanged.
 *
 * @packageDocumentation
 */

/** A FHIR extension (R4 `Extension`): a URL plus one value, or nested extensions. */
export interface FhirExtension {
  url: string;
  extension?: FhirExtension[];
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
}

/** R4 `Coding`. */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

/** R4 `CodeableConcept`. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** R4 `Reference`. */
export interface FhirReference {
  reference?: string;
  type?: string;
  display?: string;
}

/** R4 `Period` (`start` / `end` are FHIR dateTimes: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, …). */
export interface FhirPeriod {
  start?: string;
  end?: string;
}

/** R4 `HumanName`. */
export interface FhirHumanName {
  use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  text?: string;
  family?: string;
  given?: string[];
}

/** R4 `Address` (Kring writes only `country`). */
export interface FhirAddress {
  text?: string;
  city?: string;
  country?: string;
}

/** R4 `Coding`-based `Meta` subset. */
export interface FhirMeta {
  profile?: string[];
  tag?: FhirCoding[];
}

/** R4 `RelatedPerson.communication`. */
export interface FhirRelatedPersonCommunication {
  language: FhirCodeableConcept;
  preferred?: boolean;
}

/** R4 `RelatedPerson`: one informal person in the client's network. */
export interface FhirRelatedPerson {
  resourceType: 'RelatedPerson';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  active?: boolean;
  patient: FhirReference;
  relationship?: FhirCodeableConcept[];
  name?: FhirHumanName[];
  address?: FhirAddress[];
  period?: FhirPeriod;
  communication?: FhirRelatedPersonCommunication[];
}

/** R4 `Practitioner`: a professional in the client's network. */
export interface FhirPractitioner {
  resourceType: 'Practitioner';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  active?: boolean;
  name?: FhirHumanName[];
  address?: FhirAddress[];
  communication?: FhirCodeableConcept[];
}

/** R4 `Organization`: an organisation, place or group in the client's network. */
export interface FhirOrganization {
  resourceType: 'Organization';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  active?: boolean;
  type?: FhirCodeableConcept[];
  name?: string;
  address?: FhirAddress[];
}

/** R4 `CareTeam.participant`. */
export interface FhirCareTeamParticipant {
  extension?: FhirExtension[];
  role?: FhirCodeableConcept[];
  member?: FhirReference;
  period?: FhirPeriod;
}

/** R4 `CareTeam`: the professionals, or a Kring support group / base team. */
export interface FhirCareTeam {
  resourceType: 'CareTeam';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  status?: 'proposed' | 'active' | 'suspended' | 'inactive' | 'entered-in-error';
  category?: FhirCodeableConcept[];
  name?: string;
  subject?: FhirReference;
  period?: FhirPeriod;
  participant?: FhirCareTeamParticipant[];
}

/** R4 `Binary`: carries the complete Kring document (see `KRING_CONTENT_TYPE`). */
export interface FhirBinary {
  resourceType: 'Binary';
  id?: string;
  meta?: FhirMeta;
  contentType: string;
  securityContext?: FhirReference;
  /** base64 of the UTF-8 JSON. */
  data?: string;
}

/** R4 `Consent.provision.actor`: who the provision is about. */
export interface FhirConsentActor {
  role: FhirCodeableConcept;
  reference: FhirReference;
}

/** R4 `Consent.provision` (Kring writes one `deny` with the person as actor). */
export interface FhirConsentProvision {
  type?: 'deny' | 'permit';
  period?: FhirPeriod;
  actor?: FhirConsentActor[];
  provision?: FhirConsentProvision[];
}

/** R4 `Consent`: the client does not want this person contacted (Kring `consent: not-allowed`). */
export interface FhirConsent {
  resourceType: 'Consent';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  status: 'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';
  scope: FhirCodeableConcept;
  category: FhirCodeableConcept[];
  patient?: FhirReference;
  /** FHIR dateTime (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, …): when the refusal was recorded. */
  dateTime?: string;
  policyRule?: FhirCodeableConcept;
  provision?: FhirConsentProvision;
}

/** R4 `CarePlan.activity.detail`: one step of the Kring network plan. */
export interface FhirCarePlanActivityDetail {
  kind?: 'Appointment' | 'CommunicationRequest' | 'DeviceRequest' | 'MedicationRequest' | 'NutritionOrder' | 'Task' | 'ServiceRequest' | 'VisionPrescription';
  code?: FhirCodeableConcept;
  status: 'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'stopped' | 'unknown' | 'entered-in-error';
  scheduledString?: string;
  performer?: FhirReference[];
  description?: string;
}

/** R4 `CarePlan.activity`. */
export interface FhirCarePlanActivity {
  extension?: FhirExtension[];
  detail?: FhirCarePlanActivityDetail;
}

/** R4 `CarePlan`: the Kring network plan (`actions`), one activity per action. */
export interface FhirCarePlan {
  resourceType: 'CarePlan';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'proposal' | 'plan' | 'order' | 'option';
  title?: string;
  subject: FhirReference;
  activity?: FhirCarePlanActivity[];
}

/** R4 `Appointment.participant`. */
export interface FhirAppointmentParticipant {
  actor?: FhirReference;
  status: 'accepted' | 'declined' | 'tentative' | 'needs-action';
}

/** R4 `Appointment`: a Kring meeting. */
export interface FhirAppointment {
  resourceType: 'Appointment';
  id?: string;
  meta?: FhirMeta;
  extension?: FhirExtension[];
  status: 'proposed' | 'pending' | 'booked' | 'arrived' | 'fulfilled' | 'cancelled' | 'noshow' | 'entered-in-error' | 'checked-in' | 'waitlist';
  appointmentType?: FhirCodeableConcept;
  description?: string;
  start?: string;
  end?: string;
  comment?: string;
  participant: FhirAppointmentParticipant[];
}

/** Every resource type `toFhir` writes. */
export type FhirResource = FhirRelatedPerson | FhirPractitioner | FhirOrganization | FhirCareTeam | FhirConsent | FhirBinary | FhirCarePlan | FhirAppointment;

/** R4 `Bundle.entry.request` (transaction bundles only). */
export interface FhirBundleEntryRequest {
  method: 'POST' | 'PUT';
  url: string;
}

/** R4 `Bundle.entry`. */
export interface FhirBundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
  request?: FhirBundleEntryRequest;
}

/** R4 `Bundle`, as written by `toFhir`. */
export interface FhirBundle {
  resourceType: 'Bundle';
  id?: string;
  meta?: FhirMeta;
  type: 'collection' | 'transaction';
  timestamp?: string;
  entry?: FhirBundleEntry[];
}
