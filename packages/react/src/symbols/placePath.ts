/**
 * Path data moved and scaled in place: `placePath(d, s, dx, dy)` draws what
 * `<path d={d} transform="translate(dx dy) scale(s)">` draws, without the transform.
 *
 * Why (issue 16, drags that keep up with the pointer): every SVG element with a `transform` is a
 * transform node of its own in Chromium's paint tree, and all of them are walked again ("Layerize")
 * in every frame in which the map repaints. A person's icon and badges sit at fixed offsets
 * inside the person's group (which has the one transform that moves them), so their path data is
 * placed once per kind and size (cached here) and drawn without a transform.
 * @internal
 */

/** Arguments per command (arcs: rx ry rotation large-arc sweep x y). */
const ARITY: Readonly<Record<string, number>> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

const cache = new Map<string, string>();

/** A length `n` of a glyph's box at scale `s` (a radius, a stroke width), to 0.001: placed data's precision. */
export function placeLength(n: number, s: number): number {
  return Math.round(n * s * 1000) / 1000;
}

/**
 * Path data `d` scaled by `s` and moved by (`dx`, `dy`), as the transform `translate(dx dy) scale(s)`
 * would. Arc flags must be separated from the numbers around them (the icons' data is; a test
 * reads every glyph).
 */
export function placePath(d: string, s: number, dx: number, dy: number): string {
  if (s === 1 && dx === 0 && dy === 0) return d;
  const key = `${s} ${dx} ${dy} ${d}`;
  let text = cache.get(key);
  if (text !== undefined) return text;
  let letter = '';
  let index = 0;
  let commands = 0;
  text = d.replace(/([A-Za-z])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g, (_, command: string | undefined, number: string) => {
    if (command) {
      letter = command;
      index = 0;
      commands++;
      return command;
    }
    const lower = letter.toLowerCase();
    const arg = index++ % (ARITY[lower] ?? 1);
    // A relative moveto that opens the path takes absolute coordinates (its first pair only).
    const absolute = letter !== lower || (commands === 1 && lower === 'm' && index <= 2);
    let value = Number(number);
    if (lower === 'a' && arg >= 2 && arg <= 4) {
      // an arc's rotation and flags: unchanged
    } else if (!absolute || (lower === 'a' && arg < 2)) value *= s; // relative, or the radii
    else {
      // Absolute coordinates: x at even positions, y at odd (H takes an x, V a y; an arc's end is 5, 6).
      const isY = lower === 'v' || (lower !== 'h' && (lower === 'a' ? arg === 6 : arg % 2 === 1));
      value = value * s + (isY ? dy : dx);
    }
    return ` ${placeLength(value, 1)}`;
  });
  if (cache.size > 500) cache.clear();
  cache.set(key, text);
  return text;
}
