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
  /**
   * A numbered key drawn under the picture, in columns as wide as the drawing: e.g. the names
   * that a crowded ecogram does not draw beside their node (the node shows the number). An
   * image on file has no hover, so without it those names would be lost. Long lines wrap
   * (at most three lines an item, then `…`). Nothing is drawn when `items` is empty.
   */
  key?: ExportKey;
}

/** A numbered key under an exported picture (see {@link ExportSVGOptions.key}). */
export interface ExportKey {
  /** Heading above the key. */
  title: string;
  /** One line per item, shown as `number. text`. */
  items: readonly { number: number; text: string }[];
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

/**
 * Parts hidden on screen that an export shows anyway (like print): e.g. the number beside a
 * person whose name is listed in the key.
 */
const EXPORT_ONLY = '[data-export="include"]';

/** Parts that only make sense on screen (focus rings, hit areas, drag previews). */
const SCREEN_ONLY = '[data-export="exclude"], [data-part="hit-area"], [data-part="focus-ring"]';

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'use']);

function inlineStyles(source: Element, target: Element, win: Window): void {
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

/** The text colour of the drawing: `--kring-text` if set, else the computed `color`. */
function textColour(svg: SVGSVGElement, win: Window): string {
  const cs = win.getComputedStyle(svg);
  return cs.getPropertyValue('--kring-text').trim() || cs.color || '#000000';
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

  clone.setAttribute('role', 'img');
  clone.removeAttribute('aria-roledescription');
  clone.removeAttribute('aria-describedby');
  const vb = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [vx = 0, vy = 0, vw = 0, drawnHeight = 0] = vb.length === 4 && vb.every(Number.isFinite) ? vb : [0, 0, 0, 0];
  let vh = drawnHeight;
  if (options.key && options.key.items.length > 0 && vw > 0 && drawnHeight > 0) {
    const key = drawKey(doc, options.key, vx, vy + drawnHeight, vw, textColour(svg, win));
    clone.appendChild(key.element);
    vh += key.height;
    clone.setAttribute('viewBox', `${vx} ${vy} ${vw} ${vh}`);
  }
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

  const out = new (win.XMLSerializer ?? XMLSerializer)().serializeToString(clone);
  // XMLSerializer writes the SVG namespace for an element created in it; setting `xmlns` as an
  // attribute as well made jsdom write it twice (not well-formed XML). Add it only if missing.
  return /^<svg[^>]*\sxmlns="/.test(out) ? out : out.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
}

/** Key metrics, in user units of the exported drawing. */
const KEY_FONT = 12;
const KEY_LINE = 16;
const KEY_PAD = 16;
const KEY_COLUMN = 280;
const KEY_MAX_LINES = 3;

/**
 * Wrap `text` at spaces into lines of at most `max` characters (a long word is cut), at most
 * `KEY_MAX_LINES` lines, the last ending in `…` if text was left. SVG has no text wrapping and
 * an export cannot measure text for the viewer's fonts, so this counts characters: with the
 * system font stack an average character is about 0.55 em wide.
 */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest.length > 0 && lines.length < KEY_MAX_LINES) {
    if (rest.length <= max) { lines.push(rest); rest = ''; break; }
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 3 ? space : max;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) {
    const last = lines.length - 1;
    lines[last] = `${lines[last]!.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
  }
  return lines;
}

/** The key under the picture: heading, then items in columns (top to bottom, then across). */
function drawKey(doc: Document, key: ExportKey, x0: number, y0: number, width: number, fill: string): { element: SVGGElement; height: number } {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('data-part', 'export-key');
  g.setAttribute('font-size', String(KEY_FONT));
  g.setAttribute('fill', fill);
  const columns = Math.max(1, Math.floor((width - 2 * KEY_PAD) / KEY_COLUMN));
  const columnWidth = (width - 2 * KEY_PAD) / columns;
  const numberWidth = KEY_FONT * (0.6 * String(Math.max(...key.items.map((i) => i.number))).length + 0.9);
  const maxChars = Math.max(8, Math.floor((columnWidth - numberWidth - KEY_FONT) / (KEY_FONT * 0.55)));
  const items = key.items.map((item) => ({ number: item.number, lines: wrap(item.text, maxChars) }));
  // Column-major, balanced by lines: fill a column until it holds its share of all lines.
  const total = items.reduce((n, i) => n + i.lines.length, 0);
  const perColumn = Math.ceil(total / columns);
  const titleLines = wrap(key.title, Math.floor((width - 2 * KEY_PAD) / (KEY_FONT * 0.55)));
  const top = y0 + KEY_PAD + titleLines.length * KEY_LINE + KEY_LINE / 2;
  titleLines.forEach((line, i) => {
    const t = doc.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x0 + KEY_PAD));
    t.setAttribute('y', String(y0 + KEY_PAD + (i + 1) * KEY_LINE - 4));
    t.setAttribute('font-weight', '700');
    t.textContent = line;
    g.appendChild(t);
  });
  let column = 0;
  let row = 0;
  let rows = 0;
  for (const item of items) {
    if (row > 0 && row + item.lines.length > perColumn && column < columns - 1) { column++; row = 0; }
    const x = x0 + KEY_PAD + column * columnWidth;
    const number = doc.createElementNS(SVG_NS, 'text');
    number.setAttribute('x', String(x + numberWidth - KEY_FONT * 0.4));
    number.setAttribute('y', String(top + (row + 1) * KEY_LINE - 4));
    number.setAttribute('text-anchor', 'end');
    number.setAttribute('font-weight', '700');
    number.textContent = `${item.number}.`;
    g.appendChild(number);
    item.lines.forEach((line, i) => {
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(x + numberWidth));
      t.setAttribute('y', String(top + (row + i + 1) * KEY_LINE - 4));
      t.textContent = line;
      g.appendChild(t);
    });
    row += item.lines.length;
    rows = Math.max(rows, row);
  }
  return { element: g, height: top - y0 + rows * KEY_LINE + KEY_PAD };
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
