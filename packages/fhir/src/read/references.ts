/**
 * References inside a bundle, and which `Patient` is the client.
 *
 * Resolution follows FHIR's rules for bundles, leniently where real exports are sloppy:
 * - `#id`: a resource contained in the referring resource;
 * - an absolute reference (`urn:uuid:…`, `https://server/fhir/Patient/1`): only the entry with
 *   exactly that `fullUrl` (a `/_history/<v>` tail ignored). An absolute URL that no entry has is
 *   a resource on **another server**, even when an entry of this bundle has the same type and id;
 * - a relative reference (`Patient/1`): the entry whose `fullUrl` is the referring entry's
 *   server base plus the reference, else (lenient) the entry of that type with that `id`.
 * Every lookup is a map access, so resolving is linear in the size of the bundle.
 */
import { joinPath } from '@kring/core';
import { type Obj, type Res, isObject, own, str } from './reader';

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9.-]{1,64})(?:\/_history\/[A-Za-z0-9.-]{1,64})?$/;
const RESTFUL = /^(https?:\/\/.+\/)[A-Z][A-Za-z]+\/[A-Za-z0-9.-]{1,64}(?:\/_history\/[A-Za-z0-9.-]{1,64})?$/;
const HISTORY = /\/_history\/[A-Za-z0-9.-]{1,64}$/;

/** Finds the resource a reference points at, within the bundle. */
export class Resolver {
  private readonly byUrl = new Map<string, Res>();
  private readonly byTypeId = new Map<string, Res>();
  private readonly contained = new Map<Res, Map<string, Res>>();

  constructor(resources: readonly Res[]) {
    for (const x of resources) {
      if (x.fullUrl !== undefined && !this.byUrl.has(x.fullUrl)) this.byUrl.set(x.fullUrl, x);
      const id = own(x.r, 'id');
      if (typeof id === 'string' && !this.byTypeId.has(`${x.type}/${id}`)) this.byTypeId.set(`${x.type}/${id}`, x);
    }
  }

  /** The resource `ref` points at, seen from the resource `from`; `undefined` when it is not in the bundle. */
  resolve(ref: string, from?: Res): Res | undefined {
    if (ref.startsWith('#')) return from ? this.containedIn(from).get(ref.slice(1)) : undefined;
    const direct = this.byUrl.get(ref);
    if (direct) return direct;
    if (ABSOLUTE.test(ref)) return HISTORY.test(ref) ? this.byUrl.get(ref.replace(HISTORY, '')) : undefined;
    const m = RELATIVE.exec(ref);
    if (!m) return undefined;
    const base = from?.fullUrl !== undefined ? RESTFUL.exec(from.fullUrl)?.[1] : undefined;
    const onServer = base !== undefined ? this.byUrl.get(`${base}${m[1]}/${m[2]}`) : undefined;
    return onServer ?? this.byTypeId.get(`${m[1]}/${m[2]}`);
  }

  /** Is `ref` an absolute reference (a URL or URN) rather than a relative or contained one? */
  static isAbsolute(ref: string): boolean {
    return ABSOLUTE.test(ref);
  }

  /** Remember `res` under the literal `ref`, so that a second mention of an unresolved reference is the same person. */
  remember(ref: string, res: Res): void {
    if (!this.byUrl.has(ref)) this.byUrl.set(ref, res);
  }

  /** The contained resources of `container` by id, indexed once per container. */
  private containedIn(container: Res): Map<string, Res> {
    let index = this.contained.get(container);
    if (index) return index;
    index = new Map();
    const list = own(container.r, 'contained');
    if (Array.isArray(list)) {
      list.forEach((c: unknown, k) => {
        if (!isObject(c)) return;
        const id = own(c, 'id');
        const type = own(c, 'resourceType');
        if (typeof id !== 'string' || typeof type !== 'string' || index?.has(id)) return;
        index?.set(id, { type, r: c, path: joinPath(joinPath(container.path, 'contained'), k) });
      });
    }
    this.contained.set(container, index);
    return index;
  }
}

/**
 * The client: `options.patient`, else the first `Patient` entry, else the first literal
 * reference of a RelatedPerson's `patient` or a CareTeam's `subject`. A reference is the
 * client when it is that reference, or resolves to that `Patient` entry.
 */
export class Client {
  /** The client's reference, as chosen or found. */
  readonly ref: string | undefined;
  /** The client's `Patient` resource, when the bundle holds it. */
  readonly res: Res | undefined;
  /** The first `display` of a reference to the client. */
  display: string | undefined;

  constructor(
    resources: readonly Res[],
    private readonly resolver: Resolver,
    chosen: string | undefined,
  ) {
    const first = resources.find((x) => x.type === 'Patient');
    let ref = chosen;
    if (ref === undefined && first) {
      const id = own(first.r, 'id');
      ref = first.fullUrl ?? (typeof id === 'string' ? `Patient/${id}` : undefined);
    }
    for (const x of resources) {
      if (ref !== undefined) break;
      const r = own(x.r, x.type === 'RelatedPerson' ? 'patient' : x.type === 'CareTeam' ? 'subject' : '');
      const s = isObject(r) ? own(r, 'reference') : undefined;
      if (typeof s === 'string') ref = s;
    }
    this.ref = ref;
    const resolved = chosen !== undefined ? resolver.resolve(chosen) : (first ?? (ref !== undefined ? resolver.resolve(ref) : undefined));
    this.res = resolved?.type === 'Patient' ? resolved : undefined;
  }

  /**
   * `undefined` when the Reference `ref` (in resource `from`) is the client; otherwise why
   * not, for the warning ("points at another server (…)").
   */
  check(ref: Obj, from: Res): string | undefined {
    const s = own(ref, 'reference');
    if (typeof s !== 'string') {
      if (own(ref, 'identifier') !== undefined) return 'identifies the patient by an identifier only, which cannot be matched to the client';
      if (own(ref, 'display') !== undefined) return 'names the patient by display text only, which cannot be matched to the client';
      return 'has no reference';
    }
    const target = this.resolver.resolve(s, from);
    if (s === this.ref || (target !== undefined && target === this.res)) {
      this.display ??= str(own(ref, 'display'));
      return undefined;
    }
    if (target === undefined && Resolver.isAbsolute(s) && !s.startsWith('urn:')) return `points at another server (${s})`;
    return `is another patient (${s})`;
  }
}
