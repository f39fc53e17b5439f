/** The host app's routing helpers: the current hash, the page title and focus after navigation. */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { isolateText } from '@kring/react';

const APP_NAME = 'CliëntVolg';

/** True once the user has navigated inside the app (a hash change); not on the first page load. */
let navigated = false;

/** The current `location.hash`, updated on every hash change. */
export function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = () => { navigated = true; setHash(window.location.hash); };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
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
