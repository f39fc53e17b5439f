/**
 * Hash tables over typed arrays for the name matcher (`names.ts`). A text's words are looked
 * up by the hash of their folded form; looking up a number in a JavaScript `Map` per word, in
 * one `Map` per trie node, was most of the cost of a scan. Here every look-up is a few
 * integer comparisons in one flat array, and no entry is an object.
 */

/**
 * A multimap from a pair of 32-bit integers (`a`: a trie node or a tag, `b`: a word's hash)
 * to non-negative integers, open addressing with linear probing. Different words can share a
 * hash, so one key may hold several values: the caller walks them with {@link KeyTable.first}
 * and {@link KeyTable.next} and confirms each against the text.
 */
export class KeyTable {
  /** Slot `s` is `entries[3s .. 3s+2]`: a, b and the value + 1 (0: empty, so a new array is empty): a probe reads neighbouring numbers. */
  private entries: Int32Array;
  private shift: number; // 32 - log2(slots)
  private size = 0;
  /**
   * One bit per key that may be in the table (8 bits per slot, so at least 16 per entry): most
   * look-ups of a text's words find nothing, and are answered here — an array a tenth of the
   * table's size, which stays in the cache — without touching the table.
   */
  private bits: Uint32Array;

  /** A table for about `expected` entries (made for at most a million; it grows beyond). */
  constructor(expected = 0) {
    let log = 10;
    while (log < 21 && 1 << log < expected * 2) log++;
    this.entries = new Int32Array((1 << log) * 3);
    this.shift = 32 - log;
    this.bits = new Uint32Array((1 << log) / 4);
  }

  private static mix(a: number, b: number): number {
    return Math.imul(b ^ Math.imul(a, 0x27d4eb2d), 0x9e3779b1);
  }

  private home(a: number, b: number): number {
    return KeyTable.mix(a, b) >>> this.shift;
  }

  /** The filter bit of (a, b): from the mix's low bits, stirred (the home slot uses its high bits). */
  private bit(a: number, b: number): number {
    const m = KeyTable.mix(a, b);
    return Math.imul(m ^ (m >>> 16), 0x2c1b3c6d) >>> (this.shift - 3);
  }

  /** Add the value `value` (≥ 0) under (`a`, `b`); a key may hold several values. */
  add(a: number, b: number, value: number): void {
    const slots = this.entries.length / 3;
    if ((this.size + 1) * 2 > slots) this.grow();
    this.size++;
    const { entries } = this;
    const mask = entries.length / 3 - 1;
    let slot = this.home(a, b);
    while (entries[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
    entries[slot * 3] = a;
    entries[slot * 3 + 1] = b;
    entries[slot * 3 + 2] = value + 1;
    const bit = this.bit(a, b);
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  /** The first slot holding a value under (`a`, `b`), or -1. */
  first(a: number, b: number): number {
    const bit = this.bit(a, b);
    if (((this.bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    return this.probe(a, b, this.home(a, b));
  }

  /** The next slot after `slot` holding a value under (`a`, `b`), or -1. */
  next(a: number, b: number, slot: number): number {
    return this.probe(a, b, (slot + 1) & (this.entries.length / 3 - 1));
  }

  /** The value in `slot` (from {@link KeyTable.first} or {@link KeyTable.next}). */
  value(slot: number): number {
    return (this.entries[slot * 3 + 2] as number) - 1;
  }

  private probe(a: number, b: number, from: number): number {
    const { entries } = this;
    const mask = entries.length / 3 - 1;
    let slot = from;
    while (entries[slot * 3 + 2] !== 0) {
      if (entries[slot * 3 + 1] === b && entries[slot * 3] === a) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Twice the slots, every entry placed again (the table stays at most half full, so probes stay short). */
  private grow(): void {
    const old = this.entries;
    this.entries = new Int32Array(old.length * 2);
    this.bits = new Uint32Array(old.length / 3 / 2); // 8 bits per slot of the new table
    this.shift--;
    this.size = 0;
    for (let e = 0; e < old.length; e += 3) {
      if (old[e + 2] !== 0) this.add(old[e] as number, old[e + 1] as number, (old[e + 2] as number) - 1);
    }
  }
}

/**
 * A set of 32-bit hashes that may wrongly say yes (rarely: the word then takes the full
 * look-up and is confirmed there) but never wrongly says no. One bit per slot, at least 16
 * slots per hash, so skipping a word that no name starts with costs one multiplication and
 * one load from an array small enough to stay in the cache.
 */
export class HashFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(hashes: readonly number[]) {
    let log = 10;
    while (log < 23 && 1 << log < hashes.length * 16) log++;
    this.bits = new Uint32Array(1 << (log - 5));
    this.shift = 32 - log;
    for (const h of hashes) {
      const slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
      this.bits[slot >>> 5] = (this.bits[slot >>> 5] as number) | (1 << (slot & 31));
    }
  }

  /** Might `h` be in the set? */
  has(h: number): boolean {
    const slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
    return ((this.bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
  }
}
