/**
 * The paper parts of an exported image: the title block above the drawing and the legend
 * under it. The legend is not drawn a second time: the legend the component rendered (the
 * same `Legend` that is printed) is read from the page and written as SVG text and symbols,
 * so the image explains exactly the symbols the page explains. @internal
 */
import { inlineStyles } from './inline';
import { KEY_FONT, KEY_LINE, KEY_PAD, wrap } from './key';
import { isolatedText } from '../utils/bidi';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Average character width as a share of the font size (system font stack). */
const CHAR = 0.55;
const TITLE_FONT = 16;
const TITLE_LINE = 21;
const LEGEND_COLUMN = 250;
const SAMPLE_H = 16;
const SAMPLE_MAX_W = 44;

/** A title block above an exported picture. */
export interface ExportTitleBlock {
  /** The title, e.g. "Ecogram van Samir" (bold). */
  title: string;
  /** Lines under the title, e.g. "Stand per 5 december 2026 · Opgesteld door …", "Vertrouwelijk — …". */
  lines: readonly string[];
}

/** Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * `text` without characters that XML cannot hold: user text (a pasted name) may contain
 * control characters that would make the exported file unreadable. `<` and `&` need no
 * treatment here: the serializer escapes them.
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

function textEl(doc: Document, x: number, y: number, content: string, bold = false): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text') as SVGTextElement;
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  if (bold) t.setAttribute('font-weight', '700');
  t.textContent = xmlSafe(content);
  return t;
}

/** The title block, `width` wide from (`x0`, `y0`): title, lines, a rule under it. */
export function drawTitleBlock(doc: Document, block: ExportTitleBlock, x0: number, y0: number, width: number, fill: string): { element: SVGGElement; height: number } {
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('data-part', 'export-title-block');
  g.setAttribute('fill', fill);
  g.setAttribute('font-size', String(KEY_FONT));
  const inner = width - 2 * KEY_PAD;
  let y = y0 + KEY_PAD;
  for (const line of wrap(block.title, Math.max(8, Math.floor(inner / (TITLE_FONT * CHAR))))) {
    y += TITLE_LINE;
    const t = textEl(doc, x0 + KEY_PAD, y - 5, line, true);
    t.setAttribute('font-size', String(TITLE_FONT));
    t.setAttribute('data-part', 'export-title');
    g.appendChild(t);
  }
  for (const text of block.lines) {
    for (const line of wrap(text, Math.max(8, Math.floor(inner / (KEY_FONT * CHAR))))) {
      y += KEY_LINE;
      g.appendChild(textEl(doc, x0 + KEY_PAD, y - 4, line));
    }
  }
  y += 8;
  const rule = doc.createElementNS(SVG_NS, 'path');
  rule.setAttribute('d', `M${x0 + KEY_PAD},${y}H${x0 + width - KEY_PAD}`);
  rule.setAttribute('stroke', fill);
  rule.setAttribute('stroke-width', '0.75');
  rule.setAttribute('fill', 'none');
  g.appendChild(rule);
  return { element: g, height: y - y0 + 4 };
}

interface LegendEntry {
  heading: boolean;
  lines: string[];
  sample: SVGSVGElement | null;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [data-part="legend-title"], [data-part="legend-group-title"], [data-part$="legend-title"], [class$="legend-title"]';

/** The words of a legend item, without the text inside its symbol. */
function itemText(li: Element): string {
  const copy = li.cloneNode(true) as Element;
  copy.querySelectorAll('svg, [hidden], [aria-hidden="true"]:not(svg *)').forEach((el) => el.remove());
  return isolatedText(copy).replace(/\s+/g, ' ').trim();
}

/** Headings and items of a rendered legend, in reading order. */
function legendEntries(legend: Element, maxChars: number): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const el of Array.from(legend.querySelectorAll(`${HEADINGS}, li`))) {
    if (el.tagName.toLowerCase() === 'li') {
      const text = itemText(el);
      if (text) out.push({ heading: false, lines: wrap(text, maxChars), sample: el.querySelector('svg') });
    } else if (!el.closest('li')) {
      const text = isolatedText(el).trim();
      if (text) out.push({ heading: true, lines: wrap(text, maxChars + 4), sample: null });
    }
  }
  return out;
}

/** A copy of a legend symbol, styles inlined, placed at (`x`, `y`) `SAMPLE_H` high. */
function sampleCopy(source: SVGSVGElement, x: number, y: number, win: Window): { element: SVGSVGElement; width: number } {
  const w = Number(source.getAttribute('width')) || source.viewBox?.baseVal?.width || SAMPLE_H;
  const h = Number(source.getAttribute('height')) || source.viewBox?.baseVal?.height || SAMPLE_H;
  const width = Math.min(SAMPLE_MAX_W, (w / h) * SAMPLE_H);
  const copy = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, copy, win);
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
  copy.setAttribute('x', String(x));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(SAMPLE_H));
  copy.removeAttribute('display');
  return { element: copy, width };
}

/**
 * The legend the component rendered (`legend`), drawn in columns `width` wide from (`x0`,
 * `y0`): headings in bold, each item with its symbol and words. Nothing when it is empty.
 */
export function drawLegend(doc: Document, legend: Element, x0: number, y0: number, width: number, fill: string, win: Window): { element: SVGGElement; height: number } | null {
  const inner = width - 2 * KEY_PAD;
  const columns = Math.max(1, Math.floor(inner / LEGEND_COLUMN));
  const columnWidth = inner / columns;
  const textX = SAMPLE_MAX_W + 6;
  const entries = legendEntries(legend, Math.max(8, Math.floor((columnWidth - textX - 8) / (KEY_FONT * CHAR))));
  if (!entries.some((e) => !e.heading)) return null;
  const g = doc.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('data-part', 'export-legend');
  g.setAttribute('fill', fill);
  g.setAttribute('font-size', String(KEY_FONT));
  const rows = (e: LegendEntry) => Math.max(e.lines.length, e.sample ? 1.25 : 1);
  // The first heading (the legend's title) spans the width; the rest flows in columns.
  let top = y0 + KEY_PAD;
  const first = entries[0];
  if (first?.heading) {
    entries.shift();
    for (const line of first.lines) {
      top += KEY_LINE;
      g.appendChild(textEl(doc, x0 + KEY_PAD, top - 4, line, true));
    }
    top += 4;
  }
  const total = entries.reduce((n, e) => n + rows(e), 0);
  const perColumn = Math.ceil(total / columns);
  let column = 0;
  let row = 0;
  let height = 0;
  entries.forEach((entry, i) => {
    const next = entries[i + 1];
    // A heading stays with its first item.
    const need = rows(entry) + (entry.heading && next ? rows(next) : 0);
    if (row > 0 && row + need > perColumn + 0.5 && column < columns - 1) { column++; row = 0; }
    const x = x0 + KEY_PAD + column * columnWidth;
    const y = top + row * KEY_LINE;
    if (entry.heading) {
      entry.lines.forEach((line, k) => g.appendChild(textEl(doc, x, y + (k + 1) * KEY_LINE - 4, line, true)));
    } else {
      if (entry.sample) {
        const { element, width: w } = sampleCopy(entry.sample, x, y + 1, win);
        element.setAttribute('x', String(x + (SAMPLE_MAX_W - w) / 2));
        g.appendChild(element);
      }
      entry.lines.forEach((line, k) => g.appendChild(textEl(doc, x + textX, y + (k + 1) * KEY_LINE - 3, line)));
    }
    row += rows(entry);
    height = Math.max(height, row);
  });
  return { element: g, height: top - y0 + height * KEY_LINE + KEY_PAD };
}
