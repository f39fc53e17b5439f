/**
 * Bidirectional isolation of user text (issue 13): a name, note or title that a caseworker
 * or client typed must never change the order of Kring's own words around it. Without
 * isolation a name starting with U+202E (right-to-left override) turns the rest of the
 * sentence around ("Anna is in het netwerk" → ".krewten teh ni si annA"), and an Arabic name
 * before a number pulls the number into its right-to-left run.
 *
 * One concept, three forms (see "Right-to-left and mixed text" in the README):
 * - strings (aria-label, `<title>`, announcements, `change.message`, every message sentence):
 *   {@link isolate} wraps the text in FSI (U+2068) … PDI (U+2069); `format` does it for every
 *   `{placeholder}` value, so each sentence built from a message is covered;
 * - HTML: the `UserText` component (`<bdi>`), `dir="auto"` on fields that hold user text;
 * - SVG (screen and exported files): `unicode-bidi="isolate"` and `direction` as presentation
 *   attributes on the element that holds the user text ({@link svgBidi}), so they survive
 *   the export, which has no stylesheet.
 *
 * Every form also {@link balanceBidi balances} the text: a stray PDI inside a name would
 * otherwise close Kring's isolate early and let a following override out, and an unclosed
 * isolate initiator would swallow Kring's closing PDI.
 * @internal
 */

/** FIRST STRONG ISOLATE: starts an isolate whose direction is that of its first strong letter. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: ends the isolate. */
export const PDI = '\u2069';

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI_CP = 0x2068;
const PDI_CP = 0x2069;

/**
 * A character that can change the order of text around it: a letter or digit of a
 * right-to-left script (the blocks Unicode reserves for right-to-left: Hebrew, Arabic,
 * Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the historic and
 * newer scripts in U+10800–U+10FFF and U+1E800–U+1EFFF), the Arabic letter mark and the
 * directional marks, embeddings, overrides and isolates. A superset: isolating one text too
 * many changes nothing.
 */
const BIDI_ACTIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Does `text` hold anything that can reorder the text around it (see {@link isolate}). */
export function isBidiActive(text: string): boolean {
  return BIDI_ACTIVE.test(text);
}

/**
 * `text` with its directional formatting characters balanced, so that it can be put inside an
 * isolate (FSI…PDI, `<bdi>`, `unicode-bidi: isolate`) and nothing in it reaches outside:
 * a PDF or PDI that closes nothing opened in `text` is dropped (on its own it does nothing,
 * but inside Kring's isolate a PDI would end that isolate early), and every embedding,
 * override or isolate left open is closed at the end, innermost first. What `text` shows on
 * its own is unchanged. Text without such characters is returned as it is.
 */
export function balanceBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/u.test(text)) return text;
  /** Open embeddings/overrides (PDF closes them) and isolates (PDI closes them), innermost last. */
  const open: ('embed' | 'isolate')[] = [];
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === LRE || cp === RLE || cp === LRO || cp === RLO) {
      open.push('embed');
    } else if (cp === LRI || cp === RLI || cp === FSI_CP) {
      open.push('isolate');
    } else if (cp === PDF) {
      // UAX #9 X7: a PDF only closes an embedding opened inside the current isolate.
      if (open.length === 0 || open[open.length - 1] !== 'embed') continue;
      open.pop();
    } else if (cp === PDI_CP) {
      // UAX #9 X6a: a PDI closes the innermost open isolate and every embedding inside it.
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      open.length = at;
    }
    out += ch;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'isolate' ? PDI : String.fromCharCode(PDF);
  return out;
}

/**
 * User text for a string that Kring's own words surround (an aria-label, an SVG `<title>`,
 * an announcement, a sentence): wrapped in FSI … PDI and {@link balanceBidi balanced}, so that
 * it keeps its own direction and cannot reorder the words around it. Screen readers ignore
 * the two characters.
 *
 * Text with no right-to-left letter and no directional formatting character is returned as it
 * is: in Kring's left-to-right sentences (Dutch, English) it cannot move anything, with or
 * without the isolate, and plain names stay byte-identical in what hosts log and match
 * (`change.message`). `always` isolates regardless, for a right-to-left sentence (a host's
 * message override in Arabic or Hebrew), where even a Latin name with a digit or a bracket
 * would be reordered.
 */
export function isolate(text: string, always = false): string {
  if (!always && !isBidiActive(text)) return text;
  return FSI + balanceBidi(text) + PDI;
}

/** The right-to-left blocks; a letter (`\p{L}`) in them is a strong right-to-left character. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const LETTER = /\p{L}/u;

/**
 * The direction of `text` by the rule of `dir="auto"` (UAX #9 P2–P3): its first strong
 * letter, skipping what sits inside isolates it contains; `ltr` without one.
 */
export function firstStrongDir(text: string): 'ltr' | 'rtl' {
  let depth = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === LRI || cp === RLI || cp === FSI_CP) depth++;
    else if (cp === PDI_CP) depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (cp === 0x200f || cp === 0x061c) return 'rtl';
    else if (cp === 0x200e) return 'ltr';
    else if (LETTER.test(ch)) return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}

/**
 * Presentation attributes that isolate an SVG element holding user text (a `<text>` or
 * `<tspan>`): `unicode-bidi="isolate"` and the text's own direction (SVG has no
 * `dir="auto"`). Attributes, not only CSS, so that an exported file, which carries no
 * stylesheet, isolates the text too.
 */
export function svgBidi(text: string): { unicodeBidi: 'isolate'; direction: 'ltr' | 'rtl' } {
  return { unicodeBidi: 'isolate', direction: firstStrongDir(text) };
}

/**
 * The text of a rendered element with its isolation kept: the text of each `<bdi>` (and each
 * element with `dir="auto"`) inside it comes back between FSI and PDI ({@link isolate}).
 * `textContent` would drop the element boundary, and with it the isolation, when Kring copies
 * rendered HTML (the key, the legend) into an exported SVG.
 */
export function isolatedText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      const inner = isolatedText(el);
      out += el.localName === 'bdi' || el.getAttribute('dir') === 'auto' ? isolate(inner) : inner;
    }
  }
  return out;
}
