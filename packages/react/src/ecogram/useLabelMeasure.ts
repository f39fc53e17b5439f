/**
 * Measures the ecogram's name labels as the browser draws them (font family, weight and the
 * theme from the stylesheet), so that the placer does not rely on a guess per character: the
 * fallback font on Linux (DejaVu Sans) is much wider than system-ui elsewhere, and emoji or
 * Arabic script are nothing like "0.66 em a character". Where nothing can be measured (server
 * rendering, jsdom) it gives no measure and the placer estimates instead.
 *
 * How: a hidden `<text data-part="label-measure">` inside the map's SVG carries the label
 * styles; its computed font (`getComputedStyle`: a style read, no layout) is handed to a 2D
 * canvas, whose `measureText` is fast (no layout) and uses the same shaping as SVG text. Widths
 * are cached per text at 100 units and scaled. Without a canvas the hidden text measures itself
 * (`getComputedTextLength`), leaving no text behind. Web fonts that finish loading re-measure.
 *
 * One drawing at mount: in a browser the font is read in a layout effect of the first commit,
 * before anything is painted. Until then `ready` is false and the map draws only its rings and
 * sectors (cheap), so the people, ties and names are laid out and placed once, with measured
 * widths — not once by estimate and again after the measurement (which also forced a layout of
 * the whole drawing: 260 ms at 300 people). On the server and while hydrating server HTML it is
 * ready at once (the estimate), so the client's first render matches the server's markup.
 * @internal
 */
import { useMemo, useState, type RefObject } from 'react';
import { useServerOrHydrating } from '../utils/serverSnapshot';
import { useLayoutEffect } from '../utils/layoutEffect';
import { estimateLabel, type MeasureLabel } from '../view/labels/labelText';

type Measurable = SVGTextElement & { getComputedTextLength(): number };

function canMeasure(el: SVGTextElement | null): el is Measurable {
  return !!el && typeof (el as Partial<Measurable>).getComputedTextLength === 'function';
}

/** Whether this environment draws SVG text that can be measured (a browser; not jsdom, not a server). */
function browserMeasures(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof SVGTextElement === 'function' &&
    typeof (SVGTextElement.prototype as Partial<Measurable>).getComputedTextLength === 'function'
  );
}

/** The reference size widths are measured at. */
const AT = 100;

/** What {@link useLabelMeasure} gives. */
export interface LabelMeasure {
  /** Width of a text at a font size, as drawn; absent where nothing can be measured (estimate instead). */
  measure: MeasureLabel | undefined;
  /** False only in a browser's first render, before the font has been read: draw no names (nor what they are placed with) yet. */
  ready: boolean;
}

/**
 * @param ref the hidden measuring text (styled like a name label, font size {@link AT})
 */
export function useLabelMeasure(ref: RefObject<SVGTextElement | null>): LabelMeasure {
  const serverOrHydrating = useServerOrHydrating();
  /** The canvas font; `false` = read, but cannot be measured here (estimate); `null` = not read yet. */
  const [font, setFont] = useState<string | false | null>(null);
  const [version, setVersion] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!browserMeasures()) return;
    if (!canMeasure(el)) {
      setFont(false);
      return;
    }
    const style = getComputedStyle(el);
    setFont(`${style.fontStyle} ${style.fontWeight} ${AT}px ${style.fontFamily || 'sans-serif'}`);
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts?.addEventListener) return;
    const bump = () => setVersion((v) => v + 1);
    fonts.addEventListener('loadingdone', bump);
    return () => fonts.removeEventListener('loadingdone', bump);
  }, [ref]);

  const measure = useMemo(() => {
    if (!font) return undefined;
    void version;
    let ctx: CanvasRenderingContext2D | null = null;
    try {
      ctx = document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
    if (ctx) ctx.font = font;
    const cache = new Map<string, number>();
    const measured = (c: CanvasRenderingContext2D, text: string): number => {
      let w = cache.get(text);
      if (w === undefined) {
        w = c.measureText(text).width;
        cache.set(text, w);
      }
      return w;
    };
    return (text: string, fontSize: number) => {
      let w = cache.get(text);
      if (w === undefined) {
        if (ctx) {
          // A line is as wide as its words and spaces: spaces neither kern nor join, so the sum
          // equals one measurement of the line (Chromium: equal for all 2,411 names of the
          // generated networks and the fixtures, Arabic and emoji included). The placer tries
          // many line breaks of one name; each word is shaped once, not once per line it is in.
          const words = text.includes(' ') ? text.split(' ') : null;
          w = words ? words.reduce((sum, word) => sum + measured(ctx, word), (words.length - 1) * measured(ctx, ' ')) : ctx.measureText(text).width;
        } else {
          const el = ref.current;
          if (!canMeasure(el)) return estimateLabel(text, fontSize);
          el.textContent = text;
          w = el.getComputedTextLength();
          // Leave no text behind: a 5,000-letter name would stay in the page otherwise.
          el.textContent = '';
          // Not laid out (display: none somewhere above): no width to trust, estimate.
          if (!(w > 0) && text.trim() !== '') return estimateLabel(text, fontSize);
        }
        if (cache.size > 8000) cache.clear();
        cache.set(text, w);
      }
      return (w * fontSize) / AT;
    };
  }, [font, version, ref]);
  const ready = font !== null || serverOrHydrating || !browserMeasures();
  return { measure, ready };
}
