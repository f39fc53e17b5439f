/**
 * The locale and text overrides for a subtree (`MessagesProvider`) and the hook every part
 * uses to get its lookup (`useText`).
 */
import { createContext, createElement, useContext, useMemo, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import { hasTranslation, subscribeTranslations, translationVersion } from './translations';
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

/** The locale asked for: a part's own `locale` when it is one Kring has, else the one around it. */
function askedLocale(locale: Locale | undefined, around: Locale): Locale {
  return locale && isLocale(locale) ? locale : around;
}

/**
 * `outer` with the string values of `inner` on top (a new object; other values are ignored, so
 * a host's `undefined` or non-string never hides an outer text). The one merge of overrides:
 * the provider's over an outer provider's, a part's `messages` over its provider's.
 */
function mergeOverrides(outer: Overrides | undefined, inner: Overrides | undefined): Overrides | undefined {
  if (!inner) return outer;
  const out: Record<string, string | undefined> = { ...outer };
  let added = false;
  for (const [k, v] of Object.entries(inner)) {
    if (typeof v === 'string') {
      out[k] = v;
      added = true;
    }
  }
  return added || outer ? out : undefined;
}

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
  const loc = askedLocale(locale, outer.locale);
  const value = useMemo<I18nScope>(() => {
    const inherited = loc === outer.locale ? outer.overrides : undefined;
    return { locale: loc, overrides: mergeOverrides(inherited, messages) };
  }, [loc, outer, messages]);
  return createElement(I18nContext.Provider, { value }, children);
}

/**
 * A part's lookup: the texts of its bundles (`list`, a module-level constant) in the locale of
 * the component's `locale` prop, else the nearest {@link MessagesProvider}, else Dutch; the
 * provider's overrides (same locale only), then the component's `messages` prop on top.
 * Keys outside `list` are simply absent (`t` then shows the key).
 *
 * A locale whose texts have not loaded yet (English loads on first use, src/locales) is shown
 * as Dutch meanwhile — `t.locale` says `nl`, so the view's `lang` is right — and every part
 * renders again in the new locale once its texts are registered. (A view shown for the first
 * time waits behind its `LocaleGate` instead, so it never opens in the wrong language.)
 */
export function useText<K extends string>(list: Bundles<K>, locale?: Locale, overrides?: Readonly<Partial<Record<K, string>>>): Text<K> {
  const ctx = useContext(I18nContext);
  // A language that loads on first use (English) renders every part again once it is here.
  const version = useSyncExternalStore(subscribeTranslations, translationVersion, translationVersion);
  return useMemo(() => {
    void version;
    const asked = askedLocale(locale, ctx.locale);
    const loc = hasTranslation(asked) ? asked : 'nl';
    const inherited = asked === ctx.locale ? ctx.overrides : undefined;
    const all = mergeOverrides(inherited, overrides);
    return makeText(loc, withOverrides(merged(list, loc), all), all);
  }, [list, ctx, locale, overrides, version]);
}

/** The locale a part shows: its `locale` prop, else the nearest {@link MessagesProvider}'s, else Dutch. */
export function useResolvedLocale(locale?: Locale): Locale {
  return askedLocale(locale, useContext(I18nContext).locale);
}

/** The locale in effect (nearest {@link MessagesProvider}, default `nl`). */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
