/**
 * Issue 13.1 in the views: a redacted Ecogram, Lifeline and NetworkSummary show no name —
 * in the DOM text, in ids and `data-id` attributes, in the exported SVG — and the title block
 * carries the redacted form of the client's name. The host still talks in its own ids.
 */
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { Lifeline, type LifelineHandle } from '../src/lifeline';
import { NetworkSummary } from '../src/summary';

const TODAY = '2025-06-01';

/** Ids made from names, a vendor extension, an unknown field, names written every which way. */
const network = {
  format: 'kring.network', version: 1, focus: 'p-aisha', title: 'Netwerk van Aisha',
  people: [
    { id: 'p-aisha', name: 'Aïsha El Amrani', kind: 'person', phone: '06-12345678' },
    { id: 'p-ozlem', name: 'Özlem Yılmaz', kind: 'person', role: 'vriendin van aisha', sector: 'friends', closeness: 'inner' },
    { id: 'p-moeder', name: 'Moeder', kind: 'person', sector: 'family', closeness: 'inner' },
    { id: 'o-moskee', name: 'Moskee', kind: 'organisation', sector: 'community', closeness: 'outer' },
  ],
  ties: [
    { id: 't-aisha-ozlem', between: ['p-aisha', 'p-ozlem'], strength: 'strong', note: 'Ozlem belt elke dag' },
    { id: 't-aisha-moeder', between: ['p-aisha', 'p-moeder'], strength: 'moderate' },
  ],
  groups: [{ id: 'g-familie-el-amrani', name: 'Familie El-Amrani', kind: 'chat', members: ['p-aisha', 'p-moeder'] }],
  events: [
    { id: 'e-ruzie-ozlem', title: 'Ruzie met OZLEM', date: '2020', category: 'relationships', valence: -1, people: ['p-ozlem'] },
    { id: 'e-verhuisd', title: 'Verhuisd met familie El Amrani', date: '2022-03', category: 'housing', valence: 1, people: ['p-aisha'] },
  ],
  extensions: { 'org.example.crm': { client: 'Aïsha El Amrani' } },
} as unknown as Network;

const NAME_WORDS = ['aisha', 'amrani', 'ozlem', 'yilmaz', 'moeder', 'moskee', '06-12345678'];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/** The name words `text` contains (case and accents ignored, also inside ids such as `p-aisha`). */
function namesIn(text: string): string[] {
  const folded = fold(text);
  return NAME_WORDS.filter((w) => folded.includes(w));
}

/** Every id-like attribute value in the DOM: `id`, `data-id`, `for`, `aria-*` references, `href`. */
function idAttributes(root: Element): string {
  const values: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^(id|data-.*|for|href|aria-(labelledby|describedby|controls|activedescendant|owns))$/.test(attr.name)) values.push(attr.value);
    }
  }
  return values.join(' ');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a redacted view names no one', () => {
  it('Ecogram: DOM text, ids and the exported SVG hold no name; the title block the redacted name; initials are unique', async () => {
    const handle = createRef<EcogramHandle>();
    const { container } = render(<Ecogram ref={handle} network={network} redacted="initials" today={TODAY} showLegend />);
    expect(namesIn(container.textContent ?? '')).toEqual([]);
    expect(namesIn(idAttributes(container))).toEqual([]);
    const svg = (await handle.current?.toSVG()) ?? '';
    expect(svg).toContain('<svg');
    expect(namesIn(svg)).toEqual([]);
    const title = container.querySelector('[data-part="title-block-title"]')?.textContent;
    expect(title).toBe('Ecogram van A.E.A.');
    const nodes = [...container.querySelectorAll('[data-part="node"]')].map((n) => n.getAttribute('data-id'));
    expect(nodes.sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(container.textContent).toContain('M.1');
    expect(container.textContent).toContain('M.2');
  });

  it('Ecogram: the host selects and hears about selection in its own ids', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    const node = (c: HTMLElement, id: string) => c.querySelector(`[data-part="node"][data-id="${id}"]`) as SVGGElement;
    const { container, rerender } = render(
      <Ecogram network={network} redacted="initials" selectedId={null} onSelectionChange={onSelectionChange} today={TODAY} />,
    );
    await user.click(node(container, 'p3'));
    expect(onSelectionChange).toHaveBeenCalledWith('p-moeder');
    rerender(<Ecogram network={network} redacted="initials" selectedId="p-ozlem" onSelectionChange={onSelectionChange} today={TODAY} />);
    expect(node(container, 'p2')).toHaveAttribute('data-selected');
  });

  it('Ecogram in the past keeps the same opaque ids', () => {
    const { container } = render(<Ecogram network={network} redacted="initials" at="2021" today={TODAY} />);
    expect(namesIn(idAttributes(container))).toEqual([]);
    expect(container.querySelector('[data-part="node"][data-id="p2"]')).not.toBeNull();
  });

  it('Lifeline: DOM text, ids and the exported SVG hold no name', async () => {
    const handle = createRef<LifelineHandle>();
    const { container } = render(<Lifeline ref={handle} network={network} redacted="initials" today={TODAY} />);
    expect(container.textContent).toContain('Ruzie met Ö.Y.');
    expect(namesIn(container.textContent ?? '')).toEqual([]);
    expect(namesIn(idAttributes(container))).toEqual([]);
    const svg = (await handle.current?.toSVG()) ?? '';
    expect(namesIn(svg)).toEqual([]);
    expect(container.querySelector('[data-part="title-block-title"]')?.textContent).not.toMatch(/aisha|aïsha/i);
  });

  it('Lifeline: the host selects, highlights and hears about selection in its own ids', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const eventEl = (c: HTMLElement, id: string) => c.querySelector(`[data-part="event"][data-event-id="${id}"]`) as SVGGElement;
    const { container } = render(
      <Lifeline network={network} redacted="initials" selectedId="e-ruzie-ozlem" highlightPersonId="p-aisha" onSelectionChange={onSelect} today={TODAY} />,
    );
    expect(eventEl(container, 'e1')).toHaveAttribute('aria-current', 'true');
    expect(eventEl(container, 'e2')).toHaveAttribute('data-highlighted', 'true');
    await user.click(eventEl(container, 'e2'));
    expect(onSelect).toHaveBeenLastCalledWith('e-verhuisd');
  });

  it('NetworkSummary: no name in the text', () => {
    const { container } = render(<NetworkSummary network={network} redacted="initials" />);
    expect(container.textContent).not.toBe('');
    expect(namesIn(container.textContent ?? '')).toEqual([]);
    expect(namesIn(idAttributes(container))).toEqual([]);
  });
});
