import { expect } from 'vitest';
import { joinPath, parseNetwork, type IssueCode, type NetworkIssue } from '../src';

/** Every issue code, to check that reports only use known, stable codes. */
export const ISSUE_CODES: readonly IssueCode[] = [
  'not-an-object', 'wrong-format', 'unsupported-version', 'invalid-version', 'required', 'wrong-type',
  'invalid-value', 'invalid-date', 'duplicate-id', 'dangling-reference', 'self-tie', 'duplicate-tie',
  'history-order', 'period-order', 'too-long', 'too-deep', 'forbidden-key', 'unknown-field', 'not-found',
  'focus-protected', 'invalid-json', 'too-large', 'unreadable', 'migrated', 'invalid-character', 'empty-name',
  'null-value', 'consent-refused', 'consent-ask-first',
];

/** The path `pathSegments` spell, written as `path` is. */
export function segmentsToPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, segment) => joinPath(path, segment), '');
}

/**
 * Issues must be well-formed: a known code, a string path, the same path as segments,
 * a non-empty message.
 */
export function expectWellFormed(issues: NetworkIssue[]): void {
  const bad = issues.filter(
    (item) =>
      !ISSUE_CODES.includes(item.code) ||
      typeof item.path !== 'string' ||
      typeof item.message !== 'string' ||
      item.message.length === 0 ||
      !Array.isArray(item.pathSegments) ||
      segmentsToPath(item.pathSegments) !== item.path ||
      Object.keys(item).sort().join() !== 'code,message,path,pathSegments',
  );
  expect(bad).toEqual([]);
}

/** Parse input that must be refused; returns the errors (checked to be well-formed). */
export function errorsOf(input: unknown): NetworkIssue[] {
  let result: ReturnType<typeof parseNetwork> | undefined;
  expect(() => {
    result = parseNetwork(input);
  }).not.toThrow();
  if (!result || result.ok) throw new Error(`expected errors, got ${JSON.stringify(result)}`.slice(0, 2000));
  expect(result.errors.length).toBeGreaterThan(0);
  expectWellFormed(result.errors);
  return result.errors;
}

/** `[code, path]` pairs, for compact assertions. */
export function pairs(issues: NetworkIssue[]): [string, string][] {
  return issues.map((i) => [i.code, i.path]);
}

/** A small valid network, as plain JSON data, to break in tests. */
export function base(): Record<string, unknown> & {
  people: Record<string, unknown>[];
  ties: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  events: Record<string, unknown>[];
} {
  return {
    format: 'kring.network',
    version: 1,
    focus: 'p-1',
    people: [
      { id: 'p-1', name: 'Samir', kind: 'person' },
      { id: 'p-2', name: 'Latifa', kind: 'person', sector: 'family' },
      { id: 'p-3', name: 'Jan', kind: 'person', sector: 'care' },
    ],
    ties: [{ id: 't-1', between: ['p-1', 'p-2'] }],
    groups: [{ id: 'g-1', name: 'Steungroep', kind: 'support-group', members: ['p-2', 'p-3'] }],
    events: [{ id: 'e-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2 }],
  };
}
