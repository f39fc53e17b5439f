/**
 * Text drawn into an exported SVG: the numbered key under the picture and the wrapping of
 * lines by character count. @internal
 */
import type { ExportKey } from './index';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Key metrics, in user units of the exported drawing. */
export const KEY_FONT = 12;
export const KEY_LINE = 16;
export const KEY_PAD = 16;
export const KEY_COLUMN = 280;
export const KEY_MAX_LINES = 3;

/** `n`, or one less where cutting at `n` would split an emoji's surrogate pair. */
function safeCut(s: string, n: number): number {
  const code = s.charCodeAt(n - 1);
  return n > 1 && code >= 0xd800 && code <= 0xdbff ? n - 1 : n;
}

/**
 * Wrap `text` at spaces into lines of at most `max` characters (a long word is cut), at most
 * `KEY_MAX_LINES` lines, the last ending in `…` if text was left. SVG has no text wrapping and
 * an export cannot measure text for the viewer's fonts, so this counts characters: with the
 * system font stack an average character is about 0.55 em wide.
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest.length > 0 && lines.length < KEY_MAX_LINES) {
    if (rest.length <= max) { lines.push(rest); rest = ''; break; }
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 3 ? space : safeCut(rest, max);
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) {
    const last = lines.length - 1;
    const line = lines[last]!;
    lines[last] = `${line.slice(0, safeCut(line, Math.max(0, max - 1))).trimEnd()}…`;
  }
  return lines;
}

/** The key under the picture: heading, then items in columns (top to bottom, then across). */
export function drawKey(doc: Document, key: ExportKey, x0: number, y0: number, width: number, fill: string): { element: SVGGElement; height: number } {
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
