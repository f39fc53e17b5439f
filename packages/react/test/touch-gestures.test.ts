/**
 * Two fingers are a pinch, wherever they land: a second finger cancels a person's drag,
 * and the pan/zoom takes every finger down even when one is on a draggable node
 * (which alone would not start a pan). The real-browser side is tests/browser/touch.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDrag } from '../src/drag';
import { createPanZoom } from '../src/zoom';
import { isPinchStart } from '../src/zoom/createPanZoom';
import { pointer, scene } from './pointer-helpers';



interface Finger { identifier: number; clientX: number; clientY: number }
const finger = (identifier: number, clientX: number, clientY: number): Finger => ({ identifier, clientX, clientY });

/** A touch event as the browser sends it: every finger down in `touches`, the changed ones in `changedTouches`. */
function touchEvent(type: string, touches: Finger[], changed: Finger[]): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'touches', { value: touches });
  Object.defineProperty(e, 'changedTouches', { value: changed });
  Object.defineProperty(e, 'view', { value: window });
  return e;
}


afterEach(() => {
  document.body.innerHTML = '';
});

describe('createDrag with two fingers', () => {
  it('a second finger cancels a running drag: the item stays, the release is not a drop', () => {
    const { svg, node } = scene();
    const onStart = vi.fn();
    const onEnd = vi.fn();
    const onCancel = vi.fn();
    const drag = createDrag(svg, { onStart, onEnd, onCancel });
    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, id: 1, primary: true, pointerType: 'touch' }));
    window.dispatchEvent(pointer('pointermove', { x: 40, y: 10, id: 1, primary: true, pointerType: 'touch' }));
    expect(onStart).toHaveBeenCalledTimes(1);
    svg.dispatchEvent(pointer('pointerdown', { x: 60, y: 60, id: 2, primary: false, pointerType: 'touch' }));
    expect(onCancel).toHaveBeenCalledWith('p-1');
    expect(drag.isDragging()).toBe(false);
    window.dispatchEvent(pointer('pointermove', { x: 50, y: 10, id: 1, primary: true, pointerType: 'touch' }));
    window.dispatchEvent(pointer('pointerup', { x: 50, y: 10, id: 1, primary: true, pointerType: 'touch' }));
    expect(onEnd).not.toHaveBeenCalled();
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('a second finger before the threshold means no drag at all', () => {
    const { svg, node } = scene();
    const onStart = vi.fn();
    createDrag(svg, { onStart });
    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, id: 1, primary: true, pointerType: 'touch' }));
    svg.dispatchEvent(pointer('pointerdown', { x: 60, y: 60, id: 2, primary: false, pointerType: 'touch' }));
    window.dispatchEvent(pointer('pointermove', { x: 60, y: 10, id: 1, primary: true, pointerType: 'touch' }));
    expect(onStart).not.toHaveBeenCalled();
  });
});

describe('createPanZoom with two fingers', () => {
  it('knows a pinch start: a touchstart with two or more fingers down', () => {
    expect(isPinchStart(touchEvent('touchstart', [finger(1, 0, 0), finger(2, 9, 9)], [finger(2, 9, 9)]))).toBe(true);
    expect(isPinchStart(touchEvent('touchstart', [finger(1, 0, 0)], [finger(1, 0, 0)]))).toBe(false);
    expect(isPinchStart(touchEvent('touchmove', [finger(1, 0, 0), finger(2, 9, 9)], [finger(2, 9, 9)]))).toBe(false);
    expect(isPinchStart(new Event('mousedown'))).toBe(false);
  });

  for (const order of ['node first', 'background first'] as const) {
    it(`pinches when one finger is on a draggable node (${order})`, () => {
      const { svg, vp, node } = scene();
      const pz = createPanZoom(svg, { viewport: vp, ignore: (el) => el.closest('[data-drag-id]') !== null });
      const onNode = finger(1, 40, 50);
      const onBackground = finger(2, 60, 50);
      const [first, second] = order === 'node first' ? [onNode, onBackground] : [onBackground, onNode];
      (first === onNode ? node : svg).dispatchEvent(touchEvent('touchstart', [first], [first]));
      (second === onNode ? node : svg).dispatchEvent(touchEvent('touchstart', [first, second], [second]));
      // Each finger three times as far from the middle (50, 50).
      const apart = [first, second].map((f) => finger(f.identifier, 50 + (f.clientX - 50) * 3, 50));
      svg.dispatchEvent(touchEvent('touchmove', apart, apart));
      svg.dispatchEvent(touchEvent('touchend', [], apart));
      // The fingers moved from 20 to 60 apart: three times the scale.
      expect(pz.getTransform().k).toBeCloseTo(3);
      pz.destroy();
    });
  }

  it('one finger on a draggable node does not pan', () => {
    const { svg, vp, node } = scene();
    const pz = createPanZoom(svg, { viewport: vp, ignore: (el) => el.closest('[data-drag-id]') !== null });
    node.dispatchEvent(touchEvent('touchstart', [finger(1, 40, 50)], [finger(1, 40, 50)]));
    svg.dispatchEvent(touchEvent('touchmove', [finger(1, 80, 50)], [finger(1, 80, 50)]));
    svg.dispatchEvent(touchEvent('touchend', [], [finger(1, 80, 50)]));
    expect(pz.getTransform()).toEqual({ k: 1, x: 0, y: 0 });
    pz.destroy();
  });
});
