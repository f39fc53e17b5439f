/**
 * The code on the Storybook docs pages (stories/docs/snippets) is compiled by `pnpm typecheck`
 * and run here, so a page can never show code that no longer works.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNetwork, serializeNetwork, type Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { QuickStart } from '../../../stories/docs/snippets/QuickStart';
import { ClientNetwork, type NetworkStore } from '../../../stories/docs/snippets/Embedding';
import { ThemedEcogram } from '../../../stories/docs/snippets/Theming';
import { InPolish, OwnWords, polish } from '../../../stories/docs/snippets/Messages';
import { handover, readRecord, shareable } from '../../../stories/docs/snippets/Data';
import { mountEcogram } from '../../../stories/docs/snippets/CustomElements';
import { Ecogram, getMessages } from '../src';

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

/** Add a person through the Ecogram's own form ("Persoon toevoegen"). */
async function addPerson(user: ReturnType<typeof userEvent.setup>, name: string, root: HTMLElement = document.body) {
  await user.click(within(root).getByRole('button', { name: /Persoon toevoegen/ }));
  // fireEvent, not user.type: user-event cannot type into a shadow root (see elements tests).
  fireEvent.change(await within(root).findByLabelText(/^Naam/), { target: { value: name } });
  await user.click(within(root).getByRole('button', { name: /^Toevoegen/ }));
  // The form stays open for the next name, unless the edit made the map read-only.
  const done = within(root).queryByRole('button', { name: /^Klaar/ });
  if (done) await user.click(done);
}

describe('docs snippets run', () => {
  it('Introduction: the smallest controlled Ecogram shows the network and hands every edit to the host', async () => {
    const user = userEvent.setup();
    const saved: Network[] = [];
    render(<QuickStart onSave={(n) => saved.push(n)} />);
    expect(document.querySelectorAll('[data-part="node"]')).toHaveLength(2);
    await addPerson(user, 'Noor');
    await waitFor(() => expect(saved.at(-1)?.people.map((p) => p.name)).toContain('Noor'));
  });

  it('Embedding: saves with the revision, shows a conflict instead of overwriting, and goes read-only', async () => {
    const user = userEvent.setup();
    let stored = { json: serializeNetwork(samirNetwork), revision: 4 };
    const save = vi.fn<NetworkStore['save']>(async (_id, json, revision) => {
      if (revision !== stored.revision) return { ok: false, conflict: true };
      stored = { json, revision: revision + 1 };
      return { ok: true, revision: stored.revision };
    });
    const store: NetworkStore = { load: async () => stored, save };
    render(<ClientNetwork clientId="c-1" store={store} canEdit />);
    await screen.findByRole('button', { name: /Persoon toevoegen/ });
    await addPerson(user, 'Noor');
    await waitFor(() => expect(stored.revision).toBe(5));
    expect(save.mock.calls[0]![2]).toBe(4);
    expect(parseNetwork(stored.json).ok).toBe(true);
    await screen.findByText('Opgeslagen');
    // Someone else saves in between: the next edit is not written, the user is told.
    stored = { ...stored, revision: 9 };
    await addPerson(user, 'Bram');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Iemand anders heeft dit netwerk intussen gewijzigd/);
    expect(stored.revision).toBe(9);
    await waitFor(() => expect(screen.queryByRole('button', { name: /Persoon toevoegen/ })).toBeNull());
  });

  it('Embedding: a viewer gets the map without editing', async () => {
    const store: NetworkStore = { load: async () => ({ json: serializeNetwork(samirNetwork), revision: 1 }), save: vi.fn() };
    render(<ClientNetwork clientId="c-2" store={store} canEdit={false} />);
    await screen.findByRole('button', { name: 'Afdrukken' });
    expect(screen.queryByRole('button', { name: /Persoon toevoegen/ })).toBeNull();
  });

  it('Theming: host tokens and the dark theme reach the Ecogram', () => {
    const { container } = render(<ThemedEcogram network={samirNetwork} dark />);
    const root = container.querySelector('.kring-ecogram')!;
    expect(root.getAttribute('data-kring-theme')).toBe('dark');
    expect((container.firstElementChild as HTMLElement).style.getPropertyValue('--kring-accent')).toBe('#6a1b58');
  });

  it('Texts: one word replaced; a language Kring does not ship starts complete from English', () => {
    render(<OwnWords network={samirNetwork} />);
    expect(screen.getByRole('button', { name: /Iemand toevoegen/ })).toBeInTheDocument();
    expect(Object.keys(polish).sort()).toEqual(Object.keys(getMessages('en')).sort());
    act(() => document.body.replaceChildren());
    render(<InPolish><Ecogram defaultNetwork={samirNetwork} /></InPolish>);
    expect(screen.getByRole('button', { name: /Dodaj osobę/ })).toBeInTheDocument();
  });

  it('Data: lenient reading names what it repaired, redaction hides names, the FHIR handover reads back', () => {
    const broken = JSON.stringify({ ...samirNetwork, people: samirNetwork.people.map((p, i) => (i === 1 ? { ...p, consent: 'maybe' } : p)) });
    const read = readRecord(broken);
    expect(read.ok).toBe(true);
    expect(read.problems.map((p) => p.path)).toContain('people[1].consent');
    const shared = shareable(serializeNetwork(samirNetwork))!;
    for (const p of samirNetwork.people) if (p.name.length > 3) expect(shared).not.toContain(p.name);
    const h = handover(serializeNetwork(samirNetwork), 'Patient/123')!;
    expect(h.bundle.resourceType).toBe('Bundle');
    expect(h.back.ok).toBe(true);
  });

  it('Custom elements: the element shows only what the host stored; a refused edit is not shown', async () => {
    const user = userEvent.setup();
    const accepted: Network[] = [];
    let refuse = false;
    const el = mountEcogram(document.body, samirNetwork, async (n) => {
      if (refuse) throw new Error('no');
      accepted.push(n);
      return n;
    });
    await act(async () => {});
    const shadow = el.shadowRoot as unknown as HTMLElement;
    await waitFor(() => expect(within(shadow).getByRole('button', { name: /Persoon toevoegen/ })).toBeTruthy());
    await addPerson(user, 'Noor', shadow);
    await waitFor(() => expect(el.network?.people.map((p) => p.name)).toContain('Noor'));
    expect(accepted).toHaveLength(1);
    refuse = true;
    await addPerson(user, 'Bram', shadow);
    await act(async () => {});
    expect(el.network?.people.map((p) => p.name)).not.toContain('Bram');
  });
});
