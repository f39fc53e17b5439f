/**
 * The SVG and PNG export (style inlining, the title block, key and legend drawn into the file)
 * loads on first use (issue 16): a view's `toSVG()` / `toPNG()` and its save buttons fetch it
 * when first asked, so a view that is only looked at never loads it. That is why `toSVG()`
 * returns a promise (0.3.0). A host that imports `exportSVG` itself has it at once.
 * @internal
 */
import { lazyModule, partsDrawn } from '../utils/lazyPart';

export type ExportModule = typeof import('./index');

export const exportModule = /* @__PURE__ */ lazyModule<ExportModule>(() => import('./index'));

/**
 * A view's `toSVG` and `toPNG` over its drawing (`svg()`: read once the export is here) — one
 * place for the Ecogram's and the Lifeline's handle and save buttons.
 */
export function exportsOf<O extends object, P extends object>(svg: () => SVGSVGElement | null, options: () => O, nothing: string): {
  toSVG: () => Promise<string>;
  toPNG: (extra?: P) => Promise<Blob>;
} {
  // With the export, every part that loads on first use, loaded and drawn (the legend drawn for
  // paper only, the people of a map given a past date): the file copies them out of the page,
  // as a print-out does (paper/print.ts).
  const load = (): Promise<ExportModule> => Promise.all([exportModule.load(), partsDrawn()]).then(([m]) => m);
  return {
    toSVG: () => load().then((m) => {
      const el = svg();
      return el ? m.exportSVG(el, options()) : '';
    }),
    toPNG: (extra) => load().then((m) => {
      const el = svg();
      return el ? m.exportPNG(el, { ...options(), ...extra }) : Promise.reject(new Error(nothing));
    }),
  };
}
