/**
 * Self-contained SVG and PNG export of a rendered ecogram (or any SVG).
 *
 * The live DOM is never changed: styles are read with `getComputedStyle` from the
 * live elements (so `--kring-*` custom properties and themes are resolved) and
 * written as presentation attributes onto a clone, plus one `<style>` element
 * inside the exported document only (a system font stack). No external requests:
 * no web fonts, no linked images.
 */
import { inlineStyles, SCREEN_ONLY } from './inline';
import { drawKey } from './key';
import { drawLegend, drawTitleBlock, xmlSafe, type ExportTitleBlock } from './paper';

export type { ExportTitleBlock } from './paper';

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
  /**
   * A title block drawn above the picture (title in bold, then its lines, then a rule): who
   * and what the image is about, the date, "Vertrouwelijk". Wrapped to the drawing's width.
   */
  titleBlock?: ExportTitleBlock;
  /**
   * A rendered legend to draw under the picture (and under the key): its headings, and each
   * list item with its symbol (the item's first `<svg>`, styles inlined) and its words. The
   * legend the page shows or prints is passed, so the image explains the same symbols.
   */
  legend?: Element | null;
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

/** Removes characters XML cannot hold from every text and attribute of `root` (user text). */
function sanitizeText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    const safe = xmlSafe(data);
    if (safe !== data) node.nodeValue = safe;
  }
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const safe = xmlSafe(attr.value);
      if (safe !== attr.value) el.setAttribute(attr.name, safe);
    }
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
  let top = vy;
  if (vw > 0 && drawnHeight > 0) {
    const ink = textColour(svg, win);
    // Under the picture: the key, then the legend; above it: the title block.
    if (options.key && options.key.items.length > 0) {
      const key = drawKey(doc, options.key, vx, vy + vh, vw, ink);
      clone.appendChild(key.element);
      vh += key.height;
    }
    const legend = options.legend ? drawLegend(doc, options.legend, vx, vy + vh, vw, ink, win) : null;
    if (legend) {
      clone.appendChild(legend.element);
      vh += legend.height;
    }
    if (options.titleBlock) {
      const block = drawTitleBlock(doc, options.titleBlock, vx, 0, vw, ink);
      top = vy - block.height;
      block.element.setAttribute('transform', `translate(0 ${top})`);
      clone.appendChild(block.element);
      vh += block.height;
    }
    if (vh !== drawnHeight) clone.setAttribute('viewBox', `${vx} ${top} ${vw} ${vh}`);
  }
  sanitizeText(clone);
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
    t.textContent = xmlSafe(title);
    clone.insertBefore(t, clone.firstChild);
    clone.setAttribute('aria-label', xmlSafe(title));
  }

  const background = options.background === undefined ? cssBackground(svg, win) : options.background;
  if (background && vw > 0 && vh > 0) {
    const rect = doc.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(vx));
    rect.setAttribute('y', String(top));
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
    img.src = svgDataUrl(source);
  });
}

/**
 * `source` as a `data:` URL. Characters XML cannot hold are removed first: they would make
 * the image unreadable, and a lone surrogate made `encodeURIComponent` throw a `URIError`
 * (issue 13), so a PNG could not be made of any SVG string given here. @internal
 */
export function svgDataUrl(source: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xmlSafe(source))}`;
}
