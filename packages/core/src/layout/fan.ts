/**
 * The fan: where people sit along one slice. Every person of a slice gets an angle of
 * their own, whatever their circle, so that the straight line from the client to one
 * person never runs through another (the picture would say they are connected through
 * them). Consecutive people are kept apart by the angle at which the inner one of the two
 * clears the other's line (`asin(clearance / r)`) and at which their discs do not touch;
 * the first and the last keep the same clearance from the slice's dividers.
 *
 * Solving: with `S_i` the sum of the required gaps before person `i`, the angles
 * `x_i = y_i + S_i` satisfy every gap exactly when `y` is non-decreasing. So the fan is an
 * isotonic regression of the wanted angles minus `S` (pool-adjacent-violators, weighted:
 * people with a place of their own weigh much more than newcomers), clamped into bounds
 * that follow from the dividers. A slice too small for its people squeezes every gap by
 * the same factor (crowded maps cannot keep every line clear; small ones always do).
 * Pure, deterministic, O(n) per slice. No DOM.
 * @internal
 */

/** Where one person sits on the fan: their distance from the centre and what a line keeps from them. */
export interface Spot {
  /** Distance from the centre, px. */
  r: number;
  /**
   * px a line keeps from this person's centre when it is not one of its ends (default
   * {@link FanOptions.clearance}): more for a formal person, whose square reaches further
   * by its corners than a disc.
   */
  clear?: number | undefined;
}

/** One person on the fan, in the order they sit (by angle). */
export interface FanItem extends Spot {
  /** Wanted angle, radians (clockwise from 12 o'clock, may exceed 2π inside one slice). */
  want: number;
  /** How strongly the wanted angle holds (newcomers 1, people with a place 50, fixed 1e6). */
  weight: number;
}

/** Geometry of the fan. */
export interface FanOptions {
  /** Slice start and end, radians. */
  a0: number;
  a1: number;
  /** px a line keeps from a person who is not one of its ends. */
  clearance: number;
  /** px between the centres of two people (their collision diameter). */
  spacing: number;
}

/** Angle (radians) at which a person at radius `r` clears a line or divider by `c` px. */
export function clearAngle(c: number, r: number): number {
  if (!(r > 0)) return Math.PI / 2;
  return Math.asin(Math.min(1, c / r));
}

/** Smallest angle between two people at radii `ra`, `rb` whose centres must be `d` px apart. */
export function apartAngle(d: number, ra: number, rb: number): number {
  if (!(ra > 0) || !(rb > 0)) return 0;
  const cos = (ra * ra + rb * rb - d * d) / (2 * ra * rb);
  if (cos >= 1) return 0;
  if (cos <= -1) return Math.PI;
  return Math.acos(cos);
}

/** Angle (radians) at which one person clears a line or divider by their own clearance. */
export function spotClearAngle(s: Spot, options: Pick<FanOptions, 'clearance'>): number {
  return clearAngle(s.clear ?? options.clearance, s.r);
}

/**
 * Required gap (radians) between two consecutive people of a fan: the line to the outer one
 * passes the inner one, so the inner one's clearance counts (both, at one radius).
 */
export function gapBetween(a: Spot, b: Spot, options: Pick<FanOptions, 'clearance' | 'spacing'>): number {
  const ca = a.clear ?? options.clearance;
  const cb = b.clear ?? options.clearance;
  const clear = a.r < b.r ? clearAngle(ca, a.r) : b.r < a.r ? clearAngle(cb, b.r) : clearAngle(Math.max(ca, cb), a.r);
  return Math.max(clear, apartAngle(options.spacing, a.r, b.r));
}

/** Weighted pool-adjacent-violators: the non-decreasing sequence nearest to `y` (weighted least squares). */
export function isotonic(y: readonly number[], w: readonly number[]): number[] {
  const n = y.length;
  const value: number[] = [];
  const weight: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    value.push(y[i] as number);
    weight.push(w[i] as number);
    count.push(1);
    while (value.length > 1 && (value[value.length - 2] as number) > (value[value.length - 1] as number)) {
      const v2 = value.pop() as number;
      const w2 = weight.pop() as number;
      const c2 = count.pop() as number;
      const k = value.length - 1;
      const w1 = weight[k] as number;
      const total = w1 + w2;
      value[k] = ((value[k] as number) * w1 + v2 * w2) / total;
      weight[k] = total;
      count[k] = (count[k] as number) + c2;
    }
  }
  const out: number[] = [];
  for (let b = 0; b < value.length; b++) for (let j = 0; j < (count[b] as number); j++) out.push(value[b] as number);
  return out;
}

/**
 * Angles for people in the given order. With room to spare, each keeps the wanted angle
 * as far as the gaps allow; without, the gaps shrink evenly.
 */
export function fanAngles(items: readonly FanItem[], options: FanOptions): number[] {
  const n = items.length;
  if (n === 0) return [];
  const { a0, a1 } = options;
  const span = a1 - a0;
  const edge = items.map((it) => Math.min(spotClearAngle(it, options), span / 2));
  const gaps: number[] = [];
  for (let i = 0; i + 1 < n; i++) gaps.push(gapBetween(items[i] as FanItem, items[i + 1] as FanItem, options));
  const needed = gaps.reduce((a, b) => a + b, 0);
  const room = span - (edge[0] as number) - (edge[n - 1] as number);
  const squeeze = needed > room ? Math.max(0, room) / needed : 1;
  const S: number[] = [0];
  for (let i = 0; i + 1 < n; i++) S.push((S[i] as number) + (gaps[i] as number) * squeeze);
  // Bounds on y: from the dividers, through the gaps (non-decreasing in i).
  const lo: number[] = new Array<number>(n);
  const hi: number[] = new Array<number>(n);
  let run = -Infinity;
  for (let i = 0; i < n; i++) {
    run = Math.max(run, a0 + (edge[i] as number) - (S[i] as number));
    lo[i] = run;
  }
  run = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    run = Math.min(run, a1 - (edge[i] as number) - (S[i] as number));
    hi[i] = run;
  }
  const y = isotonic(
    items.map((it, i) => it.want - (S[i] as number)),
    items.map((it) => it.weight),
  );
  return y.map((v, i) => {
    const l = lo[i] as number;
    const h = hi[i] as number;
    const clamped = l > h ? (l + h) / 2 : v < l ? l : v > h ? h : v;
    return clamped + (S[i] as number);
  });
}

/**
 * Wanted angles that spread people evenly over a slice in the given order, after their
 * gaps (cold start: nobody has a place yet).
 */
export function evenAngles(spots: readonly Spot[], options: FanOptions): number[] {
  const n = spots.length;
  if (n === 0) return [];
  const span = options.a1 - options.a0;
  const edge0 = Math.min(spotClearAngle(spots[0] as Spot, options), span / 2);
  const edge1 = Math.min(spotClearAngle(spots[n - 1] as Spot, options), span / 2);
  const gaps: number[] = [];
  for (let i = 0; i + 1 < n; i++) gaps.push(gapBetween(spots[i] as Spot, spots[i + 1] as Spot, options));
  const needed = gaps.reduce((a, b) => a + b, 0);
  const room = span - edge0 - edge1;
  if (n === 1) return [options.a0 + span / 2];
  if (needed >= room) {
    const k = Math.max(0, room) / needed;
    const out = [options.a0 + edge0];
    for (const g of gaps) out.push((out[out.length - 1] as number) + g * k);
    return out;
  }
  // Slack shared by the n + 1 spaces (half a share at each divider).
  const share = (room - needed) / n;
  const out = [options.a0 + edge0 + share / 2];
  for (const g of gaps) out.push((out[out.length - 1] as number) + g + share);
  return out;
}
