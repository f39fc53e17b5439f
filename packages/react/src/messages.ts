/**
 * Every text of Kring in one dictionary, for hosts: `getMessages(locale)`, `useMessages()`,
 * `KringMessages` / `KringMessageKey`, and the `MessagesProvider` with `messages` typed by
 * every key. The package root exports these.
 *
 * This file lists the bundles of every public component (each from the part's own
 * `messages.ts`). It is a catalogue like `index.ts`, not a hub: no part imports it — each part
 * loads only its own list (`ECOGRAM_BUNDLES`, …), so a bundler leaves out the texts of parts a
 * host does not use. See `i18n/README.md`.
 */
import type { ReactElement, ReactNode } from 'react';
import { bundles, MessagesProvider as Provider, textFor, useLocale, useText, type BundleKey, type Locale } from './i18n';
import { ECOGRAM_BUNDLES } from './ecogram/messages';
import { LIFELINE_BUNDLES } from './lifeline/messages';
import { NETWORK_LIST_BUNDLES } from './network-list/messages';
import { SUMMARY_BUNDLES } from './summary/messages';
import { INTERVIEW_BUNDLES } from './interview/messages';
import { LEGEND_BUNDLES } from './legend/messages';
import { TIME_SLIDER_BUNDLES } from './time-slider/messages';
import { EDITOR_BUNDLES } from './editor/messages';
import { PLAN_BUNDLES } from './plan/messages';
import { MEETING_BUNDLES } from './meeting/messages';
import { localeNow } from './locales/now';

/**
 * The bundles of every public component, each bundle once. Keys are prefixed per part and
 * never shared (test/i18n.test.tsx checks it).
 * @internal
 */
export const MESSAGE_BUNDLES = /* @__PURE__ */ bundles(
  ECOGRAM_BUNDLES, LIFELINE_BUNDLES, NETWORK_LIST_BUNDLES, SUMMARY_BUNDLES, INTERVIEW_BUNDLES, LEGEND_BUNDLES, TIME_SLIDER_BUNDLES, EDITOR_BUNDLES,
  PLAN_BUNDLES, MEETING_BUNDLES,
);

/** Every message key of every Kring part. */
export type KringMessageKey = BundleKey<typeof MESSAGE_BUNDLES>;

/** All texts of Kring in one locale: a flat dictionary, one entry per key. */
export type KringMessages = Record<KringMessageKey, string>;

/** The locale and messages in effect for a subtree. */
export interface I18nValue {
  locale: Locale;
  messages: KringMessages;
}

/**
 * The messages of a locale (unknown locales fall back to Dutch), with `overrides` on top.
 * Override values that are not strings, and unknown keys, are ignored. Returns a new object
 * when there are overrides; the shipped dictionaries are frozen.
 */
export function getMessages(locale: Locale = 'nl', overrides?: Partial<KringMessages>): KringMessages {
  localeNow(locale);
  return textFor(MESSAGE_BUNDLES, locale, overrides).messages;
}

/** The messages in effect (nearest {@link MessagesProvider}, default Dutch), with optional overrides on top. */
export function useMessages(overrides?: Partial<KringMessages>): KringMessages {
  localeNow(useLocale());
  return useText(MESSAGE_BUNDLES, undefined, overrides).messages;
}

/** Props of {@link MessagesProvider}. */
export interface MessagesProviderProps {
  /** Language for every Kring part inside. Default: Dutch (`nl`), or the locale of an outer provider. */
  locale?: Locale;
  /** Texts to replace (any key), on top of the outer provider's overrides when the locale is the same. */
  messages?: Partial<KringMessages>;
  children?: ReactNode;
}

/** Sets the language and text overrides of every Kring part inside it. */
export const MessagesProvider: (props: MessagesProviderProps) => ReactElement = Provider;
