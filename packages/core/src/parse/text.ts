/**
 * Characters no Kring string may hold: the ones XML 1.0 cannot hold, so that every
 * valid network exports as a well-formed SVG (and so as a PNG).
 *
 * Refused: the C0 control characters U+0000–U+001F except TAB (U+0009), LF (U+000A) and
 * CR (U+000D); the non-characters U+FFFE and U+FFFF; and unpaired surrogates (a
 * U+D800–U+DBFF not followed by U+DC00–U+DFFF, or a U+DC00–U+DFFF not preceded by one).
 *
 * CR is allowed: XML 1.0 allows it, and notes pasted from Windows (CRLF line ends) or
 * exported by databases carry it; refusing it would refuse ordinary text. (An XML reader
 * turns a CRLF in text into LF, which changes nothing a reader sees.) DEL and the C1
 * controls (U+007F–U+009F) are allowed for the same reason: XML 1.0 allows them.
 */
import type { ReadContext } from './context';

/** One invalid character or unpaired surrogate. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_ALL = new RegExp(INVALID.source, 'g');
/** A quick first look (no lookaround): almost all text has none of these, and then is fine. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The first character of `text` that a Kring string may not hold, as its index (in UTF-16
 * code units) and its code (`U+0000`), or `null` when `text` is fine.
 */
export function findInvalidCharacter(text: string): { index: number; code: string } | null {
  if (!SUSPECT.test(text)) return null;
  const match = INVALID.exec(text);
  if (!match) return null;
  const unit = match[0].charCodeAt(0);
  return { index: match.index, code: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * `text` without the characters a Kring string may not hold (control characters other
 * than tab, line feed and carriage return; U+FFFE; U+FFFF; unpaired surrogates). Hosts
 * can use it to clean user input before storing it; `parseNetwork` in lenient mode does
 * the same, with a warning.
 */
/**
 * Only white space and invisible characters: separators (\p{Z}), format characters (\p{Cf}:
 * zero-width space, joiners, soft hyphen, direction marks, BOM) and the Hangul fillers
 * (U+115F, U+1160, U+3164, U+FFA0, letters that draw nothing). A name like that draws no label.
 */
const BLANK = /^[\s\p{Z}\p{Cf}\u115F\u1160\u3164\uFFA0]*$/u;

/** Is the text empty, or only white space and invisible characters ({@link BLANK})? */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

export function removeInvalidCharacters(text: string): string {
  return INVALID.test(text) ? text.replace(INVALID_ALL, '') : text;
}

/** The message for an invalid character at `index`. */
export function invalidCharacterMessage(found: { index: number; code: string }, what: string): string {
  const kind = /^U\+D[89AB]/.test(found.code) || /^U\+D[C-F]/.test(found.code) ? 'an unpaired surrogate' : 'a control character or non-character';
  return `${what} holds ${found.code} (${kind}) at position ${found.index}: it cannot be written to XML (SVG export) and is not allowed.`;
}

/**
 * Check the characters of a string value read at `path`. Ids (and references to them) are
 * never repaired: an error in every mode. Other text: an error in strict mode; in lenient
 * mode the characters are removed, with a warning. `undefined` = refused.
 */
export function checkCharacters(text: string, path: string, ctx: ReadContext, isId: boolean): string | undefined {
  const found = findInvalidCharacter(text);
  if (!found) return text;
  if (isId) {
    ctx.error('invalid-character', path, `${invalidCharacterMessage(found, 'This id')} An id is never repaired: references to it would break.`, true);
    return undefined;
  }
  if (ctx.lenient) {
    ctx.warn('invalid-character', path, `${invalidCharacterMessage(found, 'The text')} Removed.`);
    return removeInvalidCharacters(text);
  }
  ctx.error('invalid-character', path, invalidCharacterMessage(found, 'The text'));
  return undefined;
}

/**
 * Check the characters of an object key (extension keys, unknown fields, layout keys).
 * A key is not cleaned (two keys could become one): it is refused in strict mode, and its
 * entry left out with a warning in lenient mode. `false` = leave the entry out.
 */
export function checkKeyCharacters(key: string, path: string, ctx: ReadContext): boolean {
  const found = findInvalidCharacter(key);
  if (!found) return true;
  const message = invalidCharacterMessage(found, 'The key');
  if (ctx.lenient) ctx.warn('invalid-character', path, `${message} Left out: ${path}.`);
  else ctx.error('invalid-character', path, message);
  return false;
}
