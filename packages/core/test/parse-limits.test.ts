import { describe, expect, it } from 'vitest';
import { generateNetwork } from '@kring/fixtures';
import { PARSE_LIMITS, addPerson, parseNetwork, serializeNetwork, validateNetwork } from '../src';

// One big network for every test here: 10,000 people besides the client (10,001 in `people`).
const big = generateNetwork(10_000, 3);
const text = serializeNetwork(big);

describe('the size limits: documented defaults a host can raise', () => {
  it('refuses a list over 10,000 items by default, naming the list', () => {
    expect(PARSE_LIMITS.maxArrayLength).toBe(10_000);
    const result = parseNetwork(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.filter((e) => e.code === 'too-long').map((e) => e.path)).toContain('people');
  });

  it('reads it when the host raises the limit, and validates it with the same limits', () => {
    const limits = { maxArrayLength: 50_000 };
    const result = parseNetwork(text, { limits });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.network.people).toHaveLength(10_001);
    expect(validateNetwork(result.network, { limits })).toEqual([]);
    expect(validateNetwork(result.network).map((e) => e.code)).toContain('too-long');
  });

  it('a limit that is not a positive number keeps the default (a typo never switches a limit off)', () => {
    for (const bad of [0, -1, Number.NaN, '50000'] as unknown[]) {
      const result = parseNetwork(text, { limits: { maxArrayLength: bad as number } });
      expect(result.ok).toBe(false);
    }
  });

  it('a lower limit refuses smaller documents', () => {
    const small = serializeNetwork(generateNetwork(30, 1));
    const result = parseNetwork(small, { limits: { maxArrayLength: 10 } });
    expect(result.ok).toBe(false);
  });

  it('an edit is never refused for the size of the network the host holds', () => {
    const edited = addPerson(big, { name: 'Nog iemand', kind: 'person' });
    expect(edited.ok).toBe(true);
    if (edited.ok) expect(edited.network.people).toHaveLength(10_002);
  });
});
