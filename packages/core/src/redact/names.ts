/**
 * Finding people's names in free text, in any spelling a caseworker might type.
 *
 * The matching rule (see the README's redaction section):
 * - A text is cut into **words**: maximal runs of letters, digits and combining marks.
 *   Everything else (spaces, hyphens, dots, apostrophes, punctuation, emoji) separates words.
 * - Each word is **folded**: NFKD, combining marks and anything but letters and digits removed,
 *   lower case, and a few letters that do not decompose spelled out (`ı` → `i`, `ø` → `o`,
 *   `ł` → `l`, `ß` → `ss`, …). "Aïsha", "AISHA" and "Aisha" are one word; so are "Özlem" and
 *   "Ozlem", "İlker" and "Ilker".
 * - Each name is cut and folded the same way into its **parts** ("Aïsha El-Amrani" → aisha,
 *   el, amrani). A **key** is a run of up to {@link MAX_RUN} consecutive parts of one name,
 *   matched as consecutive words of the text separated only by spaces, hyphens, dots or
 *   apostrophes — so "El Amrani", "El-Amrani" and "el.amrani" are one key. A run may not end
 *   with a name particle (`de`, `van`, `el`, …, see {@link PARTICLES}) and must hold at least
 *   one *strong* part: two or more characters, at least one a letter, not a particle.
 *   Particles alone are never matched (they are ordinary words: "de", "van"), but they are
 *   part of a surname ("familie de Vries", "familie El Amrani").
 * - In runs of up to {@link MAX_ABBREVIATED_RUN} parts every part but the last may be written
 *   as its initial ("A. El Amrani", "J.P. Balkenende", "J de Vries").
 * - A run written as one word matches too ("ElAmrani", "marieclaire" for "Marie-Claire"), and
 *   so does a part written as several words ("Marie Claire" for "Marieclaire"; parts up to
 *   {@link MAX_JOINED} characters, the first piece at least {@link MIN_PIECE}).
 * - A name's parts that are keys on their own ({@link keyParts}): the strong ones; every part
 *   of a name without a strong part ("Al", "Lê", "Đỗ Văn"); a first part that is a particle
 *   and a given name ({@link GIVEN_NAME_PARTICLES}). A one-letter part of a script without case
 *   ("王 伟") is strong.
 * - Invisible format characters (\p{Cf}) are part of the word and folded away.
 * - A word that is no key but a strong key part plus "s" is found as that part ("Ozlems",
 *   "de Benalis"): Dutch possessive and plural.
 * - Longest match first, left to right, no overlaps.
 *
 * Cost: building the matcher is linear in the total length of the names (each part starts a
 * bounded number of runs); scanning a text visits each word at most {@link MAX_RUN} times. So
 * redacting a network is linear in the total text plus the names, never names × text.
 * `steps` counts the trie steps of both, so a test can check that the work grows linearly.
 */

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

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;
/** A letter of a script without case (Han, Hiragana, Katakana, Hangul, …): one is a name part ("王 伟"). */
const CASELESS_LETTER = /^\p{Lo}$/u;

/**
 * Particles that are also given names ("Al", "Lê", "Đỗ", "Di", "Da", "Du"): a name's first
 * part among these is a key even when the name has other strong parts ("Al Amrani" is found
 * by "Al"). Not `de`, `van`, `el`, …: a name starting with them is a surname ("De Vries").
 */
export const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'le', 'do', 'di', 'da', 'du']);

/** Multiplicative inverse of 31 modulo 2^32: undoes the last step of {@link wordHash}. */
const INV31 = -1108378657;
/** The hash of a word with its last letter `s` (0x73) removed, from the word's hash. */
const stemHash = (hash: number): number => Math.imul((hash - 0x73) | 0, INV31) | 0;
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

/** ASCII letters and digits (the common case, tested without a regular expression). */
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

function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_WORD[cp] === 1;
  let known = wordCharacterCache.get(cp);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(cp));
    if (wordCharacterCache.size < 65_536) wordCharacterCache.set(cp, known);
  }
  return known;
}

/** The hash {@link scanWords} computes for an ASCII word, here for any folded word. */
export function wordHash(folded: string): number {
  let h = 0;
  for (let i = 0; i < folded.length; i++) h = (Math.imul(h, 31) + folded.charCodeAt(i)) | 0;
  return h;
}

/**
 * The words of the text scanned last: positions (UTF-16 offsets), a hash of each folded word
 * and the folded words themselves, made only when asked for ({@link wordAt}) — most words of
 * a text are no name, and are skipped by their hash without making a string. Buffers are
 * reused from call to call; valid until the next scan.
 */
const words = {
  text: '',
  count: 0,
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  hashes: new Int32Array(256),
  folded: [] as (string | null)[],
};

function grow(buffer: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(buffer.length * 2);
  next.set(buffer);
  return next;
}

function pushWord(start: number, end: number, hash: number, folded: string | null): void {
  const k = words.count;
  if (k === words.starts.length) {
    words.starts = grow(words.starts);
    words.ends = grow(words.ends);
    words.hashes = grow(words.hashes);
  }
  words.starts[k] = start;
  words.ends[k] = end;
  words.hashes[k] = hash;
  words.folded[k] = folded;
  words.count = k + 1;
}

/** The folded form of word `k` of the text scanned last. */
function wordAt(k: number): string {
  let folded = words.folded[k];
  if (folded == null) {
    folded = words.text.slice(words.starts[k], words.ends[k]).toLowerCase();
    words.folded[k] = folded;
  }
  return folded;
}

function scanWords(text: string): void {
  words.text = text;
  words.count = 0;
  const n = text.length;
  let start = -1;
  let ascii = true;
  let hash = 0;
  const end = (i: number): void => {
    if (ascii) pushWord(start, i, hash, null);
    else {
      const folded = foldWord(text.slice(start, i));
      if (folded !== '') pushWord(start, i, wordHash(folded), folded); // a run of marks alone folds to nothing
    }
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_WORD[c] === 1) {
        if (start < 0) {
          start = i;
          ascii = true;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)) | 0;
      } else if (start >= 0) end(i);
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (isWordCodePoint(cp)) {
      if (start < 0) start = i;
      ascii = false;
    } else if (start >= 0) end(i);
    if (cp > 0xffff) i++;
  }
  if (start >= 0) end(n);
}

/** The folded parts of a name. */
export function nameParts(name: string): string[] {
  scanWords(name);
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

/** Might word `k` be a possessive or plural "-s" of a name ("Ozlems", "Yilmazs", "de Benalis")? */
function endsWithS(k: number): boolean {
  const folded = words.folded[k];
  if (folded != null) return folded.length > 2 && folded.charCodeAt(folded.length - 1) === 0x73;
  const end = words.ends[k] as number;
  const c = words.text.charCodeAt(end - 1);
  return end - (words.starts[k] as number) > 2 && (c === 0x73 || c === 0x53);
}

/** May words joined by this gap belong to one name: spaces, hyphens, dots, apostrophes only. */
function isNameGap(text: string, from: number, to: number): boolean {
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

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Indexes of the people whose name ends a key here (ascending, no duplicates). */
  owners: number[] | undefined;
}

/** One place in a text where a name was found. */
export interface NameMatch {
  /** UTF-16 offsets into the text: the first word's start, the last word's end. */
  start: number;
  end: number;
  /** Indexes (into the people the matcher was built from) of everyone the words may name. */
  owners: readonly number[];
}

/** Finds the names of a fixed set of people in texts. */
export interface NameMatcher {
  /** Every name in `text`, left to right, longest first, not overlapping. */
  find(text: string): NameMatch[];
  /** Trie steps taken so far (building and scanning): a measure of work, for tests. */
  readonly steps: number;
}

/**
 * A matcher for the names of `names` (index `i` is person `i`; a non-string or a name without
 * a strong part contributes nothing).
 */
export function createNameMatcher(names: readonly unknown[]): NameMatcher {
  const root: TrieNode = { next: undefined, owners: undefined };
  /** Strong parts (up to {@link MAX_JOINED} characters) → owners, for a part written as several words. */
  const joined = new Map<string, number[]>();
  /** Every proper prefix of a key of `joined`: while the words so far are one, keep joining. */
  const prefixes = new Set<string>();
  /** Hashes ({@link wordHash}) of every word a match can start with: a word not among them is skipped. */
  const startHashes = new Set<number>();
  let steps = 0;

  const child = (node: TrieNode, word: string): TrieNode => {
    steps++;
    node.next ??= new Map();
    let next = node.next.get(word);
    if (!next) {
      next = { next: undefined, owners: undefined };
      node.next.set(word, next);
      if (node === root) startHashes.add(wordHash(word));
    }
    return next;
  };
  const own = (node: TrieNode, owner: number): void => {
    if (!node.owners) node.owners = [owner];
    else if (node.owners[node.owners.length - 1] !== owner) node.owners.push(owner);
  };
  /** Insert the run `parts[s .. s+len)` (with `strong[k]` = is part k strong) for `owner`, in every abbreviated spelling. */
  const insertRun = (parts: readonly string[], strong: readonly boolean[], initials: readonly string[], s: number, len: number, owner: number): void => {
    // Abbreviation masks: bit k set = part k written as its initial (never the last part).
    const masks = len <= MAX_ABBREVIATED_RUN ? 1 << (len - 1) : 1;
    for (let mask = 0; mask < masks; mask++) {
      let anyStrong = false;
      let node = root;
      for (let k = 0; k < len; k++) {
        const abbreviated = (mask & (1 << k)) !== 0;
        if (!abbreviated && strong[s + k]) anyStrong = true;
        node = child(node, abbreviated ? (initials[s + k] as string) : (parts[s + k] as string));
      }
      if (anyStrong) own(node, owner);
    }
  };

  names.forEach((name, owner) => {
    if (typeof name !== 'string') return;
    const parts = nameParts(name);
    const strong = keyParts(parts);
    const initials = parts.map((p) => String.fromCodePoint(p.codePointAt(0) as number));
    for (let s = 0; s < parts.length; s++) {
      let joinedRun = parts[s] as string;
      let anyStrong = strong[s] as boolean;
      for (let len = 1; len <= MAX_RUN && s + len <= parts.length; len++) {
        if (len > 1) {
          joinedRun += parts[s + len - 1] as string;
          anyStrong ||= strong[s + len - 1] as boolean;
        }
        if (!strong[s + len - 1] && PARTICLES.has(parts[s + len - 1] as string)) continue;
        insertRun(parts, strong, initials, s, len, owner);
        if (len > 1 && anyStrong) own(child(root, joinedRun), owner); // "ElAmrani", "marieclaire"
      }
    }
    parts.forEach((part) => {
      if (!isStrongPart(part) || part.length > MAX_JOINED) return;
      const list = joined.get(part);
      if (!list) joined.set(part, [owner]);
      else if (list[list.length - 1] !== owner) list.push(owner);
      // Pieces of at least MIN_PIECE characters: "Marie Claire", not "de bora" ("de" starts too many words).
      for (let k = MIN_PIECE; k < part.length; k++) {
        steps++;
        const prefix = part.slice(0, k);
        if (!prefixes.has(prefix)) {
          prefixes.add(prefix);
          startHashes.add(wordHash(prefix));
        }
      }
    });
  });

  const find = (text: string): NameMatch[] => {
    const found: NameMatch[] = [];
    if (!root.next) return found;
    scanWords(text);
    const { starts, ends, hashes, count: n } = words;
    let i = 0;
    while (i < n) {
      steps++;
      const hash = hashes[i] as number;
      if (!startHashes.has(hash) && !(startHashes.has(stemHash(hash)) && endsWithS(i))) {
        i++; // no name starts with this word (most words): skipped without making a string
        continue;
      }
      let best = -1;
      let bestOwners: number[] | undefined;
      let node: TrieNode | undefined = root;
      // The words from i joined, while they may still become one part ("Marie Claire" for "Marieclaire").
      let concat = wordAt(i);
      let joining = prefixes.has(concat);
      for (let j = i; j < n && j - i < MAX_RUN; j++) {
        if (j > i && !isNameGap(text, ends[j - 1] as number, starts[j] as number)) break;
        steps++;
        const word = wordAt(j);
        const from: TrieNode | undefined = node;
        node = node?.next?.get(word);
        if (node?.owners) {
          best = j;
          bestOwners = node.owners;
        } else if (from?.next && endsWithS(j)) {
          // Dutch possessive or plural without apostrophe: "Ozlems broer", "de Benalis".
          const stem = word.slice(0, -1);
          const owners = isStrongPart(stem) ? from.next.get(stem)?.owners : undefined;
          if (owners) {
            best = j;
            bestOwners = owners;
          }
        }
        if (joining && j > i) {
          concat += word;
          const owners = joined.get(concat);
          if (owners && j > best) {
            best = j;
            bestOwners = owners;
          }
          joining = prefixes.has(concat);
        }
        if (!node && !joining) break;
      }
      if (best >= 0 && bestOwners) {
        found.push({ start: starts[i] as number, end: ends[best] as number, owners: bestOwners });
        i = best + 1;
      } else {
        i++;
      }
    }
    return found;
  };

  return {
    find,
    get steps() {
      return steps;
    },
  };
}
