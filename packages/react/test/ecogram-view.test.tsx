import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fatimaNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import type { EcogramFilter } from '../src/ecogram';

const TODAY = '2025-06-01';
afterEach(cleanup);

const live = (c: HTMLElement) => c.querySelector('[data-part="live-region"]')?.textContent?.trim() ?? '';
const node = (c: HTMLElement, id: string) => c.querySelector(`[data-part="node"][data-id="${id}"]`);

describe('Ecogram filter', () => {
  it('the "Filter" disclosure hides a sector, announces the count, and leaves the host network alone', async () => {
    const user = userEvent.setup();
    const before = JSON.stringify(fatimaNetwork);
    let seen: EcogramFilter | undefined;
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} onFilterChange={(f) => (seen = f)} />);
    const button = screen.getByRole('button', { name: 'Filter' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Wat staat er op de kaart' });
    await user.click(within(panel).getByRole('checkbox', { name: /^Zorg en hulpverlening \(3\)/ }));
    expect(live(container)).toBe('12 van 15 personen zichtbaar');
    expect(within(panel).getByText('12 van 15 personen zichtbaar')).toBeInTheDocument();
    expect(node(container, 'p-jan')).toBeNull();
    expect(node(container, 'p-moeder')).not.toBeNull();
    expect(seen?.sectors).not.toContain('care');
    expect(screen.getByRole('button', { name: 'Filter (12 van 15)' })).toBeInTheDocument();
    expect(JSON.stringify(fatimaNetwork)).toBe(before);
    // Escape closes the panel and returns focus to the button
    fireEvent.keyDown(within(panel).getAllByRole('checkbox')[0]!, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Wat staat er op de kaart' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Filter (12 van 15)' }));
  });

  it('filtered-out people are out of keyboard navigation (arrows never land on them)', () => {
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} defaultFilter={{ closeness: ['inner'] }} />);
    const svg = container.querySelector('svg[data-part="svg"]')!;
    const visited = new Set<string>();
    act(() => (node(container, 'p-fatima') as SVGElement).focus());
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight']) {
      fireEvent.keyDown(svg, { key });
      const id = (document.activeElement as Element | null)?.getAttribute('data-id');
      if (id) visited.add(id);
    }
    expect([...visited].every((id) => ['p-fatima', 'p-moeder', 'p-sanne'].includes(id))).toBe(true);
    expect(container.querySelectorAll('[data-part="node"]')).toHaveLength(3);
  });

  it('the list view shows the filter too', async () => {
    render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} defaultView="list" defaultFilter={{ sectors: ['family'] }} />);
    expect(screen.getByRole('button', { name: 'Filter (4 van 15)' })).toBeInTheDocument();
    expect(screen.queryByText('Jan de Vries')).toBeNull();
    expect(screen.getAllByText('Khadija').length).toBeGreaterThan(0);
  });
});

describe('Ecogram focus on one person', () => {
  it('F lights up the person and their ties, dims the rest, is announced; Escape ends it', () => {
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    const svg = container.querySelector('svg[data-part="svg"]')!;
    act(() => (node(container, 'p-moeder') as SVGElement).focus());
    fireEvent.keyDown(svg, { key: 'f' });
    expect(svg.getAttribute('data-spotlight')).toBe('p-moeder');
    expect(live(container)).toMatch(/^Focus op Khadija: 2 relaties uitgelicht/);
    expect(node(container, 'p-broer')).toHaveAttribute('data-lit');
    expect(node(container, 'p-jan')).not.toHaveAttribute('data-lit');
    expect(container.querySelector('[data-part="tie"][data-id="t-moeder-broer"]')).toHaveAttribute('data-lit');
    expect(container.querySelector('[data-part="tie"][data-id="t-jan"]')).not.toHaveAttribute('data-lit');
    expect(screen.getByRole('button', { name: 'Focus op Khadija' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(svg.hasAttribute('data-spotlight')).toBe(false);
    expect(live(container)).toMatch(/^Focus opgeheven/);
  });

  it('the toolbar button focuses the selected person and toggles off again', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} readOnly defaultSelectedId="p-sanne" />);
    await user.click(screen.getByRole('button', { name: 'Focus op Sanne' }));
    expect(container.querySelector('svg[data-part="svg"]')).toHaveAttribute('data-spotlight', 'p-sanne');
    expect(screen.getByRole('button', { name: 'Focus op Sanne' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Focus op Sanne' }));
    expect(container.querySelector('svg[data-part="svg"]')).not.toHaveAttribute('data-spotlight');
  });
});

describe('Ecogram table mode', () => {
  it('marks the body for the table layout', () => {
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} mode="table" />);
    expect(container.querySelector('[data-part="body"]')).toHaveAttribute('data-mode', 'table');
  });
});

describe('Ecogram on a narrow screen (jsdom, width mocked)', () => {
  it('listBelow shows the list when the component is narrower; the user can switch back to the map', async () => {
    const user = userEvent.setup();
    const original = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      if (this.getAttribute('data-part') !== 'body') return original.call(this);
      return { x: 0, y: 0, left: 0, top: 0, right: 358, bottom: 800, width: 358, height: 800, toJSON: () => ({}) } as DOMRect;
    };
    try {
      const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} listBelow={600} />);
      expect(container.querySelector('[data-part="network-list"]')).not.toBeNull();
      expect(container.querySelector('[data-part="body"]')).toHaveAttribute('data-narrow');
      await user.click(screen.getByRole('button', { name: 'Kaart' }));
      expect(container.querySelector('svg[data-part="svg"]')).not.toBeNull();
    } finally {
      HTMLElement.prototype.getBoundingClientRect = original;
    }
  });
});

describe('the toolbar beside the map (railFits)', () => {
  it('stands beside the map where the map is limited by the window height, not on narrow or tall screens', async () => {
    const { railFits } = await import('../src/ecogram/useEcogramView');
    expect(railFits(1248, 800)).toBe(true); // 1280×800: the map gains the toolbar's rows
    expect(railFits(1000, 800)).toBe(false); // below 1024 px
    expect(railFits(1048, 1900)).toBe(false); // a tall portrait screen: the map needs the width
    expect(railFits(1248, 0)).toBe(false); // no window (server)
    expect(railFits(1248, 800, 368)).toBe(false); // the legend beside the map already takes the spare width
    expect(railFits(1888, 1000, 368)).toBe(true); // a wide screen has room for both
  });
});
