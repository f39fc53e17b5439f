import { useMemo } from 'react';
import { label as labelOf, type KringMessages, type LabelGroup, useTexts, INTERVIEW_TEXTS } from '../i18n';
import { format, type Locale } from '../i18n/types';
import { interviewMessages, type InterviewMessageKey } from './messages';

/** Text lookup of the interview: its own words plus the shared labels. @internal */
export interface InterviewTextFn {
  (key: InterviewMessageKey, values?: Record<string, string | number>): string;
  locale: Locale;
  /** The label of an enum value, e.g. `label('sector', 'family')` → "Familie". */
  label(group: LabelGroup, value: string): string;
  /** The shared Kring messages in effect (for the shared editor parts). */
  messages: KringMessages;
}

/**
 * Words for the interview: the `messages` prop first, then the nearest `MessagesProvider`
 * (the merged Kring dictionary), then the interview's own bundle — so it works before and
 * after the bundle is merged into `KringMessages`. @internal
 */
export function useInterviewText(locale: Locale | undefined, overrides: Partial<Record<string, string>> | undefined): InterviewTextFn {
  const i18n = useTexts(INTERVIEW_TEXTS, locale, overrides as Partial<KringMessages> | undefined);
  return useMemo(() => {
    const own = interviewMessages[i18n.locale] ?? interviewMessages.nl;
    const shared = i18n.messages as Record<string, string | undefined>;
    const fn = ((key: InterviewMessageKey, values?: Record<string, string | number>) => {
      const o = overrides?.[key];
      return format(typeof o === 'string' ? o : (shared[key] ?? own[key] ?? key), values);
    }) as InterviewTextFn;
    fn.locale = i18n.locale;
    fn.label = (group, value) => labelOf(i18n.messages, group, value);
    fn.messages = i18n.messages;
    return fn;
  }, [i18n, overrides]);
}
