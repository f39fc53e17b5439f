import { useState, type RefObject } from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';

/**
 * The content width of an element, kept up to date with a `ResizeObserver`; where there is
 * none (old browsers, jsdom) the width is read on mount and on window resize. Returns
 * `fallback` until a real width (> 0) is known.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const w = Math.floor(el.getBoundingClientRect().width || el.clientWidth);
      if (w > 0) setWidth((prev) => (Math.abs(prev - w) >= 1 ? w : prev));
    };
    read();
    if (typeof ResizeObserver === 'function') {
      const ro = new ResizeObserver(() => read());
      ro.observe(el);
      return () => ro.disconnect();
    }
    const win = el.ownerDocument.defaultView;
    win?.addEventListener('resize', read);
    return () => win?.removeEventListener('resize', read);
  }, [ref]);
  return width;
}
