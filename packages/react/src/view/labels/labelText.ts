/**
 * The text side of the ecogram's name labels: how wide a name is drawn, how it wraps onto
 * two lines, which way it runs (right-to-left scripts) and the last-resort shortening.
 * Pure: no DOM, no React. Widths come from a measure function (the browser's, see
 * `useLabelMeasure`) or, without one (server rendering, jsdom), from an estimate.
 * @internal
 */

/** Width of `text` at font size `fontSize`, in the same units as the font size. */
export type MeasureLabel = (text: string, fontSize: number) => number;

/**
 * Average advance of a character as a fraction of the font size, for the estimate. 0.66 is a
 * little wider than most bold sans-serif faces (DejaVu Sans Bold, Linux's fallback, is ~0.64):
 * an estimate that is too wide only costs room, one that is too narrow makes names overlap.
 */
export const CHAR_WIDTH = 0.66;

/** The estimate used where nothing can be measured: characters (code points) × font size × {@link CHAR_WIDTH}. */
export const estimateLabel: MeasureLabel = (text, fontSize) => Array.from(text).length * fontSize * CHAR_WIDTH;

/** A name as it is drawn: one or two lines. */
export interface LabelLines {
  lines: string[];
  /** The last line was shortened with "…" (the full name is then in the key). */
  truncated: boolean;
}

/** Widest line of `lines`. */
export function linesWidth(lines: readonly string[], width: (s: string) => number): number {
  let w = 0;
  for (const line of lines) w = Math.max(w, width(line));
  return w;
}

/** Collapse white space the way SVG text draws it. */
export function cleanName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Longest prefix of `chars` (code points) that fits in `max` with `suffix` after it (binary
 * search: a 5,000-character name costs ~13 measurements, not 5,000).
 */
function fitPrefix(chars: readonly string[], max: number, width: (s: string) => number, suffix = ''): number {
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(chars.slice(0, mid).join('') + suffix) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `text` shortened with "…" to fit `max`: at a space when one is near the end, else mid-word. */
export function shortenToFit(text: string, max: number, width: (s: string) => number): string {
  if (width(text) <= max) return text;
  const chars = Array.from(text);
  const n = fitPrefix(chars, max, width, '…');
  let cut = chars.slice(0, n).join('');
  // Prefer a word boundary when it keeps at least two thirds of what fits.
  const space = cut.lastIndexOf(' ');
  if (space > 0 && space >= (2 * cut.length) / 3) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/**
 * Split a name over `count` lines (2 or 3) at spaces (or after a hyphen) so that the widest line is as narrow as
 * possible and every line fits `maxLine`; a line that is one word alone may be as wide as
 * `maxWord` (a long surname is not broken mid-word while a wider line would hold it).
 * `null` when no split at spaces fits.
 */
export function splitLines(text: string, count: 2 | 3, maxLine: number, width: (s: string) => number, maxWord = maxLine): string[] | null {
  const parts = breakParts(text);
  if (parts.length < count || parts.length > 40) return null;
  const join = (from: number, to: number): string => parts.slice(from, to).map((p, i) => (i > 0 && p.space ? ' ' : '') + p.text).join('');
  const single = (from: number, to: number): boolean => parts.slice(from + 1, to).every((p) => !p.space);
  let best: string[] | null = null;
  let bestWidth = Infinity;
  const consider = (cuts: number[]): void => {
    const bounds = [0, ...cuts, parts.length];
    const lines: string[] = [];
    let w = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const line = join(bounds[i]!, bounds[i + 1]!);
      const lw = width(line);
      if (lw > (single(bounds[i]!, bounds[i + 1]!) ? Math.max(maxLine, maxWord) : maxLine)) return;
      lines.push(line);
      w = Math.max(w, lw);
    }
    // A break after a hyphen costs a little: at a space when it is as good.
    const score = w + cuts.filter((c) => !parts[c]!.space).length * 0.5;
    if (score < bestWidth) {
      best = lines;
      bestWidth = score;
    }
  };
  for (let i = 1; i < parts.length; i++) {
    if (count === 2) consider([i]);
    else for (let j = i + 1; j < parts.length; j++) consider([i, j]);
  }
  return best;
}

/**
 * Where a name may break: at spaces (the space goes) and after a hyphen inside a word (the
 * hyphen stays: "Ramdin-" / "Sewdien"), as Dutch double surnames break.
 */
function breakParts(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  for (const word of text.split(' ')) {
    const pieces = word.match(/[^-]+-+|[^-]+$|-+/g) ?? [word];
    pieces.forEach((piece, i) => out.push({ text: piece, space: i === 0 }));
  }
  return out;
}

/** Latin vowels (with their accents); "ij" counts as one. */
const VOWEL = /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüýÿ]/i;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
/** Consonant groups a syllable may start with (Dutch, and most of them English): they stay together after a break. */
const ONSETS = new Set([
  'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'dw', 'fl', 'fr', 'gl', 'gr', 'kl', 'kn', 'kr', 'kw', 'ph', 'pl', 'pr', 'sj',
  'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'th', 'tj', 'tr', 'tw', 'vl', 'vr', 'wr', 'zw', 'sch', 'schr', 'spr', 'str',
]);
/** Consonant pairs that are one sound at the end of a syllable: never split ("ng", "ck"). */
const CODAS = new Set(['ng', 'nk', 'ck', 'ch']);
/** Shortest piece of a word on either side of a break. */
const MIN_PIECE = 4;

/**
 * Where a long Latin word may break with a hyphen when nothing else fits, by the syllable rule
 * of Dutch hyphenation: between two vowels' groups of consonants, the last consonant starts the
 * next syllable — or the longest ending of the group that can start a word ("Huisartsen-praktijk",
 * "Water-graafsmeer", "Bewindvoerders-kantoor") — never inside "ng", "ck", "ch", and at least four
 * letters either side. Indexes (code points) of the first letter after each break.
 */
export function hyphenBreaks(word: string): number[] {
  // A word with hyphens already ("Oost-Watergraafsmeer") breaks inside each of its pieces too.
  if (word.includes('-')) {
    const out: number[] = [];
    let offset = 0;
    for (const piece of word.split('-')) {
      for (const at of hyphenBreaks(piece)) out.push(offset + at);
      offset += Array.from(piece).length + 1;
    }
    return out;
  }
  const chars = Array.from(word);
  if (chars.length < 2 * MIN_PIECE || !LATIN_WORD.test(word)) return [];
  const lower = chars.map((c) => c.toLowerCase());
  // "ij" is one vowel in Dutch: its j is no consonant.
  const vowel = (i: number): boolean => VOWEL.test(lower[i]!) || (lower[i] === 'j' && lower[i - 1] === 'i');
  const out: number[] = [];
  let i = 0;
  while (i < chars.length && !vowel(i)) i++;
  while (i < chars.length) {
    while (i < chars.length && vowel(i)) i++;
    const from = i;
    while (i < chars.length && !vowel(i)) i++;
    if (i >= chars.length) break; // the word's last consonants: no syllable after them
    const group = lower.slice(from, i).join('');
    let onset = 1;
    for (let k = Math.min(4, group.length); k >= 2; k--) {
      if (ONSETS.has(group.slice(group.length - k))) {
        onset = k;
        break;
      }
    }
    let at = i - Math.min(onset, group.length);
    if (at > from && CODAS.has(lower[at - 1]! + lower[at]!)) at--;
    if (at >= MIN_PIECE && chars.length - at >= MIN_PIECE && (at > from || from > 0)) out.push(at);
  }
  return [...new Set(out)];
}

/**
 * The name over two or three lines with one long word broken by a hyphen (see
 * {@link hyphenBreaks}): the last resort before a shortened name or a number, for a spot too
 * narrow for the word whole. The break that makes the widest line narrowest wins; every line
 * within `maxLine`. `null` when no word can break so.
 */
export function hyphenatedLines(text: string, maxLine: number, width: (s: string) => number): string[] | null {
  const words = text.split(' ');
  let best: string[] | null = null;
  let bestWidth = Infinity;
  words.forEach((word, w) => {
    for (const at of hyphenBreaks(word)) {
      const chars = Array.from(word);
      const head = [...words.slice(0, w), `${chars.slice(0, at).join('')}-`].join(' ');
      const tail = [chars.slice(at).join(''), ...words.slice(w + 1)].join(' ');
      const headLines = width(head) <= maxLine ? [head] : splitLines(head, 2, maxLine, width);
      const tailLines = width(tail) <= maxLine ? [tail] : splitLines(tail, 2, maxLine, width);
      if (!headLines || !tailLines || headLines.length + tailLines.length > 3) continue;
      const lines = [...headLines, ...tailLines];
      const widest = Math.max(...lines.map(width)) + lines.length * 0.1;
      if (widest < bestWidth) {
        best = lines;
        bestWidth = widest;
      }
    }
  });
  return best;
}

/** {@link splitLines} over two lines (kept for callers that only wrap once). */
export function splitTwoLines(text: string, maxLine: number, width: (s: string) => number): string[] | null {
  return splitLines(text, 2, maxLine, width);
}

/**
 * The last resort for a name too long for the lines it may take (a 200-character name, one
 * 40-letter word): each line takes as many whole words as fit (or as many letters, for a
 * word wider than a line), the last line the rest, shortened with "…".
 */
export function wrapAndShorten(text: string, maxLine: number, width: (s: string) => number, maxLines = 2): LabelLines {
  const lines: string[] = [];
  let rest = text;
  while (rest && lines.length < maxLines - 1) {
    const words = rest.split(' ');
    if (width(words[0] ?? '') <= maxLine) {
      let k = 1;
      while (k < words.length && width(words.slice(0, k + 1).join(' ')) <= maxLine) k++;
      lines.push(words.slice(0, k).join(' '));
      rest = words.slice(k).join(' ');
    } else {
      const chars = Array.from(rest);
      let n = Math.max(1, fitPrefix(chars, maxLine, width));
      // After the last hyphen that fits, when there is one in the second half of the line.
      const hyphen = chars.slice(0, n).lastIndexOf('-');
      if (hyphen >= n / 2 && hyphen < n - 1) n = hyphen + 1;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('').trimStart();
    }
  }
  if (!rest) return { lines, truncated: false };
  const last = shortenToFit(rest, maxLine, width);
  return { lines: [...lines, last], truncated: last !== rest };
}

/** A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko). */
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Any letter: one that is not right-to-left reads left to right. */
const LETTER = /\p{L}/u;

/**
 * Does `text` read right to left? The rule of `dir="auto"`: the first strong character decides
 * (digits, emoji and punctuation are neutral). SVG text has no `dir="auto"`, so the label sets
 * `direction="rtl"` itself; without it, an Arabic name with a Latin word or a number in it is
 * drawn in the wrong order.
 */
export function isRtl(text: string): boolean {
  for (const ch of text) {
    if (RTL.test(ch)) return true;
    if (LETTER.test(ch)) return false;
  }
  return false;
}
