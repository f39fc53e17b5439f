/**
 * Messages of every Kring part, in Dutch (default) and English, as one flat
 * dictionary (`KringMessages`). Each feature keeps its own keys in `src/<feature>/messages.ts`;
 * this file merges them. Hosts override any key, per component (`messages` prop) or for a
 * whole subtree (`MessagesProvider`).
 */
import { createContext, createElement, useContext, useMemo, type ReactElement, type ReactNode } from 'react';
import { format, type Bundle, type Locale } from './types';
import { labelMessages, type LabelMessageKey } from './labels';
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

export { format, type Bundle, type Locale } from './types';
export { labelMessages, type LabelMessageKey } from './labels';

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

/** The locales Kring ships. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** Every feature's bundle, merged in this order. Keys are prefixed per feature and never shared. */
export const MESSAGE_BUNDLES: readonly Bundle<string>[] = [
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
];

/**
 * Which texts each part needs: its own bundle, the shared labels and symbol words, and the
 * bundles of the parts it renders (so that a host's override for a child part, passed
 * through the parent's `messages`, reaches the child). @internal
 */
export const EDITOR_TEXTS: readonly Bundle<string>[] = [labelMessages, symbolMessages, editorMessages];
/** @internal */
export const NETWORK_LIST_TEXTS: readonly Bundle<string>[] = [labelMessages, symbolMessages, networkListMessages];
/** @internal */
export const LEGEND_TEXTS: readonly Bundle<string>[] = [labelMessages, symbolMessages, legendMessages];
/** @internal */
export const TIME_SLIDER_TEXTS: readonly Bundle<string>[] = [labelMessages, timeSliderMessages];
/** @internal */
export const ECOGRAM_TEXTS: readonly Bundle<string>[] = [
  labelMessages, symbolMessages, editorMessages, networkListMessages, legendMessages, timeSliderMessages, ecogramMessages, ecogramViewMessages, paperMessages,
];
/** @internal */
export const LIFELINE_TEXTS: readonly Bundle<string>[] = [labelMessages, symbolMessages, editorMessages, lifelineMessages, paperMessages];
/** @internal */
export const INTERVIEW_TEXTS: readonly Bundle<string>[] = [labelMessages, symbolMessages, editorMessages, interviewMessages];
/** @internal */
export const SUMMARY_TEXTS: readonly Bundle<string>[] = [labelMessages, symbolMessages, summaryMessages];

/**
 * Merged dictionaries per list of bundles and locale, built on first use. Components pass
 * only the bundles they need (module-level arrays, so the cache hits), which lets a bundler
 * leave out the texts of parts a host does not import. Frozen: never mutated.
 */
const mergedCache = /* @__PURE__ */ new WeakMap<readonly Bundle<string>[], Partial<Record<Locale, KringMessages>>>();
function mergedOf(bundles: readonly Bundle<string>[], locale: Locale): KringMessages {
  let byLocale = mergedCache.get(bundles);
  if (!byLocale) mergedCache.set(bundles, (byLocale = {}));
  return (byLocale[locale] ??= Object.freeze(Object.assign({}, ...bundles.map((b) => b[locale]))) as KringMessages);
}

/** The texts of `bundles` in `locale` with `overrides` on top, outside React. @internal */
export function textsFor(bundles: readonly Bundle<string>[], locale: Locale, overrides?: Partial<KringMessages>): KringMessages {
  const base = mergedOf(bundles, isLocale(locale) ? locale : 'nl');
  return overrides ? applyOverrides(base, overrides) : base;
}

/** Is this one of the shipped locales. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/**
 * The messages of a locale (unknown locales fall back to Dutch), with `overrides` on top.
 * Override values that are not strings are ignored. Returns a new object when there are
 * overrides; the shipped dictionaries are frozen.
 */
export function getMessages(locale: Locale = 'nl', overrides?: Partial<KringMessages>): KringMessages {
  const base = mergedOf(MESSAGE_BUNDLES, isLocale(locale) ? locale : 'nl');
  return overrides ? applyOverrides(base, overrides) : base;
}

/** `base` with the string values of `overrides` for known keys on top. */
function applyOverrides(base: KringMessages, overrides: Partial<KringMessages>): KringMessages {
  const out: KringMessages = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (typeof v === 'string' && k in base) out[k as KringMessageKey] = v;
  }
  return out;
}

/** Look up a key and fill its `{placeholders}`. The result is plain text (render it as text). */
export function t(messages: KringMessages, key: KringMessageKey, values?: Record<string, string | number>): string {
  return format(messages[key] ?? key, values);
}

/** Enum groups with labels in {@link KringMessages}, e.g. `sector` → `sector.family`. */
export type LabelGroup = LabelMessageKey extends infer K ? (K extends `${infer G}.${string}` ? (G extends 'field' | 'issue' ? never : G) : never) : never;

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

/** What a {@link MessagesProvider} hands down: the locale and the overrides, not merged texts. */
interface I18nScope {
  locale: Locale;
  overrides: Partial<KringMessages> | undefined;
}

const I18nContext = /* @__PURE__ */ createContext<I18nScope>({ locale: 'nl', overrides: undefined });

/** Props of {@link MessagesProvider}. */
export interface MessagesProviderProps {
  /** Language for every Kring part inside. Default: Dutch (`nl`), or the locale of an outer provider. */
  locale?: Locale;
  /** Texts to replace (any key), on top of the outer provider's overrides when the locale is the same. */
  messages?: Partial<KringMessages>;
  children?: ReactNode;
}

/** Sets the language and text overrides of every Kring part inside it. */
export function MessagesProvider({ locale, messages, children }: MessagesProviderProps): ReactElement {
  const outer = useContext(I18nContext);
  const loc = locale && isLocale(locale) ? locale : outer.locale;
  const value = useMemo<I18nScope>(() => {
    const inherited = loc === outer.locale ? outer.overrides : undefined;
    return { locale: loc, overrides: inherited && messages ? { ...inherited, ...messages } : (messages ?? inherited) };
  }, [loc, outer, messages]);
  return createElement(I18nContext.Provider, { value }, children);
}

/**
 * The locale and the texts of `bundles` for a component: the nearest {@link MessagesProvider},
 * then the component's own `locale` and `messages` props on top. Kring's parts call this with
 * the bundles they use (module-level arrays), so an `Ecogram` does not carry the Lifeline's
 * words. Keys of other bundles are simply absent (`t` then shows the key).
 * @internal
 */
export function useTexts(bundles: readonly Bundle<string>[], locale?: Locale, overrides?: Partial<KringMessages>): I18nValue {
  const ctx = useContext(I18nContext);
  return useMemo(() => {
    const loc = locale && isLocale(locale) ? locale : ctx.locale;
    const inherited = loc === ctx.locale ? ctx.overrides : undefined;
    let messages = mergedOf(bundles, loc);
    if (inherited) messages = applyOverrides(messages, inherited);
    if (overrides) messages = applyOverrides(messages, overrides);
    return { locale: loc, messages };
  }, [bundles, ctx, locale, overrides]);
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

/** The locale in effect (nearest {@link MessagesProvider}, default `nl`). */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

/** Words for a core issue (`NetworkIssue.code`), falling back to a general sentence for unknown codes. */
export function issueText(messages: KringMessages, code: string): string {
  return messages[`issue.${code}` as KringMessageKey] ?? messages['issue.unknown'];
}

/** Public name of {@link t} for the package root: look up a message and fill its `{placeholders}`. */
export const formatMessage = t;
/** Public name of {@link label} for the package root: the words for an enum value. */
export const valueLabel = label;
