import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { _fallback, decodeBase64Utf8, encodeBase64Utf8, stableUuid } from '../src/encoding';

// Any code points, lone surrogates included. (anyText costs seconds of set-up.)
const anyText = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.string()))
  .map((parts) => parts.join(''));

describe('base64 of UTF-8 (Binary.data)', () => {
  it('matches Node\'s Buffer and reads back', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const b64 = encodeBase64Utf8(s);
        expect(b64).toBe(Buffer.from(s, 'utf8').toString('base64'));
        expect(decodeBase64Utf8(b64)).toBe(Buffer.from(s, 'utf8').toString('utf8'));
      }),
      { numRuns: 500 },
    );
  });

  it('works without TextEncoder / TextDecoder too', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const bytes = _fallback.utf8(s);
        expect(Buffer.from(bytes).equals(Buffer.from(s, 'utf8'))).toBe(true);
        if (!/[\uD800-\uDFFF]/.test(s.normalize())) expect(_fallback.decodeUtf8(bytes)).toBe(Buffer.from(s, 'utf8').toString('utf8'));
      }),
      { numRuns: 300 },
    );
    expect(_fallback.decodeUtf8(Uint8Array.from([0xc3]))).toBeNull();
    expect(_fallback.decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeNull();
  });

  it('refuses what is not base64 or not UTF-8', () => {
    for (const bad of ['%', 'abc', 'A===', '==AA', 'AA=A', 'é123']) expect(decodeBase64Utf8(bad), bad).toBeNull();
    expect(decodeBase64Utf8(Buffer.from([0xff, 0xfe, 0x00]).toString('base64'))).toBeNull();
    expect(decodeBase64Utf8('aGFs\nbG8=')).toBe('hallo');
    expect(decodeBase64Utf8('')).toBe('');
  });
});

describe('stableUuid', () => {
  it('is a deterministic version-8 UUID', () => {
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(stableUuid('')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
