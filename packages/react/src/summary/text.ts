import { useMemo } from 'react';
import { textsFor, isLocale, label as labelOf, type KringMessages, type LabelGroup, useTexts, SUMMARY_TEXTS } from '../i18n';
import { format, type Locale } from '../i18n/types';
import { summaryMessages, type SummaryMessageKey } from './messages';

/** Text lookup of the summary: its own words plus the shared labels. @internal */
export interface SummaryTextFn {
  (key: SummaryMessageKey, values?: Record<string, string | number>): string;
  locale: Locale;
  /** The label of an enum value, e.g. `label('sector', 'family')` → "Familie". */
  label(group: LabelGroup, value: string): string;
}

/** Builds the lookup: overrides first, then the shared (merged) messages, then the own bundle. @internal */
export function summaryText(locale: Locale, shared: KringMessages, overrides: Partial<Record<string, string>> | undefined): SummaryTextFn {
  const own = summaryMessages[locale] ?? summaryMessages.nl;
  const dict = shared as Record<string, string | undefined>;
  const fn = ((key: SummaryMessageKey, values?: Record<string, string | number>) => {
    const o = overrides?.[key];
    return format(typeof o === 'string' ? o : (dict[key] ?? own[key] ?? key), values);
  }) as SummaryTextFn;
  fn.locale = locale;
  fn.label = (group, value) => labelOf(shared, group, value);
  return fn;
}

/** The summary's words outside React (e.g. for `describeNetworkChanges`). @internal */
export function summaryTextFor(locale: Locale | undefined, overrides: Partial<Record<string, string>> | undefined): SummaryTextFn {
  const loc: Locale = isLocale(locale) ? locale : 'nl';
  return summaryText(loc, textsFor(SUMMARY_TEXTS, loc, overrides as Partial<KringMessages> | undefined), overrides);
}

/** The summary's words in a component: `messages` prop, nearest `MessagesProvider`, own bundle. @internal */
export function useSummaryText(locale: Locale | undefined, overrides: Partial<Record<string, string>> | undefined): SummaryTextFn {
  const i18n = useTexts(SUMMARY_TEXTS, locale, overrides as Partial<KringMessages> | undefined);
  return useMemo(() => summaryText(i18n.locale, i18n.messages, overrides), [i18n, overrides]);
}
