/**
 * Languages other than Dutch load on first use (issue 16). Dutch is in every part's bundle;
 * English is one chunk of its own (`./en.ts`, every English text of Kring flat by key), fetched
 * the first time a view is shown in English — or earlier, when a host asks for it with
 * {@link loadLocale} (e.g. before its first render, so no view ever waits). A view waiting for
 * its language shows an announced "Loading…" in that language ({@link LocaleGate}), never a
 * flash of Dutch texts.
 *
 * Decided: one English chunk for every part rather than one per part (13.2 KB gzip, measured
 * with Vite for `{ Ecogram }`; docs/SIZE.md). Only a page that shows English loads it, once;
 * per-part chunks would save an Ecogram-only host about half of it but cost a request for each
 * part opened later (the editors, the list, the legend each in English), and a view would wait
 * twice. `test/locales.test.tsx` and `tests/browser/lazy-parts.test.ts` check the behaviour.
 * Sync text functions outside React (`getMessages`, `describeNetworkChanges`) bring the English
 * texts along themselves, so they keep answering at once.
 */
import { createElement, Fragment, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useResolvedLocale } from '../i18n/provider';
import { hasTranslation, registerTranslation } from '../i18n/translations';
import { isLocale, type Locale } from '../i18n/types';

// Not a `lazyModule` (utils/lazyPart.tsx): those are all loaded before printing, and a Dutch page
// must never fetch English to print.
let pending: Promise<void> | null = null;
/** The English chunk could not be fetched once: views show Dutch from then on (no retry per view). */
let failed = false;
let warned = false;

/**
 * Load the texts of `locale` now (Dutch is always there). Resolves when every Kring view can
 * be shown in it; views shown in that locale before then wait for it with "Loading…". Call it
 * early (before the first render) to skip that wait — and before server rendering and before
 * hydrating a server-rendered English page, so that both render English.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) return Promise.reject(new TypeError(`Kring: no texts for locale "${String(locale)}" (nl, en)`));
  if (hasTranslation(locale)) return Promise.resolve();
  pending ??= import('./en').then(
    (m) => registerTranslation('en', m.en),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** "Loading…" in each locale: the one text a view shows before its language has loaded. */
export const LOADING_TEXT: Readonly<Record<Locale, string>> = { nl: 'Bezig met laden…', en: 'Loading…' };

/** Props of {@link LocaleGate}. */
export interface LocaleGateProps {
  /** The locale the view is asked to show (its `locale` prop or its provider's), not `t.locale`. */
  locale: Locale;
  /** The host's own "Loading…" (a string override), else {@link LOADING_TEXT}. */
  loading?: string | undefined;
  /** The placeholder in the view's frame (default: the status paragraph alone). */
  frame?: ((status: ReactElement) => ReactElement) | undefined;
  children: ReactNode;
}

/**
 * A view shown for the first time in a locale whose texts are not here yet (English) waits
 * with an announced "Loading…" in that locale (`data-part="loading"`, the redaction's
 * placeholder), so it never opens in the wrong language. Once its children have been shown they
 * stay mounted: a later switch to a locale still loading keeps the view — its state, history,
 * open editor — in Dutch until the texts arrive (`useText`), then every part shows them. When
 * the texts cannot be fetched (a host gone offline) the view is shown in Dutch and the
 * developer is told once; it never throws into the host page.
 */
export function LocaleGate({ locale, loading, frame, children }: LocaleGateProps): ReactElement {
  const ready = hasTranslation(locale) || failed;
  const [, setSettled] = useState(0);
  // Written during render on purpose: once shown, always shown (idempotent under double render).
  const shown = useRef(false);
  useEffect(() => {
    if (hasTranslation(locale) || failed) return;
    let live = true;
    loadLocale(locale).then(
      () => live && setSettled((n) => n + 1),
      (error: unknown) => {
        failed = true;
        if (!warned) console.warn(`Kring: the texts for "${locale}" could not be loaded; showing Dutch.`, error);
        warned = true;
        if (live) setSettled((n) => n + 1);
      },
    );
    return () => {
      live = false;
    };
  }, [locale]);
  if (ready || shown.current) {
    shown.current = true;
    return createElement(Fragment, null, children);
  }
  const status = createElement('p', { 'data-part': 'loading', role: 'status', lang: locale }, loading ?? LOADING_TEXT[locale]);
  return frame ? frame(status) : status;
}

/**
 * `View` behind a {@link LocaleGate} in the locale it is asked to show (its `locale` prop, else
 * the nearest `MessagesProvider`'s): for the parts a host may render on their own (the legend,
 * the list, the time slider, the editors and the action form). The views with a frame (Ecogram,
 * Lifeline, DocumentView) place the gate inside their frame themselves.
 */
export function withLocaleGate<P extends { locale?: Locale | undefined }>(View: (props: P) => ReactElement | null, name: string): (props: P) => ReactElement {
  function Gated(props: P): ReactElement {
    return createElement(LocaleGate, { locale: useResolvedLocale(props.locale), children: createElement(View, props) });
  }
  Gated.displayName = name;
  return Gated;
}
