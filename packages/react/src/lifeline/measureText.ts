/**
 * Measures label text as the browser draws it (font, size and weight from the stylesheet and
 * the theme), so that the layout does not rely on a guess per character: the fallback font on
 * Linux (DejaVu Sans) is much wider than system-ui elsewhere. Where nothing can be measured
 * (server rendering, jsdom) it gives `undefined` and the layout estimates instead.
 */
import { useMemo, useState, type RefObject } from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';
import type { MeasureText } from '../view/lifeline/layout';

/** `tspan` elements that can measure: SVG text with a real layout behind it. */
type Measurable = SVGTSpanElement & { getComputedTextLength(): number };

function canMeasure(el: SVGTSpanElement | null): el is Measurable {
  return !!el && typeof (el as Partial<Measurable>).getComputedTextLength === 'function';
}

/**
 * @param titleRef a hidden `tspan` styled like a label title
 * @param dateRef a hidden `tspan` styled like a label date
 * @returns a measurer once mounted in a browser that lays out text, else `undefined`
 */
export function useMeasureText(titleRef: RefObject<SVGTSpanElement | null>, dateRef: RefObject<SVGTSpanElement | null>): MeasureText | undefined {
  // Bumped when web fonts finish loading: widths measured before then are stale.
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    const title = titleRef.current;
    if (!canMeasure(title)) return;
    title.textContent = 'M';
    // Not laid out (display: none somewhere above): estimate instead.
    if (!(title.getComputedTextLength() > 0)) return;
    setReady(true);
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts?.addEventListener) return;
    const bump = () => setVersion((v) => v + 1);
    fonts.addEventListener('loadingdone', bump);
    return () => fonts.removeEventListener('loadingdone', bump);
  }, [titleRef]);

  return useMemo(() => {
    if (!ready) return undefined;
    const cache = new Map<string, number>();
    void version;
    return (text: string, kind: 'title' | 'date') => {
      const key = `${kind}\u0000${text}`;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const el = (kind === 'title' ? titleRef : dateRef).current;
      if (!canMeasure(el)) return NaN;
      el.textContent = text;
      const w = el.getComputedTextLength();
      // Leave no text behind: a 5,000-letter name would otherwise stay in the page (off-screen,
      // but found by find-in-page and text-overflow checks).
      el.textContent = '';
      cache.set(key, w);
      return w;
    };
  }, [ready, version, titleRef, dateRef]);
}
