/**
 * Checks that a value is a valid Kring network (format v1), reporting every broken rule
 * with its JSON path. Used on the document embedded in a Kring bundle and on every
 * network `fromFhir` builds.
 *
 * Interim: `@kring/core`'s `parseNetwork` / `validateNetwork` (packages/core/src/parse/)
 * were still empty when this package was written. This checker follows FORMAT.md's rules;
 * once core's exist, `fromFhir` should call them instead (see README, "What is missing").
 *
 * @packageDocumentation
 */
import {
  AREAS,
  BURDENS,
  CHANNELS,
  CLOSENESSES,
  CONSENTS,
  CONTACT_FREQUENCIES,
  EVENT_CATEGORIES,
  FORMALITIES,
  FORMAT_NAME,
  FORMAT_VERSION,
  GROUP_KINDS,
  INTENTS,
  PERSON_KINDS,
  QUALITIES,
  SECTORS,
  SOURCES,
  STRENGTHS,
  SUPPORT_TYPES,
  TIE_STATUSES,
  compareFuzzyDates,
  fuzzyDateStart,
  isFuzzyDate,
  issue,
  joinPath,
  type NetworkIssue,
} from '@kring/core';

type Obj = Record<string, unknown>;

/** Plain object (not an array, not null). */
export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only (never `constructor`, `__proto__`, … from the prototype). */
export function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

class Checker {
  readonly issues: NetworkIssue[] = [];

  add(code: NetworkIssue['code'], path: string, message: string): void {
    this.issues.push(issue(code, path, message));
  }

  string(o: Obj, key: string, path: string, required: boolean): string | undefined {
    const v = own(o, key);
    const p = joinPath(path, key);
    if (v === undefined) {
      if (required) this.add('required', p, `${key} is required`);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add('wrong-type', p, `${key} must be a string`);
      return undefined;
    }
    return v;
  }

  id(o: Obj, key: string, path: string): string | undefined {
    const v = this.string(o, key, path, true);
    if (v !== undefined && v.length === 0) this.add('invalid-value', joinPath(path, key), `${key} must not be empty`);
    return v;
  }

  oneOf(o: Obj, key: string, path: string, allowed: readonly string[], required = false): string | undefined {
    const v = this.string(o, key, path, required);
    if (v !== undefined && !allowed.includes(v)) {
      this.add('invalid-value', joinPath(path, key), `${key} must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v;
  }

  date(o: Obj, key: string, path: string, required = false): string | undefined {
    const v = this.string(o, key, path, required);
    if (v !== undefined && !isFuzzyDate(v)) {
      this.add('invalid-date', joinPath(path, key), `${key} must be YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with ~`);
      return undefined;
    }
    return v;
  }

  boolean(o: Obj, key: string, path: string): void {
    const v = own(o, key);
    if (v !== undefined && typeof v !== 'boolean') this.add('wrong-type', joinPath(path, key), `${key} must be a boolean`);
  }

  number(o: Obj, key: string, path: string): void {
    const v = own(o, key);
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) this.add('wrong-type', joinPath(path, key), `${key} must be a finite number`);
  }

  array(o: Obj, key: string, path: string, required: boolean): unknown[] | undefined {
    const v = own(o, key);
    const p = joinPath(path, key);
    if (v === undefined) {
      if (required) this.add('required', p, `${key} is required`);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add('wrong-type', p, `${key} must be an array`);
      return undefined;
    }
    return v;
  }

  object(o: Obj, key: string, path: string): Obj | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.add('wrong-type', joinPath(path, key), `${key} must be an object`);
      return undefined;
    }
    return v;
  }

  listOf(o: Obj, key: string, path: string, allowed: readonly string[] | null): void {
    const list = this.array(o, key, path, false);
    list?.forEach((v, i) => {
      const p = joinPath(joinPath(path, key), i);
      if (typeof v !== 'string') this.add('wrong-type', p, 'must be a string');
      else if (allowed && !allowed.includes(v)) this.add('invalid-value', p, `must be one of ${allowed.join(', ')}`);
    });
  }
}

/** Every broken rule of a Kring network document; `[]` when valid. Never throws. */
export function checkNetwork(value: unknown): NetworkIssue[] {
  const c = new Checker();
  if (!isObject(value)) {
    c.add('not-an-object', '', 'a Kring network must be a JSON object');
    return c.issues;
  }
  const format = own(value, 'format');
  if (format !== FORMAT_NAME) c.add('wrong-format', 'format', `format must be "${FORMAT_NAME}"`);
  const version = own(value, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version)) c.add('invalid-version', 'version', 'version must be an integer');
  else if (version !== FORMAT_VERSION) c.add('unsupported-version', 'version', `version ${version} is not supported (this reader knows ${FORMAT_VERSION})`);
  c.string(value, 'id', '', false);
  c.string(value, 'title', '', false);
  const focus = c.id(value, 'focus', '');

  const ids = new Set<string>();
  const seen = (id: string | undefined, path: string): void => {
    if (id === undefined) return;
    if (ids.has(id)) c.add('duplicate-id', path, `id "${id}" is used twice`);
    ids.add(id);
  };
  const peopleIds = new Set<string>();
  const refs: { id: unknown; path: string }[] = [];

  c.array(value, 'people', '', true)?.forEach((p, i) => {
    const path = joinPath('people', i);
    if (!isObject(p)) return c.add('wrong-type', path, 'a person must be an object');
    const id = c.id(p, 'id', path);
    seen(id, joinPath(path, 'id'));
    if (id !== undefined) peopleIds.add(id);
    c.string(p, 'name', path, true);
    c.oneOf(p, 'kind', path, PERSON_KINDS, true);
    c.oneOf(p, 'sector', path, SECTORS);
    c.oneOf(p, 'formality', path, FORMALITIES);
    c.oneOf(p, 'closeness', path, CLOSENESSES);
    c.string(p, 'role', path, false);
    c.string(p, 'relationCode', path, false);
    c.oneOf(p, 'consent', path, CONSENTS);
    c.date(p, 'consentDate', path);
    c.oneOf(p, 'source', path, SOURCES);
    c.oneOf(p, 'burden', path, BURDENS);
    const boundary = c.object(p, 'boundary', path);
    if (boundary) c.string(boundary, 'note', joinPath(path, 'boundary'), false);
    const location = c.object(p, 'location', path);
    if (location) {
      c.oneOf(location, 'area', joinPath(path, 'location'), AREAS);
      c.string(location, 'country', joinPath(path, 'location'), false);
    }
    c.listOf(p, 'languages', path, null);
    c.boolean(p, 'interpreter', path);
    c.listOf(p, 'channels', path, CHANNELS);
    c.date(p, 'deceased', path);
    c.date(p, 'since', path);
    c.string(p, 'note', path, false);
    c.object(p, 'extensions', path);
  });
  if (focus !== undefined && !peopleIds.has(focus)) c.add('dangling-reference', 'focus', `focus "${focus}" is not one of people`);

  const pairs = new Set<string>();
  c.array(value, 'ties', '', true)?.forEach((t, i) => {
    const path = joinPath('ties', i);
    if (!isObject(t)) return c.add('wrong-type', path, 'a tie must be an object');
    seen(c.id(t, 'id', path), joinPath(path, 'id'));
    const between = own(t, 'between');
    const bp = joinPath(path, 'between');
    if (!Array.isArray(between) || between.length !== 2) {
      c.add(between === undefined ? 'required' : 'wrong-type', bp, 'between must be two people ids');
    } else {
      between.forEach((id, k) => refs.push({ id, path: joinPath(bp, k) }));
      const [a, b] = between as unknown[];
      if (a === b) c.add('self-tie', bp, 'a tie must join two different people');
      else if (typeof a === 'string' && typeof b === 'string') {
        const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        if (pairs.has(key)) c.add('duplicate-tie', bp, 'at most one tie may join a pair');
        pairs.add(key);
      }
    }
    c.oneOf(t, 'strength', path, STRENGTHS);
    c.oneOf(t, 'quality', path, QUALITIES);
    c.oneOf(t, 'status', path, TIE_STATUSES);
    c.oneOf(t, 'intent', path, INTENTS);
    const support = c.object(t, 'support', path);
    if (support) {
      c.listOf(support, 'receives', joinPath(path, 'support'), SUPPORT_TYPES);
      c.listOf(support, 'gives', joinPath(path, 'support'), SUPPORT_TYPES);
    }
    c.oneOf(t, 'contact', path, CONTACT_FREQUENCIES);
    let previous: string | undefined;
    c.array(t, 'history', path, false)?.forEach((h, k) => {
      const hp = joinPath(joinPath(path, 'history'), k);
      if (!isObject(h)) return c.add('wrong-type', hp, 'a history entry must be an object');
      const date = c.date(h, 'date', hp, true);
      c.oneOf(h, 'status', hp, TIE_STATUSES);
      c.oneOf(h, 'strength', hp, STRENGTHS);
      c.oneOf(h, 'quality', hp, QUALITIES);
      c.string(h, 'note', hp, false);
      if (date !== undefined) {
        if (previous !== undefined && compareFuzzyDates(previous, date) > 0) c.add('history-order', joinPath(hp, 'date'), 'history must be oldest first');
        previous = date;
      }
    });
    c.date(t, 'since', path);
    c.string(t, 'note', path, false);
    c.object(t, 'extensions', path);
  });

  c.array(value, 'groups', '', true)?.forEach((g, i) => {
    const path = joinPath('groups', i);
    if (!isObject(g)) return c.add('wrong-type', path, 'a group must be an object');
    seen(c.id(g, 'id', path), joinPath(path, 'id'));
    c.string(g, 'name', path, true);
    c.oneOf(g, 'kind', path, GROUP_KINDS, true);
    c.array(g, 'members', path, true)?.forEach((id, k) => refs.push({ id, path: joinPath(joinPath(path, 'members'), k) }));
    c.oneOf(g, 'channel', path, CHANNELS);
    c.string(g, 'note', path, false);
    c.object(g, 'extensions', path);
  });

  c.array(value, 'events', '', true)?.forEach((e, i) => {
    const path = joinPath('events', i);
    if (!isObject(e)) return c.add('wrong-type', path, 'an event must be an object');
    seen(c.id(e, 'id', path), joinPath(path, 'id'));
    c.string(e, 'title', path, true);
    c.oneOf(e, 'category', path, EVENT_CATEGORIES, true);
    const valence = own(e, 'valence');
    if (valence === undefined) c.add('required', joinPath(path, 'valence'), 'valence is required');
    else if (typeof valence !== 'number' || !Number.isInteger(valence) || valence < -2 || valence > 2) {
      c.add('invalid-value', joinPath(path, 'valence'), 'valence must be an integer -2..2');
    }
    const hasDate = own(e, 'date') !== undefined;
    const hasStart = own(e, 'start') !== undefined;
    if (hasDate === hasStart) c.add(hasDate ? 'invalid-value' : 'required', joinPath(path, 'date'), 'an event has either date or start');
    if (hasDate && own(e, 'end') !== undefined) c.add('invalid-value', joinPath(path, 'end'), 'a point event has no end');
    c.date(e, 'date', path);
    const start = c.date(e, 'start', path);
    const end = c.date(e, 'end', path);
    if (start !== undefined && end !== undefined && fuzzyDateStart(end) < fuzzyDateStart(start)) {
      c.add('period-order', joinPath(path, 'end'), 'end is before start');
    }
    c.array(e, 'people', path, false)?.forEach((id, k) => refs.push({ id, path: joinPath(joinPath(path, 'people'), k) }));
    c.string(e, 'note', path, false);
    c.object(e, 'extensions', path);
  });

  const layout = c.object(value, 'layout', '');
  if (layout) {
    for (const key of Object.keys(layout)) {
      const path = joinPath('layout', key);
      refs.push({ id: key, path });
      const hint = own(layout, key);
      if (!isObject(hint)) {
        c.add('wrong-type', path, 'a layout hint must be an object');
        continue;
      }
      c.number(hint, 'angle', path);
      c.number(hint, 'radius', path);
      c.boolean(hint, 'pinned', path);
    }
  }
  c.object(value, 'extensions', '');

  for (const { id, path } of refs) {
    if (typeof id !== 'string') c.add('wrong-type', path, 'must be a person id');
    else if (!peopleIds.has(id)) c.add('dangling-reference', path, `"${id}" is not one of people`);
  }
  return c.issues;
}
