/**
 * Message lookup of the Ecogram on top of the shared i18n (`useI18n`): every
 * Kring key (shared labels, symbols, the Ecogram's own texts) with host
 * overrides. `{name}` placeholders are filled as text.
 * @internal
 */
import { format, type I18nValue, type KringMessageKey, type KringMessages, type Locale } from '../i18n';

/** A message lookup with `{placeholder}` formatting. */
export type Text = ((key: KringMessageKey, values?: Record<string, string | number>) => string) & {
  locale: Locale;
  messages: KringMessages;
};

/** Build the lookup from the i18n value in effect. */
export function makeText({ locale, messages }: I18nValue): Text {
  const t = ((key: KringMessageKey, values?: Record<string, string | number>) => format(messages[key] ?? key, values)) as Text;
  t.locale = locale;
  t.messages = messages;
  return t;
}

/** Lower-case a label for use inside a sentence ("Binnenste cirkel" → "binnenste cirkel"). */
export function lower(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
