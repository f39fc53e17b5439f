/**
 * Security review: a name of only zero-width or other invisible characters draws no label and
 * passed as "not blank". Strict refuses it (`required`), lenient shows the placeholder with an
 * `empty-name` warning. Failed before the fix (only `trim()` was checked).
 */
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../src';

const doc = (name: string) => ({
  format: 'kring.network', version: 1, focus: 'c',
  people: [{ id: 'c', name: 'Samir', kind: 'person' }, { id: 'x', name, kind: 'person' }],
  ties: [], groups: [], events: [],
});

const BLANK = ['\u200B', '\u200B\u200C\u200D', ' \u2060 ', '\uFEFF', '\u00AD', '\u200E\u200F', '\u3164', '\u2066\u2069', '\u3000', '\u2028'];

describe('a name of only invisible characters is blank', () => {
  it.each(BLANK)('strict refuses %j with required at people[1].name', (name) => {
    const r = parseNetwork(doc(name));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.code, e.path])).toContainEqual(['required', 'people[1].name']);
  });

  it.each(BLANK)('lenient shows %j as the placeholder, with an empty-name warning', (name) => {
    const r = parseNetwork(doc(name), { mode: 'lenient' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.network.people[1]?.name).toBe('Naamloos');
    expect(r.warnings.map((w) => [w.code, w.path])).toContainEqual(['empty-name', 'people[1].name']);
  });

  it('a visible name with invisible characters in it is kept as it is', () => {
    const r = parseNetwork(doc('Lati\u00ADfa\u200B'));
    expect(r.ok && r.network.people[1]?.name).toBe('Lati\u00ADfa\u200B');
  });

  it('a placeholder of only invisible characters falls back to "Naamloos"', () => {
    const r = parseNetwork(doc(''), { mode: 'lenient', placeholderName: '\u200B' });
    expect(r.ok && r.network.people[1]?.name).toBe('Naamloos');
  });
});
