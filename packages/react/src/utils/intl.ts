/**
 * Cached `Intl` formatters. Building an `Intl.DisplayNames` or `Intl.Collator` costs far more
 * than using one (each loads locale data: the first of a page ≈ 20 ms in Chromium), and the
 * views may call them per person in a render; `a.localeCompare(b, locale)` in a sort builds a
 * collator per comparison. One instance per locale and options, built on first use;
 * `undefined` where the runtime lacks the formatter (the callers keep their fallback).
 * @internal
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T | undefined {
  if (cache.has(key)) return cache.get(key) as T | undefined;
  let value: T | undefined;
  try {
    value = make();
  } catch {
    value = undefined;
  }
  cache.set(key, value);
  return value;
}

/** `Intl.DisplayNames([locale], { type, fallback: 'code' })`. */
export function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | undefined {
  return cached(`names|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type, fallback: 'code' }));
}

/**
 * `Intl.Collator(locale, options)`; `locale` undefined = the runtime's default (as
 * `a.localeCompare(b)` without arguments).
 */
export function collator(locale?: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  const key = `collator|${locale ?? ''}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.Collator(locale, options)) ?? new Intl.Collator(undefined, options);
}
