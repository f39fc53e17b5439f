/**
 * Measures the ecogram's name labels as the browser draws them (font family, weight and the
 * theme from the stylesheet), so that the placer does not rely on a guess per character: the
 * fallback font on Linux (DejaVu Sans) is much wider than system-ui elsewhere, and emoji or
 * Arabic script are nothing like "0.66 em a character". Where nothing can be measured (server
 * rendering, jsdom) it gives `undefined` and the placer estimates instead.
 *
 * How: a hidden `<text data-part="label-measure">` inside the map's SVG carries the label
 * styles; its computed font is handed to a 2D canvas, whose `measureText` is fast (no layout)
 * and uses the same shaping as SVG text. Widths are cached per text at 100 units and scaled.
 * Without a canvas the hidden text measures itself (`getComputedTextLength`), leaving no text
 * behind. Web fonts that finish loading re-measure.
 * @internal
 */
import { useMemo, useState, type RefObject } from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';
import type { MeasureLabel } from './labelText';

type Measurable = SVGTextElement & { getComputedTextLength(): number };

function canMeasure(el: SVGTextElement | null): el is Measurable {
  return !!el && typeof (el as Partial<Measurable>).getComputedTextLength === 'function';
}

/** The reference size widths are measured at. */
const AT = 100;

/**
 * @param ref the hidden measuring text (styled like a name label, font size {@link AT})
 * @returns a measure function once mounted in a browser that lays out text, else `undefined`
 */
export function useLabelMeasure(ref: RefObject<SVGTextElement | null>): MeasureLabel | undefined {
  const [font, setFont] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!canMeasure(el)) return;
    el.textContent = 'M';
    const laidOut = el.getComputedTextLength() > 0;
    el.textContent = '';
    // Not laid out (display: none somewhere above, or jsdom): estimate instead.
    if (!laidOut) return;
    const style = getComputedStyle(el);
    setFont(`${style.fontStyle} ${style.fontWeight} ${AT}px ${style.fontFamily}`);
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts?.addEventListener) return;
    const bump = () => setVersion((v) => v + 1);
    fonts.addEventListener('loadingdone', bump);
    return () => fonts.removeEventListener('loadingdone', bump);
  }, [ref]);

  return useMemo(() => {
    if (font === null) return undefined;
    void version;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
    if (ctx) ctx.font = font;
    const cache = new Map<string, number>();
    return (text: string, fontSize: number) => {
      let w = cache.get(text);
      if (w === undefined) {
        if (ctx) w = ctx.measureText(text).width;
        else {
          const el = ref.current;
          if (!canMeasure(el)) return NaN;
          el.textContent = text;
          w = el.getComputedTextLength();
          // Leave no text behind: a 5,000-letter name would stay in the page otherwise.
          el.textContent = '';
        }
        if (cache.size > 4000) cache.clear();
        cache.set(text, w);
      }
      return (w * fontSize) / AT;
    };
  }, [font, version, ref]);
}
