/**
 * The Lifeline's text lookup: the one `Text` of `../i18n` over {@link LIFELINE_BUNDLES}, with
 * the component's `locale` and `messages` props. Keys are written in full (`t('lifeline.add')`,
 * `t('field.event.note')`, `t.label('category', c)`).
 * @internal
 */
import { useMemo } from 'react';
import { useText, type Locale, type Text, type Values } from '../i18n';
import { LIFELINE_BUNDLES, type LifelineTextKey, type LifelineWord } from './messages';

/**
 * The Lifeline's `t`. It also takes a Lifeline key without its prefix (`t('today')` for
 * `lifeline.today`) — only for the chart (LifelineChart.tsx), which is being changed in
 * parallel; new code writes full keys. Drop the second call signature when the chart does too.
 */
export type LifelineText = Text<LifelineTextKey> & ((key: LifelineWord, values?: Values) => string);

/** Words for the Lifeline: the `messages` prop first, then the nearest `MessagesProvider`, then the shipped texts. */
export function useLifelineText(locale: Locale | undefined, overrides: Readonly<Partial<Record<LifelineTextKey, string>>> | undefined): LifelineText {
  const t = useText(LIFELINE_BUNDLES, locale, overrides);
  return useMemo(() => {
    const full = (key: string) => (key in t.messages ? key : `lifeline.${key}`) as LifelineTextKey;
    return Object.assign((key: LifelineTextKey | LifelineWord, values?: Values) => t(full(key), values), {
      label: t.label,
      issue: t.issue,
      locale: t.locale,
      messages: t.messages,
    }) as LifelineText;
  }, [t]);
}
