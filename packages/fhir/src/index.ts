/**
 * `@kring/fhir`: exchange Kring networks as HL7 FHIR R4 bundles.
 *
 * `toFhir` writes a `Bundle` of `RelatedPerson`, `Practitioner`, `Organization`, `CareTeam`
 * and `Consent` (refusals) resources, plus the complete Kring document when the caller
 * chooses `embed: 'document'`; `fromFhir` reads such a bundle back exactly, or imports a
 * bundle from another system with sensible defaults. See the README for the
 * mapping table and the extension URLs.
 *
 * @packageDocumentation
 */
export { toFhir, type ToFhirOptions, type EmbedChoice } from './to-fhir';
export { fromFhir, type FromFhirOptions, type FromFhirResult } from './from-fhir';
export { KRING_EXTENSION_BASE, KRING_CONTENT_TYPE, KRING_EXTENSIONS } from './extensions';
export {
  SYSTEMS,
  V3_ROLE_CODES,
  V2_CONTACT_ROLES,
  SNOMED_CODES,
  COD472_CODES,
  ROLE_WORDS,
  ROLE_WORDS_SNOMED,
  roleToRelationCode,
  roleToSnomedCode,
  codingInfo,
  type CodeInfo,
} from './codes';
export type * from './fhir-types';
