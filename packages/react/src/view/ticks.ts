/**
 * Thinning of the slider's tick labels so that none collides with its neighbour. Pure: no DOM.
 * @internal
 */

/** A tick label at `x` (its centre, in px from the track's start), `width` px wide. */
export interface TickLabel {
  x: number;
  width: number;
}

/**
 * Which labels to keep (indexes into `labels`, sorted by `x`): the first and the last always
 * (only the first when even those two collide), and in between, from left to right, every
 * label that keeps `gap` px clear of the label kept before it and of the last one.
 */
export function thinTicks(labels: readonly TickLabel[], gap = 8): number[] {
  const n = labels.length;
  if (n <= 1) return n === 1 ? [0] : [];
  const left = (l: TickLabel): number => l.x - l.width / 2;
  const right = (l: TickLabel): number => l.x + l.width / 2;
  const first = labels[0]!;
  const last = labels[n - 1]!;
  if (right(first) + gap > left(last)) return [0];
  const kept = [0];
  let edge = right(first);
  for (let i = 1; i < n - 1; i++) {
    const l = labels[i]!;
    if (left(l) >= edge + gap && right(l) + gap <= left(last)) {
      kept.push(i);
      edge = right(l);
    }
  }
  kept.push(n - 1);
  return kept;
}

/** Estimated width of a label: characters × font size × `charWidth` (0.6 for digits and lower case). */
export function estimateWidth(text: string, fontSize: number, charWidth = 0.6): number {
  return Array.from(text).length * fontSize * charWidth;
}
