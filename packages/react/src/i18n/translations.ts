/**
 * The texts of locales other than Dutch, registered when they have loaded (issue 16: English is
 * a bundle of its own that loads when a view is shown in English, or when a host asks for it
 * with `loadLocale('en')`; `src/locales`). One flat dictionary per locale, keyed by the full
 * message key (keys are unique across Kring, test/i18n.test.tsx checks it). Add-only: a
 * registered locale stays registered; registering again adds or replaces keys.
 * @internal
 */
import type { Locale } from './types';

/** A locale's texts: one per key. */
export type Translation = Readonly<Record<string, string>>;

const registered: Partial<Record<Locale, Translation>> = {};
let version = 0;
const listeners = new Set<() => void>();

/** Register (or extend) the texts of `locale`. Dutch is always there and cannot be registered. */
export function registerTranslation(locale: Exclude<Locale, 'nl'>, texts: Translation): void {
  registered[locale] = { ...registered[locale], ...texts };
  version += 1;
  for (const listener of [...listeners]) listener();
}

/** Be told of every registration (for `useSyncExternalStore`: every `useText` shows the new texts). */
export function subscribeTranslations(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Can a view be shown in `locale` now: Dutch always, another locale once its texts are registered. */
export function hasTranslation(locale: Locale): boolean {
  return locale === 'nl' || registered[locale] !== undefined;
}

/** The registered texts of `locale` (`undefined` for Dutch, or before they have loaded). */
export function translationOf(locale: Locale): Translation | undefined {
  return locale === 'nl' ? undefined : registered[locale];
}

/** Changes with every registration (merged dictionaries are cached per version). */
export function translationVersion(): number {
  return version;
}
