/**
 * A value kept while an equal one comes: what memoised children get stays the same object, so
 * an edit that does not change it (a rename, for the key numbers or the legend's symbols)
 * re-renders none of them.
 * @internal
 */
import { useRef } from 'react';

/**
 * `value`, or the value returned before while `equal(before, value)`. A cache, not state: any
 * earlier value that is equal is as good (also one of a render React dropped).
 */
export function useKeptWhileEqual<T>(value: T, equal: (before: T, value: T) => boolean): T {
  const kept = useRef<{ value: T } | null>(null);
  const before = kept.current;
  if (before && (before.value === value || equal(before.value, value))) return before.value;
  kept.current = { value };
  return value;
}

/** Two sets with the same members. */
export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
