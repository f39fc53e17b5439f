/**
 * Every English text, here at once — for the functions that answer synchronously outside React
 * (`getMessages`, `useMessages`, `describeNetworkChanges`): a host that calls them with `'en'`
 * gets English at once, and its bundle carries the English texts (they cannot wait for a chunk).
 * The views never import this file; they load English on first use (`./index.ts`).
 * @internal
 */
import { hasTranslation, registerTranslation } from '../i18n/translations';
import type { Locale } from '../i18n/types';
import { en } from './en';

/** Make the texts of `locale` available now (a no-op for Dutch, or once registered). */
export function localeNow(locale: Locale | undefined): void {
  if (locale === 'en' && !hasTranslation('en')) registerTranslation('en', en);
}
