/**
 * base64 of UTF-8 text (for `Binary.data`) and deterministic UUIDs (for `fullUrl`), without
 * Node's `Buffer` so the package runs in browsers too.
 * @packageDocumentation
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 encode (lone surrogates become U+FFFD, as TextEncoder does). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) ?? 0xfffd;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** base64 (RFC 4648, with padding) of the UTF-8 bytes of `text`. */
export function encodeBase64Utf8(text: string): string {
  const bytes = utf8(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

/** Decode base64 (whitespace allowed) to UTF-8 text; `null` when it is not valid base64 or not valid UTF-8. */
export function decodeBase64Utf8(data: string): string | null {
  const s = data.replace(/[\s]/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const q = [0, 1, 2, 3].map((k) => (s[i + k] === '=' ? -1 : ALPHABET.indexOf(s[i + k]!)));
    const [a = 0, b = 0, c = -1, d = -1] = q;
    const n = (a << 18) | (b << 12) | (Math.max(c, 0) << 6) | Math.max(d, 0);
    bytes.push((n >> 16) & 255);
    if (c >= 0) bytes.push((n >> 8) & 255);
    if (d >= 0) bytes.push(n & 255);
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: number[]): string | null {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp: number;
    let len: number;
    if (b < 0x80) { cp = b; len = 1; }
    else if (b >= 0xc2 && b < 0xe0) { cp = b & 31; len = 2; }
    else if (b >= 0xe0 && b < 0xf0) { cp = b & 15; len = 3; }
    else if (b >= 0xf0 && b < 0xf5) { cp = b & 7; len = 4; }
    else return null;
    for (let k = 1; k < len; k++) {
      const cb = bytes[i + k];
      if (cb === undefined || (cb & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (cb & 63);
    }
    if ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out;
}

/**
 * A deterministic UUID (version 8, "custom", RFC 9562) from a string: the same network and
 * person always give the same `urn:uuid:` fullUrl. Not a cryptographic hash.
 */
export function stableUuid(key: string): string {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
