/**
 * The reading primitives of `fromFhir`: typed access to untrusted JSON that records every
 * problem with its JSON path, and the drafts (people, ties, groups) the readers produce.
 */
import { isFuzzyDate, issue, joinPath, type Extensions, type Group, type IssueCode, type NetworkIssue, type Person, type Tie } from '@kring/core';
import { codingInfo, isKnownSystem, type CodeInfo } from '../codes';
import { KRING_EXTENSION_BASE, KRING_EXTENSIONS as X } from '../extensions';

export type Obj = Record<string, unknown>;

/** Plain object (not an array, not null). */
export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only (never `constructor`, `__proto__`, … from the prototype). */
export function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** One resource of the bundle (an entry's resource or a contained one). */
export interface Res {
  type: string;
  r: Obj;
  path: string;
  fullUrl?: string;
  /** The Kring person drafted from it, once read. */
  draft?: Draft | null;
}

export interface TieDraft {
  fixedId?: string;
  reversed: boolean;
  fields: Omit<Tie, 'id' | 'between'>;
}

export interface Draft {
  fixedId?: string;
  hint: string;
  path: string;
  person: Omit<Person, 'id'>;
  tie?: TieDraft;
  id?: string;
}

export interface GroupDraft {
  fixedId?: string;
  hint: string;
  path: string;
  group: Omit<Group, 'id' | 'members'>;
  members: Draft[];
}

export interface Ext {
  ext: Obj;
  path: string;
}

export interface Code {
  system?: string;
  code: string;
  display?: string;
  info?: CodeInfo;
  v3?: string;
}

export const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export class Reader {
  readonly errors: NetworkIssue[] = [];
  readonly warnings: NetworkIssue[] = [];

  error(code: IssueCode, path: string, message: string): void {
    this.errors.push(issue(code, path, message));
  }
  warn(code: IssueCode, path: string, message: string): void {
    this.warnings.push(issue(code, path, message));
  }

  /** An optional array field; reports a non-array. */
  array(o: Obj, key: string, path: string): unknown[] {
    const v = own(o, key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.error('wrong-type', joinPath(path, key), `${key} must be an array`);
      return [];
    }
    return v;
  }

  /** Items of an optional array of objects; reports items that are not objects. */
  objects(o: Obj, key: string, path: string): { o: Obj; path: string }[] {
    const out: { o: Obj; path: string }[] = [];
    this.array(o, key, path).forEach((v, i) => {
      const p = joinPath(joinPath(path, key), i);
      if (isObject(v)) out.push({ o: v, path: p });
      else this.error('wrong-type', p, `${key} items must be objects`);
    });
    return out;
  }

  object(o: Obj, key: string, path: string): Obj | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.error('wrong-type', joinPath(path, key), `${key} must be an object`);
      return undefined;
    }
    return v;
  }

  string(o: Obj, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.error('wrong-type', joinPath(path, key), `${key} must be a string`);
      return undefined;
    }
    return v;
  }

  boolean(o: Obj, key: string, path: string): boolean | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.error('wrong-type', joinPath(path, key), `${key} must be a boolean`);
      return undefined;
    }
    return v;
  }

  /** A FHIR date/dateTime as a Kring fuzzy date (the time part is dropped). */
  date(o: Obj, key: string, path: string): string | undefined {
    const v = this.string(o, key, path);
    if (v === undefined) return undefined;
    const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(T.*)?$/.exec(v);
    if (!m || !isFuzzyDate(m[1])) {
      this.error('invalid-date', joinPath(path, key), `${key} must be a FHIR date or dateTime`);
      return undefined;
    }
    return m[1];
  }

  /** `CodeableConcept`: its text and well-formed codings; malformed codings are errors. */
  concept(cc: Obj, path: string): { text?: string; codes: Code[] } {
    const codes: Code[] = [];
    for (const { o: coding, path: cp } of this.objects(cc, 'coding', path)) {
      const system = this.string(coding, 'system', cp);
      const display = this.string(coding, 'display', cp);
      const code = own(coding, 'code');
      if (code === undefined) continue;
      if (typeof code !== 'string' || code.length === 0 || code.length > 256 || /^\s|\s$/.test(code)) {
        this.error('invalid-value', joinPath(cp, 'code'), 'code must be a non-empty string without leading or trailing whitespace');
        continue;
      }
      const known = codingInfo(system, code);
      if (!known && isKnownSystem(system)) this.warn('invalid-value', joinPath(cp, 'code'), `unknown code "${code}" in ${system ?? ''}`);
      const c: Code = { code };
      if (system !== undefined) c.system = system;
      if (display !== undefined) c.display = display;
      if (known) {
        c.info = known.info;
        if (known.v3 !== undefined) c.v3 = known.v3;
      }
      codes.push(c);
    }
    const text = str(this.string(cc, 'text', path));
    return text !== undefined ? { text, codes } : { codes };
  }

  /** Display text of a `HumanName[]`: `text`, else given names + family. */
  humanName(o: Obj, path: string): string | undefined {
    const names = this.objects(o, 'name', path);
    const pick = names.find((n) => own(n.o, 'use') === 'usual') ?? names.find((n) => own(n.o, 'use') === 'official') ?? names[0];
    if (!pick) return undefined;
    const text = str(this.string(pick.o, 'text', pick.path));
    if (text) return text;
    const given = this.array(pick.o, 'given', pick.path).filter((g): g is string => typeof g === 'string');
    const family = this.string(pick.o, 'family', pick.path);
    const parts = [...given, ...(family ? [family] : [])].map((s) => s.trim()).filter(Boolean);
    return parts.length ? parts.join(' ') : undefined;
  }

  /** Kring extensions of an element, by name. Others are ignored. */
  extensions(o: Obj, path: string): Map<string, Ext[]> {
    const map = new Map<string, Ext[]>();
    for (const { o: ext, path: p } of this.objects(o, 'extension', path)) {
      const url = own(ext, 'url');
      if (typeof url !== 'string') {
        this.error('required', joinPath(p, 'url'), 'an extension needs a url');
        continue;
      }
      if (!url.startsWith(KRING_EXTENSION_BASE)) continue;
      const name = url.slice(KRING_EXTENSION_BASE.length);
      const list = map.get(name) ?? [];
      list.push({ ext, path: p });
      map.set(name, list);
    }
    return map;
  }

  /** Sub-extensions of a complex extension, by their relative url. */
  parts(ext: Ext): Map<string, Ext[]> {
    const map = new Map<string, Ext[]>();
    for (const { o, path } of this.objects(ext.ext, 'extension', ext.path)) {
      const url = own(o, 'url');
      if (typeof url !== 'string') {
        this.error('required', joinPath(path, 'url'), 'an extension needs a url');
        continue;
      }
      const list = map.get(url) ?? [];
      list.push({ ext: o, path });
      map.set(url, list);
    }
    return map;
  }

  value<T extends string>(e: Ext, key: 'valueCode' | 'valueString', allowed?: readonly T[]): T | undefined {
    const v = own(e.ext, key);
    const p = joinPath(e.path, key);
    if (typeof v !== 'string') {
      this.error(v === undefined ? 'required' : 'wrong-type', p, `${key} must be a string`);
      return undefined;
    }
    if (allowed && !(allowed as readonly string[]).includes(v)) {
      this.error('invalid-value', p, `must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  }

  code<T extends string>(m: Map<string, Ext[]>, name: string, allowed?: readonly T[]): T | undefined {
    const e = m.get(name)?.[0];
    return e ? this.value(e, 'valueCode', allowed) : undefined;
  }

  codes<T extends string>(m: Map<string, Ext[]>, name: string, allowed?: readonly T[]): T[] | undefined {
    const list = m.get(name);
    if (!list) return undefined;
    return list.map((e) => this.value(e, 'valueCode', allowed)).filter((v): v is T => v !== undefined);
  }

  text(m: Map<string, Ext[]>, name: string): string | undefined {
    const e = m.get(name)?.[0];
    return e ? this.value(e, 'valueString') : undefined;
  }

  fuzzy(m: Map<string, Ext[]>, name: string): string | undefined {
    const e = m.get(name)?.[0];
    if (!e) return undefined;
    const v = this.value(e, 'valueString');
    if (v !== undefined && !isFuzzyDate(v)) {
      this.error('invalid-date', joinPath(e.path, 'valueString'), 'must be a Kring fuzzy date');
      return undefined;
    }
    return v;
  }

  flag(m: Map<string, Ext[]>, name: string): boolean | undefined {
    const e = m.get(name)?.[0];
    if (!e) return undefined;
    const v = own(e.ext, 'valueBoolean');
    if (typeof v !== 'boolean') {
      this.error('wrong-type', joinPath(e.path, 'valueBoolean'), 'valueBoolean must be a boolean');
      return undefined;
    }
    return v;
  }

  vendor(m: Map<string, Ext[]>): Extensions | undefined {
    const e = m.get(X.vendor)?.[0];
    if (!e) return undefined;
    const v = this.value(e, 'valueString');
    if (v === undefined) return undefined;
    try {
      const parsed: unknown = JSON.parse(v);
      if (isObject(parsed)) return parsed;
    } catch {
      // reported below
    }
    this.error('invalid-value', joinPath(e.path, 'valueString'), 'must be a JSON object');
    return undefined;
  }
}

/** Assign `value` to `o[key]` only when it is defined (the model has no `undefined` fields). */
export function set<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) o[key] = value;
}
