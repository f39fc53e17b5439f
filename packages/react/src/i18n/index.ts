/**
 * Messages of every Kring part, in Dutch (default) and English, as one flat
 * dictionary (`KringMessages`). Each feature keeps its own keys in `src/<feature>/messages.ts`;
 * this file merges them. Hosts override any key, per component (`messages` prop) or for a
 * whole subtree (`MessagesProvider`).
 */
import { useMemo } from 'react';
import { format, isLocale, type Bundle, type Locale } from './types';
import { labelMessages, type LabelGroup, type LabelMessageKey } from './labels';
import { merged, withOverrides, type Bundles } from './bundles';
import { useText } from './provider';
import { editorMessages, type EditorMessageKey } from '../editor/messages';
import { networkListMessages, type NetworkListMessageKey } from '../network-list/messages';
import { legendMessages, type LegendMessageKey } from '../legend/messages';
import { timeSliderMessages, type TimeSliderMessageKey } from '../time-slider/messages';
import { symbolMessages, type SymbolMessageKey } from '../symbols/messages';
// Feature bundles of other parts. Add a line here (and to `KringMessageKey`) when a new
// `src/<feature>/messages.ts` appears.
import { ecogramMessages, type EcogramMessageKey } from '../ecogram/messages';
import { ecogramViewMessages, type EcogramViewMessageKey } from '../ecogram/view-messages';
import { lifelineMessages, type LifelineMessageKey } from '../lifeline/messages';
import { interviewMessages, type InterviewMessageKey } from '../interview/messages';
import { summaryMessages, type SummaryMessageKey } from '../summary/messages';
import { paperMessages, type PaperMessageKey } from '../paper/messages';

export { format, isLocale, LOCALES, type Bundle, type Locale } from './types';
export { labelMessages, issueText, valueLabel, type LabelGroup, type LabelMessageKey, type LabelValues } from './labels';
export { bundles, type BundleKey, type Bundles, type Messages } from './bundles';
export { formatMessage, makeText, textFor, type Text, type Values } from './lookup';
export { MessagesProvider, useLocale, useText, type ProviderProps as MessagesProviderProps } from './provider';
import { EDITOR_BUNDLES } from '../editor/messages';
import { NETWORK_LIST_BUNDLES } from '../network-list/messages';
import { LEGEND_BUNDLES } from '../legend/messages';
import { TIME_SLIDER_BUNDLES } from '../time-slider/messages';
import { ECOGRAM_BUNDLES } from '../ecogram/messages';
import { LIFELINE_BUNDLES } from '../lifeline/messages';
import { INTERVIEW_BUNDLES } from '../interview/messages';
import { SUMMARY_BUNDLES } from '../summary/messages';

/** Every message key of every Kring part. */
export type KringMessageKey =
  | LabelMessageKey
  | SymbolMessageKey
  | EditorMessageKey
  | NetworkListMessageKey
  | LegendMessageKey
  | TimeSliderMessageKey
  | EcogramMessageKey
  | EcogramViewMessageKey
  | LifelineMessageKey
  | InterviewMessageKey
  | SummaryMessageKey
  | PaperMessageKey;

/** All texts of Kring in one locale: a flat dictionary, one entry per key. */
export type KringMessages = Record<KringMessageKey, string>;

/** Every feature's bundle, merged in this order. Keys are prefixed per feature and never shared. */
export const MESSAGE_BUNDLES = /* @__PURE__ */ bundlesOf([
  labelMessages,
  symbolMessages,
  editorMessages,
  networkListMessages,
  legendMessages,
  timeSliderMessages,
  ecogramMessages,
  ecogramViewMessages,
  lifelineMessages,
  interviewMessages,
  summaryMessages,
  paperMessages,
]);

function bundlesOf(list: readonly Bundle<string>[]): Bundles<KringMessageKey> {
  return list as Bundles<KringMessageKey>;
}

/** @internal */
export const EDITOR_TEXTS: readonly Bundle<string>[] = EDITOR_BUNDLES;
/** @internal */
export const NETWORK_LIST_TEXTS: readonly Bundle<string>[] = NETWORK_LIST_BUNDLES;
/** @internal */
export const LEGEND_TEXTS: readonly Bundle<string>[] = LEGEND_BUNDLES;
/** @internal */
export const TIME_SLIDER_TEXTS: readonly Bundle<string>[] = TIME_SLIDER_BUNDLES;
/** @internal */
export const ECOGRAM_TEXTS: readonly Bundle<string>[] = ECOGRAM_BUNDLES;
/** @internal */
export const LIFELINE_TEXTS: readonly Bundle<string>[] = LIFELINE_BUNDLES;
/** @internal */
export const INTERVIEW_TEXTS: readonly Bundle<string>[] = INTERVIEW_BUNDLES;
/** @internal */
export const SUMMARY_TEXTS: readonly Bundle<string>[] = SUMMARY_BUNDLES;

/** The texts of `bundles` in `locale` with `overrides` on top, outside React. @internal */
export function textsFor(list: readonly Bundle<string>[], locale: Locale, overrides?: Partial<KringMessages>): KringMessages {
  return withOverrides(merged(bundlesOf(list), isLocale(locale) ? locale : 'nl'), overrides);
}

/**
 * The messages of a locale (unknown locales fall back to Dutch), with `overrides` on top.
 * Override values that are not strings are ignored. Returns a new object when there are
 * overrides; the shipped dictionaries are frozen.
 */
export function getMessages(locale: Locale = 'nl', overrides?: Partial<KringMessages>): KringMessages {
  return textsFor(MESSAGE_BUNDLES, locale, overrides);
}

/** Look up a key and fill its `{placeholders}`. The result is plain text (render it as text). */
export function t(messages: KringMessages, key: KringMessageKey, values?: Record<string, string | number>): string {
  return format(messages[key] ?? key, values);
}

/**
 * The label of an enum value, e.g. `label(m, 'sector', 'family')` → "Familie".
 * Unknown values (from newer data) are shown as they are.
 */
export function label(messages: KringMessages, group: LabelGroup, value: string | number): string {
  const key = `${group}.${value}` as KringMessageKey;
  return messages[key] ?? String(value);
}

/** The locale and messages in effect for a subtree. */
export interface I18nValue {
  locale: Locale;
  messages: KringMessages;
}

/** @internal */
export function useTexts(list: readonly Bundle<string>[], locale?: Locale, overrides?: Partial<KringMessages>): I18nValue {
  const text = useText(bundlesOf(list), locale, overrides);
  return useMemo(() => ({ locale: text.locale, messages: text.messages as KringMessages }), [text]);
}

/**
 * The locale and every Kring message for a component: the nearest {@link MessagesProvider},
 * then the component's own `locale` and `messages` props on top.
 */
export function useI18n(locale?: Locale, overrides?: Partial<KringMessages>): I18nValue {
  return useTexts(MESSAGE_BUNDLES, locale, overrides);
}

/** The messages in effect (nearest {@link MessagesProvider}, default Dutch), with optional overrides on top. */
export function useMessages(overrides?: Partial<KringMessages>): KringMessages {
  return useI18n(undefined, overrides).messages;
}
