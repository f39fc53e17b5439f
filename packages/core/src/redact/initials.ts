/**
 * Initials: how a name is shown when names are hidden, and how two people who would get the
 * same initials are told apart.
 */
import { foldWord } from './fold';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** One user-perceived character: a base character and its combining marks. */
const FIRST_CHARACTER = /^[\p{L}\p{N}]\p{M}*/u;

/**
 * Scripts whose one character is a syllable or a whole name part (Han, Hiragana, Katakana,
 * Hangul, Yi, Bopomofo): their "initial" would show the name ("王 伟" → "王.伟."), so it is "?".
 */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Yi}\p{Script=Bopomofo}]/u;

function initialOf(part: string): string | null {
  const at = part.search(LETTER_OR_DIGIT);
  if (at < 0) return null;
  const match = FIRST_CHARACTER.exec(part.slice(at));
  if (!match) return null;
  return SYLLABIC.test(match[0]) ? '?.' : `${match[0]}.`;
}

/**
 * Initials of a name: each word's first letter (or digit) followed by a full stop, without
 * spaces; letter case is kept, hyphenated words keep their hyphen. "Jan de Vries" →
 * "J.d.V.", "Latifa" → "L.", "Ewa Bakker-Nowak" → "E.B.-N.". A name without any letter or
 * digit becomes "?"; a word in a syllabic script (Han, Hangul, Kana, …) has "?." as its
 * initial, since one of its characters may be a whole name part ("王 伟" → "?.?.").
 */
export function nameInitials(name: string): string {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const out: string[] = [];
  for (const word of words) {
    const parts = word.split('-').map(initialOf).filter((s): s is string => s !== null);
    if (parts.length > 0) out.push(parts.join('-'));
  }
  return out.length > 0 ? out.join('') : '?';
}

/** Initials as a reader tells them apart: "J.d.V." and "J.D.V.", "É." and "E." look alike. */
function lookalikeKey(initials: string): string {
  return initials
    .split(/[.\-\s]+/u)
    .map(foldWord)
    .join('.');
}

/**
 * Initials that are unique within the list: people whose initials look alike (ignoring
 * case and accents) are numbered in list order, all of them, so that no bare "M." silently
 * stands for two people — "Moeder" and "Moskee" become "M.1" and "M.2". Entries that are
 * `null` take no part (they are shown otherwise, e.g. by their role) and stay `null`.
 */
export function uniqueInitials(names: readonly (string | null)[]): (string | null)[] {
  const initials = names.map((n) => (n === null ? null : nameInitials(n)));
  const count = new Map<string, number>();
  for (const i of initials) if (i !== null) count.set(lookalikeKey(i), (count.get(lookalikeKey(i)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return initials.map((i) => {
    if (i === null) return null;
    const key = lookalikeKey(i);
    if ((count.get(key) ?? 0) < 2) return i;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${i}${n}`;
  });
}
