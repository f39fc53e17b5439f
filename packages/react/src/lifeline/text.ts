import { useMemo } from 'react';
import { issueText, label as labelOf, type KringMessages, type LabelGroup, useTexts, LIFELINE_TEXTS } from '../i18n';
import { format, type Locale } from '../i18n/types';
import { lifelineMessages, type LifelineWord } from './messages';

/** Text lookup of the Lifeline: its own words plus the shared labels (categories, valence, fields). */
export interface LifelineText {
  /** A Lifeline word by its short key (`add` looks up `lifeline.add`). */
  (key: LifelineWord, values?: Record<string, string | number>): string;
  locale: Locale;
  /** The label of an enum value, e.g. `label('category', 'housing')` → "Wonen". */
  label(group: LabelGroup, value: string | number): string;
  /** Any shared message by key (e.g. `field.event.note`). */
  shared(key: keyof KringMessages): string;
  /** Words for a core issue code (why an edit was refused). */
  issue(code: string): string;
  /** The shared Kring messages in effect (for the shared editor parts). */
  messages: KringMessages;
}

/**
 * Words for the Lifeline: the component's `messages` prop first, then the nearest
 * `MessagesProvider` (and the merged Kring dictionary), then the Lifeline's own bundle.
 */
export function useLifelineText(locale: Locale | undefined, overrides: Partial<Record<string, string>> | undefined): LifelineText {
  const i18n = useTexts(LIFELINE_TEXTS, locale, overrides as Partial<KringMessages> | undefined);
  return useMemo(() => {
    const own = lifelineMessages[i18n.locale] ?? lifelineMessages.nl;
    const shared = i18n.messages as Record<string, string | undefined>;
    const fn = ((word: LifelineWord, values?: Record<string, string | number>) => {
      const key = `lifeline.${word}` as const;
      const o = overrides?.[key];
      const template = typeof o === 'string' ? o : (shared[key] ?? own[key] ?? key);
      return format(template, values);
    }) as LifelineText;
    fn.locale = i18n.locale;
    fn.label = (group, value) => labelOf(i18n.messages, group, value);
    fn.shared = (key) => i18n.messages[key] ?? String(key);
    fn.issue = (code) => issueText(i18n.messages, code);
    fn.messages = i18n.messages;
    return fn;
  }, [i18n, overrides]);
}
