/**
 * The shared pan/zoom instance beyond the basics (ecogram-parts.test.tsx) and pinches
 * (touch-gestures.test.ts): the one wheel rule, the one-axis mode, report mode, pan bounds,
 * and the Lifeline's `useTimeZoom` on top of it. The real-browser side is
 * tests/browser/lifeline.test.ts and ecogram.test.ts (Ctrl + wheel, drag to pan).
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanZoom, wheelAction, wheelPan, wheelZoom } from '../src/zoom/createPanZoom';
import { useTimeZoom } from '../src/lifeline/useTimeZoom';
import type { TimeScale } from '../src/view/lifeline/time';
import { pointer, scene, SVG_NS } from './pointer-helpers';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

type WheelInit = { deltaX?: number; deltaY?: number; deltaMode?: number; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean };
const wheelInit = (init: WheelInit) => ({ deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false, shiftKey: false, ...init });
function wheel(target: Element, init: WheelInit): WheelEvent {
  const e = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: 50, clientY: 50, ...wheelInit(init) });
  target.dispatchEvent(e);
  return e;
}

/** A mouse event d3 takes (it needs the event's window). */
function mouse(type: string, x: number, y: number): Event {
  const e = pointer(type, { x, y });
  Object.defineProperty(e, 'view', { value: window });
  return e;
}

describe('the wheel rule', () => {
  it('Ctrl or ⌘ zooms, Shift or sideways pans, a plain wheel is the page’s', () => {
    expect(wheelAction(wheelInit({ deltaY: 100, ctrlKey: true }))).toBe('zoom');
    expect(wheelAction(wheelInit({ deltaY: 100, metaKey: true }))).toBe('zoom');
    expect(wheelAction(wheelInit({ deltaY: 100, shiftKey: true }))).toBe('pan');
    expect(wheelAction(wheelInit({ deltaX: 30, deltaY: 4 }))).toBe('pan');
    expect(wheelAction(wheelInit({ deltaY: 100 }))).toBe('page');
    expect(wheelAction(wheelInit({ deltaX: 3, deltaY: 40 }))).toBe('page');
    expect(wheelPan(wheelInit({ deltaY: 3, deltaMode: 1, shiftKey: true }))).toBe(48);
  });

  it('a pinch (small Ctrl deltas) zooms ten times faster than a mouse notch', () => {
    expect(wheelZoom(wheelInit({ deltaY: -5, ctrlKey: true }))).toBeCloseTo(0.1);
    expect(wheelZoom(wheelInit({ deltaY: -100, ctrlKey: true }))).toBeCloseTo(0.2);
    expect(wheelZoom(wheelInit({ deltaY: 3, deltaMode: 1, ctrlKey: true }))).toBeCloseTo(-0.15);
  });

  it('on the element: a plain wheel neither zooms nor stops the page scrolling; Ctrl zooms; Shift pans', () => {
    const { svg, vp } = scene();
    const onTransform = vi.fn();
    const pz = createPanZoom(svg, { viewport: vp, onTransform });
    const plain = wheel(svg, { deltaY: 100 });
    expect(plain.defaultPrevented).toBe(false);
    expect(onTransform).not.toHaveBeenCalled();
    const zoom = wheel(svg, { deltaY: -100, ctrlKey: true });
    expect(zoom.defaultPrevented).toBe(true);
    expect(pz.getTransform().k).toBeCloseTo(2 ** 0.2);
    expect(onTransform).toHaveBeenLastCalledWith(expect.objectContaining({ k: pz.getTransform().k }), true);
    const before = pz.getTransform();
    const pan = wheel(svg, { deltaY: 40, shiftKey: true });
    expect(pan.defaultPrevented).toBe(true);
    expect(pz.getTransform().x).toBeCloseTo(before.x - 40);
    expect(pz.getTransform().y).toBeCloseTo(before.y);
    expect(onTransform).toHaveBeenLastCalledWith(pz.getTransform(), true);
    pz.destroy();
  });

  it('Ctrl + wheel at the scale limit still keeps the page from zooming; destroy lets the wheel go', () => {
    const { svg, vp } = scene();
    const pz = createPanZoom(svg, { viewport: vp, scaleExtent: [1, 1] });
    expect(wheel(svg, { deltaY: -100, ctrlKey: true }).defaultPrevented).toBe(true);
    expect(pz.getTransform().k).toBe(1);
    pz.destroy();
    expect(wheel(svg, { deltaY: -100, ctrlKey: true }).defaultPrevented).toBe(false);
    expect(wheel(svg, { deltaY: 40, shiftKey: true }).defaultPrevented).toBe(false);
  });
});

describe('createPanZoom on one axis', () => {
  it('zooms and pans along x only, and draws the viewport stretched along x', () => {
    const { svg, vp } = scene();
    const pz = createPanZoom(svg, { viewport: vp, axis: 'x', step: 2 });
    pz.zoomIn([25, 80]);
    expect(pz.getTransform()).toEqual({ k: 2, x: -25, y: 0 });
    expect(vp.getAttribute('transform')).toBe('translate(-25,0) scale(2,1)');
    pz.panBy(10, 30);
    expect(pz.getTransform()).toEqual({ k: 2, x: -15, y: 0 });
    pz.setTransform({ k: 3, x: 5, y: 7 });
    expect(pz.getTransform()).toEqual({ k: 3, x: 5, y: 0 });
    pz.centerOn(50, 50);
    expect(pz.getTransform()).toEqual({ k: 3, x: -100, y: 0 });
    pz.reset();
    expect(pz.getTransform()).toEqual({ k: 1, x: 0, y: 0 });
    pz.destroy();
  });

  it('along y: a sideways wheel pans along the axis; dragging pans along it too', () => {
    const { svg, vp } = scene();
    const pz = createPanZoom(svg, { viewport: vp, axis: 'y' });
    pz.setTransform({ k: 2, x: 0, y: -20 });
    wheel(svg, { deltaX: 30, deltaY: 2 });
    expect(pz.getTransform()).toEqual({ k: 2, x: 0, y: -50 });
    expect(vp.getAttribute('transform')).toBe('translate(0,-50) scale(1,2)');
    svg.dispatchEvent(mouse('mousedown', 10, 10));
    window.dispatchEvent(mouse('mousemove', 40, 30));
    window.dispatchEvent(mouse('mouseup', 40, 30));
    expect(pz.getTransform()).toEqual({ k: 2, x: 0, y: -30 });
    pz.destroy();
  });

  it('keeps the view inside panBounds along its axis, and only there', () => {
    const { svg } = scene();
    const onTransform = vi.fn();
    const bounds = { x: 0, y: 0, width: 100, height: 100 };
    // report mode: no viewport
    const pz = createPanZoom(svg, { axis: 'x', scaleExtent: [1, 4], panBounds: () => bounds, onTransform });
    pz.panBy(50, 0);
    expect(pz.getTransform()).toEqual({ k: 1, x: 0, y: 0 });
    pz.zoomIn();
    pz.panBy(1000, 0);
    // the content's left edge stays at the view's left edge
    expect(pz.getTransform().x).toBeCloseTo(0);
    pz.panBy(-1000, 0);
    expect(pz.getTransform().x).toBeCloseTo(100 - 100 * pz.getTransform().k);
    expect(onTransform).toHaveBeenLastCalledWith(pz.getTransform(), false);
    expect(svg.querySelector('g')?.hasAttribute('transform')).toBe(false);
    pz.destroy();
  });

  it('a custom extent is the frame keys zoom around and fit fills', () => {
    const { svg } = scene();
    const pz = createPanZoom(svg, { axis: 'x', extent: () => ({ x: 20, y: 0, width: 60, height: 10 }), step: 2 });
    pz.zoomIn();
    // the middle of the frame (50) stays put
    expect(pz.getTransform()).toEqual({ k: 2, x: -50, y: 0 });
    pz.fit({ x: 0, y: 0, width: 120, height: 1 });
    expect(pz.getTransform()).toEqual({ k: 0.5, x: 20, y: 0 });
    pz.destroy();
  });

  it('update({ axis }) drops the translation across the new axis', () => {
    const { svg, vp } = scene();
    const pz = createPanZoom(svg, { viewport: vp });
    pz.setTransform({ k: 2, x: -10, y: -20 });
    pz.update({ axis: 'y' });
    expect(pz.getTransform()).toEqual({ k: 2, x: 0, y: -20 });
    expect(vp.getAttribute('transform')).toBe('translate(0,-20) scale(1,2)');
    pz.destroy();
  });

  it('a new instance on the same element starts from the transform left there', () => {
    const { svg, vp } = scene();
    const first = createPanZoom(svg, { viewport: vp });
    first.setTransform({ k: 2, x: -5, y: -5 });
    first.destroy();
    const second = createPanZoom(svg, { viewport: vp });
    expect(second.getTransform()).toEqual({ k: 2, x: -5, y: -5 });
    second.destroy();
  });
});

describe('useTimeZoom (the Lifeline on the shared instance)', () => {
  const base: TimeScale = { d0: 0, d1: 1000, r0: 100, r1: 1100 };
  function setup(axis: 'x' | 'y' = 'x') {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 1200 200');
    const event = document.createElementNS(SVG_NS, 'g');
    event.setAttribute('data-part', 'event');
    svg.appendChild(event);
    document.body.appendChild(svg);
    const svgRef = { current: svg };
    const hook = renderHook(({ a }) => useTimeZoom(svgRef, base, a, [0, 100]), { initialProps: { a: axis } });
    return { svg, event, hook };
  }

  it('zooms around a time, pans later in time, reveals, and shows everything again', () => {
    const { hook } = setup();
    expect(hook.result.current.zoomed).toBe(false);
    act(() => hook.result.current.zoomIn(100));
    // around the start: the range starts at day 0 and is 1.6 times shorter
    expect(hook.result.current.zoomed).toBe(true);
    expect(hook.result.current.scale.d0).toBeCloseTo(0);
    expect(hook.result.current.scale.d1).toBeCloseTo(1000 / 1.6);
    expect(hook.result.current.scale.r0).toBe(100);
    act(() => hook.result.current.panBy(160));
    expect(hook.result.current.scale.d0).toBeCloseTo(100);
    act(() => hook.result.current.panBy(-10_000));
    expect(hook.result.current.scale.d0).toBeCloseTo(0);
    act(() => hook.result.current.reveal(1500));
    expect(hook.result.current.scale.d0).toBeGreaterThan(0);
    act(() => hook.result.current.reset());
    expect(hook.result.current.zoomed).toBe(false);
    expect(hook.result.current.scale).toEqual(base);
  });

  it('never zooms in beyond 60 days', () => {
    const { hook } = setup();
    for (let i = 0; i < 12; i++) act(() => hook.result.current.zoomIn());
    expect(hook.result.current.canZoomIn).toBe(false);
    const s = hook.result.current.scale;
    expect(s.d1 - s.d0).toBeCloseTo(60);
  });

  it('the wheel: plain scrolls the page, Ctrl zooms, Shift pans in time; pressing an event does not pan', () => {
    const { svg, event, hook } = setup();
    act(() => void wheel(svg, { deltaY: -100 }));
    expect(hook.result.current.zoomed).toBe(false);
    act(() => void wheel(svg, { deltaY: -400, ctrlKey: true }));
    expect(hook.result.current.zoomed).toBe(true);
    const d0 = hook.result.current.scale.d0;
    act(() => void wheel(svg, { deltaY: 50, shiftKey: true }));
    expect(hook.result.current.scale.d0).toBeGreaterThan(d0);
    const panned = hook.result.current.scale.d0;
    const drag = (from: Element) => act(() => {
      from.dispatchEvent(mouse('mousedown', 300, 50));
      window.dispatchEvent(mouse('mousemove', 500, 50));
      window.dispatchEvent(mouse('mouseup', 500, 50));
    });
    drag(event);
    expect(hook.result.current.scale.d0).toBe(panned);
    // the background pans: dragged to the right, earlier in time
    drag(svg);
    expect(hook.result.current.scale.d0).toBeLessThan(panned);
  });

  it('vertical (time runs down): keeps the visible time when the orientation turns', () => {
    const { svg, hook } = setup('x');
    act(() => hook.result.current.zoomIn());
    const { d0, d1 } = hook.result.current.scale;
    hook.rerender({ a: 'y' });
    expect(hook.result.current.scale.d0).toBeCloseTo(d0);
    expect(hook.result.current.scale.d1).toBeCloseTo(d1);
    // a sideways wheel moves along time, down the page
    act(() => void wheel(svg, { deltaX: 80, deltaY: 0 }));
    expect(hook.result.current.scale.d0).toBeGreaterThan(d0);
  });

  it('lets the element go on unmount', () => {
    const { svg, hook } = setup();
    hook.unmount();
    expect(wheel(svg, { deltaY: -100, ctrlKey: true }).defaultPrevented).toBe(false);
  });
});
