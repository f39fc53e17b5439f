/**
 * Every English text, here at once — for the functions that answer synchronously outside React
 * (`getMessages`, `useMessages`, `describeNetworkChanges`): a host that calls them with `'en'`
 * gets English at once, and its bundle carries the English texts (they cannot wait for a chunk).
 * No view imports this file (a test checks it); they load English on first use (`./index.ts`).
 * @internal
 */
import { hasTranslation, registerTranslation } from '../i18n/translations';
import type { Locale } from '../i18n/types';
import { en } from './en';

// At import, before any view renders: registering during a render would update every mounted
// part from inside another component's render.
registerTranslation('en', en);

/**
 * Make the texts of `locale` available now (a no-op for Dutch, or once registered). Called by the
 * functions that answer synchronously — which is also what keeps this module in a host's bundle.
 */
export function localeNow(locale: Locale | undefined): void {
  if (locale === 'en' && !hasTranslation('en')) registerTranslation('en', en);
}
