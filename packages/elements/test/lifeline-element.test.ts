import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import { defineKringElements, KringLifelineElement, type KringLifelineChangeEvent, type KringSelectEvent } from '../src/index';

beforeAll(() => defineKringElements());

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

async function mount(attributes: Record<string, string> = {}, setup?: (el: KringLifelineElement) => void): Promise<KringLifelineElement> {
  const el = document.createElement('kring-lifeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  await act(async () => document.body.append(el));
  return el;
}

function shadow(el: HTMLElement): HTMLElement {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot as unknown as HTMLElement;
}

function eventEl(el: HTMLElement, id: string): SVGGElement {
  const found = shadow(el).querySelector<SVGGElement>(`[data-part="event"][data-event-id="${id}"]`);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

describe('<kring-lifeline>', () => {
  it('is registered with the ecogram; calling define again does not throw', () => {
    expect(customElements.get('kring-lifeline')).toBe(KringLifelineElement);
    expect(() => defineKringElements()).not.toThrow();
  });

  it('draws the events of the network from the JSON attribute in its shadow root', async () => {
    const el = await mount({ network: JSON.stringify(samirNetwork) });
    await waitFor(() => expect(eventEl(el, 'e-1')).toBeInTheDocument());
    expect(eventEl(el, 'e-2')).toBeInTheDocument();
    expect(el.children).toHaveLength(0);
  });

  it('passes locale, readonly, redacted and at (the marked date)', async () => {
    const el = await mount({ network: JSON.stringify(samirNetwork), locale: 'en', readonly: '', redacted: 'initials', at: '2020-01' });
    const root = shadow(el);
    // Redacted: the events are drawn under opaque ids (e1, e2 …), not the host's.
    await waitFor(() => expect(eventEl(el, 'e1')).toBeInTheDocument());
    expect(root.querySelector('[data-event-id="e-1"]')).toBeNull();
    expect(within(root).queryByRole('button', { name: /add event/i })).toBeNull();
    expect(root.textContent).not.toMatch(/Latifa/);
    expect(el.at).toBe('2020-01');
    expect(el.locale).toBe('en');
  });

  it('shows its readable error for a bad JSON attribute, without throwing', async () => {
    const el = await mount({ network: 'not json at all' });
    expect(await within(shadow(el)).findByRole('alert')).toBeInTheDocument();
    expect(el.network).toBeNull();
    expect(el.issues.map((i) => i.code)).toEqual(['invalid-json']);
  });

  it('shows the error for a property value that is not a network (the lifeline alone would not parse it)', async () => {
    const el = await mount();
    await act(async () => {
      el.network = { ...samirNetwork, events: [{ id: 'e-x', title: 'Zonder datum' }] } as unknown as typeof samirNetwork;
    });
    expect(el.issues.length).toBeGreaterThan(0);
    expect(await within(shadow(el)).findByRole('alert')).toBeInTheDocument();
  });

  it('dispatches kring-select and kring-change (remove with Delete) and keeps the new network', async () => {
    const el = await mount({}, (e) => (e.network = samirNetwork));
    const selected: (string | null)[] = [];
    const changes: KringLifelineChangeEvent[] = [];
    el.addEventListener('kring-select', (e) => selected.push((e as KringSelectEvent).detail.id));
    document.addEventListener('kring-change', (e) => changes.push(e as KringLifelineChangeEvent), { once: true });
    await waitFor(() => expect(eventEl(el, 'e-1')).toBeInTheDocument());
    await act(async () => {
      eventEl(el, 'e-1').focus();
      fireEvent.click(eventEl(el, 'e-1'));
    });
    expect(selected).toContain('e-1');
    await act(async () => {
      fireEvent.keyDown(eventEl(el, 'e-1'), { key: 'Delete' });
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.detail.change).toMatchObject({ type: 'remove-event', id: 'e-1' });
    expect(el.network?.events.some((e) => e.id === 'e-1')).toBe(false);
    await waitFor(() => expect(shadow(el).querySelector('[data-event-id="e-1"]')).toBeNull());
  });
});
