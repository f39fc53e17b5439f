/**
 * When to draw what is printed but not shown (the Ecogram's legend without `showLegend`): not
 * in the first render, where it held up the map (300 people: ~150 ms of a ~1.2 s mount in
 * Chromium, for a legend nobody sees), but once the browser is idle after it — and at once when
 * printing starts (`beforeprint`, synchronously, so the print-out has it; or the print media
 * query, as a test's print emulation and some browsers' previews switch it). Where printing
 * cannot be noticed (no `matchMedia`: jsdom) and on the server and while hydrating (the
 * server's markup has it), it is drawn at once.
 * @internal
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../utils/idle';
import { useServerOrHydrating } from '../utils/serverSnapshot';

/** Idle callbacks wait at most this long (ms) on a busy page. */
const IDLE_TIMEOUT = 1500;

function printCanBeNoticed(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && typeof window.addEventListener === 'function';
}

/**
 * Call `onPrint` (synchronously) when printing starts — `beforeprint`, or the print media query
 * (a test's print emulation and some browsers' previews switch it) — and `onIdle` once the
 * browser is idle; returns the cleanup. One listener set for the hooks below.
 */
function untilPrintOrIdle(onPrint: () => void, onIdle: () => void): () => void {
  const cancelPrint = whenPrintStarts(onPrint);
  const cancelIdle = whenIdle(onIdle, IDLE_TIMEOUT);
  return () => {
    cancelPrint();
    cancelIdle();
  };
}

/**
 * Call `onPrint` (synchronously) when printing starts — `beforeprint`, or the print media query
 * switching to print; returns the cleanup. Nothing where printing cannot be noticed (no
 * `matchMedia`: jsdom, the server). Work a view spreads over later tasks (the map's first
 * marks) finishes here, so the print-out has it.
 */
export function whenPrintStarts(onPrint: () => void): () => void {
  if (!printCanBeNoticed()) return () => undefined;
  const media = window.matchMedia('print');
  const onMedia = () => {
    if (media.matches) onPrint();
  };
  window.addEventListener('beforeprint', onPrint);
  media.addEventListener?.('change', onMedia);
  return () => {
    window.removeEventListener('beforeprint', onPrint);
    media.removeEventListener?.('change', onMedia);
  };
}

/**
 * @param now drawn at once, e.g. because the screen shows it too
 * @returns whether the print-only part is to be drawn now, and `drawNow` to draw it at once
 *   (synchronously: an export that copies it out of the page calls this before reading)
 */
export function usePrintOnly(now: boolean): { drawn: boolean; drawNow: () => void } {
  const serverOrHydrating = useServerOrHydrating();
  // Decided at mount: a server's or hydrating render draws it (and keeps it).
  const [wanted, setWanted] = useState(() => serverOrHydrating || !printCanBeNoticed());
  const needed = now || wanted;
  useEffect(() => {
    if (needed) return;
    let done = false;
    const show = (sync: boolean) => {
      if (done) return;
      done = true;
      if (sync) flushSync(() => setWanted(true));
      else setWanted(true);
    };
    return untilPrintOrIdle(() => show(true), () => show(false));
  }, [needed]);
  const drawNow = useCallback(() => {
    if (!needed) flushSync(() => setWanted(true));
  }, [needed]);
  return { drawn: needed, drawNow };
}

/**
 * `value` for a part drawn for paper only (hidden on screen, like the legend without
 * `showLegend`): `value` itself while `now` (the screen shows the part), else `value` as of the
 * last time the browser was idle after a change, or printing began — so an edit does not redraw,
 * in the same frame, what nobody sees (the legend recounted every symbol of a 1,000-person map
 * on each rename). `flush()` brings it up to date at once (an export reads the part).
 */
export function usePrintOnlyValue<T>(value: T, now: boolean): { value: T; flush: () => void } {
  const immediate = now || !printCanBeNoticed();
  const [kept, setKept] = useState<{ value: T }>(() => ({ value }));
  const latest = useRef(value);
  latest.current = value;
  const behind = !immediate && kept.value !== value;
  const flush = useCallback(() => {
    if (latest.current !== kept.value) flushSync(() => setKept({ value: latest.current }));
  }, [kept]);
  useEffect(() => {
    if (!behind) return;
    return untilPrintOrIdle(flush, () => setKept({ value: latest.current }));
  }, [behind, flush]);
  return { value: immediate ? value : kept.value, flush };
}
