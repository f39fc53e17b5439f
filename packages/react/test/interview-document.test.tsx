/**
 * The interview on the shared document layer (issue 14, "one interaction model"): it reads
 * its network with `parseNetwork` like every view, its edits are steps of the network's one
 * undo history (shared with a linked Ecogram), and it says what happened in one live region,
 * once, when the host shows it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState, type ReactElement } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samirNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';
import { Ecogram } from '../src/ecogram';
import { NetworkInterview, readInterviewRecord, type InterviewChange } from '../src/interview';
import { KringLinkProvider } from '../src/linked';

afterEach(cleanup);
vi.setConfig({ testTimeout: 60_000 });

const TODAY = '2025-06-15';
/** Only the client. */
const onlyClient: Network = { ...samirNetwork, people: [samirNetwork.people[0]!], ties: [], groups: [], events: [], layout: {} };

type User = ReturnType<typeof userEvent.setup>;

async function addName(user: User, scope: ReturnType<typeof within> | typeof screen, name: string) {
  await user.type(scope.getByRole('textbox', { name: /^Naam/ }), name);
  await user.click(scope.getByRole('button', { name: 'Toevoegen' }));
}

/** Ctrl+Z (or Shift+Ctrl+Z) with focus on the "named" heading: out of the name field, whose own undo is the browser's. */
async function pressUndo(user: User, redo = false) {
  screen.getByRole('heading', { name: 'Genoemd bij deze vraag' }).focus();
  await user.keyboard(redo ? '{Control>}{Shift>}z{/Shift}{/Control}' : '{Control>}z{/Control}');
}

const liveRegion = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-part="live-region"]')!;

describe('NetworkInterview on the document layer', () => {
  it('shows the InvalidNetwork message with the path of the bad field for a network that is not valid', () => {
    const broken = { ...samirNetwork, people: [...samirNetwork.people, { id: 'p-x', name: 'X', kind: 'alien' }] } as unknown as Network;
    render(<NetworkInterview flow="questions" network={broken} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('De vragen kunnen niet worden getoond: de gegevens van het netwerk kloppen niet.');
    expect(within(alert).getByText(/^people\[\d+\]\.kind$/)).toBeInTheDocument();
    // No questions for data that cannot be read.
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('reads defaultNetwork the same way: a focus that names no one is refused with its path', () => {
    render(<NetworkInterview flow="questions" defaultNetwork={{ ...onlyClient, focus: 'p-nobody' }} locale="en" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The questions cannot be shown: the network data is not right.');
    expect(within(alert).getByText('focus')).toBeInTheDocument();
  });

  it('undoes an add with Ctrl+Z (the network as before, onChange with type undo) and redoes it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(n: Network, c: InterviewChange) => void>();
    const { container } = render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} onChange={onChange} />);
    await addName(user, screen, 'Oma Fatma');
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'add-person', promptId: 'fallback' });
    expect(within(screen.getByRole('region', { name: 'Genoemd bij deze vraag' })).getByText('Oma Fatma')).toBeInTheDocument();

    await pressUndo(user);
    const [undone, change] = onChange.mock.calls.at(-1)!;
    expect(change).toEqual({ type: 'undo', message: 'Ongedaan gemaakt' });
    expect(undone.people.map((p) => p.name)).toEqual(['Samir']);
    expect(undone.ties).toEqual([]);
    expect(readInterviewRecord(undone).added.fallback).toBeUndefined();
    expect(screen.queryByText('Oma Fatma')).not.toBeInTheDocument();
    expect(screen.getByText('Nog niemand. Dat is ook goed.')).toBeInTheDocument();
    expect(liveRegion(container)).toHaveTextContent('Ongedaan gemaakt');

    await pressUndo(user, true);
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'redo' });
    expect(onChange.mock.calls.at(-1)![0].people.map((p) => p.name)).toEqual(['Samir', 'Oma Fatma']);
    expect(within(screen.getByRole('region', { name: 'Genoemd bij deze vraag' })).getByText('Oma Fatma')).toBeInTheDocument();
  });

  it('Ctrl+Z on the Weghalen button of the person it takes away moves focus on to the list heading', async () => {
    const user = userEvent.setup();
    render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} />);
    await addName(user, screen, 'Oma Fatma');
    screen.getByRole('button', { name: 'Oma Fatma weghalen bij deze vraag' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.queryByRole('button', { name: 'Oma Fatma weghalen bij deze vraag' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Genoemd bij deze vraag' })).toHaveFocus();
  });

  it('says there is nothing to undo, and changes nothing, before any edit', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} onChange={onChange} />);
    await pressUndo(user);
    expect(onChange).not.toHaveBeenCalled();
    expect(liveRegion(container)).toHaveTextContent('Niets om ongedaan te maken');
  });

  it('a link taken back after an undo and a redo still puts the tie back as it was', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(n: Network, c: InterviewChange) => void>();
    render(<NetworkInterview flow="questions" defaultNetwork={samirNetwork} defaultStep={1} onChange={onChange} />);
    await addName(user, screen, 'Latifa');
    await user.click(screen.getByRole('button', { name: 'Ja, dezelfde' }));
    await user.click(screen.getByRole('button', { name: 'Latifa weghalen bij deze vraag' }));
    await pressUndo(user); // the link is back
    expect(within(screen.getByRole('region', { name: 'Genoemd bij deze vraag' })).getByText('Latifa')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Latifa weghalen bij deze vraag' }));
    const n = onChange.mock.calls.at(-1)![0];
    expect(onChange.mock.calls.at(-1)![1]).toMatchObject({ type: 'unlink-person', personId: 'p-latifa' });
    expect(n.ties.find((t) => t.id === 't-1')?.support).toEqual(samirNetwork.ties[0]!.support);
  });

  it("inside a KringLinkProvider, the Ecogram's Undo undoes the interview's add (one history per network)", async () => {
    const user = userEvent.setup();
    function Host(): ReactElement {
      const [network, setNetwork] = useState<Network>(samirNetwork);
      return (
        <KringLinkProvider>
          <section aria-label="kaart">
            <Ecogram network={network} onChange={setNetwork} today={TODAY} />
          </section>
          <section aria-label="gesprek">
            <NetworkInterview flow="questions" network={network} onChange={setNetwork} />
          </section>
          <output data-testid="names">{network.people.map((p) => p.name).join(',')}</output>
        </KringLinkProvider>
      );
    }
    render(<Host />);
    const talk = within(screen.getByRole('region', { name: 'gesprek' }));
    const map = within(screen.getByRole('region', { name: 'kaart' }));
    const before = screen.getByTestId('names').textContent;
    await addName(user, talk, 'Oma Fatma');
    expect(screen.getByTestId('names').textContent).toBe(`${before},Oma Fatma`);

    const undo = map.getByRole('button', { name: 'Ongedaan maken' });
    expect(undo).toBeEnabled();
    await user.click(undo);
    expect(screen.getByTestId('names').textContent).toBe(before);
    expect(talk.queryByText('Oma Fatma')).not.toBeInTheDocument();
    // And the interview's Shift+Ctrl+Z redoes it.
    await pressUndo(user, true);
    expect(screen.getByTestId('names').textContent).toBe(`${before},Oma Fatma`);
  });

  it('announces an add once, in its one live region, when the host shows it', async () => {
    const user = userEvent.setup();
    const { container } = render(<NetworkInterview flow="questions" defaultNetwork={onlyClient} />);
    const region = liveRegion(container);
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await addName(user, screen, 'Oma Fatma');
    observer.disconnect();
    expect(said.filter((s) => s.trim() === 'Oma Fatma is toegevoegd.')).toHaveLength(1);
    // One live region for the interview; the live map beside it is an Ecogram with its own
    // (silent here: it speaks only of edits made on the map).
    expect(container.querySelectorAll('[aria-live]:not([data-part="interview-map"] *)')).toHaveLength(1);
    expect(container.querySelector('[data-part="interview-map"] [aria-live]')?.textContent ?? '').not.toContain('Oma Fatma');
    const statuses = screen.getAllByRole('status').filter((s) => s.textContent?.includes('Oma Fatma is toegevoegd.'));
    expect(statuses).toEqual([region]);
    // The form's line still shows it (not read a second time).
    expect(container.querySelector('[data-part="form-status"]')).toHaveTextContent('Oma Fatma is toegevoegd.');
  });

  it('a host that refuses the add hears nothing claimed as done', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<NetworkInterview flow="questions" network={onlyClient} onChange={onChange} />);
    await addName(user, screen, 'Oma Fatma');
    expect(onChange).toHaveBeenCalledOnce();
    expect(liveRegion(container)).not.toHaveTextContent('toegevoegd');
    expect(container.querySelector('[data-part="form-status"]')).not.toHaveTextContent('toegevoegd');
  });
});
