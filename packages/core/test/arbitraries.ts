/**
 * fast-check arbitraries for valid Kring networks, for property tests across @kring/core.
 *
 * Every generated network is valid (`validateNetwork(n)` is `[]`) and canonical
 * (`parseNetwork(serializeNetwork(n))` gives it back deep-equal): ids unique across
 * people, ties, groups and events; every reference points at a person; no self-ties, one
 * tie per pair; history oldest first; periods end on or after their start; optional fields
 * absent rather than `undefined`; extensions arbitrary JSON (no `-0`, no forbidden keys).
 *
 * Usage: `fc.assert(fc.property(networkArbitrary(), (n) => …), { numRuns: 1000 })`.
 */
import fc from 'fast-check';
import { fuzzyDateEnd, fuzzyDateStart, toFuzzyDateString } from '../src/dates';
import { findInvalidCharacter, removeInvalidCharacters } from '../src/parse/text';
import {
  AREAS, BURDENS, CHANNELS, CLOSENESSES, CONSENTS, CONTACT_FREQUENCIES, EVENT_CATEGORIES, FORMALITIES, GROUP_KINDS,
  INTENTS, PERSON_KINDS, QUALITIES, SECTORS, SOURCES, STRENGTHS, SUPPORT_TYPES, TIE_STATUSES,
  type Extensions, type Group, type LayoutHint, type LifeEvent, type Network, type Person, type Tie, type TieHistoryEntry,
  type Valence,
} from '../src/model/types';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Options for {@link networkArbitrary}. */
export interface NetworkArbitraryOptions {
  /** At least 1; default 6. */
  maxPeople?: number;
  /** Default 6 (never more than the pairs the people allow). */
  maxTies?: number;
  /** Default 2. */
  maxGroups?: number;
  /** Default 3. */
  maxEvents?: number;
  /** Generate `extensions` on the network and entities (default true). */
  extensions?: boolean;
  /** Generate readable ids `p-1`, `t-2`… only, instead of arbitrary Unicode strings too (default false). */
  readableIds?: boolean;
}

/** Does a JSON value contain a key the reader refuses. */
function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value && typeof value === 'object') {
    return Object.keys(value).some((k) => FORBIDDEN.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k]));
  }
  return false;
}

/** Does a JSON value hold a string or key with a character no Kring string may hold. */
function hasInvalidText(value: unknown): boolean {
  if (typeof value === 'string') return findInvalidCharacter(value) !== null;
  if (Array.isArray(value)) return value.some(hasInvalidText);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => findInvalidCharacter(k) !== null || hasInvalidText(v));
  }
  return false;
}

/**
 * Text: ASCII, any Unicode grapheme, or raw code units, without the characters no Kring
 * string may hold (control characters, U+FFFE/U+FFFF, lone surrogates: see `parse/text.ts`).
 */
export const textArbitrary = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ maxLength, unit: 'grapheme' }),
    fc.string({ maxLength, unit: 'binary' }),
  ).map(removeInvalidCharacters);

/** A name or title: text that is not empty or only white space and invisible characters (the parser's blank). */
export const nameArbitrary = (maxLength = 24): fc.Arbitrary<string> =>
  textArbitrary(maxLength).map((s) => (/^[\s\p{Z}\p{Cf}\u115F\u1160\u3164\uFFA0]*$/u.test(s) ? `x${s}` : s));

/** A valid fuzzy date string (`2019`, `~2019-05`, `2019-05-03`), years 1900..2035. */
export const fuzzyDateArbitrary: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2035 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    day: fc.integer({ min: 1, max: 31 }),
    withDay: fc.boolean(),
    approximate: fc.boolean(),
  })
  .map(({ year, month, day, withDay, approximate }) => {
    if (month === undefined) return toFuzzyDateString({ year, approximate });
    if (!withDay) return toFuzzyDateString({ year, month, approximate });
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return toFuzzyDateString({ year, month, day: Math.min(day, last), approximate });
  });

/** Arbitrary JSON as it survives a JSON round trip, without forbidden keys. */
export const jsonArbitrary: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 3 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
  .filter((v) => !hasForbiddenKey(v) && !hasInvalidText(v));

/** Vendor extensions: a few reverse-domain (or arbitrary) keys → arbitrary JSON. */
export const extensionsArbitrary: fc.Arbitrary<Extensions> = fc
  .dictionary(
    fc.oneof(fc.constantFrom('com.example.vendor', 'nl.gemeente.utrecht', 'org.kring.test'), fc.string({ maxLength: 12 })),
    jsonArbitrary,
    { maxKeys: 2, noNullPrototype: true },
  )
  .filter((e) => !Object.keys(e).some((k) => FORBIDDEN.has(k) || findInvalidCharacter(k) !== null));

const idArbitrary = (readable: boolean): fc.Arbitrary<string> =>
  (readable
    ? fc.nat({ max: 1_000_000 }).map((n) => `x-${n}`)
    : fc.oneof(fc.nat({ max: 1_000_000 }).map((n) => `p-${n}`), fc.string({ minLength: 1, maxLength: 8 }), fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme' }))
  ).filter((id) => !FORBIDDEN.has(id) && findInvalidCharacter(id) === null);

type PersonBody = Omit<Person, 'id'>;

const personBody = (withExtensions: boolean): fc.Arbitrary<PersonBody> =>
  fc.record(
    {
      name: nameArbitrary(),
      kind: fc.constantFrom(...PERSON_KINDS),
      sector: fc.constantFrom(...SECTORS),
      formality: fc.constantFrom(...FORMALITIES),
      role: textArbitrary(),
      relationCode: fc.constantFrom('SIS', 'BRO', 'FRND', 'MTH', 'FTH', 'NBOR', 'GRMTH'),
      closeness: fc.constantFrom(...CLOSENESSES),
      consent: fc.constantFrom(...CONSENTS),
      consentDate: fuzzyDateArbitrary,
      source: fc.constantFrom(...SOURCES),
      burden: fc.constantFrom(...BURDENS),
      boundary: fc.record({ note: textArbitrary() }, { noNullPrototype: true, requiredKeys: [] }),
      location: fc.record(
        { area: fc.constantFrom(...AREAS), country: fc.constantFrom('NL', 'MA', 'TR', 'SR', 'SY', 'ER') },
        { noNullPrototype: true, requiredKeys: [] },
      ),
      languages: fc.uniqueArray(fc.constantFrom('nl', 'ar', 'ar-MA', 'en', 'tr', 'pap', 'ti', 'zh-Hant-TW'), { maxLength: 3 }),
      interpreter: fc.boolean(),
      channels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { maxLength: 3 }),
      deceased: fuzzyDateArbitrary,
      since: fuzzyDateArbitrary,
      note: textArbitrary(60),
      ...(withExtensions ? { extensions: extensionsArbitrary } : {}),
    },
    { noNullPrototype: true, requiredKeys: ['name', 'kind'] },
  );

/** Sort history oldest first (by first day, the order `parseNetwork` checks). */
function byFirstDay<T extends { date: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => fuzzyDateStart(a.date) - fuzzyDateStart(b.date));
}

const historyEntry: fc.Arbitrary<TieHistoryEntry> = fc.record(
  {
    date: fuzzyDateArbitrary,
    status: fc.constantFrom(...TIE_STATUSES),
    strength: fc.constantFrom(...STRENGTHS),
    quality: fc.constantFrom(...QUALITIES),
    note: textArbitrary(),
  },
  { noNullPrototype: true, requiredKeys: ['date'] },
);

type TieBody = Omit<Tie, 'id' | 'between'>;
const tieBody = (withExtensions: boolean): fc.Arbitrary<TieBody> =>
  fc.record(
    {
      strength: fc.constantFrom(...STRENGTHS),
      quality: fc.constantFrom(...QUALITIES),
      status: fc.constantFrom(...TIE_STATUSES),
      intent: fc.constantFrom(...INTENTS),
      support: fc.record(
        {
          receives: fc.uniqueArray(fc.constantFrom(...SUPPORT_TYPES), { maxLength: 3 }),
          gives: fc.uniqueArray(fc.constantFrom(...SUPPORT_TYPES), { maxLength: 3 }),
        },
        { noNullPrototype: true, requiredKeys: [] },
      ),
      contact: fc.constantFrom(...CONTACT_FREQUENCIES),
      history: fc.array(historyEntry, { maxLength: 4 }).map(byFirstDay),
      since: fuzzyDateArbitrary,
      note: textArbitrary(),
      ...(withExtensions ? { extensions: extensionsArbitrary } : {}),
    },
    { noNullPrototype: true, requiredKeys: [] },
  );

const subset = (n: number, max = n): fc.Arbitrary<number[]> => fc.uniqueArray(fc.nat({ max: n - 1 }), { maxLength: Math.min(n, max) });

type GroupBody = Omit<Group, 'id' | 'members'> & { members: number[] };
const groupBody = (nPeople: number, withExtensions: boolean): fc.Arbitrary<GroupBody> =>
  fc.record(
    {
      name: nameArbitrary(),
      kind: fc.constantFrom(...GROUP_KINDS),
      members: subset(nPeople, 5),
      channel: fc.constantFrom(...CHANNELS),
      note: textArbitrary(),
      ...(withExtensions ? { extensions: extensionsArbitrary } : {}),
    },
    { noNullPrototype: true, requiredKeys: ['name', 'kind', 'members'] },
  );

type EventBody = Record<string, unknown> & { people?: number[] };
const eventBody = (nPeople: number, withExtensions: boolean): fc.Arbitrary<EventBody> => {
  const common = {
    title: nameArbitrary(),
    category: fc.constantFrom(...EVENT_CATEGORIES),
    valence: fc.constantFrom<Valence>(-2, -1, 0, 1, 2),
    people: subset(nPeople, 3),
    note: textArbitrary(),
    ...(withExtensions ? { extensions: extensionsArbitrary } : {}),
  };
  const point = fc.record({ ...common, date: fuzzyDateArbitrary }, { noNullPrototype: true, requiredKeys: ['title', 'category', 'valence', 'date'] });
  const period = fc
    .record({ ...common, start: fuzzyDateArbitrary, end: fuzzyDateArbitrary }, { noNullPrototype: true, requiredKeys: ['title', 'category', 'valence', 'start'] })
    .map((e) => {
      if (e.end !== undefined && fuzzyDateEnd(e.end) < fuzzyDateStart(e.start)) return { ...e, start: e.end, end: e.start };
      return e;
    });
  return fc.oneof(point, period) as fc.Arbitrary<EventBody>;
};

const finite = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));

const layoutHint: fc.Arbitrary<LayoutHint> = fc.record(
  { angle: finite(-360, 720), radius: finite(0, 1), pinned: fc.boolean() },
  { noNullPrototype: true, requiredKeys: [] },
);

function pairs(nPeople: number, maxTies: number): fc.Arbitrary<[number, number][]> {
  if (nPeople < 2 || maxTies === 0) return fc.constant([]);
  return fc.uniqueArray(
    fc.tuple(fc.nat({ max: nPeople - 1 }), fc.nat({ max: nPeople - 2 })).map(([a, b]): [number, number] => [a, b >= a ? b + 1 : b]),
    { selector: ([a, b]) => (a < b ? `${a},${b}` : `${b},${a}`), maxLength: Math.min(maxTies, (nPeople * (nPeople - 1)) / 2) },
  );
}

/** An arbitrary valid, canonical Kring network (format v1). */
export function networkArbitrary(options: NetworkArbitraryOptions = {}): fc.Arbitrary<Network> {
  const { maxPeople = 6, maxTies = 6, maxGroups = 2, maxEvents = 3, extensions = true, readableIds = false } = options;
  return fc
    .record({
      nPeople: fc.integer({ min: 1, max: Math.max(1, maxPeople) }),
      nGroups: fc.integer({ min: 0, max: maxGroups }),
      nEvents: fc.integer({ min: 0, max: maxEvents }),
    })
    .chain(({ nPeople, nGroups, nEvents }) => {
      const tieSlots = Math.min(maxTies, (nPeople * (nPeople - 1)) / 2);
      const total = nPeople + tieSlots + nGroups + nEvents;
      return fc.record({
        ids: fc.uniqueArray(idArbitrary(readableIds), { minLength: total, maxLength: total }),
        people: fc.array(personBody(extensions), { minLength: nPeople, maxLength: nPeople }),
        pairs: pairs(nPeople, tieSlots),
        ties: fc.array(tieBody(extensions), { minLength: tieSlots, maxLength: tieSlots }),
        groups: fc.array(groupBody(nPeople, extensions), { minLength: nGroups, maxLength: nGroups }),
        events: fc.array(eventBody(nPeople, extensions), { minLength: nEvents, maxLength: nEvents }),
        focus: fc.nat({ max: nPeople - 1 }),
        layout: fc.option(fc.array(fc.tuple(fc.nat({ max: nPeople - 1 }), layoutHint), { maxLength: nPeople }), { nil: undefined }),
        top: fc.record(
          {
            id: idArbitrary(true),
            title: nameArbitrary(),
            ...(extensions ? { extensions: extensionsArbitrary } : {}),
          },
          { noNullPrototype: true, requiredKeys: [] },
        ),
      }).map(({ ids, people, pairs: tiePairs, ties, groups, events, focus, layout, top }): Network => {
        const personIds = ids.slice(0, nPeople);
        let next = nPeople;
        const take = (): string => ids[next++] as string;
        const pid = (i: number): string => personIds[i] as string;
        const network: Network = {
          format: 'kring.network',
          version: 1,
          ...(top.id !== undefined ? { id: top.id } : {}),
          focus: pid(focus),
          ...(top.title !== undefined ? { title: top.title } : {}),
          people: people.map((body, i) => ({ id: pid(i), ...body })),
          ties: tiePairs.map(([a, b], i) => ({ id: take(), between: [pid(a), pid(b)], ...(ties[i] as TieBody) })),
          groups: groups.map((g) => ({ ...g, id: take(), members: g.members.map(pid) })),
          events: events.map((e) => {
            const { people: who, ...rest } = e;
            return { ...rest, id: take(), ...(who !== undefined ? { people: who.map(pid) } : {}) } as unknown as LifeEvent;
          }),
        };
        if (layout !== undefined) {
          const hints: Record<string, LayoutHint> = {};
          for (const [i, hint] of layout) hints[pid(i)] = hint;
          network.layout = hints;
        }
        if (top.extensions !== undefined) network.extensions = top.extensions;
        return network;
      });
    });
}
