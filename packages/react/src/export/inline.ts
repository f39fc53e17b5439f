/**
 * Computed styles written as presentation attributes onto a clone (see `exportSVG`), so an
 * exported drawing looks as it does on screen without the page's stylesheets.
 * @internal
 */

/** Presentation properties copied from computed styles. */
const PAINT_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'paint-order', 'vector-effect',
] as const;
// `unicode-bidi` and `direction`: user text is isolated on screen (utils/bidi.ts) and must stay
// isolated in the file, which has no stylesheet. `ltr` is the default of the file: not written.
const TEXT_PROPS = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'unicode-bidi', 'direction'] as const;

/**
 * Parts hidden on screen that an export shows anyway (like print): e.g. the number beside a
 * person whose name is listed in the key.
 */
const EXPORT_ONLY = '[data-export="include"]';

/** Parts that only make sense on screen (focus rings, hit areas, drag previews). */
export const SCREEN_ONLY = '[data-export="exclude"], [data-part="hit-area"], [data-part="focus-ring"]';

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'use']);

/**
 * A colour as `rgb()`: browsers write the result of a `color-mix()` (a faint tie's colour,
 * legend-symbols.css) as `color(srgb r g b)`, which many SVG programs cannot read — they would
 * drop the stroke, and the faint tie would vanish from the saved file.
 * @internal
 */
export function legacyColor(value: string): string {
  return value.replace(/color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.e]+%?))?\s*\)/g, (_, r: string, g: string, b: string, a: string | undefined) => {
    const c = (v: string): number => Math.round(Math.min(1, Math.max(0, Number(v))) * 255);
    return a === undefined || a === '1' || a === '100%' ? `rgb(${c(r)}, ${c(g)}, ${c(b)})` : `rgba(${c(r)}, ${c(g)}, ${c(b)}, ${a})`;
  });
}

export function inlineStyles(source: Element, target: Element, win: Window): void {
  const tag = source.tagName.toLowerCase();
  const cs = win.getComputedStyle(source);
  if ((cs.display === 'none' || cs.visibility === 'hidden') && !source.matches(EXPORT_ONLY)) {
    target.setAttribute('display', 'none');
  }
  if (SHAPES.has(tag) || tag === 'g' || tag === 'svg') {
    for (const prop of PAINT_PROPS) {
      if (tag === 'g' || tag === 'svg') {
        if (prop !== 'opacity') continue;
      }
      const value = cs.getPropertyValue(prop);
      if (value && value !== 'normal') target.setAttribute(prop, prop === 'fill' || prop === 'stroke' ? legacyColor(value) : value);
    }
    if (tag === 'text' || tag === 'tspan') {
      for (const prop of TEXT_PROPS) {
        const value = cs.getPropertyValue(prop);
        if (value && value !== 'normal' && value !== 'auto' && !(prop === 'direction' && value === 'ltr')) target.setAttribute(prop, value);
      }
    }
  }
  // Elements keep structure; recurse in lock-step.
  const sourceChildren = Array.from(source.children);
  const targetChildren = Array.from(target.children);
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t, win);
  }
}
