/**
 * <kring-ecogram> when the host refuses an edit (issue 13): `preventDefault()` on
 * `kring-change`, or setting the old network back during the event. The element stays on the
 * host's network, says nothing about the edit in its live region and fires no `kring-select`
 * for the person who was never added. When the host sets the edited network later (it saved
 * it first), the edit is announced and the new person selected then.
 */
import { act, fireEvent, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { defineKringElements, type KringEcogramChangeEvent, type KringEcogramElement, type KringSelectEvent } from '../src/index';

beforeAll(() => defineKringElements());

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

interface Watched {
  el: KringEcogramElement;
  /** `detail.id` of every kring-select. */
  selected: (string | null)[];
  /** `detail.network` of every kring-change. */
  changes: Network[];
}

async function mount(onChange: (event: KringEcogramChangeEvent, el: KringEcogramElement) => void): Promise<Watched> {
  const el = document.createElement('kring-ecogram');
  el.network = samirNetwork;
  const selected: (string | null)[] = [];
  const changes: Network[] = [];
  el.addEventListener('kring-select', (e) => selected.push((e as KringSelectEvent).detail.id));
  el.addEventListener('kring-change', (e) => {
    changes.push((e as KringEcogramChangeEvent).detail.network);
    onChange(e as KringEcogramChangeEvent, el);
  });
  await act(async () => document.body.append(el));
  return { el, selected, changes };
}

function shadow(el: HTMLElement): HTMLElement {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot as unknown as HTMLElement;
}

/** What the element's live regions say now. */
function spoken(el: HTMLElement): string {
  return [...shadow(el).querySelectorAll('[role="status"], [aria-live]')].map((n) => n.textContent ?? '').join(' | ');
}

async function addPerson(el: HTMLElement, name: string): Promise<void> {
  const user = userEvent.setup();
  const root = within(shadow(el));
  await user.click(root.getByRole('button', { name: 'Persoon toevoegen' }));
  const dialog = await root.findByRole('dialog');
  // user-event cannot type into inputs in a shadow root (see elements.test.ts).
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Naam/ }), { target: { value: name } });
  await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
}

/** Ids in kring-select events that are not in the network the element shows. */
function unknownSelections(w: Watched): (string | null)[] {
  const shown = w.el.network;
  return w.selected.filter((id) => id !== null && !shown?.people.some((p) => p.id === id) && !shown?.ties.some((t) => t.id === id));
}

describe('<kring-ecogram>: a refused edit', () => {
  it('preventDefault(): not announced, no kring-select for the person who was not added', async () => {
    const w = await mount((e) => e.preventDefault());
    await addPerson(w.el, 'Noor');
    await act(async () => {});
    expect(w.changes).toHaveLength(1);
    expect(w.el.network).toBe(samirNetwork);
    expect(unknownSelections(w)).toEqual([]);
    expect(spoken(w.el)).not.toMatch(/Noor/);
  });

  it('the old network set back during the event: the same', async () => {
    const w = await mount((_e, el) => {
      el.network = structuredClone(samirNetwork);
    });
    await addPerson(w.el, 'Noor');
    await act(async () => {});
    expect(w.el.network?.people.some((p) => p.name === 'Noor')).toBe(false);
    expect(spoken(w.el)).not.toMatch(/Noor/);
    expect(unknownSelections(w)).toEqual([]);
  });

  it('taken later (the host saved it, then sets it): announced and selected then', async () => {
    const w = await mount((e) => e.preventDefault());
    await addPerson(w.el, 'Noor');
    const saved = structuredClone(w.changes[0]!);
    const noor = saved.people.find((p) => p.name === 'Noor');
    await act(async () => {
      w.el.network = saved;
    });
    expect(spoken(w.el)).toMatch(/Noor toegevoegd/);
    expect(w.selected.at(-1)).toBe(noor?.id);
    expect(unknownSelections(w)).toEqual([]);
  });
});
