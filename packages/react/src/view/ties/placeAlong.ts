/**
 * Where along a tie a mark of some length fits: the free spot nearest to the wanted one,
 * outside every interval already taken (the middle mark, a warning triangle), inside the
 * drawn part and clear of the arrowheads. Pure: arc lengths in, an arc length out.
 */

/** An interval along the track, in arc length. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The centre nearest to `want` for something `half` long either side that overlaps none of
 * `taken` (plus `gap`) and lies within [lo, hi]; `null` when there is no such place.
 */
export function placeAlong(want: number, half: number, taken: readonly Span[], lo: number, hi: number, gap = 2): number | null {
  const min = lo + half;
  const max = hi - half;
  if (min > max) return null;
  const free = (c: number) => c >= min - 1e-9 && c <= max + 1e-9 && taken.every((s) => c + half + gap <= s.from || c - half - gap >= s.to);
  const candidates = [Math.min(max, Math.max(min, want))];
  for (const s of taken) candidates.push(s.from - half - gap, s.to + half + gap);
  let best: number | null = null;
  for (const c of candidates) if (free(c) && (best === null || Math.abs(c - want) < Math.abs(best - want))) best = c;
  return best;
}
