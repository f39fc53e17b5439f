import { formatFuzzyDate, otherEnd, supportSeenFrom, type Network, type Person, type Tie } from '@kring/core';
import { isLabelValue, type Locale, type Text } from '../../i18n';
import type { SymbolTextKey } from '../../symbols/messages';
import { isolate } from '../../utils/bidi';
import { displayNames } from '../../utils/intl';

/**
 * Words for a list: "a, b en c" / "a, b, and c" — the words `Intl.ListFormat` gives for the two
 * locales Kring has ('long' conjunction), written out: building the first `Intl.ListFormat` of a
 * page loads its locale data (≈ 20 ms in Chromium, in the map's first render), and the result is
 * then the same in every runtime. Each item is bidi-isolated (`isolate`): the items may be
 * names. One joiner for every view.
 */
export function listText(items: string[], locale: Locale): string {
  const isolated = items.map((x) => isolate(x));
  const n = isolated.length;
  if (n <= 1) return isolated.join('');
  const and = locale === 'nl' ? 'en' : 'and';
  if (n === 2) return `${isolated[0]} ${and} ${isolated[1]}`;
  const comma = locale === 'nl' ? '' : ',';
  return `${isolated.slice(0, -1).join(', ')}${comma} ${and} ${isolated[n - 1]}`;
}

/** What names a language or country from the label bundles: any part's `t`. */
type NameLabels = Pick<Text<string>, 'label'>;

/**
 * The name of a region code in the locale ("MA" → "Marokko"); the code itself when unknown.
 * With `t`, the countries of `COMMON_COUNTRIES` come from the label bundles (a host's
 * `messages` may word them); the rest from `Intl.DisplayNames`, whose first use in a page costs
 * 26–120 ms of locale data in Chromium.
 */
export function countryName(code: string, locale: Locale, t?: NameLabels): string {
  const upper = code.toUpperCase();
  if (t && isLabelValue('country', upper)) return t.label('country', upper);
  try {
    return displayNames(locale, 'region')?.of(upper) ?? code;
  } catch {
    return code;
  }
}

/**
 * The name of a BCP 47 language tag in the locale ("ar" → "Arabisch"); the tag itself when
 * unknown. With `t`, the languages of `COMMON_LANGUAGES` come from the label bundles (see
 * {@link countryName}).
 */
export function languageName(tag: string, locale: Locale, t?: NameLabels): string {
  if (t && isLabelValue('language', tag)) return t.label('language', tag);
  try {
    return displayNames(locale, 'language')?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The text lookup the describe functions take: any part's `t` (every part loads the symbol words). */
export type DescribeText = Text<SymbolTextKey>;

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
export function describeTie(tie: Tie, network: Pick<Network, 'people'>, perspective: string, t: DescribeText): string[] {
  const me = tie.between.includes(perspective) ? perspective : tie.between[0];
  const other = otherEnd(tie, me);
  const a = nameOf(network, me);
  const b = nameOf(network, other);
  const field = (f: string, value: string) => t('symbol.field', { field: f, value });
  const out: string[] = [];
  if (tie.strength) out.push(field(t('field.tie.strength'), t.label('strength', tie.strength)));
  if (tie.quality) out.push(field(t('field.tie.quality'), t.label('quality', tie.quality)));
  if (tie.status) out.push(field(t('field.tie.status'), t.label('status', tie.status)));
  const s = supportSeenFrom(tie, me);
  if (s.receives.length) out.push(field(t('symbol.receivesFrom', { a, b }), listText(s.receives.map((x) => t.label('support', x)), t.locale)));
  if (s.gives.length) out.push(field(t('symbol.givesTo', { a, b }), listText(s.gives.map((x) => t.label('support', x)), t.locale)));
  if (tie.contact) out.push(field(t('field.tie.contact'), t.label('contact', tie.contact)));
  if (tie.intent) out.push(field(t('field.tie.intent'), t.label('intent', tie.intent)));
  if (tie.since) out.push(t('symbol.since', { date: formatFuzzyDate(tie.since, t.locale) }));
  return out;
}

/** One history entry in words: "2019: Verbroken, ruzie na de uitzetting". */
export function describeHistoryEntry(entry: NonNullable<Tie['history']>[number], t: DescribeText): string {
  const parts: string[] = [];
  if (entry.status) parts.push(t.label('status', entry.status));
  if (entry.strength) parts.push(t.label('strength', entry.strength));
  if (entry.quality) parts.push(t.label('quality', entry.quality));
  if (entry.note) parts.push(isolate(entry.note));
  return t('symbol.historyEntry', { date: formatFuzzyDate(entry.date, t.locale), state: parts.join(', ') || t('symbol.notSet') });
}

/**
 * What to keep in mind about a person, in words, one phrase each: deceased, boundary,
 * burden (when not ok), where they live, languages, interpreter, channels, support groups.
 * Consent is separate ({@link consentText}).
 */
export function describePersonNotes(person: Person, network: Pick<Network, 'groups'>, t: DescribeText): string[] {
  const out: string[] = [];
  if (person.deceased) out.push(t('symbol.deceasedOn', { date: formatFuzzyDate(person.deceased, t.locale) }));
  if (person.boundary) {
    out.push(person.boundary.note ? t('symbol.boundaryNote', { note: person.boundary.note }) : t('symbol.badge.boundary'));
  }
  if (person.burden && person.burden !== 'ok') out.push(t('symbol.field', { field: t('field.person.burden'), value: t.label('burden', person.burden) }));
  const area = person.location?.area;
  const country = person.location?.country;
  if (area === 'abroad') out.push(country ? t('symbol.abroadIn', { country: countryName(country, t.locale, t) }) : t('symbol.badge.abroad'));
  else if (area) out.push(t.label('area', area) + (country ? ` (${countryName(country, t.locale, t)})` : ''));
  else if (country) out.push(t('symbol.field', { field: t('field.location.country'), value: countryName(country, t.locale, t) }));
  if (person.languages?.length) out.push(t('symbol.speaks', { languages: listText(person.languages.map((l) => languageName(l, t.locale, t)), t.locale) }));
  if (person.interpreter) out.push(t('symbol.badge.interpreter'));
  if (person.channels?.length) {
    out.push(t('symbol.field', { field: t('field.person.channels'), value: listText(person.channels.map((c) => t.label('channel', c)), t.locale) }));
  }
  return out;
}

/** The groups a person is in, in words: "Hoort bij Steungroep", "Hoort bij Appgroep Familie (Chatgroep)". */
export function describeGroups(person: Person, network: Pick<Network, 'groups'>, t: DescribeText): string[] {
  return network.groups
    .filter((g) => g.members.includes(person.id))
    .map((g) => {
      const kind = t.label('groupKind', g.kind);
      return g.name.trim().toLocaleLowerCase() === kind.toLocaleLowerCase()
        ? t('symbol.memberOf', { group: g.name })
        : t('symbol.memberOfKind', { group: g.name, kind });
    });
}

/** Consent in words: "Mag contact", "Geen contact", … (absent = "Onbekend"). */
export function consentText(person: Person, t: DescribeText): string {
  const word = t.label('consent', person.consent ?? 'unknown');
  return person.consentDate ? `${word} (${formatFuzzyDate(person.consentDate, t.locale)})` : word;
}
