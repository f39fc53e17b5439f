/**
 * A bundle written by `toFhir` with the complete Kring document (a `Binary` entry): the
 * document is the source of truth, the resources are only checked for additions.
 */
import { issue, joinPath, parseNetwork, type NetworkIssue } from '@kring/core';
import { decodeBase64Utf8 } from '../encoding';
import { KRING_EXTENSION_BASE } from '../extensions';
import type { FromFhirResult } from '../from-fhir';
import { applyToNetwork, type Refusal } from './consent';
import { type Obj, type Reader, type Res, isObject, own } from './reader';

/**
 * The network of the embedded document. Consent refusals in the bundle still apply to it
 * (`refusals` is called once the document is read, so its errors come after the document's).
 */
export function readEmbedded(rd: Reader, doc: Res, count: number, resources: readonly Res[], refusals: () => Refusal[]): FromFhirResult {
  const result = readDocument(rd, doc, count, resources);
  const refused = refusals();
  if (rd.errors.length === 0 && result.ok) return { ok: true, network: applyToNetwork(rd, result.network, refused), warnings: rd.warnings };
  return { ok: false, errors: [...rd.errors, ...(result.ok ? [] : result.errors)] };
}

function readDocument(rd: Reader, doc: Res, count: number, resources: readonly Res[]): FromFhirResult {
  const dp = joinPath(doc.path, 'data');
  const data = own(doc.r, 'data');
  if (typeof data !== 'string') {
    return { ok: false, errors: [issue(data === undefined ? 'required' : 'wrong-type', dp, 'the Kring document must be base64 data')] };
  }
  const text = decodeBase64Utf8(data);
  if (text === null) return { ok: false, errors: [issue('invalid-value', dp, 'the Kring document is not valid base64 of UTF-8 text')] };
  const parsed = parseNetwork(text);
  const inside = (p: NetworkIssue): NetworkIssue => issue(p.code, p.path === '' ? dp : p.path.startsWith('[') ? dp + p.path : `${dp}.${p.path}`, p.message);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(inside) };
  rd.warnings.push(...parsed.warnings.map(inside));
  if (count > 1) rd.warn('unknown-field', doc.path, `the bundle holds ${count} Kring documents; the first was read`);
  for (const x of resources) {
    if ((x.type === 'RelatedPerson' || x.type === 'CareTeam') && !hasKringMark(x.r)) {
      rd.warn('unknown-field', x.path, `${x.type} was not written by Kring and is not in the embedded document; import with ignoreEmbedded to include it`);
    }
  }
  return { ok: true, network: parsed.network, warnings: rd.warnings };
}

function hasKringMark(r: Obj): boolean {
  const ext = own(r, 'extension');
  return Array.isArray(ext) && ext.some((e) => isObject(e) && typeof own(e, 'url') === 'string' && (own(e, 'url') as string).startsWith(KRING_EXTENSION_BASE));
}
