/**
 * What texts are searched with (`names.ts` states the rule): built once from the names, read
 * by every scan. The trie of keys, the parts that may be written as several words and their
 * prefixes live in one {@link KeyTable} keyed by folded words' hashes; what a scan compares
 * and tests is packed into typed arrays ({@link PackedKeys}), so a look-up touches no object.
 */
import { stemHash, wordHash } from './fold';
import { MAX_ABBREVIATED_RUN, MAX_JOINED, MAX_RUN, MIN_PIECE, PARTICLES, isStrongPart, keyParts, nameParts } from './parts';
import { HashFilter, KeyTable } from './table';
import { PackedKeys, isUnspaced, runIs, stemIs, wordIs, words } from './words';

/** The trie's root node. Node ids are ≥ 0; the table's other entries are tagged with negative numbers. */
export const ROOT = 0;
/** Table tag of a proper prefix of a part that may be written as several words. */
export const PREFIX = -1;
/** Table tag of a strong part that may be written as several words ("Marie Claire" for "Marieclaire"). */
export const JOINED = -2;

/** The one person `owners` names, or -1. */
const sole = (owners: readonly number[] | undefined): number => (owners?.length === 1 ? (owners[0] as number) : -1);

/** Add `owner` to the list at `at` (owners come in ascending order: a repeat is the last one). */
function own(lists: (number[] | undefined)[], at: number, owner: number): void {
  const list = lists[at];
  if (!list) lists[at] = [owner];
  else if (list[list.length - 1] !== owner) list.push(owner);
}

/** One name's folded parts, which are strong, their initials and the hashes of both. */
interface NameWords {
  parts: readonly string[];
  strong: readonly boolean[];
  initials: readonly string[];
  partHashes: readonly number[];
  initialHashes: readonly number[];
}

/**
 * What texts are searched with, built once from the names: a trie of keys (each edge one
 * folded word), the strong parts that may be written as several words and their proper
 * prefixes — all in one {@link KeyTable}, keyed by the hash of the folded word (a trie edge
 * under its parent node, the others under their tag) — and a filter of every word a match
 * can start with.
 */
export class NameIndex {
  readonly table: KeyTable;
  /** Per trie node: the folded word on the edge to it. */
  readonly nodeWords: string[] = [''];
  /** Per trie node: the people whose name ends a key here (ascending, no duplicates). */
  readonly nodeOwners: (number[] | undefined)[] = [undefined];
  /** The {@link JOINED} parts and their owners, by the table's value. */
  readonly joinedParts: string[] = [];
  readonly joinedOwners: (number[] | undefined)[] = [];
  /** The {@link PREFIX} entries: while the words so far are one of these, keep joining. */
  readonly prefixes: string[] = [];
  /** Hashes of every word a match can start with: a word not among them is skipped. */
  readonly starts: HashFilter;
  /** What a scan reads, made once the names are in: the keys packed, flags per node in typed arrays (see {@link PackedKeys}). */
  readonly packedWords: PackedKeys;
  readonly packedJoined: PackedKeys;
  readonly packedPrefixes: PackedKeys;
  /** Per trie node: 1 when it has children (a leaf is not looked up in the table). */
  readonly parents: Uint8Array;
  /** Per trie node: 1 when a name ends a key there. */
  readonly owned: Uint8Array;
  /** Per trie node and per {@link JOINED} part: the one person it names, or -1. */
  readonly nodeSole: Int32Array;
  readonly joinedSole: Int32Array;
  steps = 0;
  private readonly startHashes: number[] = [];

  constructor(names: readonly unknown[]) {
    // About 0.6 entries per character of the names: sized once, not grown entry by entry.
    this.table = new KeyTable(names.reduce((n: number, name) => n + (typeof name === 'string' ? name.length : 0), 0));
    const parents: number[] = [];
    names.forEach((name, owner) => {
      if (typeof name === 'string') this.addName(name, owner, parents);
    });
    this.starts = new HashFilter(this.startHashes);
    this.packedWords = new PackedKeys(this.nodeWords);
    this.packedJoined = new PackedKeys(this.joinedParts);
    this.packedPrefixes = new PackedKeys(this.prefixes);
    const nodes = this.nodeWords.length;
    this.parents = new Uint8Array(nodes);
    for (const node of parents) this.parents[node] = 1;
    this.owned = new Uint8Array(nodes);
    this.nodeSole = new Int32Array(nodes);
    for (let node = 0; node < nodes; node++) {
      this.owned[node] = this.nodeOwners[node] ? 1 : 0;
      this.nodeSole[node] = sole(this.nodeOwners[node]);
    }
    this.joinedSole = new Int32Array(this.joinedOwners.length);
    for (let joined = 0; joined < this.joinedOwners.length; joined++) this.joinedSole[joined] = sole(this.joinedOwners[joined]);
  }

  /** The value stored under `tag` for `key` (one of `keys`), or -1. */
  private valueOf(tag: number, hash: number, keys: readonly string[], key: string): number {
    for (let slot = this.table.first(tag, hash); slot >= 0; slot = this.table.next(tag, hash, slot)) {
      const value = this.table.value(slot);
      if (keys[value] === key) return value;
    }
    return -1;
  }

  /** Is the first `length` characters of `part` (their hash given) a {@link PREFIX} already? Asked without cutting the string. */
  private hasPrefix(hash: number, part: string, length: number): boolean {
    for (let slot = this.table.first(PREFIX, hash); slot >= 0; slot = this.table.next(PREFIX, hash, slot)) {
      const prefix = this.prefixes[this.table.value(slot)] as string;
      if (prefix.length === length && part.startsWith(prefix)) return true;
    }
    return false;
  }

  /** The child of `node` for `word` (its hash given), made if new (`parents` collects the nodes that have one). */
  private child(node: number, word: string, hash: number, parents: number[]): number {
    this.steps++;
    let next = this.valueOf(node, hash, this.nodeWords, word);
    if (next < 0) {
      next = this.nodeWords.length;
      this.nodeWords.push(word);
      this.nodeOwners.push(undefined);
      parents.push(node);
      this.table.add(node, hash, next);
      if (node === ROOT) this.startHashes.push(hash);
    }
    return next;
  }

  /** Insert the run of parts `s .. s+len)` of `name` for `owner`, in every abbreviated spelling. */
  private insertRun(name: NameWords, s: number, len: number, owner: number, parents: number[]): void {
    const { parts, strong, initials, partHashes, initialHashes } = name;
    // Abbreviation masks: bit k set = part k written as its initial (never the last part).
    const masks = len <= MAX_ABBREVIATED_RUN ? 1 << (len - 1) : 1;
    for (let mask = 0; mask < masks; mask++) {
      let anyStrong = false;
      let node = ROOT;
      for (let k = 0; k < len; k++) {
        const abbreviated = (mask & (1 << k)) !== 0;
        if (!abbreviated && strong[s + k]) anyStrong = true;
        node = abbreviated
          ? this.child(node, initials[s + k] as string, initialHashes[s + k] as number, parents)
          : this.child(node, parts[s + k] as string, partHashes[s + k] as number, parents);
      }
      if (anyStrong) own(this.nodeOwners, node, owner);
    }
  }

  private addName(text: string, owner: number, parents: number[]): void {
    const parts = nameParts(text);
    const strong = keyParts(parts);
    const initials = parts.map((p) => String.fromCodePoint(p.codePointAt(0) as number));
    const name: NameWords = { parts, strong, initials, partHashes: parts.map(wordHash), initialHashes: initials.map(wordHash) };
    for (let s = 0; s < parts.length; s++) {
      let joinedRun = parts[s] as string;
      let anyStrong = strong[s] as boolean;
      for (let len = 1; len <= MAX_RUN && s + len <= parts.length; len++) {
        if (len > 1) {
          joinedRun += parts[s + len - 1] as string;
          anyStrong ||= strong[s + len - 1] as boolean;
        }
        if (!strong[s + len - 1] && PARTICLES.has(parts[s + len - 1] as string)) continue;
        this.insertRun(name, s, len, owner, parents);
        if (len > 1 && anyStrong) {
          own(this.nodeOwners, this.child(ROOT, joinedRun, wordHash(joinedRun), parents), owner); // "ElAmrani", "marieclaire"
          if (hasUnspaced(joinedRun)) this.addJoinable(joinedRun, owner); // "佐藤花子" inside "昨日佐藤花子さんが来た"
        }
      }
    }
    for (const part of parts) this.addJoinable(part, owner);
  }

  /** A strong part (up to {@link MAX_JOINED} characters) that may be written as several words ("Marie Claire" for "Marieclaire"). */
  private addJoinable(part: string, owner: number): void {
    if (!isStrongPart(part) || part.length > MAX_JOINED) return;
    const hash = wordHash(part);
    let joined = this.valueOf(JOINED, hash, this.joinedParts, part);
    if (joined < 0) {
      joined = this.joinedParts.length;
      this.joinedParts.push(part);
      this.joinedOwners.push(undefined);
      this.table.add(JOINED, hash, joined);
    }
    own(this.joinedOwners, joined, owner);
    // Pieces of at least MIN_PIECE characters: "Marie Claire", not "de bora" ("de" starts too
    // many words). In an unspaced script every character is a piece of a text ("王伟来了").
    const minPiece = hasUnspaced(part) ? 1 : MIN_PIECE;
    let h = 0;
    for (let length = 1; length < part.length; length++) {
      h = (Math.imul(h, 31) + part.charCodeAt(length - 1)) | 0;
      if (length < minPiece) continue;
      this.steps++;
      if (!this.hasPrefix(h, part, length)) {
        this.table.add(PREFIX, h, this.prefixes.length);
        this.prefixes.push(part.slice(0, length));
        this.startHashes.push(h);
      }
    }
  }
}

/** Has the folded part a character of an unspaced script (then a text cuts it into characters)? */
function hasUnspaced(part: string): boolean {
  for (let i = 0; i < part.length; i++) if (isUnspaced(part.codePointAt(i) as number)) return true;
  return false;
}

/** The child of trie node `node` whose word is word `k` of the text scanned last, or -1. */
export function childOf(index: NameIndex, node: number, k: number): number {
  if (index.parents[node] === 0) return -1;
  const { table, packedWords } = index;
  const hash = words.hashes[k] as number;
  for (let slot = table.first(node, hash); slot >= 0; slot = table.next(node, hash, slot)) {
    const child = table.value(slot);
    if (wordIs(k, packedWords, child)) return child;
  }
  return -1;
}

/** The child of trie node `node` whose word is word `k` without its final "s", or -1. */
export function stemChildOf(index: NameIndex, node: number, k: number): number {
  if (index.parents[node] === 0) return -1;
  const { table, packedWords } = index;
  const hash = stemHash(words.hashes[k] as number);
  for (let slot = table.first(node, hash); slot >= 0; slot = table.next(node, hash, slot)) {
    const child = table.value(slot);
    if (stemIs(k, packedWords, child)) return child;
  }
  return -1;
}

/** The entry under `tag` (one of `keys`) that words `i` to `j` written together are (their hash given), or -1. */
export function runEntry(index: NameIndex, tag: number, keys: PackedKeys, hash: number, i: number, j: number): number {
  const { table } = index;
  for (let slot = table.first(tag, hash); slot >= 0; slot = table.next(tag, hash, slot)) {
    const value = table.value(slot);
    if (runIs(i, j, keys, value)) return value;
  }
  return -1;
}
