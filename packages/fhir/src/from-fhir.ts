import { issue, joinPath, type Network, type NetworkIssue } from '@kring/core';
import { KRING_CONTENT_TYPE } from './extensions';
import { assemble } from './read/assemble';
import { readCareTeams } from './read/care-team';
import { applyToDrafts, readConsents } from './read/consent';
import { readEmbedded } from './read/embedded';
import { readPlan } from './read/plan';
import { hasPersonId, readKringProfessional, readRelatedPerson } from './read/people';
import { type Draft, type Obj, type Res, Reader, isObject, own } from './read/reader';
import { Client, Resolver } from './read/references';

/** Options of {@link fromFhir}. */
export interface FromFhirOptions {
  /**
   * Ignore the embedded Kring document (the `Binary` entry) and build the network from the
   * FHIR resources, e.g. when the document is damaged or another system edited the resources.
   */
  ignoreEmbedded?: boolean;
  /**
   * Reference of the client's `Patient` (`"Patient/123"`), when the bundle holds related
   * persons of several patients. Default: the first `Patient` entry, else the patient of the
   * first `RelatedPerson`. Only references that are this one, or resolve to the same `Patient`
   * entry, are the client: not one on another server, nor a display or identifier only.
   */
  patient?: string;
  /** Name of the client when the bundle does not name the patient. Default `"Cliënt"`. */
  focusName?: string;
}

/** Result of {@link fromFhir}: a valid network plus warnings, or every error found. */
export type FromFhirResult = { ok: true; network: Network; warnings: NetworkIssue[] } | { ok: false; errors: NetworkIssue[] };

/** R4 `Bundle.type` codes (required, 1..1). */
const BUNDLE_TYPES = ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'];

/** Resource types read from a bundle without an embedded document; the rest is left out with a warning. */
const READ_TYPES = new Set(['Patient', 'RelatedPerson', 'CareTeam', 'Practitioner', 'Organization', 'PractitionerRole', 'Consent']);

/**
 * Import an HL7 FHIR R4 `Bundle` as a Kring network. Never throws.
 *
 * - A bundle written by {@link toFhir} with its embedded document gives the exact network back.
 * - Other bundles: a client (focus) from the `Patient`, each of the client's
 *   `RelatedPerson`s a person with a tie from the client (sector from the relationship code,
 *   closeness `inner` for emergency contacts / next of kin, else `outer`, consent `unknown`,
 *   tie `active` unless `active: false` or an ended period); each `CareTeam` a group whose
 *   practitioners and organisations become formal people in the `care` sector. Relationship
 *   codes are read from HL7 v3 RoleCode, v2-0131, zib2020 (COD472) and zib2024 (SNOMED CT).
 *   The network plan comes back from the `CarePlan` and `Appointment`s Kring wrote (their
 *   Kring extensions); plan items about what was not exported are left out with a warning.
 * - Malformed input gives `ok: false` with every error and its JSON path, e.g.
 *   `entry[3].resource.relationship[0]`; data that is merely dropped gives warnings.
 */
export function fromFhir(bundle: unknown, options: FromFhirOptions = {}): FromFhirResult {
  try {
    return read(bundle, options);
  } catch (e) {
    // Safety net: a bug must not break the host page.
    return { ok: false, errors: [issue('invalid-value', '', `internal error while reading the bundle: ${String(e)}`)] };
  }
}

function read(bundle: unknown, options: FromFhirOptions): FromFhirResult {
  const rd = new Reader();
  if (!isObject(bundle)) return { ok: false, errors: [issue('not-an-object', '', 'a FHIR Bundle must be a JSON object')] };
  const rt = own(bundle, 'resourceType');
  if (rt !== 'Bundle') {
    const code = rt === undefined ? 'required' : 'wrong-format';
    return { ok: false, errors: [issue(code, 'resourceType', `resourceType must be "Bundle"${typeof rt === 'string' ? `, not "${rt}"` : ''}`)] };
  }
  // Bundle.type is 1..1 in R4: without it nobody knows whether this is a collection, a search
  // result or a transaction. Reported with the entries' problems, not instead of them.
  const type = own(bundle, 'type');
  if (type === undefined) rd.error('required', 'type', `a Bundle needs a type (${BUNDLE_TYPES.join(', ')})`);
  else if (typeof type !== 'string') rd.error('wrong-type', 'type', 'type must be a string');
  else if (!BUNDLE_TYPES.includes(type)) rd.error('invalid-value', 'type', `type must be one of ${BUNDLE_TYPES.join(', ')}, not "${type}"`);

  const resources = readEntries(rd, bundle);
  // No early return on broken entries: the readable ones are still checked, so every problem is reported at once.
  const resolver = new Resolver(resources);
  const client = new Client(resources, resolver, options.patient);

  // The embedded Kring document, when there is one, is the source of truth.
  const documents = resources.filter((x) => x.type === 'Binary' && typeof own(x.r, 'contentType') === 'string' && (own(x.r, 'contentType') as string).startsWith(KRING_CONTENT_TYPE));
  const doc = documents[0];
  if (doc && !options.ignoreEmbedded) return readEmbedded(rd, doc, documents.length, resources, () => readConsents(rd, resources, resolver, client));

  return readResources(rd, resources, resolver, client, options);
}

/** The resources of the bundle's entries; broken entries are errors. */
function readEntries(rd: Reader, bundle: Obj): Res[] {
  const resources: Res[] = [];
  for (const { o: entry, path } of rd.objects(bundle, 'entry', '')) {
    const fullUrl = rd.string(entry, 'fullUrl', path);
    const resource = own(entry, 'resource');
    const rp = joinPath(path, 'resource');
    if (resource === undefined) {
      if (own(entry, 'request') === undefined && own(entry, 'response') === undefined) rd.error('required', rp, 'an entry needs a resource');
      continue;
    }
    if (!isObject(resource)) {
      rd.error('not-an-object', rp, 'resource must be an object');
      continue;
    }
    const type = own(resource, 'resourceType');
    if (typeof type !== 'string' || !/^[A-Z][A-Za-z]+$/.test(type)) {
      rd.error(type === undefined ? 'required' : 'invalid-value', joinPath(rp, 'resourceType'), 'resourceType must be a FHIR resource type');
      continue;
    }
    resources.push(fullUrl !== undefined ? { type, r: resource, path: rp, fullUrl } : { type, r: resource, path: rp });
  }
  return resources;
}

/** A network built from the resources (another system's bundle, or Kring's without its document). */
function readResources(rd: Reader, resources: Res[], resolver: Resolver, client: Client, options: FromFhirOptions): FromFhirResult {
  const focus: Draft = { hint: 'client', path: '', person: { name: '', kind: 'person' } };
  const drafts: Draft[] = [];
  for (const x of resources) {
    if (x.type === 'RelatedPerson') x.draft = readRelatedPerson(rd, x, client);
    else if ((x.type === 'Practitioner' || x.type === 'Organization') && hasPersonId(x.r)) x.draft = readKringProfessional(rd, x);
    if (x.draft) drafts.push(x.draft);
  }
  const groups = readCareTeams(rd, resources, resolver, client, focus, drafts);
  applyToDrafts(rd, readConsents(rd, resources, resolver, client));
  const plan = readPlan(rd, resources);

  for (const x of resources) {
    if (plan.read.has(x)) continue;
    if (x.type === 'Binary') rd.warn('unknown-field', x.path, 'a Binary that is not a Kring document was left out');
    else if (!READ_TYPES.has(x.type)) rd.warn('unknown-field', joinPath(x.path, 'resourceType'), `${x.type} is not imported`);
  }

  // The client's name.
  const patientName = client.res ? rd.humanName(client.res.r, client.res.path) : undefined;
  focus.person.name = patientName ?? client.display ?? options.focusName ?? 'Cliënt';

  if (rd.errors.length) return { ok: false, errors: rd.errors };
  return assemble(rd, focus, drafts, groups, plan);
}
