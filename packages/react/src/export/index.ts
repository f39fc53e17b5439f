/**
 * Self-contained SVG and PNG export of a rendered ecogram (or any SVG).
 *
 * The live DOM is never changed: styles are read with `getComputedStyle` from the
 * live elements (so `--kring-*` custom properties and themes are resolved) and
 * written as presentation attributes onto a clone, plus one `<style>` element
 * inside the exported document only (a system font stack). No external requests:
 * no web fonts, no linked images.
 */

/** Options of {@link exportSVG}. */
export interface ExportSVGOptions {
  /** Export the whole drawing instead of the current pan/zoom view. Default `true`. */
  resetView?: boolean;
  /** Background colour; default: the computed `--kring-bg` of the SVG (or white). `null` = transparent. */
  background?: string | null;
  /** Title of the exported document (for screen readers and file viewers). */
  title?: string;
}

/** Options of {@link exportPNG}. */
export interface ExportPNGOptions extends ExportSVGOptions {
  /** Pixels per SVG user unit. Default 2. */
  scale?: number;
}

/** The system font stack used in exports (no web fonts are fetched). */
export const EXPORT_FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from computed styles. */
const PAINT_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'paint-order', 'vector-effect',
] as const;
const TEXT_PROPS = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing'] as const;

/** Parts that only make sense on screen (focus rings, hit areas, drag previews). */
const SCREEN_ONLY = '[data-export="exclude"], [data-part="hit-area"], [data-part="focus-ring"]';

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'use']);

function inlineStyles(source: Element, target: Element, win: Window): void {
  const tag = source.tagName.toLowerCase();
  const cs = win.getComputedStyle(source);
  if (cs.display === 'none' || cs.visibility === 'hidden') {
    target.setAttribute('display', 'none');
  }
  if (SHAPES.has(tag) || tag === 'g' || tag === 'svg') {
    for (const prop of PAINT_PROPS) {
      if (tag === 'g' || tag === 'svg') {
        if (prop !== 'opacity') continue;
      }
      const value = cs.getPropertyValue(prop);
      if (value && value !== 'normal') target.setAttribute(prop, value);
    }
    if (tag === 'text' || tag === 'tspan') {
      for (const prop of TEXT_PROPS) {
        const value = cs.getPropertyValue(prop);
        if (value && value !== 'normal' && value !== 'auto') target.setAttribute(prop, value);
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

function cssBackground(svg: SVGSVGElement, win: Window): string {
  let el: Element | null = svg;
  while (el) {
    const cs = win.getComputedStyle(el);
    const custom = cs.getPropertyValue('--kring-bg').trim();
    if (custom) return custom;
    const bg = cs.backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
    el = el.parentElement;
  }
  return '#ffffff';
}

/**
 * Serialise `svg` as a standalone SVG document string: styles inlined, screen-only
 * parts (focus rings, hit areas) removed, interactive attributes dropped.
 */
export function exportSVG(svg: SVGSVGElement, options: ExportSVGOptions = {}): string {
  const doc = svg.ownerDocument;
  const win = doc.defaultView ?? window;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, win);

  clone.querySelectorAll(SCREEN_ONLY).forEach((el) => el.remove());
  for (const el of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of ['tabindex', 'class', 'style', 'aria-pressed', 'aria-selected', 'aria-current', 'data-selected']) {
      el.removeAttribute(attr);
    }
    if (el !== clone && el.getAttribute('role') === 'button') el.removeAttribute('role');
  }
  if (options.resetView !== false) {
    clone.querySelectorAll('[data-part="viewport"]').forEach((el) => el.removeAttribute('transform'));
  }

  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('role', 'img');
  clone.removeAttribute('aria-roledescription');
  clone.removeAttribute('aria-describedby');
  const vb = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [vx = 0, vy = 0, vw = 0, vh = 0] = vb.length === 4 && vb.every(Number.isFinite) ? vb : [0, 0, 0, 0];
  if (vw > 0 && vh > 0) {
    clone.setAttribute('width', String(vw));
    clone.setAttribute('height', String(vh));
  }

  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = `text{font-family:${EXPORT_FONT_STACK}}`;
  clone.insertBefore(style, clone.firstChild);

  const title = options.title ?? svg.getAttribute('aria-label');
  if (title) {
    clone.querySelectorAll(':scope > title').forEach((t) => t.remove());
    const t = doc.createElementNS(SVG_NS, 'title');
    t.textContent = title;
    clone.insertBefore(t, clone.firstChild);
    clone.setAttribute('aria-label', title);
  }

  const background = options.background === undefined ? cssBackground(svg, win) : options.background;
  if (background && vw > 0 && vh > 0) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(vx));
    rect.setAttribute('y', String(vy));
    rect.setAttribute('width', String(vw));
    rect.setAttribute('height', String(vh));
    rect.setAttribute('fill', background);
    rect.setAttribute('data-part', 'export-background');
    const firstDrawn = Array.from(clone.children).find((c) => !['title', 'desc', 'style', 'defs'].includes(c.tagName.toLowerCase()));
    clone.insertBefore(rect, firstDrawn ?? null);
  }

  return new (win.XMLSerializer ?? XMLSerializer)().serializeToString(clone);
}

/**
 * Render `svg` to a PNG image. Works in browsers (uses an `<img>` and a canvas, no
 * network); rejects with an `Error` where there is no canvas (e.g. jsdom).
 */
export function exportPNG(svg: SVGSVGElement, options: ExportPNGOptions = {}): Promise<Blob> {
  return svgStringToPNG(exportSVG(svg, options), svg.ownerDocument, options.scale ?? 2);
}

/** Rasterise a standalone SVG document string to PNG. */
export function svgStringToPNG(source: string, doc: Document = document, scale = 2): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    const win = doc.defaultView ?? window;
    const img = new win.Image();
    img.decoding = 'async';
    img.onload = () => {
      try {
        const w = Math.max(1, Math.round((img.naturalWidth || img.width) * scale));
        const h = Math.max(1, Math.round((img.naturalHeight || img.height) * scale));
        const canvas = doc.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('Canvas 2D is not available');
        ctx.drawImage(img, 0, 0, w, h);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    img.onerror = () => reject(new Error('The SVG could not be rendered as an image'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  });
}
