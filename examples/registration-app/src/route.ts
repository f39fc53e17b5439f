/** The host app's routing helpers: the current hash, the page title and focus after navigation. */
import { useEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { isolateText } from '@kring/react';

const APP_NAME = 'CliëntVolg';

/** True once the user has navigated inside the app (a hash change); not on the first page load. */
let navigated = false;

const hashListeners = new Set<() => void>();
const subscribeHash = (listener: () => void) => {
  const on = () => { navigated = true; listener(); };
  hashListeners.add(on);
  window.addEventListener('hashchange', on);
  return () => { hashListeners.delete(on); window.removeEventListener('hashchange', on); };
};
const readHash = () => window.location.hash;

/** The current `location.hash`, updated on every hash change and at once on `navigate`. */
export function useHash(): string {
  return useSyncExternalStore(subscribeHash, readHash, () => '');
}

/**
 * Goes to `hash` inside the app. The browser fires `hashchange` only in a later task, so a
 * control that navigates (the print page's "Alleen initialen" box is controlled by the hash)
 * would be put back by React at the end of the click and flip over a moment later — and a
 * click that lands in between is lost. Telling the listeners now renders the new page within
 * the same event.
 */
export function navigate(hash: string): void {
  if (window.location.hash === hash) return;
  window.location.hash = hash;
  for (const on of [...hashListeners]) on();
}

/**
 * Sets `document.title` to "part — part — CliëntVolg" (WCAG 2.4.2); `null` parts are left out.
 * Each part is bidi-isolated (`isolateText`): a client's name starting with U+202E would
 * otherwise turn " — CliëntVolg" around in the tab and the window list.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter((p): p is string => Boolean(p)).map((p) => isolateText(p)), APP_NAME].join(' — ');
  useEffect(() => { document.title = title; }, [title]);
}

/**
 * A ref for the page's main heading (render it with `tabIndex={-1}`). After an in-app
 * navigation, once `ready`, focus moves to it, so keyboard and screen-reader users start at
 * the new content; again whenever `view` changes (another tab of the same page).
 */
export function useRouteFocus<T extends HTMLElement>(ready: boolean, view = ''): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ready && navigated) ref.current?.focus();
  }, [ready, view]);
  return ref;
}
