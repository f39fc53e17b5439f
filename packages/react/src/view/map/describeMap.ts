/**
 * Accessible names of people and ties on the ecogram. Everything a sighted user
 * reads from shape, line style or icon is also said here in words, with the
 * shared phrases of `src/symbols` (the legend and list say the same).
 * @internal
 */
import { effectiveFormality, type Closeness, type Network, type Person, type Sector, type Tie } from '@kring/core';
import { consentText, countryName, describeTie as describeTiePhrases, listText, nameOf } from '../ties/describeTie';
import { personBadges, supportGroupsOf, type BadgeKind } from '../ties/badges';
import type { Locale } from '../../i18n';
import type { EcogramText } from '../../ecogram/messages';
import { isolate } from '../../utils/bidi';

/** Lower-case a label for use inside a sentence ("Binnenste cirkel" → "binnenste cirkel"). */
export function lower(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

/** One badge with its text alternative. */
export interface Badge {
  kind: BadgeKind;
  text: string;
}

/** The badges of a person with their words (boundary note, country and group names included). */
export function badgesOf(person: Person, network: Network, t: EcogramText): Badge[] {
  return personBadges(person, network).map((kind) => {
    if (kind === 'boundary' && person.boundary?.note) return { kind, text: t('symbol.boundaryNote', { note: person.boundary.note }) };
    if (kind === 'abroad' && person.location?.country) {
      return { kind, text: t('symbol.abroadIn', { country: countryName(person.location.country, t.locale, t) }) };
    }
    if (kind === 'support-group') {
      const names = supportGroupsOf(network, person.id).map((g) => g.name);
      return { kind, text: t('symbol.memberOf', { group: listText(names, t.locale) }) };
    }
    return { kind, text: t(`symbol.badge.${kind}`) };
  });
}

/**
 * The name to show for a person wherever the map names them: their name, and for someone who
 * does not want to be contacted "<naam> · geen contact" / "<name> · no contact" (message
 * `symbol.noContactName`). The refusal is part of the name so that it is read, spoken and
 * printed wherever the person is, not only as a badge. The visible label (labelPlan.ts), the
 * tooltip and the accessible name all use this.
 */
export function displayName(person: Pick<Person, 'name' | 'consent'>, t: EcogramText): string {
  return person.consent === 'not-allowed' ? t('symbol.noContactName', { name: person.name }) : person.name;
}

/** Where the layout drew someone (falls back to the data). */
export interface Placement {
  sector: Sector;
  closeness: Closeness;
}

/** The accessible name of a person node: who, where, consent, badges, number of ties. */
export function describePerson(person: Person, network: Network, t: EcogramText, placement: Placement | null, tieCount: number): string {
  const L = (s: string) => lower(s, t.locale);
  // User text (name, role) bidi-isolated: an override in a name cannot turn the rest around.
  const parts: string[] = [isolate(displayName(person, t))];
  if (person.id === network.focus) {
    parts.push(t('symbol.focus'));
  } else {
    if (person.role) parts.push(isolate(person.role));
    if (person.kind !== 'person') parts.push(L(t.label('kind', person.kind)));
    parts.push(L(t.label('sector', placement?.sector ?? person.sector ?? 'other')));
    parts.push(L(t.label('closeness', placement?.closeness ?? person.closeness ?? 'outer')));
    parts.push(L(t.label('formality', effectiveFormality(person))));
    if (person.consent && person.consent !== 'unknown' && person.consent !== 'not-allowed' && person.consent !== 'ask-first') {
      parts.push(t('symbol.field', { field: L(t('field.person.consent')), value: L(consentText(person, t)) }));
    }
  }
  if (person.deceased) parts.push(L(t('symbol.deceased')));
  // The refusal of contact is already in the name ("Ali · geen contact"): not said twice.
  for (const badge of badgesOf(person, network, t)) if (badge.kind !== 'consent-no') parts.push(L(badge.text));
  if (person.burden === 'strained') parts.push(t('symbol.field', { field: L(t('field.person.burden')), value: L(t('burden.strained')) }));
  parts.push(tieCount === 1 ? t('ecogram.tie.one') : t('ecogram.tie.ties', { count: tieCount }));
  return parts.join(', ');
}

/**
 * The accessible name of a tie: between whom, then every fact (strength, quality, status,
 * support…), and last the support letters drawn on the line ("Op de lijn: P E"), so that
 * the text a sighted user sees on the tie is part of its name (WCAG 2.5.3, label in name).
 */
export function describeTie(tie: Tie, network: Network, t: EcogramText, letters?: string): string {
  const a = nameOf(network, tie.between[0]);
  const b = nameOf(network, tie.between[1]);
  const perspective = tie.between.includes(network.focus) ? network.focus : tie.between[0];
  const first = perspective === tie.between[0] ? a : b;
  const second = perspective === tie.between[0] ? b : a;
  const phrases = describeTiePhrases(tie, network, perspective, t);
  if (!tie.status) phrases.splice(tie.strength && tie.quality ? 2 : tie.strength || tie.quality ? 1 : 0, 0, t('symbol.field', { field: t('field.tie.status'), value: t('status.active') }));
  if (letters) phrases.push(t('symbol.lettersOnLine', { letters }));
  return sentences([t('symbol.tieBetween', { a: first, b: second }), ...phrases]);
}

/**
 * Sentences joined with ". ", without doubling a full stop that a part already ends with
 * ("Band tussen Y. en T.H." — initials — or a note that ends in "!" or "…"). No final stop
 * is added, as before.
 */
export function sentences(parts: readonly string[]): string {
  return parts.map((p, i) => (i < parts.length - 1 && !/[.!?…]$/u.test(p) ? `${p}.` : p)).join(' ');
}
