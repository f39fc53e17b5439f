/**
 * Folding: how a word of a name or a text is compared ("Aïsha", "AISHA" and "Aisha" are one
 * word). `names.ts` states the rule; this file makes it cheap per character.
 *
 * {@link foldWord} is the definition: NFKD, everything but letters and digits removed, lower
 * case, a few letters that do not decompose spelled out. Calling it per word costs a string,
 * a cache look-up and (the first time) NFKD. The scanner (`words.ts`) instead folds character
 * by character with {@link foldTable}: a table of what each character of the Latin scripts,
 * the combining marks and the general punctuation folds to. That is the same as folding the
 * word because in these ranges the fold is per character: NFKD decomposes each character on
 * its own, the only reordering it does is among combining marks (removed), and lower case
 * depends on the neighbours only for the Greek final sigma (not in the table). The tests check
 * it for every pair of table characters. A character outside the table sends its word back to
 * {@link foldWord}.
 */

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ĸ: 'k',
};
const TO_SPELL_OUT = /[ıøłđðħŀßæœþĸ]/gu;

/** Non-ASCII words folded so far (names recur in a text; NFKD is slow per call). */
const foldCache = new Map<string, string>();

/** One word folded for matching: "Aïsha" → "aisha", "ÖZLEM" → "ozlem", "Søren" → "soren". */
export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word
      .normalize('NFKD')
      .replace(NOT_LETTER_OR_DIGIT, '')
      .toLowerCase()
      .replace(TO_SPELL_OUT, (c) => SPELLED_OUT[c] ?? c);
    if (foldCache.size >= 50_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** ASCII letters and digits: 1 (the common case, tested without a regular expression). */
const ASCII_WORD = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) table[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  return table;
})();

/**
 * Letters, digits, marks — and invisible format characters (\p{Cf}: soft hyphen, zero-width
 * space and joiners, word joiner, BOM, direction marks and isolates), which belong to the word
 * they stand in and are dropped by {@link foldWord}: "Lati\u00ADfa" is "latifa".
 */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}\p{Cf}]$/u;
/** Non-ASCII code points seen so far: is each a letter, digit or mark (the regular expression is slow per character). */
const wordCharacterCache = new Map<number, boolean>();

/** Is the code point part of a word (a letter, digit, mark or invisible format character)? */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_WORD[cp] === 1;
  let known = wordCharacterCache.get(cp);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(cp));
    if (wordCharacterCache.size < 65_536) wordCharacterCache.set(cp, known);
  }
  return known;
}

/** The hash the scanner computes for a word, here for any folded word: 31·h + code unit, on 32 bits. */
export function wordHash(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = (Math.imul(h, 31) + folded.charCodeAt(i)) | 0;
  return h;
}

/** Multiplicative inverse of 31 modulo 2^32: undoes the last step of {@link wordHash}. */
const INV31 = -1108378657;
/** The hash of a word with its last letter `s` (0x73) removed, from the word's hash. */
export const stemHash = (hash: number): number => Math.imul((hash - 0x73) | 0, INV31) | 0;

/** 31^k on 32 bits, for k up to `max`: the hash of `a + b` is hash(a)·31^|b| + hash(b). */
export function powersOf31(max: number): Int32Array {
  const pow = new Int32Array(max + 1);
  pow[0] = 1;
  for (let k = 1; k <= max; k++) pow[k] = Math.imul(pow[k - 1] as number, 31);
  return pow;
}

/**
 * The ranges of the per-character table (UTF-16 code units): Latin-1 Supplement, Latin
 * Extended-A and -B; combining diacritical marks; Latin Extended Additional (Vietnamese);
 * general punctuation (spaces, dashes, quotes, zero-width and direction characters).
 * Pairs [first, last], in order.
 */
export const TABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0080, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
];

/** Position of a code unit in the table, or -1 outside it. */
export function tableIndex(c: number): number {
  let offset = 0;
  for (const [first, last] of TABLE_RANGES) {
    if (c < first) return -1;
    if (c <= last) return offset + c - first;
    offset += last - first + 1;
  }
  return -1;
}

/** Not in the table, or folds to more than {@link MAX_UNITS} code units: the word goes to {@link foldWord}. */
export const FOLD_SLOW = -2;
/** Not part of a word (a space, a dash, a quote…). */
export const FOLD_SEPARATOR = -1;
/** Most code units one table character folds to ("ß" → "ss"). */
export const MAX_UNITS = 3;

/**
 * The fold of every table character, by {@link tableIndex}: `count` is {@link FOLD_SEPARATOR},
 * {@link FOLD_SLOW} or how many code units it folds to (0 for a mark or an invisible
 * character), `units[index * MAX_UNITS + k]` the k-th of them.
 */
export interface FoldTable {
  count: Int8Array;
  units: Uint16Array;
}

let table: FoldTable | undefined;

/** The table, made at first use with {@link foldWord} itself (so the two cannot disagree on a character). */
export function foldTable(): FoldTable {
  if (table) return table;
  const size = TABLE_RANGES.reduce((n, [first, last]) => n + last - first + 1, 0);
  const count = new Int8Array(size);
  const units = new Uint16Array(size * MAX_UNITS);
  for (const [first, last] of TABLE_RANGES) {
    for (let c = first; c <= last; c++) {
      const index = tableIndex(c);
      if (!isWordCodePoint(c)) {
        count[index] = FOLD_SEPARATOR;
        continue;
      }
      const folded = foldWord(String.fromCharCode(c));
      count[index] = folded.length > MAX_UNITS ? FOLD_SLOW : folded.length;
      for (let k = 0; k < folded.length && k < MAX_UNITS; k++) units[index * MAX_UNITS + k] = folded.charCodeAt(k);
    }
  }
  table = { count, units };
  return table;
}
