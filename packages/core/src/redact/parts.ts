/**
 * The vocabulary of the name matching rule (`names.ts` states the rule): how long a run of
 * parts may be, which words are particles, what a name's parts are and which of them are
 * keys on their own.
 */
import { scanWords, wordAt, words } from './words';

/** Longest run of name parts matched as one key. */
export const MAX_RUN = 6;
/** Longest part (in folded characters) that is also found when written as several words. */
export const MAX_JOINED = 40;
/** Shortest first piece of a part written as several words. */
export const MIN_PIECE = 3;
/** Longest run in which parts may be abbreviated to their initial. */
export const MAX_ABBREVIATED_RUN = 3;

/**
 * Name particles (Dutch tussenvoegsels and their counterparts in names common in Dutch
 * shelters). Never matched on their own, only as part of a longer run. Not listed: words that
 * are also given names ("Ben", "Abu").
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'den', 'der', 'des', 'di', 'da', 'do', 'du', 'dos', 'das', 'del', 'della',
  'van', 'von', 'vd', 'het', 't', 'te', 'ten', 'ter', 'in', 'op', 'aan', 'bij', 'uit', 'onder', 'over', 'voor',
  'la', 'le', 'les', 'los', 'el', 'al', 'y', 'e', 'of', 'and', 'en', 'zu', 'zum', 'zur',
]);

const HAS_LETTER = /\p{L}/u;
/** A letter of a script without case (Han, Hiragana, Katakana, Hangul, …): one is a name part ("王 伟"). */
const CASELESS_LETTER = /^\p{Lo}$/u;

/**
 * Particles that are also given names ("Al", "Lê", "Đỗ", "Di", "Da", "Du"): a name's first
 * part among these is a key even when the name has other strong parts ("Al Amrani" is found
 * by "Al"). Not `de`, `van`, `el`, …: a name starting with them is a surname ("De Vries").
 */
export const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'le', 'do', 'di', 'da', 'du']);

/** The folded parts of a name. */
export function nameParts(name: string): string[] {
  scanWords(name, 'keep'); // "王伟" is one part, found in a text as 王 and 伟 in a row

  return Array.from({ length: words.count }, (_, k) => wordAt(k));
}

/** Is a part strong: two or more characters (or one letter of a script without case), a letter among them, not a particle. */
export function isStrongPart(part: string): boolean {
  return (part.length >= 2 || CASELESS_LETTER.test(part)) && HAS_LETTER.test(part) && !PARTICLES.has(part);
}

/**
 * Which parts of one name are keys on their own: the strong ones; every part with a letter
 * when the name has no strong part ("Lê", "Al", "Van", "Đỗ Văn": a name must never leak, so
 * the word "al" in a text is replaced too); and a first part that is a particle and also a
 * given name ({@link GIVEN_NAME_PARTICLES}: "Al Amrani").
 */
export function keyParts(parts: readonly string[]): boolean[] {
  const strong = parts.map(isStrongPart);
  if (!strong.includes(true)) return parts.map((p) => HAS_LETTER.test(p));
  if (parts.length > 1 && GIVEN_NAME_PARTICLES.has(parts[0] as string)) strong[0] = true;
  return strong;
}
