/**
 * Cutting a text into words and comparing them with names, without making a string per word.
 *
 * {@link scanWords} reads the text once, code unit by code unit, and keeps for each word its
 * position, the length, last code unit and hash ({@link wordHash}) of its folded form — all
 * in reused typed arrays. Most words of a text are no name and are skipped by their hash; a
 * word that may be one is compared with a name's part in place ({@link wordIs},
 * {@link runIs}), its characters folded again on the way. No string is made for a word but
 * one with a character outside the fold table (`fold.ts`), which is folded whole.
 */
import { FOLD_SEPARATOR, FOLD_SLOW, MAX_UNITS, foldTable, foldWord, isWordCodePoint, tableIndex, wordHash } from './fold';

/**
 * Is the code point a character of a script written without spaces between words — Han,
 * Hiragana, Katakana, Hangul, Bopomofo, Yi, Thai, Lao, Khmer, Myanmar? In a text each such
 * character (with the marks after it) is a word of its own: "昨天王伟来了" is six words, so
 * the name "王伟" is found in it as its characters in a row (`nameIndex.ts`, joined parts).
 * Names are not cut so: "王伟" stays one part, not two one-character keys that would blank
 * every 王 of every text.
 */
export function isUnspaced(cp: number): boolean {
  if (cp < 0x0e00) return false;
  if (cp < 0x3005) return cp <= 0x0eff || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x1780 && cp <= 0x17ff);
  return (
    cp <= 0x3007 || // 々 〆 〇
    (cp >= 0x3040 && cp <= 0x318f) || // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo
    (cp >= 0x31a0 && cp <= 0x31ff) || // Bopomofo extended, Katakana phonetic extensions
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || // Han
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7ff) || // Hangul
    (cp >= 0xf900 && cp <= 0xfaff) || // Han compatibility ideographs
    (cp >= 0xff66 && cp <= 0xffdc) || // half-width Katakana and Hangul
    (cp >= 0x20000 && cp <= 0x3ffff) // Han extensions B and on
  );
}

const MARK = /^\p{M}$/u;
/** Is the code point a combining mark (it belongs to the character before it)? */
const isMark = (cp: number): boolean => cp >= 0x300 && MARK.test(String.fromCodePoint(cp));

/** Cut unspaced scripts into characters ({@link isUnspaced}): on for texts, off for names. */
let splitUnspaced = true;

/** An ASCII word: its folded form is the text's code units in lower case. */
const ASCII = 0;
/** A word whose characters are all ASCII or in the fold table (at least one not ASCII): folded through the table when compared. */
const TABLE = 1;
/** A word folded when it was scanned (a character outside the table): `folded[k]` holds it. */
const FOLDED = 2;

/**
 * The words of the text scanned last. Buffers are reused from call to call; valid until the
 * next scan. `folded[k]` is meaningful only when `kinds[k]` is {@link FOLDED}.
 */
export const words = {
  text: '',
  count: 0,
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  hashes: new Int32Array(256),
  /** Length of the folded word (code units). */
  lengths: new Int32Array(256),
  /** Last code unit of the folded word. */
  lasts: new Int32Array(256),
  kinds: new Uint8Array(256),
  folded: [] as string[],
};

function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(buffer: T, make: (length: number) => T): T {
  const next = make(buffer.length * 2);
  next.set(buffer);
  return next;
}

/** Twice the room for words (a text has more words than any before it). */
function grow(): void {
  const int32 = (length: number): Int32Array<ArrayBuffer> => new Int32Array(length);
  words.starts = grown(words.starts, int32);
  words.ends = grown(words.ends, int32);
  words.hashes = grown(words.hashes, int32);
  words.lengths = grown(words.lengths, int32);
  words.lasts = grown(words.lasts, int32);
  words.kinds = grown(words.kinds, (length) => new Uint8Array(length));
}

/** Append a word. */
function pushWord(start: number, end: number, hash: number, length: number, last: number, kind: number): void {
  const k = words.count;
  if (k === words.starts.length) grow();
  words.starts[k] = start;
  words.ends[k] = end;
  words.hashes[k] = hash;
  words.lengths[k] = length;
  words.lasts[k] = last;
  words.kinds[k] = kind;
  words.count = k + 1;
}

/**
 * An ASCII letter or digit folded (lower case), or -1 for any other code unit. `c | 0x20`
 * lowers a capital and leaves a digit as it is.
 */
function asciiWordUnit(c: number): number {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) ? lower : -1;
}

/** A word with a character outside the fold table: folded whole, as before the table existed. */
function pushSlowWord(text: string, start: number, end: number): void {
  const folded = foldWord(text.slice(start, end));
  if (folded === '') return; // a run of marks alone folds to nothing
  pushWord(start, end, wordHash(folded), folded.length, folded.charCodeAt(folded.length - 1), FOLDED);
  words.folded[words.count - 1] = folded;
}

/** An ASCII code unit in lower case. */
const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/**
 * Scan the non-ASCII stretch of a word that starts at `from` (the word began at `start`,
 * with `hash`, `length` and `last` so far); returns where the word ends. Table characters
 * are folded here; the first character outside the table makes the whole word a slow one.
 */
function scanNonAscii(text: string, start: number, from: number, hash: number, length: number, last: number): number {
  const { count, units } = foldTable();
  const n = text.length;
  let i = from;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const unit = asciiWordUnit(c);
      if (unit < 0) break;
      hash = (Math.imul(hash, 31) + unit) | 0;
      last = unit;
      length++;
      continue;
    }
    const index = tableIndex(c);
    if (index < 0 && !isWordCodePoint(text.codePointAt(i) as number)) break; // an emoji, CJK punctuation…
    if (index < 0 && splitUnspaced && isUnspaced(text.codePointAt(i) as number) && !isMark(text.codePointAt(i) as number)) break; // a word of its own
    const folds = index < 0 ? FOLD_SLOW : (count[index] as number);
    if (folds === FOLD_SEPARATOR) break;
    if (folds === FOLD_SLOW) return scanSlowWord(text, start, i);
    for (let k = 0; k < folds; k++) {
      last = units[index * MAX_UNITS + k] as number;
      hash = (Math.imul(hash, 31) + last) | 0;
    }
    length += folds;
  }
  if (length > 0) pushWord(start, i, hash, length, last, TABLE); // a run of marks alone folds to nothing
  return i;
}

/** Finish a word that holds a character outside the fold table (from `at` on): by code point, as the word's end is found. */
function scanSlowWord(text: string, start: number, at: number): number {
  const n = text.length;
  let i = at;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (!isWordCodePoint(cp)) break;
    if (i > start && splitUnspaced && isUnspaced(cp) && !isMark(cp)) break; // a word of its own
    i += cp > 0xffff ? 2 : 1;
  }
  pushSlowWord(text, start, i);
  return i;
}

/** One character of an unspaced script at `start`, with the marks after it, as a word ({@link isUnspaced}); returns where it ends. */
function scanUnspacedCharacter(text: string, start: number): number {
  const n = text.length;
  let i = start + ((text.codePointAt(start) as number) > 0xffff ? 2 : 1);
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (!isMark(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  pushSlowWord(text, start, i);
  return i;
}

/**
 * Is the non-ASCII code unit at `i` part of a word? Table characters by the table; any other
 * by its code point (a surrogate pair is one; a lone surrogate is none). A separator outside
 * the BMP (an emoji) is met again at its low surrogate, which is no word character either.
 */
function isNonAsciiWordUnit(text: string, i: number, c: number): boolean {
  const index = tableIndex(c);
  if (index >= 0) return foldTable().count[index] !== FOLD_SEPARATOR;
  return isWordCodePoint(text.codePointAt(i) as number);
}

/**
 * Cut `text` into words (see `names.ts` for what a word is) into {@link words}. ASCII
 * letters and digits are read here, into local references to the buffers (reloaded when
 * they grow); a word with another character is finished by {@link scanNonAscii}. A
 * character of an unspaced script is a word of its own ({@link isUnspaced}) unless
 * `unspaced` is `'keep'` (a name's parts).
 */
export function scanWords(text: string, unspaced: 'split' | 'keep' = 'split'): void {
  splitUnspaced = unspaced === 'split';
  const n = text.length;
  words.text = text;
  words.count = 0;
  let { starts, ends, hashes, lengths, lasts, kinds } = words;
  let k = 0;
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20; // a space after the end closes the last word
    const unit = asciiWordUnit(c);
    if (unit >= 0) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + unit) | 0;
      continue;
    }
    if (c >= 0x80 && isNonAsciiWordUnit(text, i, c)) {
      // The rest of the word is read there (the ASCII letters before it, if any, carried over).
      words.count = k;
      const cp = text.codePointAt(i) as number;
      if (splitUnspaced && isUnspaced(cp) && !isMark(cp)) {
        if (start >= 0) pushWord(start, i, hash, i - start, lowerAscii(text.charCodeAt(i - 1)), ASCII);
        i = scanUnspacedCharacter(text, i) - 1;
      } else if (start < 0) i = scanNonAscii(text, i, i, 0, 0, 0) - 1;
      else i = scanNonAscii(text, start, i, hash, i - start, lowerAscii(text.charCodeAt(i - 1))) - 1;
      k = words.count;
      ({ starts, ends, hashes, lengths, lasts, kinds } = words); // grown there, maybe
      start = -1;
      continue;
    }
    if (start >= 0) {
      if (k === starts.length) {
        words.count = k;
        grow();
        ({ starts, ends, hashes, lengths, lasts, kinds } = words);
      }
      starts[k] = start;
      ends[k] = i;
      hashes[k] = hash;
      lengths[k] = i - start;
      lasts[k] = lowerAscii(text.charCodeAt(i - 1));
      kinds[k] = ASCII;
      k++;
      start = -1;
    }
  }
  words.count = k;
}

/** The folded form of word `k` of the text scanned last. */
export function wordAt(k: number): string {
  const kind = words.kinds[k];
  if (kind === FOLDED) return words.folded[k] as string;
  const word = words.text.slice(words.starts[k], words.ends[k]);
  if (kind === ASCII) return word.toLowerCase();
  const folded = foldWord(word);
  words.folded[k] = folded;
  words.kinds[k] = FOLDED;
  return folded;
}

/**
 * Keys (folded name parts, prefixes, …) packed into one array of code units, each found by
 * its id: a text's word is compared with a key in place, in arrays small enough to stay in
 * the cache, instead of through a string object somewhere on the heap.
 */
export class PackedKeys {
  readonly units: Uint16Array;
  readonly at: Int32Array;
  readonly lengths: Int32Array;

  constructor(keys: readonly string[]) {
    const units = new Uint16Array(keys.reduce((n, key) => n + key.length, 0));
    const at = new Int32Array(keys.length);
    const lengths = new Int32Array(keys.length);
    let offset = 0;
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id] as string;
      at[id] = offset;
      lengths[id] = key.length;
      for (let t = 0; t < key.length; t++) units[offset++] = key.charCodeAt(t);
    }
    this.units = units;
    this.at = at;
    this.lengths = lengths;
  }
}

/**
 * Do the first `count` folded code units of a {@link TABLE} word `k` equal `units` from
 * `from` on? Folded again from the text through the table, without making a string.
 */
function tableMatch(k: number, units: Uint16Array, from: number, count: number): boolean {
  const { text } = words;
  const table = foldTable();
  let i = words.starts[k] as number;
  let t = 0;
  while (t < count) {
    const c = text.charCodeAt(i++);
    if (c < 0x80) {
      if (lowerAscii(c) !== units[from + t++]) return false;
      continue;
    }
    const index = tableIndex(c);
    const folds = table.count[index] as number; // ≥ 0: a TABLE word has no other characters
    for (let u = 0; u < folds && t < count; u++) if (table.units[index * MAX_UNITS + u] !== units[from + t++]) return false;
  }
  return true;
}

/** Do the first `count` folded code units of word `k` equal `units` from `from` on? (The word is at least `count` long.) */
function foldedMatch(k: number, units: Uint16Array, from: number, count: number): boolean {
  const kind = words.kinds[k];
  if (kind === ASCII) {
    const { text } = words;
    const start = words.starts[k] as number;
    for (let t = 0; t < count; t++) if ((text.charCodeAt(start + t) | 0x20) !== units[from + t]) return false; // a letter or digit: `| 0x20` folds it
    return true;
  }
  if (kind === TABLE) return tableMatch(k, units, from, count);
  const folded = words.folded[k] as string;
  for (let t = 0; t < count; t++) if (folded.charCodeAt(t) !== units[from + t]) return false;
  return true;
}

/** Is folded word `k` of the text scanned last key `id` of `keys`? */
export function wordIs(k: number, keys: PackedKeys, id: number): boolean {
  const length = keys.lengths[id] as number;
  return words.lengths[k] === length && foldedMatch(k, keys.units, keys.at[id] as number, length);
}

/** Is folded word `k` without its last code unit key `id` of `keys` ("ozlems" and "ozlem")? */
export function stemIs(k: number, keys: PackedKeys, id: number): boolean {
  const length = keys.lengths[id] as number;
  return words.lengths[k] === length + 1 && foldedMatch(k, keys.units, keys.at[id] as number, length);
}

/** Are the folded words `i` to `j` (inclusive) written together key `id` of `keys` ("marie", "claire" and "marieclaire")? */
export function runIs(i: number, j: number, keys: PackedKeys, id: number): boolean {
  const length = keys.lengths[id] as number;
  const at = keys.at[id] as number;
  let offset = 0;
  for (let k = i; k <= j; k++) {
    const wordLength = words.lengths[k] as number;
    if (offset + wordLength > length || !foldedMatch(k, keys.units, at + offset, wordLength)) return false;
    offset += wordLength;
  }
  return offset === length;
}

/** Might word `k` be a possessive or plural "-s" of a name ("Ozlems", "Yilmazs", "de Benalis")? */
export function endsWithS(k: number): boolean {
  return (words.lengths[k] as number) > 2 && words.lasts[k] === 0x73;
}

/** May words joined by this gap belong to one name: spaces, hyphens, dots, apostrophes only. */
export function isNameGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const ok =
      c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2d || c === 0x2e || c === 0x27 || c === 0x5f ||
      (c >= 0x2010 && c <= 0x2015) || c === 0x2019 || c === 0x02bc || c === 0x202f || c === 0x2009 || c === 0x200a ||
      c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff;
    if (!ok) return false;
  }
  return true;
}
