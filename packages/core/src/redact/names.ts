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
 * - In a text, each character of a script written without spaces (Han, Kana, Hangul, Thai, …:
 *   `isUnspaced` in `words.ts`) is a word of its own, and a name's part in such a script is
 *   found as its characters in a row ("王伟" in "昨天王伟来了", "김민준" in "김민준이"). Names
 *   are not cut so: "王伟" is one part, so a lone 王 in a text ("王国") is kept.
 * - Invisible format characters (\p{Cf}) are part of the word and folded away.
 * - A word that is no key but a strong key part plus "s" is found as that part ("Ozlems",
 *   "de Benalis"): Dutch possessive and plural.
 * - Longest match first, left to right, no overlaps.
 *
 * Cost: building the matcher is linear in the total length of the names (each part starts a
 * bounded number of runs); scanning a text visits each word at most {@link MAX_RUN} times
 * in the trie and at most {@link MAX_JOINED} times joined to the words before it. So
 * redacting a network is linear in the total text plus the names, never names × text.
 * `steps` counts the trie steps of both, so a test can check that the work grows linearly.
 *
 * Per character the scan is kept cheap, since a network's texts run to millions of
 * characters: words are folded and hashed character by character into typed arrays
 * (`fold.ts`, `words.ts`); a word no name starts with is skipped by one bit of a hash filter;
 * the trie, the run-together parts and their prefixes are looked up by the hash of the folded
 * words in one flat table (`table.ts`, `nameIndex.ts`), each hit confirmed by comparing the
 * text in place. No string is made for a word unless it has a character outside the fold
 * table, and no object per name found unless asked for ({@link NameMatcher.find}).
 *
 * This file: the rule, and the scan of a text. `parts.ts`: a name's parts and which are keys.
 * `nameIndex.ts`: what is built from the names.
 */
import { powersOf31, stemHash } from './fold';
import { JOINED, NameIndex, PREFIX, ROOT, childOf, runEntry, stemChildOf } from './nameIndex';
import { MAX_JOINED, MAX_RUN, isStrongPart } from './parts';
import { endsWithS, isNameGap, scanWords, words } from './words';

export { GIVEN_NAME_PARTICLES, MAX_ABBREVIATED_RUN, MAX_JOINED, MAX_RUN, MIN_PIECE, PARTICLES, isStrongPart, keyParts, nameParts } from './parts';

/** 31^k for the hash of words written together (never longer than {@link MAX_JOINED}). */
const POW31 = /* @__PURE__ */ powersOf31(MAX_JOINED);

/** One place in a text where a name was found. */
export interface NameMatch {
  /** UTF-16 offsets into the text: the first word's start, the last word's end. */
  start: number;
  end: number;
  /** Indexes (into the people the matcher was built from) of everyone the words may name. */
  owners: readonly number[];
}

/**
 * Receives one name found in a text (see {@link NameMatch}); `sole` is `owners[0]` when the
 * name is one person's, -1 when it may be several people's (so the list need not be read).
 */
export type NameVisitor = (start: number, end: number, owners: readonly number[], sole: number) => void;

/** Finds the names of a fixed set of people in texts. */
export interface NameMatcher {
  /** Every name in `text`, left to right, longest first, not overlapping. */
  find(text: string): NameMatch[];
  /**
   * The same names as {@link NameMatcher.find}, in the same order, handed to `visit` one by
   * one (no list, no object per name). `visit` must not use a matcher: the scan's buffers are
   * shared.
   */
  forEach(text: string, visit: NameVisitor): void;
  /** Trie steps taken so far (building and scanning): a measure of work, for tests. */
  readonly steps: number;
}

/** The longest name found at word `i`: its last word (-1 for none) and who it may name (see {@link NameVisitor}). */
const longest = { last: -1, owners: [] as readonly number[], sole: -1 };

/** Find the longest name that starts at word `i` of the text scanned last, into {@link longest}. */
function longestAt(index: NameIndex, text: string, i: number): void {
  const { starts, ends, hashes, lengths, count: n } = words;
  longest.last = -1;
  let node = ROOT;
  // The words from i written together, while they may still become one part ("Marie Claire" for "Marieclaire").
  let joinedHash = hashes[i] as number;
  let joinedLength = lengths[i] as number;
  let joining = runEntry(index, PREFIX, index.packedPrefixes, joinedHash, i, i) >= 0;
  // Up to MAX_RUN words through the trie; joining goes on while the words so far begin a part
  // (at most MAX_JOINED characters: "김민준" typed decomposed is nine words of one jamo each).
  for (let j = i; j < n; j++) {
    if (j > i && !isNameGap(text, ends[j - 1] as number, starts[j] as number)) break;
    index.steps++;
    const from = j - i < MAX_RUN ? node : -1;
    node = from < 0 ? -1 : childOf(index, from, j);
    if (node >= 0 && index.owned[node] === 1) {
      longest.last = j;
      longest.owners = index.nodeOwners[node] as number[];
      longest.sole = index.nodeSole[node] as number;
    } else if (from >= 0 && endsWithS(j)) {
      // Dutch possessive or plural without apostrophe: "Ozlems broer", "de Benalis".
      const stem = stemChildOf(index, from, j);
      if (stem >= 0 && index.owned[stem] === 1 && isStrongPart(index.nodeWords[stem] as string)) {
        longest.last = j;
        longest.owners = index.nodeOwners[stem] as number[];
        longest.sole = index.nodeSole[stem] as number;
      }
    }
    if (joining && j > i) {
      joinedLength += lengths[j] as number;
      joining = joinedLength <= MAX_JOINED; // no part to join is longer
      if (joining) {
        joinedHash = (Math.imul(joinedHash, POW31[lengths[j] as number] as number) + (hashes[j] as number)) | 0;
        const joined = runEntry(index, JOINED, index.packedJoined, joinedHash, i, j);
        if (joined >= 0 && j > longest.last) {
          longest.last = j;
          longest.owners = index.joinedOwners[joined] as number[];
          longest.sole = index.joinedSole[joined] as number;
        }
        joining = runEntry(index, PREFIX, index.packedPrefixes, joinedHash, i, j) >= 0;
      }
    }
    if (node < 0 && !joining) break;
  }
}

/** Every name in `text`, to `visit`: see {@link NameMatcher.find}. */
function visitNames(index: NameIndex, text: string, visit: NameVisitor): void {
  if (index.nodeWords.length === 1) return; // no name has a key
  scanWords(text);
  const { starts, ends, hashes, count: n } = words;
  let i = 0;
  while (i < n) {
    index.steps++;
    const hash = hashes[i] as number;
    if (!index.starts.has(hash) && !(endsWithS(i) && index.starts.has(stemHash(hash)))) {
      i++; // no name starts with this word (most words): skipped by one bit
      continue;
    }
    longestAt(index, text, i);
    if (longest.last >= 0) {
      const last = longest.last;
      visit(starts[i] as number, ends[last] as number, longest.owners, longest.sole);
      i = last + 1;
    } else {
      i++;
    }
  }
}

/**
 * A matcher for the names of `names` (index `i` is person `i`; a non-string or a name without
 * a strong part contributes nothing). Building it is linear in the names' length; `find` in
 * the text's.
 */
export function createNameMatcher(names: readonly unknown[]): NameMatcher {
  const index = new NameIndex(names);
  return {
    find: (text) => {
      const found: NameMatch[] = [];
      visitNames(index, text, (start, end, owners) => found.push({ start, end, owners }));
      return found;
    },
    forEach: (text, visit) => visitNames(index, text, visit),
    get steps() {
      return index.steps;
    },
  };
}
