import { formatFuzzyDate, otherEnd, supportSeenFrom, type Network, type Person, type Tie } from '@kring/core';
import { label, t, type KringMessages, type Locale } from '../i18n';
import { isolate } from '../utils/bidi';

/** Words for a list: "a, b en c" / "a, b and c". Each item is bidi-isolated (`isolate`): the items may be names. */
export function listText(items: string[], locale: Locale): string {
  const isolated = items.map((x) => isolate(x));
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(isolated);
  } catch {
    return isolated.join(', ');
  }
}

/** The name of a region code in the locale ("MA" → "Marokko"); the code itself when unknown. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The name of a BCP 47 language tag in the locale ("ar" → "Arabisch"); the tag itself when unknown. */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Options of the describe functions. */
export interface DescribeOptions {
  messages: KringMessages;
  locale: Locale;
}

/** Names by id per `people` array (arrays are replaced, never mutated, by every change). */
const namesCache = /* @__PURE__ */ new WeakMap<readonly Person[], Map<string, string>>();

/**
 * The display name of a person id (the id itself when the person is missing). Looks up in a
 * map built once per `people` array, so describing every tie stays linear on big networks.
 */
export function nameOf(network: Pick<Network, 'people'>, id: string): string {
  let names = namesCache.get(network.people);
  if (!names) {
    names = new Map();
    for (const p of network.people) if (!names.has(p.id)) names.set(p.id, p.name);
    namesCache.set(network.people, names);
  }
  return names.get(id) ?? id;
}

/**
 * The facts about a tie in words, one phrase each: strength, quality, status, who gives
 * what to whom, contact, intent, since. `perspective` (one of `between`, usually the client)
 * decides which side the support sentences start from.
 */
export function describeTie(tie: Tie, network: Pick<Network, 'people'>, perspective: string, { messages: m, locale }: DescribeOptions): string[] {
  const me = tie.between.includes(perspective) ? perspective : tie.between[0];
  const other = otherEnd(tie, me);
  const a = nameOf(network, me);
  const b = nameOf(network, other);
  const field = (f: string, value: string) => t(m, 'symbol.field', { field: f, value });
  const out: string[] = [];
  if (tie.strength) out.push(field(m['field.tie.strength'], label(m, 'strength', tie.strength)));
  if (tie.quality) out.push(field(m['field.tie.quality'], label(m, 'quality', tie.quality)));
  if (tie.status) out.push(field(m['field.tie.status'], label(m, 'status', tie.status)));
  const s = supportSeenFrom(tie, me);
  if (s.receives.length) out.push(field(t(m, 'symbol.receivesFrom', { a, b }), listText(s.receives.map((x) => label(m, 'support', x)), locale)));
  if (s.gives.length) out.push(field(t(m, 'symbol.givesTo', { a, b }), listText(s.gives.map((x) => label(m, 'support', x)), locale)));
  if (tie.contact) out.push(field(m['field.tie.contact'], label(m, 'contact', tie.contact)));
  if (tie.intent) out.push(field(m['field.tie.intent'], label(m, 'intent', tie.intent)));
  if (tie.since) out.push(t(m, 'symbol.since', { date: formatFuzzyDate(tie.since, locale) }));
  return out;
}

/** One history entry in words: "2019: Verbroken, ruzie na de uitzetting". */
export function describeHistoryEntry(entry: NonNullable<Tie['history']>[number], { messages: m, locale }: DescribeOptions): string {
  const parts: string[] = [];
  if (entry.status) parts.push(label(m, 'status', entry.status));
  if (entry.strength) parts.push(label(m, 'strength', entry.strength));
  if (entry.quality) parts.push(label(m, 'quality', entry.quality));
  if (entry.note) parts.push(isolate(entry.note));
  return t(m, 'symbol.historyEntry', { date: formatFuzzyDate(entry.date, locale), state: parts.join(', ') || m['symbol.notSet'] });
}

/**
 * What to keep in mind about a person, in words, one phrase each: deceased, boundary,
 * burden (when not ok), where they live, languages, interpreter, channels, support groups.
 * Consent is separate ({@link consentText}).
 */
export function describePersonNotes(person: Person, network: Pick<Network, 'groups'>, { messages: m, locale }: DescribeOptions): string[] {
  const out: string[] = [];
  if (person.deceased) out.push(t(m, 'symbol.deceasedOn', { date: formatFuzzyDate(person.deceased, locale) }));
  if (person.boundary) {
    out.push(person.boundary.note ? t(m, 'symbol.boundaryNote', { note: person.boundary.note }) : m['symbol.badge.boundary']);
  }
  if (person.burden && person.burden !== 'ok') out.push(t(m, 'symbol.field', { field: m['field.person.burden'], value: label(m, 'burden', person.burden) }));
  const area = person.location?.area;
  const country = person.location?.country;
  if (area === 'abroad') out.push(country ? t(m, 'symbol.abroadIn', { country: countryName(country, locale) }) : m['symbol.badge.abroad']);
  else if (area) out.push(label(m, 'area', area) + (country ? ` (${countryName(country, locale)})` : ''));
  else if (country) out.push(t(m, 'symbol.field', { field: m['field.location.country'], value: countryName(country, locale) }));
  if (person.languages?.length) out.push(t(m, 'symbol.speaks', { languages: listText(person.languages.map((l) => languageName(l, locale)), locale) }));
  if (person.interpreter) out.push(m['symbol.badge.interpreter']);
  if (person.channels?.length) {
    out.push(t(m, 'symbol.field', { field: m['field.person.channels'], value: listText(person.channels.map((c) => label(m, 'channel', c)), locale) }));
  }
  return out;
}

/** The groups a person is in, in words: "Hoort bij Steungroep", "Hoort bij Appgroep Familie (Chatgroep)". */
export function describeGroups(person: Person, network: Pick<Network, 'groups'>, { messages: m }: DescribeOptions): string[] {
  return network.groups
    .filter((g) => g.members.includes(person.id))
    .map((g) => {
      const kind = label(m, 'groupKind', g.kind);
      return g.name.trim().toLocaleLowerCase() === kind.toLocaleLowerCase()
        ? t(m, 'symbol.memberOf', { group: g.name })
        : t(m, 'symbol.memberOfKind', { group: g.name, kind });
    });
}

/** Consent in words: "Mag contact", "Geen contact", … (absent = "Onbekend"). */
export function consentText(person: Person, { messages: m, locale }: DescribeOptions): string {
  const word = label(m, 'consent', person.consent ?? 'unknown');
  return person.consentDate ? `${word} (${formatFuzzyDate(person.consentDate, locale)})` : word;
}
