/**
 * Dragging a person on the Ecogram: while dragging, the person's node (the same focused, named
 * element), their name and their ties are drawn in the drag layers over the map and follow the
 * pointer; the drop places them in the cell under the pointer; Escape puts everything back.
 * (jsdom has no getScreenCTM: pointer coordinates are the drawing's own units here.)
 */
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram, type EcogramChange } from '../src/ecogram';
import { pointer } from './pointer-helpers';

afterEach(cleanup);

function Host({ initial, onChange }: { initial: Network; onChange: (n: Network, c: EcogramChange) => void }) {
  const [network, setNetwork] = useState(initial);
  return (
    <Ecogram
      today="2025-06-01"
      network={network}
      onChange={(next, change) => {
        setNetwork(next);
        onChange(next, change);
      }}
    />
  );
}

const translate = (el: Element | null): { x: number; y: number } => {
  const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(el?.getAttribute('transform') ?? '');
  return { x: Number(m?.[1]), y: Number(m?.[2]) };
};

function setup() {
  const onChange = vi.fn();
  const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
  const svg = container.querySelector<SVGSVGElement>('[data-part="svg"]')!;
  const nodes = (id: string) => container.querySelectorAll<SVGGElement>(`[data-part="node"][data-id="${id}"]`);
  const disc = container.querySelector('[data-part="client-disc"]')!;
  const centre = { x: Number(disc.getAttribute('cx')), y: Number(disc.getAttribute('cy')) };
  const rings = Array.from(container.querySelectorAll('[data-part="ring"]'))
    .map((r) => ({ closeness: r.getAttribute('data-closeness') ?? '', r: Number(r.getAttribute('r')) }))
    .sort((a, b) => a.r - b.r);
  // The outer circle's band.
  const outer = { closeness: rings[rings.length - 1]!.closeness, from: rings[rings.length - 2]!.r, to: rings[rings.length - 1]!.r };
  // The person with ties nearest to the centre (inside the outer circle's band).
  const away = (id: string) => {
    const at = translate(nodes(id)[0] ?? null);
    return Math.hypot(at.x - centre.x, at.y - centre.y);
  };
  const person = samirNetwork.people
    .filter((p) => p.id !== samirNetwork.focus && nodes(p.id).length === 1 && samirNetwork.ties.some((t) => t.between.includes(p.id)))
    .sort((a, b) => away(a.id) - away(b.id))[0]!;
  expect(away(person.id)).toBeLessThan(outer.from);
  const start = translate(nodes(person.id)[0]!);
  // The middle of the outer circle, in the same direction from the centre.
  const d = Math.hypot(start.x - centre.x, start.y - centre.y);
  const mid = (outer.from + outer.to) / 2;
  const target = { x: centre.x + ((start.x - centre.x) / d) * mid, y: centre.y + ((start.y - centre.y) / d) * mid };
  const ties = samirNetwork.ties.filter((t) => t.between.includes(person.id));
  return { container, svg, nodes, onChange, person, start, target, ties, outer };
}

describe('Ecogram drag', () => {
  it('draws the dragged node, its name and its ties at the pointer, keeps it focused, and drops it in the cell under the pointer', () => {
    const { container, svg, nodes, onChange, person, start, target, ties, outer } = setup();
    const node = nodes(person.id)[0]!;
    const name = node.getAttribute('aria-label');
    act(() => node.focus());
    act(() => {
      node.dispatchEvent(pointer('pointerdown', { x: start.x, y: start.y }));
      window.dispatchEvent(pointer('pointermove', { x: start.x + 20, y: start.y }));
    });
    expect(svg.getAttribute('data-dragging')).toBe(person.id);
    // One node for the person, now in the node layer, still named and focused.
    expect(nodes(person.id)).toHaveLength(1);
    const dragged = nodes(person.id)[0]!;
    const layer = dragged.closest('[data-part="drag-layer"]') as SVGSVGElement | null;
    expect(layer?.getAttribute('data-layer')).toBe('node');
    expect(dragged).toHaveAttribute('data-dragging');
    expect(dragged.getAttribute('aria-label')).toBe(name);
    expect(dragged.ownerDocument.activeElement).toBe(dragged);
    // Drawn where the drag started; the layer follows the pointer.
    const anchor = translate(dragged);
    expect(anchor).toEqual({ x: Number((start.x + 20).toFixed(1)), y: Number(start.y.toFixed(1)) });
    act(() => {
      window.dispatchEvent(pointer('pointermove', { x: target.x, y: target.y }));
    });
    const offset = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(layer?.style.transform ?? '');
    expect(Number(offset?.[1])).toBeCloseTo(target.x - (start.x + 20), 1);
    expect(Number(offset?.[2])).toBeCloseTo(target.y - start.y, 1);
    expect(layer?.querySelector('[data-part="node-label"]')?.textContent).toBeTruthy();
    // The ties are drawn from their other end to the pointer; the originals' lines are hidden.
    const copies = container.querySelectorAll('[data-part="drag-layer"][data-layer="ties"] [data-part="drag-tie"]');
    expect(copies).toHaveLength(ties.length);
    const firstLine = copies[0]!.querySelector('[data-part="tie-line"] path')?.getAttribute('d') ?? '';
    const numbers = (firstLine.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    // One end of the line stops near the pointer: at the node's edge (radius + 2), less an arrowhead.
    const near = (x: number, y: number) => numbers.some((n, i) => Math.hypot(n - x, (numbers[i + 1] ?? NaN) - y) < 40);
    expect(near(target.x, target.y)).toBe(true);
    for (const tie of ties) {
      expect(container.querySelector(`[data-part="tie"][data-id="${tie.id}"]`)).toHaveAttribute('data-drag-source');
    }
    expect(container.querySelectorAll('[data-part="drop-target"]')).toHaveLength(1);

    act(() => {
      window.dispatchEvent(pointer('pointerup', { x: target.x, y: target.y }));
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    const next = onChange.mock.calls[0]![0] as Network;
    const moved = next.people.find((p) => p.id === person.id)!;
    expect(moved.closeness).toBe(outer.closeness);
    expect(moved.sector).toBe(person.sector);
    // Back in the map, focused; the drag layers and copies are gone.
    expect(nodes(person.id)).toHaveLength(1);
    expect(nodes(person.id)[0]!.closest('[data-part="svg"]')).toBe(svg);
    expect(container.querySelector('[data-part="drag-layer"]')).toBeNull();
    expect(container.querySelector('[data-part="drop-target"]')).toBeNull();
    expect(container.querySelector('[data-drag-source]')).toBeNull();
    expect(svg).not.toHaveAttribute('data-dragging');
  });

  it('Escape during a drag puts the person back where they were, unchanged', () => {
    const { container, svg, nodes, onChange, person, start, target } = setup();
    act(() => {
      nodes(person.id)[0]!.dispatchEvent(pointer('pointerdown', { x: start.x, y: start.y }));
      window.dispatchEvent(pointer('pointermove', { x: target.x, y: target.y }));
    });
    expect(container.querySelector('[data-part="drag-layer"]')).not.toBeNull();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(nodes(person.id)).toHaveLength(1);
    expect(nodes(person.id)[0]!.closest('[data-part="svg"]')).toBe(svg);
    expect(translate(nodes(person.id)[0]!)).toEqual({ x: Number(start.x.toFixed(1)), y: Number(start.y.toFixed(1)) });
    expect(container.querySelector('[data-part="drag-layer"]')).toBeNull();
    expect(svg).not.toHaveAttribute('data-dragging');
  });
});
