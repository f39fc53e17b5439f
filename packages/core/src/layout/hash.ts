/**
 * Deterministic pseudo-random numbers from strings, for seeding positions without Math.random.
 * @internal
 */

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix a 32-bit integer into another (a round of splitmix32/mulberry32). */
function mix(x: number): number {
  let t = (x + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Two numbers in [0, 1) derived from a string; equal strings give equal numbers. */
export function hashPair(s: string): [number, number] {
  const h = hashString(s);
  const a = mix(h);
  const b = mix(a ^ 0x9e3779b9);
  return [a / 4294967296, b / 4294967296];
}
