/**
 * The locale and text overrides for a subtree (`MessagesProvider`) and the hook every part
 * uses to get its lookup (`useText`).
 */
import { createContext, createElement, useContext, useMemo, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import { subscribeTranslations, translationVersion } from './translations';
import { isLocale, type Locale } from './types';
import { merged, withOverrides, type Bundles } from './bundles';
import { makeText, type Text } from './lookup';

/** Overrides: a text per key. Unknown keys are ignored. */
type Overrides = Readonly<Partial<Record<string, string>>>;

/** What a {@link MessagesProvider} hands down: the locale and the overrides, not merged texts. */
interface I18nScope {
  locale: Locale;
  overrides: Overrides | undefined;
}

const I18nContext = /* @__PURE__ */ createContext<I18nScope>({ locale: 'nl', overrides: undefined });

/**
 * Props of the provider. Keys are not checked here (the full key list belongs to no part);
 * the package root exports the provider with `messages` typed as `Partial<KringMessages>`.
 */
export interface ProviderProps {
  /** Language for every Kring part inside. Default: Dutch (`nl`), or the locale of an outer provider. */
  locale?: Locale;
  /** Texts to replace (any key), on top of the outer provider's overrides when the locale is the same. */
  messages?: Overrides;
  children?: ReactNode;
}

/** Sets the language and text overrides of every Kring part inside it. */
export function MessagesProvider({ locale, messages, children }: ProviderProps): ReactElement {
  const outer = useContext(I18nContext);
  const loc = locale && isLocale(locale) ? locale : outer.locale;
  const value = useMemo<I18nScope>(() => {
    const inherited = loc === outer.locale ? outer.overrides : undefined;
    return { locale: loc, overrides: inherited && messages ? { ...inherited, ...messages } : (messages ?? inherited) };
  }, [loc, outer, messages]);
  return createElement(I18nContext.Provider, { value }, children);
}

/**
 * A part's lookup: the texts of its bundles (`list`, a module-level constant) in the locale of
 * the component's `locale` prop, else the nearest {@link MessagesProvider}, else Dutch; the
 * provider's overrides (same locale only), then the component's `messages` prop on top.
 * Keys outside `list` are simply absent (`t` then shows the key).
 */
export function useText<K extends string>(list: Bundles<K>, locale?: Locale, overrides?: Readonly<Partial<Record<K, string>>>): Text<K> {
  const ctx = useContext(I18nContext);
  // A language that loads on first use (English) renders every part again once it is here.
  const version = useSyncExternalStore(subscribeTranslations, translationVersion, translationVersion);
  return useMemo(() => {
    void version;
    const loc = locale && isLocale(locale) ? locale : ctx.locale;
    const inherited = loc === ctx.locale ? ctx.overrides : undefined;
    const all = inherited && overrides ? { ...inherited, ...overrides } : (overrides ?? inherited);
    return makeText(loc, withOverrides(merged(list, loc), all), all);
  }, [list, ctx, locale, overrides, version]);
}

/** The locale a part shows: its `locale` prop, else the nearest {@link MessagesProvider}'s, else Dutch. */
export function useResolvedLocale(locale?: Locale): Locale {
  const ctx = useContext(I18nContext);
  return locale && isLocale(locale) ? locale : ctx.locale;
}

/** The locale in effect (nearest {@link MessagesProvider}, default `nl`). */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
