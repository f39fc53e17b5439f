/**
 * `@kring/fhir`: exchange Kring networks as HL7 FHIR R4 bundles.
 *
 * `toFhir` writes a `Bundle` of `RelatedPerson`, `Practitioner`, `Organization` and
 * `CareTeam` resources plus the complete Kring document; `fromFhir` reads it back exactly,
 * or imports a bundle from another system with sensible defaults. See the README for the
 * mapping table and the extension URLs.
 *
 * @packageDocumentation
 */
export { toFhir, type ToFhirOptions } from './to-fhir';
export { fromFhir, type FromFhirOptions, type FromFhirResult } from './from-fhir';
export { KRING_EXTENSION_BASE, KRING_CONTENT_TYPE, KRING_EXTENSIONS } from './extensions';
export {
  SYSTEMS,
  V3_ROLE_CODES,
  V2_CONTACT_ROLES,
  SNOMED_CODES,
  COD472_CODES,
  ROLE_WORDS,
  roleToRelationCode,
  codingInfo,
  type CodeInfo,
} from './codes';
export type * from './fhir-types';
