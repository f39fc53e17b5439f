/**
 * What the drawing shows mid-drag (issue 16, the drag layer), read in the page while the mouse
 * holds person `id`: the layer (on top of everything drawn, aria-hidden), its copies (none
 * focusable), the resting originals (`data-moving`, with their visibility), `ownTies` (the
 * person's ties in the ties layer: their accessible name matches `name`) and `ends` (for each
 * copy, how far its nearer end is from where the person is now, layout units).
 */
import type { Page } from 'playwright-core';

export function dragLayerState(page: Page, id: string, name: RegExp) {
  return page.evaluate(([who, pattern]) => {
    const node = document.querySelector(`[data-part="node"][data-id="${who}"]`)!;
    const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(node.getAttribute('transform') ?? '')!;
    const at = { x: Number(m[1]), y: Number(m[2]) };
    const layer = document.querySelector('[data-part="drag-layer"]');
    const copies = Array.from(layer?.querySelectorAll('[data-part="tie"]') ?? []);
    const resting = Array.from(document.querySelectorAll('[data-part="ties"] > [data-part="tie"][data-moving]'));
    const ends = copies.map((c) => {
      const path = c.querySelector<SVGPathElement>('[data-part="tie-path"]')!;
      const ps = [path.getPointAtLength(0), path.getPointAtLength(path.getTotalLength())];
      return Math.min(...ps.map((p) => Math.hypot(p.x - at.x, p.y - at.y)));
    });
    return {
      // on top of everything drawn (only the invisible text that measures names follows)
      last: !!layer && !layer.nextElementSibling?.matches(':not([data-part="label-measure"])'),
      ariaHidden: layer?.getAttribute('aria-hidden'),
      copies: copies.length,
      focusable: copies.filter((c) => c.hasAttribute('tabindex') || c.hasAttribute('role')).length,
      resting: resting.map((r) => [r.getAttribute('data-id'), getComputedStyle(r).visibility] as const),
      ownTies: Array.from(document.querySelectorAll('[data-part="ties"] > [data-part="tie"]')).filter((r) => new RegExp(pattern).test(r.getAttribute('aria-label') ?? '')).length,
      ends,
    };
  }, [id, name.source] as const);
}
