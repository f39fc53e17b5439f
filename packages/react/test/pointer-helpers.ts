/** Synthetic pointer events and a small SVG scene for the drag and pan/zoom unit tests. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A pointer event as jsdom can make it (PointerEvent where it exists, else MouseEvent). */
export function pointer(
  type: string,
  init: { x: number; y: number; button?: number; id?: number; primary?: boolean; pointerType?: string },
): Event {
  const Ctor = (window as unknown as { PointerEvent?: typeof MouseEvent }).PointerEvent ?? MouseEvent;
  const e = new Ctor(type, { bubbles: true, cancelable: true, clientX: init.x, clientY: init.y, button: init.button ?? 0 });
  Object.defineProperty(e, 'pointerId', { value: init.id ?? 1 });
  Object.defineProperty(e, 'isPrimary', { value: init.primary ?? true });
  Object.defineProperty(e, 'pointerType', { value: init.pointerType ?? 'mouse' });
  return e;
}

/** An SVG (viewBox 0 0 100 100) with a viewport `<g>` holding one draggable node `p-1`, in the document. */
export function scene(): { svg: SVGSVGElement; vp: SVGGElement; node: SVGCircleElement } {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  const vp = document.createElementNS(SVG_NS, 'g');
  const node = document.createElementNS(SVG_NS, 'circle');
  node.setAttribute('data-drag-id', 'p-1');
  vp.appendChild(node);
  svg.appendChild(vp);
  document.body.appendChild(svg);
  return { svg, vp, node };
}
