/**
 * A fast-check generator of valid networks with dates everywhere (since, deceased,
 * consentDate, tie history, events), for the time, metrics and redaction property tests.
 * Dates lie in 2000..2030. Names come from a pool of capitalised names (at least three
 * letters) that no id, enum value or role can be mistaken for.
 */
import fc from 'fast-check';
import {
  CHANNELS, CLOSENESSES, CONSENTS, EVENT_CATEGORIES, GROUP_KINDS, PERSON_KINDS, QUALITIES, SECTORS, STRENGTHS,
  SUPPORT_TYPES, TIE_STATUSES, type Group, type LifeEvent, type Network, type Person, type Tie,
  type TieHistoryEntry, type Valence,
} from '../src';
import { compareFuzzyDates } from '../src/dates';

export const LAST_YEAR = 2030;

export const NAMES = [
  'Latifa', 'Jan de Vries', 'Samir', 'Anouk Bakker', 'Mehmet Yilmaz', 'Ewa Bakker-Nowak', 'Kees', 'Fatima El Idrissi',
  'Özlem Kaya', 'José da Silva', 'Inloophuis De Kloof', 'Rex', 'Karin de Boer', 'Noor', 'Ruud van Leeuwen', 'Sjoerd',
  'Dr. Mulder', 'Ahmed Jr.', 'Jan',
];
export const ROLES = ['zus', 'broer', 'moeder', 'huisarts', 'netwerkondersteuner', 'medebewoner', 'buurman', 'zus van Latifa'];

function clean<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) if (obj[key] === undefined) delete obj[key];
  return obj;
}

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

/** A valid fuzzy date string between 2000 and {@link LAST_YEAR}. */
export const fuzzyDateArb: fc.Arbitrary<string> = fc
  .record({
    approx: fc.boolean(),
    year: fc.integer({ min: 2000, max: LAST_YEAR }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom(0, 1, 2),
  })
  .map(({ approx, year, month, day, precision }) => {
    let s = (approx ? '~' : '') + String(year);
    if (precision >= 1) s += '-' + String(month).padStart(2, '0');
    if (precision === 2) s += '-' + String(day).padStart(2, '0');
    return s;
  });

const sortedDates = (min: number, max: number) =>
  fc.array(fuzzyDateArb, { minLength: min, maxLength: max }).map((ds) => [...ds].sort(compareFuzzyDates));

const textArb = (names: string[]) =>
  fc.oneof(
    fc.constantFrom('Verhuisd', 'In de opvang', 'Werk gevonden', 'Moeder overleden'),
    fc.tuple(fc.constantFrom('Ruzie met ', 'Gesprek met ', 'Weer contact met '), fc.constantFrom(...names)).map(([a, b]) => a + b),
    fc.constantFrom(...names).map((n) => `${n.split(' ')[0] ?? n} belde`),
  );

function personArb(id: string, isFocus: boolean, names: string[]): fc.Arbitrary<Person> {
  return fc
    .record({
      name: fc.constantFrom(...NAMES),
      kind: isFocus ? fc.constant('person' as const) : fc.constantFrom(...PERSON_KINDS),
      sector: opt(fc.constantFrom(...SECTORS)),
      formality: opt(fc.constantFrom('formal' as const, 'informal' as const)),
      closeness: opt(fc.constantFrom(...CLOSENESSES)),
      role: opt(fc.constantFrom(...ROLES)),
      consent: opt(fc.constantFrom(...CONSENTS)),
      consentDate: opt(fuzzyDateArb),
      burden: opt(fc.constantFrom('ok' as const, 'strained' as const, 'overloaded' as const)),
      boundary: opt(fc.oneof(fc.constant({}), textArb(names).map((note) => ({ note })))),
      location: opt(fc.constantFrom({ area: 'abroad' as const, country: 'MA' }, { area: 'same-city' as const })),
      interpreter: opt(fc.boolean()),
      channels: opt(fc.subarray([...CHANNELS], { minLength: 1 })),
      deceased: opt(fuzzyDateArb),
      since: opt(fuzzyDateArb),
      note: opt(textArb(names)),
    })
    .map((p) => clean({ id, ...p }));
}

function historyArb(names: string[]): fc.Arbitrary<TieHistoryEntry[]> {
  return sortedDates(1, 4).chain((dates) =>
    fc.tuple(
      ...dates.map((date) =>
        fc
          .record({
            status: opt(fc.constantFrom(...TIE_STATUSES)),
            strength: opt(fc.constantFrom(...STRENGTHS)),
            quality: opt(fc.constantFrom(...QUALITIES)),
            note: opt(textArb(names)),
          })
          .map((e) => clean({ date, ...e })),
      ),
    ),
  );
}

function tieArb(id: string, between: [string, string], names: string[]): fc.Arbitrary<Tie> {
  return fc
    .record({
      strength: opt(fc.constantFrom(...STRENGTHS)),
      quality: opt(fc.constantFrom(...QUALITIES)),
      status: opt(fc.constantFrom(...TIE_STATUSES)),
      intent: opt(fc.constantFrom('maintain' as const, 'restore' as const, 'limit' as const)),
      support: opt(
        fc
          .record({ receives: opt(fc.subarray([...SUPPORT_TYPES])), gives: opt(fc.subarray([...SUPPORT_TYPES])) })
          .map((s) => clean(s)),
      ),
      history: opt(historyArb(names)),
      since: opt(fuzzyDateArb),
      note: opt(textArb(names)),
    })
    .map((t) => clean({ id, between, ...t }));
}

function eventArb(id: string, ids: string[], names: string[]): fc.Arbitrary<LifeEvent> {
  const base = fc.record({
    title: textArb(names),
    category: fc.constantFrom(...EVENT_CATEGORIES),
    valence: fc.constantFrom<Valence>(-2, -1, 0, 1, 2),
    people: opt(fc.subarray(ids, { minLength: 1 })),
    note: opt(textArb(names)),
  });
  const when = fc.oneof(
    fuzzyDateArb.map((date) => ({ date })),
    sortedDates(2, 2).map(([start, end]) => ({ start: start as string, end: end as string })),
    fuzzyDateArb.map((start) => ({ start })),
  );
  return fc.tuple(base, when).map(([b, w]) => clean({ id, ...b, ...w }) as LifeEvent);
}

/** A valid network: focus `p-0` plus 0..`maxOthers` people, ties, groups, events, layout, extensions. */
export function networkArb(maxOthers = 7): fc.Arbitrary<Network> {
  return fc.integer({ min: 0, max: maxOthers }).chain((k) => {
    const ids = Array.from({ length: k + 1 }, (_, i) => `p-${i}`);
    const pairs: [string, string][] = [];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
    return fc
      .record({
        people: fc.tuple(...ids.map((id, i) => personArb(id, i === 0, NAMES))),
        tiePairs: fc.subarray(pairs).chain((ps) =>
          fc.tuple(...ps.map(([a, b]) => fc.boolean().map((flip): [string, string] => (flip ? [b, a] : [a, b])))),
        ),
        groupCount: fc.integer({ min: 0, max: 2 }),
        eventCount: fc.integer({ min: 0, max: 4 }),
        layout: fc.subarray(ids),
        extensions: opt(fc.constant({ 'com.example.vendor': { dossierId: 'A-1234', nested: [1, 2] } })),
        title: opt(textArb(NAMES)),
      })
      .chain(({ people, tiePairs, groupCount, eventCount, layout, extensions, title }) =>
        fc
          .record({
            ties: fc.tuple(...tiePairs.map((pair, i) => tieArb(`t-${i}`, pair, NAMES))),
            groups: fc.tuple(
              ...Array.from({ length: groupCount }, (_, i) =>
                fc
                  .record({
                    name: fc.constantFrom('Steungroep', 'Basisteam', 'Appgroep familie Latifa'),
                    kind: fc.constantFrom(...GROUP_KINDS),
                    members: fc.subarray(ids),
                    note: opt(textArb(NAMES)),
                  })
                  .map((g): Group => clean({ id: `g-${i}`, ...g })),
              ),
            ),
            events: fc.tuple(...Array.from({ length: eventCount }, (_, i) => eventArb(`e-${i}`, ids, NAMES))),
          })
          .map(({ ties, groups, events }) =>
            clean<Network>({
              format: 'kring.network',
              version: 1,
              id: 'net-gen',
              focus: 'p-0',
              title,
              people,
              ties,
              groups,
              events,
              layout: layout.length > 0 ? Object.fromEntries(layout.map((id, i) => [id, { angle: i * 40 }])) : undefined,
              extensions,
            }),
          ),
      );
  });
}
