import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDrag } from '../src/drag';
import { createPanZoom } from '../src/zoom';
import { exportSVG } from '../src/export';
import { nearestInDirection } from '../src/view/map/geometry';
import { pointer, scene, SVG_NS } from './pointer-helpers';




afterEach(() => {
  document.body.innerHTML = '';
});

describe('createDrag', () => {
  it('starts only after the threshold, reports moves and the end, and swallows the click after a drag', () => {
    const { svg, node } = scene();
    const onStart = vi.fn();
    const onMove = vi.fn();
    const onEnd = vi.fn();
    const drag = createDrag(svg, { onStart, onMove, onEnd });
    const clicked = vi.fn();
    svg.addEventListener('click', clicked);

    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10 }));
    window.dispatchEvent(pointer('pointermove', { x: 12, y: 11 }));
    expect(onStart).not.toHaveBeenCalled();
    expect(drag.isDragging()).toBe(false);
    window.dispatchEvent(pointer('pointermove', { x: 30, y: 10 }));
    expect(onStart).toHaveBeenCalledWith('p-1', { x: 30, y: 10 });
    expect(onMove).toHaveBeenLastCalledWith('p-1', { x: 30, y: 10 });
    expect(svg.getAttribute('data-dragging')).toBe('p-1');
    window.dispatchEvent(pointer('pointerup', { x: 40, y: 12 }));
    expect(onEnd).toHaveBeenCalledWith('p-1', { x: 40, y: 12 });
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
    drag.destroy();
  });

  it('a click without movement is just a click', () => {
    const { svg, node } = scene();
    const onStart = vi.fn();
    const onEnd = vi.fn();
    createDrag(svg, { onStart, onEnd });
    const clicked = vi.fn();
    svg.addEventListener('click', clicked);
    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10 }));
    window.dispatchEvent(pointer('pointerup', { x: 11, y: 10 }));
    node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onStart).not.toHaveBeenCalled();
    expect(onEnd).not.toHaveBeenCalled();
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('Escape cancels, a disabled drag never starts, and toLocal converts coordinates', () => {
    const { svg, node } = scene();
    const onCancel = vi.fn();
    const onEnd = vi.fn();
    let enabled = true;
    createDrag(svg, { onCancel, onEnd, enabled: () => enabled, toLocal: (x, y) => ({ x: x / 2, y: y / 2 }), onStart: (_, p) => expect(p).toEqual({ x: 15, y: 5 }) });
    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10 }));
    window.dispatchEvent(pointer('pointermove', { x: 30, y: 10 }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledWith('p-1');
    window.dispatchEvent(pointer('pointerup', { x: 40, y: 10 }));
    expect(onEnd).not.toHaveBeenCalled();
    enabled = false;
    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10 }));
    window.dispatchEvent(pointer('pointermove', { x: 60, y: 10 }));
    window.dispatchEvent(pointer('pointerup', { x: 60, y: 10 }));
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('touch needs a longer move before dragging', () => {
    const { svg, node } = scene();
    const onStart = vi.fn();
    createDrag(svg, { onStart });
    node.dispatchEvent(pointer('pointerdown', { x: 10, y: 10, pointerType: 'touch' }));
    window.dispatchEvent(pointer('pointermove', { x: 17, y: 10, pointerType: 'touch' }));
    expect(onStart).not.toHaveBeenCalled();
    window.dispatchEvent(pointer('pointermove', { x: 22, y: 10, pointerType: 'touch' }));
    expect(onStart).toHaveBeenCalled();
  });
});

describe('createPanZoom', () => {
  it('zooms in and out around the centre, fits, reports transforms and stops after destroy', () => {
    const { svg, vp } = scene();
    const onTransform = vi.fn();
    const pz = createPanZoom(svg, { viewport: vp, onTransform });
    pz.zoomIn();
    expect(pz.getTransform().k).toBeCloseTo(1.3);
    // the centre (50, 50) stays put
    expect(pz.getTransform().x).toBeCloseTo(50 - 1.3 * 50);
    expect(vp.getAttribute('transform')).toBe('translate(-15,-15) scale(1.3)');
    pz.zoomOut();
    pz.zoomOut();
    expect(pz.getTransform().k).toBeCloseTo(1 / 1.3);
    pz.fit({ x: 0, y: 0, width: 50, height: 50 });
    expect(pz.getTransform()).toEqual({ k: 1, x: 25, y: 25 });
    pz.setTransform({ k: 2, x: 0, y: 0 });
    expect(onTransform).toHaveBeenLastCalledWith({ k: 2, x: 0, y: 0 }, false);
    pz.centerOn(50, 50);
    expect(pz.getTransform()).toEqual({ k: 2, x: -50, y: -50 });
    pz.setTransform({ k: 100, x: 0, y: 0 });
    expect(pz.getTransform().k).toBe(6);
    pz.destroy();
  });
});

describe('export', () => {
  it('inlines styles, drops screen-only parts and interactive attributes, keeps the live DOM as it was', () => {
    const { svg, vp } = scene();
    vp.setAttribute('data-part', 'viewport');
    vp.setAttribute('transform', 'translate(10,10) scale(2)');
    const hit = document.createElementNS(SVG_NS, 'circle');
    hit.setAttribute('data-part', 'hit-area');
    vp.appendChild(hit);
    const button = document.createElementNS(SVG_NS, 'g');
    button.setAttribute('role', 'button');
    button.setAttribute('tabindex', '0');
    const text = document.createElementNS(SVG_NS, 'text');
    text.textContent = '<Jan & "Piet">';
    button.appendChild(text);
    vp.appendChild(button);
    const before = svg.outerHTML;
    const out = exportSVG(svg, { title: 'Ecogram van Jan', background: '#fff' });
    expect(svg.outerHTML).toBe(before);
    expect(out).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(out).toContain('<title>Ecogram van Jan</title>');
    expect(out).toContain('width="100" height="100"');
    expect(out).toContain('&lt;Jan &amp; "Piet"&gt;');
    expect(out).not.toContain('hit-area');
    expect(out).not.toContain('tabindex');
    expect(out).not.toContain('role="button"');
    expect(out).not.toContain('scale(2)');
    expect(out).toContain('data-part="export-background"');
    expect(out).toContain('<style>text{font-family:system-ui');
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('exportSVG draws a numbered key under the picture; long lines wrap to at most three, then …', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 600 400');
    document.body.appendChild(svg);
    const long = `Anna ${'lange naam '.repeat(500)}`;
    const out = exportSVG(svg, {
      key: { title: 'Namen', items: [{ number: 1, text: 'Bram (familie, midden)' }, { number: 2, text: long }, { number: 3, text: '<b>Cas</b>' }] },
    });
    svg.remove();
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('[data-part="export-key"] text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('Namen');
    expect(texts).toEqual(expect.arrayContaining(['1.', 'Bram (familie, midden)', '2.', '3.', '<b>Cas</b>']));
    const annaLines = texts.slice(texts.indexOf('2.') + 1, texts.indexOf('3.'));
    expect(annaLines[0]!.startsWith('Anna lange naam')).toBe(true);
    expect(annaLines).toHaveLength(3);
    expect(annaLines[2]!.endsWith('…')).toBe(true);
    // the picture is taller by the key, its width unchanged
    const [, , w, h] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBe(600);
    expect(h).toBeGreaterThan(400 + 4 * 16);
    // no key without items
    expect(exportSVG(svg, { key: { title: 'Namen', items: [] } })).not.toContain('export-key');
  });
});

describe('geometry', () => {
  it('finds the nearest person in a direction, preferring the cone around the axis', () => {
    const items = [
      { id: 'right', x: 10, y: 0 },
      { id: 'far-right', x: 30, y: 1 },
      { id: 'up-right', x: 5, y: -9 },
      { id: 'up', x: 0, y: -20 },
      { id: 'left', x: -8, y: 2 },
    ];
    const o = { x: 0, y: 0 };
    expect(nearestInDirection(o, items, 'right')).toBe('right');
    expect(nearestInDirection(o, items, 'up')).toBe('up-right');
    expect(nearestInDirection(o, items, 'left')).toBe('left');
    expect(nearestInDirection(o, items, 'down')).toBe('left');
    expect(nearestInDirection({ x: -8, y: 2 }, items, 'left', 'left')).toBeNull();
  });
});

describe('accessible names of ties', () => {
  it('do not double a full stop after initials ("Band tussen Y. en T.H. Sterkte …")', async () => {
    const { describeTie, sentences } = await import('../src/view/map/describeMap');
    const { redactNetwork } = await import('@kring/core');
    const { samirNetwork } = await import('@kring/fixtures');
    const { textFor } = await import('../src/i18n');
    const { ECOGRAM_BUNDLES } = await import('../src/ecogram/messages');
    const t = textFor(ECOGRAM_BUNDLES, 'nl');
    const network = redactNetwork(samirNetwork, 'initials');
    expect(network.people.filter((p) => p.name.endsWith('.')).length).toBeGreaterThan(1); // the case this is for
    for (const tie of network.ties) {
      const name = describeTie(tie, network, t);
      expect(name).not.toMatch(/\.\./);
      expect(name).toMatch(/^Band tussen .+\. /);
    }
    expect(sentences(['Band tussen Y. en T.H.', 'Sterkte: Sterk', 'Notitie: fijn!', 'Status: Actief'])).toBe('Band tussen Y. en T.H. Sterkte: Sterk. Notitie: fijn! Status: Actief');
  });
});
