import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { defineKringElements, KringEcogramElement, type KringEcogramChangeEvent, type KringSelectEvent } from '../src/index';

beforeAll(() => defineKringElements());

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

/** Attach an element (with attributes) and let React render. */
async function mount(attributes: Record<string, string> = {}, setup?: (el: KringEcogramElement) => void): Promise<KringEcogramElement> {
  const el = document.createElement('kring-ecogram');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setup?.(el);
  await act(async () => document.body.append(el));
  return el;
}

function shadow(el: HTMLElement): HTMLElement {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot as unknown as HTMLElement;
}

function names(el: HTMLElement): string[] {
  return [...shadow(el).querySelectorAll('[data-part="node"]')].map((n) => n.getAttribute('aria-label') ?? '');
}

describe('defineKringElements', () => {
  it('registers <kring-ecogram>; calling it again (or a second copy) does not throw and keeps the first class', () => {
    expect(customElements.get('kring-ecogram')).toBe(KringEcogramElement);
    expect(() => defineKringElements()).not.toThrow();
    expect(() => defineKringElements({ stylesheetUrl: '/kring.css' })).not.toThrow();
    expect(customElements.get('kring-ecogram')).toBe(KringEcogramElement);
    expect(document.createElement('kring-ecogram')).toBeInstanceOf(KringEcogramElement);
  });

  it('defines in another registry when given one', () => {
    const registry = { get: vi.fn(() => undefined), define: vi.fn() } as unknown as CustomElementRegistry;
    defineKringElements({ registry });
    expect(registry.define).toHaveBeenCalledWith('kring-ecogram', KringEcogramElement);
  });
});

describe('<kring-ecogram> attributes and properties', () => {
  it('renders the network from the JSON attribute inside an open shadow root', async () => {
    const el = await mount({ network: JSON.stringify(samirNetwork) });
    await waitFor(() => expect(within(shadow(el)).getByRole('group', { name: 'Ecogram van Samir' })).toBeInTheDocument());
    expect(names(el).some((n) => n.startsWith('Latifa'))).toBe(true);
    expect(el.network?.people).toHaveLength(samirNetwork.people.length);
    expect(el.issues).toEqual([]);
    // nothing leaks into the light DOM
    expect(el.children).toHaveLength(0);
  });

  it('passes locale, readonly, redacted, theme and label to the component', async () => {
    const el = await mount({ network: JSON.stringify(samirNetwork), locale: 'en', readonly: '', redacted: 'role', theme: 'dark', label: 'Samir’s network' });
    const root = shadow(el);
    await waitFor(() => expect(within(root).getByRole('group', { name: 'Samir’s network' })).toBeInTheDocument());
    expect(root.querySelector('[data-part="ecogram"]')).toHaveAttribute('lang', 'en');
    expect(root.querySelector('[data-part="ecogram"]')).toHaveAttribute('data-kring-theme', 'dark');
    expect(within(root).queryByRole('button', { name: 'Add person' })).toBeNull();
    expect(root.querySelector('[data-part="status"]')?.textContent).toMatch(/view only/i);
    // role redaction: no names, only roles
    expect(root.textContent).not.toMatch(/Latifa|Jan de Vries/);
    expect(names(el).some((n) => /zus/.test(n))).toBe(true);
  });

  it('reflects properties to attributes and back', async () => {
    const el = await mount({ network: JSON.stringify(samirNetwork) });
    expect([el.locale, el.readOnly, el.redacted, el.at, el.theme, el.legend, el.timeSlider]).toEqual([null, false, false, null, null, false, false]);
    el.locale = 'en';
    el.readOnly = true;
    el.redacted = 'initials';
    el.at = '2020-01';
    el.theme = 'dark';
    el.legend = true;
    el.timeSlider = true;
    expect(el.getAttribute('locale')).toBe('en');
    expect(el.hasAttribute('readonly')).toBe(true);
    expect(el.getAttribute('redacted')).toBe('initials');
    expect(el.getAttribute('at')).toBe('2020-01');
    expect(el.getAttribute('theme')).toBe('dark');
    expect(el.hasAttribute('legend') && el.hasAttribute('time-slider')).toBe(true);
    el.readOnly = false;
    el.redacted = false;
    el.at = null;
    expect(el.hasAttribute('readonly') || el.hasAttribute('redacted') || el.hasAttribute('at')).toBe(false);
    // unknown values: an unknown locale is ignored, an unknown redaction hides names (initials)
    el.setAttribute('locale', 'fr');
    el.setAttribute('redacted', 'yes please');
    expect(el.locale).toBeNull();
    expect(el.redacted).toBe('initials');
    await act(async () => {});
    expect(shadow(el).textContent).not.toMatch(/Latifa/);
  });

  it('renders again when the host sets the network property', async () => {
    const el = await mount();
    await act(async () => {
      el.network = samirNetwork;
    });
    await waitFor(() => expect(names(el).some((n) => n.startsWith('Latifa'))).toBe(true));
    const next: Network = { ...samirNetwork, people: [...samirNetwork.people, { id: 'p-noor', name: 'Noor', kind: 'person', sector: 'friends', closeness: 'middle' }] };
    await act(async () => {
      el.network = next;
    });
    await waitFor(() => expect(names(el).some((n) => n.startsWith('Noor'))).toBe(true));
    expect(el.network).toBe(next);
  });

  it('takes a property set before the element was defined', async () => {
    const el = document.createElement('kring-ecogram-later');
    (el as unknown as { network: Network }).network = samirNetwork;
    document.body.append(el);
    class Later extends KringEcogramElement {}
    await act(async () => customElements.define('kring-ecogram-later', Later));
    const upgraded = el as unknown as KringEcogramElement;
    expect(upgraded).toBeInstanceOf(Later);
    expect(upgraded.network).toBe(samirNetwork);
    await waitFor(() => expect(names(upgraded).some((n) => n.startsWith('Latifa'))).toBe(true));
  });

  it('shows its light-DOM children until a network is set', async () => {
    const el = await mount({}, (e) => (e.textContent = 'Netwerk wordt geladen…'));
    expect(shadow(el).querySelector('slot')).not.toBeNull();
    expect(shadow(el).querySelector('[data-part="ecogram"]')).toBeNull();
  });
});

describe('<kring-ecogram> bad input', () => {
  it('shows the readable error for an attribute that is not JSON, without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = await mount({ network: '{"format": "kring.network", people: [' });
    window.removeEventListener('error', onError);
    const alert = await within(shadow(el)).findByRole('alert');
    expect(alert.textContent).toMatch(/geen geldige JSON/);
    expect(el.network).toBeNull();
    expect(el.issues.map((i) => i.code)).toEqual(['invalid-json']);
    expect(errors).toEqual([]);
  });

  it('lists the problems of a network that breaks the format, with their paths', async () => {
    const el = await mount({ network: JSON.stringify({ ...samirNetwork, focus: 'p-nobody' }) });
    const alert = await within(shadow(el)).findByRole('alert');
    expect(alert.textContent).toMatch(/focus/);
    expect(el.issues.map((i) => i.path)).toContain('focus');
    // a good attribute afterwards draws the map again
    await act(async () => el.setAttribute('network', JSON.stringify(samirNetwork)));
    await waitFor(() => expect(within(shadow(el)).queryByRole('alert')).toBeNull());
  });

  it('shows the error for a bad property value too', async () => {
    const el = await mount();
    await act(async () => {
      el.network = { people: 'nope' } as unknown as Network;
    });
    expect(await within(shadow(el)).findByRole('alert')).toBeInTheDocument();
    expect(el.issues.length).toBeGreaterThan(0);
  });
});

describe('<kring-ecogram> events', () => {
  async function addPerson(el: HTMLElement, name: string): Promise<void> {
    const user = userEvent.setup();
    const root = within(shadow(el));
    await user.click(root.getByRole('button', { name: 'Persoon toevoegen' }));
    const dialog = await root.findByRole('dialog');
    // user-event cannot type into inputs in a shadow root (it prepares the focused element
    // from document-level focus events, which see the host); the browser test types for real.
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Naam/ }), { target: { value: name } });
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
  }

  it('dispatches kring-change (bubbling, composed) with the network and the change, and keeps the new network', async () => {
    const el = await mount({}, (e) => (e.network = samirNetwork));
    const seen: KringEcogramChangeEvent[] = [];
    document.addEventListener('kring-change', (e) => seen.push(e as KringEcogramChangeEvent), { once: true });
    await addPerson(el, 'Oma Truus');
    expect(seen).toHaveLength(1);
    const event = seen[0]!;
    expect(event.bubbles && event.composed && event.cancelable).toBe(true);
    expect(event.detail.change.type).toBe('add-person');
    expect(event.detail.network.people.map((p) => p.name)).toContain('Oma Truus');
    // not prevented: the element took the new network itself
    expect(el.network).toBe(event.detail.network);
    await waitFor(() => expect(names(el).some((n) => n.startsWith('Oma Truus'))).toBe(true));
  });

  it('stays with the host’s network when the listener calls preventDefault()', async () => {
    const el = await mount({}, (e) => (e.network = samirNetwork));
    const changes: Network[] = [];
    el.addEventListener('kring-change', (e) => {
      e.preventDefault();
      changes.push((e as KringEcogramChangeEvent).detail.network);
    });
    await addPerson(el, 'Oma Truus');
    expect(changes).toHaveLength(1);
    expect(el.network).toBe(samirNetwork);
    await act(async () => {});
    expect(names(el).some((n) => n.startsWith('Oma Truus'))).toBe(false);
  });

  it('keeps what a listener sets as network (a host that stores and passes back)', async () => {
    const el = await mount({}, (e) => (e.network = samirNetwork));
    let stored: Network | undefined;
    el.addEventListener('kring-change', (e) => {
      stored = structuredClone((e as KringEcogramChangeEvent).detail.network);
      el.network = stored;
    });
    await addPerson(el, 'Oma Truus');
    expect(el.network).toBe(stored);
    await waitFor(() => expect(names(el).some((n) => n.startsWith('Oma Truus'))).toBe(true));
  });

  it('dispatches kring-select with the selected id', async () => {
    const el = await mount({}, (e) => (e.network = samirNetwork));
    const ids: (string | null)[] = [];
    el.addEventListener('kring-select', (e) => ids.push((e as KringSelectEvent).detail.id));
    const user = userEvent.setup();
    const latifa = shadow(el).querySelector('[data-part="node"][data-id="p-latifa"]');
    if (!latifa) throw new Error('no Latifa');
    await user.click(latifa);
    expect(ids).toContain('p-latifa');
  });
});

describe('<kring-ecogram> in the DOM', () => {
  it('keeps its rendering when moved, and unmounts React when removed', async () => {
    const el = await mount({}, (e) => (e.network = samirNetwork));
    const before = shadow(el).querySelector('[data-part="ecogram"]');
    expect(before).not.toBeNull();
    const other = document.createElement('section');
    document.body.append(other);
    await act(async () => other.append(el));
    expect(shadow(el).querySelector('[data-part="ecogram"]')).toBe(before);
    await act(async () => el.remove());
    expect(shadow(el).querySelector('[data-part="ecogram"]')).toBeNull();
    // and renders again when attached again
    await act(async () => document.body.append(el));
    await waitFor(() => expect(shadow(el).querySelector('[data-part="ecogram"]')).not.toBeNull());
  });
});
