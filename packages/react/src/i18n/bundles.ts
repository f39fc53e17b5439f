/**
 * Lists of bundles: which texts a part loads, and the merged dictionary per list and locale.
 * @internal
 */
import type { Bundle, Locale } from './types';
import { translationOf, translationVersion } from './translations';

declare const KEYS: unique symbol;

/**
 * The bundles a part loads — its own, the shared ones it uses and the lists of the parts it
 * renders — each once. Made with {@link bundles}; the type carries the union of their keys,
 * so a part's `Text` and its `messages` prop are typed from the same list the code loads.
 */
export type Bundles<K extends string> = readonly Bundle<string>[] & { readonly [KEYS]: K };

/** The keys of a bundle or of a list of bundles. */
export type BundleKey<B> = B extends Bundles<infer K> ? K : B extends Bundle<infer K> ? K : never;

/**
 * The list of bundles a part loads: bundles and other parts' lists, flattened, each bundle once,
 * in order. Declare it beside the part's bundle (`ECOGRAM_BUNDLES` in `ecogram/messages.ts`)
 * as a module-level constant, so the merged dictionary is cached per list.
 */
export function bundles<P extends readonly (Bundle<string> | Bundles<string>)[]>(...parts: P): Bundles<BundleKey<P[number]>> {
  const out: Bundle<string>[] = [];
  for (const part of parts) {
    for (const b of Array.isArray(part) ? (part as readonly Bundle<string>[]) : [part as Bundle<string>]) {
      if (!out.includes(b)) out.push(b);
    }
  }
  return Object.freeze(out) as unknown as Bundles<BundleKey<P[number]>>;
}

/** A dictionary: one text per key. */
export type Messages<K extends string> = Readonly<Record<K, string>>;

/**
 * Merged dictionaries per list and locale, built on first use. Parts pass only the lists they
 * need, which lets a bundler leave out the texts of parts a host does not import. Frozen.
 * Another locale's dictionary is rebuilt when a translation is registered (`version`).
 */
const mergedCache = /* @__PURE__ */ new WeakMap<readonly Bundle<string>[], Partial<Record<Locale, { version: number; messages: Messages<string> }>>>();

/**
 * The texts of `list` in `locale`, merged (shipped texts only, frozen, cached): the Dutch texts
 * of its bundles, and for another locale its registered translation of each of those keys. A
 * key the translation lacks (a translation of an older release, or one not loaded: views wait
 * for it, `src/locales`) keeps its Dutch text, so no text is ever empty.
 */
export function merged<K extends string>(list: Bundles<K>, locale: Locale): Messages<K> {
  let byLocale = mergedCache.get(list);
  if (!byLocale) mergedCache.set(list, (byLocale = {}));
  const version = locale === 'nl' ? 0 : translationVersion();
  const cached = byLocale[locale];
  if (cached && cached.version === version) return cached.messages as Messages<K>;
  const dutch: Record<string, string> = Object.assign({}, ...list.map((b) => b.nl));
  const translation = translationOf(locale);
  if (translation) for (const key of Object.keys(dutch)) dutch[key] = translation[key] ?? dutch[key]!;
  const messages = Object.freeze(dutch) as Messages<K>;
  byLocale[locale] = { version, messages };
  return messages;
}

/**
 * `base` with the string values of `overrides` for keys `base` has on top (a new object; other
 * keys and non-string values are ignored). `base` itself when there is nothing to apply.
 */
export function withOverrides<K extends string>(base: Messages<K>, overrides: Readonly<Partial<Record<string, string>>> | undefined): Messages<K> {
  if (!overrides) return base;
  const out: Record<string, string> = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (typeof v === 'string' && k in base) out[k] = v;
  }
  return out as Messages<K>;
}
