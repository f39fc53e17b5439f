/** A box to anchor to that is not an element (Floating UI's virtual element). */
export interface AnchorBox {
  getBoundingClientRect(): DOMRect;
  contextElement?: Element;
}

/**
 * Where the editor of a tie opens: next to the tie's middle (B(0.5) on a curve, which the tie
 * carries as `data-mid="x y"` in drawing units), not next to the box around the whole tie,
 * which for a long or bent tie can be far from the line. A virtual element whose box follows
 * the map as it pans and zooms (`getScreenCTM`); its `contextElement` is the tie, so a press on
 * the tie counts as inside the popover's anchor. People and buttons anchor to themselves.
 * @internal
 */
export function popoverAnchor(el: Element | null): Element | AnchorBox | null {
  if (!el || el.getAttribute('data-part') !== 'tie') return el;
  const [x, y] = (el.getAttribute('data-mid') ?? '').split(' ').map(Number);
  const tie = el as SVGGraphicsElement;
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y) || typeof tie.getScreenCTM !== 'function') return el;
  return {
    contextElement: el,
    getBoundingClientRect() {
      const m = tie.getScreenCTM();
      if (!m) return el.getBoundingClientRect();
      const px = m.a * x + m.c * y + m.e;
      const py = m.b * x + m.d * y + m.f;
      return new DOMRect(px - 1, py - 1, 2, 2);
    },
  };
}
