/**
 * base64 of UTF-8 text (for `Binary.data`) and deterministic UUIDs (for `fullUrl`), without
 * Node's `Buffer` so the package runs in browsers too.
 * @packageDocumentation
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const VALUES = new Int16Array(128).fill(-1);
CODES.forEach((c, i) => (VALUES[c] = i));
const PAD = 61; // '='

/** UTF-8 encode without TextEncoder (lone surrogates become U+FFFD, as TextEncoder does). */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) ?? 0xfffd;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

function fromCodes(codes: Uint8Array | Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...Array.from(codes.subarray(i, i + 4096)));
  return out;
}

/** base64 (RFC 4648, with padding) of the UTF-8 bytes of `text`. */
export function encodeBase64Utf8(text: string): string {
  const bytes = typeof TextEncoder === 'function' ? new TextEncoder().encode(text) : utf8(text);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n = (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    out[o++] = CODES[(n >> 18) & 63]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = rest > 1 ? CODES[(n >> 6) & 63]! : PAD;
    out[o++] = rest > 2 ? CODES[n & 63]! : PAD;
  }
  // The output is ASCII: TextDecoder is by far the fastest way to a string.
  return typeof TextDecoder === 'function' ? new TextDecoder().decode(out) : fromCodes(out);
}

/** Decode base64 (whitespace allowed) to UTF-8 text; `null` when it is not valid base64 or not valid UTF-8. */
export function decodeBase64Utf8(data: string): string | null {
  const s = /\s/.test(data) ? data.replace(/\s+/g, '') : data;
  if (s.length % 4 !== 0) return null;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = s.charCodeAt(i + k);
      const last = i + 4 === s.length;
      if (c === PAD && last && k >= 4 - pad) {
        n <<= 6;
        continue;
      }
      const v = c < 128 ? VALUES[c]! : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    if (o < bytes.length) bytes[o++] = (n >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  if (typeof TextDecoder === 'function') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  const units: number[] = [];
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
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 1023));
    else units.push(cp);
    i += len;
  }
  return fromCodes(Uint16Array.from(units));
}

/** @internal Exposed for tests: the encoders without TextEncoder / TextDecoder. */
export const _fallback = { utf8, decodeUtf8, fromCodes };

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
