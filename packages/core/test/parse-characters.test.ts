/**
 * Characters XML cannot hold (issue 13, point 2): refused in every string by the strict
 * reader, removed with a warning by the lenient one, never repaired in ids.
 */
import { describe, expect, it } from 'vitest';
import {
  addPerson, findInvalidCharacter, parseNetwork, removeInvalidCharacters, updatePerson, validateNetwork, type Network,
} from '../src';
import { base, errorsOf, expectWellFormed, pairs } from './bad-input-helpers';

/** One of each kind of character that breaks an exported SVG. */
const BAD: readonly [string, string][] = [
  ['U+0000', '\u0000'],
  ['U+0001', '\u0001'],
  ['U+0008', '\u0008'],
  ['U+000B', '\u000B'],
  ['U+000C', '\u000C'],
  ['U+001B (escape)', '\u001B'],
  ['U+001F', '\u001F'],
  ['U+FFFE', '\uFFFE'],
  ['U+FFFF', '\uFFFF'],
  ['a lone high surrogate', '\uD83D'],
  ['a lone low surrogate', '\uDE00'],
  ['a low surrogate before a high one', '\uDE00\uD83D'],
];

/** Every kind of string field, as [path, how to put `s` there]. */
const PLACES: readonly [string, (doc: ReturnType<typeof base>, s: string) => void][] = [
  ['people[1].name', (d, s) => { d.people[1]!.name = `La${s}tifa`; }],
  ['people[1].role', (d, s) => { d.people[1]!.role = `zus${s}`; }],
  ['people[1].note', (d, s) => { d.people[1]!.note = `${s}belt vaak`; }],
  ['people[1].boundary.note', (d, s) => { d.people[1]!.boundary = { note: `niet${s}` }; }],
  ['title', (d, s) => { d.title = `Netwerk${s}`; }],
  ['ties[0].note', (d, s) => { d.ties[0]!.note = s; }],
  ['ties[0].history[0].note', (d, s) => { d.ties[0]!.history = [{ date: '2019', note: `x${s}` }]; }],
  ['groups[0].name', (d, s) => { d.groups[0]!.name = `Steun${s}groep`; }],
  ['events[0].title', (d, s) => { d.events[0]!.title = `Uit huis${s}`; }],
  ['extensions["com.x"].label', (d, s) => { d.extensions = { 'com.x': { label: `a${s}` } }; }],
  ['people[2].extensions["com.x"][1]', (d, s) => { d.people[2]!.extensions = { 'com.x': ['ok', s] }; }],
];

describe('characters that break an export', () => {
  it('the strict reader refuses each of them in every string, at its path', () => {
    for (const [what, ch] of BAD) {
      for (const [path, put] of PLACES) {
        const doc = base();
        put(doc, ch);
        const errors = errorsOf(doc);
        expect(pairs(errors), `${what} at ${path}`).toEqual([['invalid-character', path]]);
        expect(errors[0]!.message).toMatch(/U\+[0-9A-F]{4}/);
      }
    }
  });

  it('the lenient reader removes them, with a warning at the path, and keeps the rest of the text', () => {
    for (const [what, ch] of BAD) {
      const doc = base();
      doc.people[1]!.name = `La${ch}tifa`;
      doc.people[2]!.extensions = { 'com.x': ['ok', `a${ch}b`] };
      const result = parseNetwork(doc, { mode: 'lenient' });
      if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
      expectWellFormed(result.warnings);
      expect(pairs(result.warnings), what).toEqual([
        ['invalid-character', 'people[1].name'],
        ['invalid-character', 'people[2].extensions["com.x"][1]'],
      ]);
      expect(result.warnings[1]!.pathSegments).toEqual(['people', 2, 'extensions', 'com.x', 1]);
      expect(result.network.people[1]!.name).toBe('Latifa');
      expect(result.network.people[2]!.extensions).toEqual({ 'com.x': ['ok', 'ab'] });
      expect(validateNetwork(result.network)).toEqual([]);
    }
  });

  it('keeps tab, line feed, carriage return, emoji, right-to-left text and combining marks', () => {
    const doc = base();
    const text = 'a\tb\nc\r\nd 👩‍👧‍👦 لطيفة e\u0301 🇳🇱 \u{1F600}';
    doc.people[1]!.note = text;
    doc.people[1]!.name = 'Zoë 👋';
    const result = parseNetwork(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(result.network.people[1]!.note).toBe(text);
  });

  it('an id or reference with such a character is an error in both modes (an id is never repaired)', () => {
    for (const mode of ['strict', 'lenient'] as const) {
      const doc = base();
      doc.people[2]!.id = 'p-\u00003';
      (doc.groups[0]!.members as string[])[1] = 'p-\u00003';
      const result = parseNetwork(doc, { mode });
      expect(result.ok, mode).toBe(false);
      if (result.ok) continue;
      expectWellFormed(result.errors);
      expect(pairs(result.errors), mode).toEqual([
        ['invalid-character', 'people[2].id'],
        ['invalid-character', 'groups[0].members[1]'],
      ]);
    }
  });

  it('a NUL in ids no longer makes two different pairs look like one (no false duplicate-tie)', () => {
    const doc = base();
    doc.people.push({ id: 'a', name: 'A', kind: 'person' }, { id: 'b\u0000c', name: 'B', kind: 'person' });
    doc.people.push({ id: 'a\u0000b', name: 'C', kind: 'person' }, { id: 'c', name: 'D', kind: 'person' });
    doc.ties.push({ id: 't-2', between: ['a', 'b\u0000c'] }, { id: 't-3', between: ['a\u0000b', 'c'] });
    const codes = errorsOf(doc).map((e) => e.code);
    expect(codes).not.toContain('duplicate-tie');
    expect(codes.filter((c) => c === 'invalid-character')).toHaveLength(4);
  });

  it('keys: an extension key or unknown field name with such a character is refused (strict) or left out (lenient)', () => {
    const doc = base();
    doc.extensions = { 'com.x\u0007': 1, 'com.ok': 2 };
    (doc.people[1] as Record<string, unknown>)['kleur\u0000'] = 'rood';
    expect(pairs(errorsOf(doc))).toEqual([
      ['invalid-character', 'people[1]["kleur\\u0000"]'],
      ['invalid-character', 'extensions["com.x\\u0007"]'],
    ]);
    const lenient = parseNetwork(doc, { mode: 'lenient' });
    if (!lenient.ok) throw new Error(JSON.stringify(lenient.errors));
    expect(lenient.network.extensions).toEqual({ 'com.ok': 2 });
    expect(lenient.network.people[1]!.extensions).toBeUndefined();
    expect(lenient.warnings.map((w) => w.pathSegments)).toEqual([['people', 1, 'kleur\u0000'], ['extensions', 'com.x\u0007']]);
  });

  it('operations refuse them too, so an editor cannot store a name that breaks the export', () => {
    const parsed = parseNetwork(base());
    if (!parsed.ok) throw new Error('base');
    const network: Network = parsed.network;
    const added = addPerson(network, { name: 'Oma\u0000', kind: 'person' });
    expect(added.ok).toBe(false);
    if (!added.ok) expect(added.errors.map((e) => e.code)).toContain('invalid-character');
    const renamed = updatePerson(network, 'p-2', { name: 'Lat\uD800ifa' });
    expect(renamed.ok).toBe(false);
  });

  it('findInvalidCharacter and removeInvalidCharacters agree with the reader', () => {
    expect(findInvalidCharacter('ok 👋\t\r\n')).toBeNull();
    expect(findInvalidCharacter('ab\uDC00')).toEqual({ index: 2, code: 'U+DC00' });
    expect(removeInvalidCharacters('a\u0000b\uFFFEc\uD800d😀')).toBe('abcd😀');
  });
});
