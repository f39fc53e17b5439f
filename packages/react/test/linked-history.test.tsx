/**
 * Linked views share one undo history per network (issue 14): an edit on the map and an
 * edit on the levenslijn are one sequence of steps, undone from either view. Before, adding a
 * life event wiped the map's undo history (the map saw a network it had not made and started
 * over), and each view validated its input differently.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import { Lifeline } from '../src/lifeline';
import { KringLinkProvider } from '../src/linked';

const TODAY = '2025-06-15';
afterEach(() => cleanup());
vi.setConfig({ testTimeout: 60_000 });

/** A host that keeps one client's network and shows it in both views. */
function Host({ initial }: { initial: Network }) {
  const [network, setNetwork] = useState(initial);
  return (
    <KringLinkProvider>
      <section aria-label="kaart">
        <Ecogram network={network} onChange={setNetwork} today={TODAY} />
      </section>
      <section aria-label="levenslijn">
        <Lifeline network={network} onChange={setNetwork} today={TODAY} />
      </section>
    </KringLinkProvider>
  );
}

const node = (container: HTMLElement, id: string) => container.querySelector<SVGGElement>(`[data-part="node"][data-id="${id}"]`);
const event = (container: HTMLElement, id: string) => container.querySelector(`[data-part="event"][data-event-id="${id}"]`);

describe('linked views: one undo history per network', () => {
  it("an edit on the map and one on the levenslijn are undone in turn from the map's Undo", async () => {
    const user = userEvent.setup();
    const { container } = render(<Host initial={samirNetwork} />);
    const map = within(screen.getByRole('region', { name: 'kaart' }));
    const line = screen.getByRole('region', { name: 'levenslijn' });
    const firstEvent = samirNetwork.events[0]?.id as string;

    // 1. Remove a person on the map.
    node(container, 'p-jan')?.focus();
    await user.keyboard('{Delete}');
    expect(node(container, 'p-jan')).toBeNull();
    // 2. Remove a life event on the levenslijn.
    (event(line, firstEvent) as HTMLElement).focus();
    await user.keyboard('{Delete}');
    expect(event(line, firstEvent)).toBeNull();

    // The map's Undo still works, and undoes the levenslijn's step first, then its own.
    const undo = map.getByRole('button', { name: 'Ongedaan maken' });
    expect(undo).toBeEnabled();
    await user.click(undo);
    expect(event(line, firstEvent)).not.toBeNull();
    expect(node(container, 'p-jan')).toBeNull();
    await user.click(map.getByRole('button', { name: 'Ongedaan maken' }));
    expect(node(container, 'p-jan')).not.toBeNull();
    // And the levenslijn's Redo redoes the map's step.
    await user.click(within(line).getByRole('button', { name: 'Opnieuw doen' }));
    expect(node(container, 'p-jan')).toBeNull();
  });

  it('both views read the network with the same rules: a broken network is refused by both, naming the bad field', () => {
    const broken = { ...samirNetwork, people: [...samirNetwork.people, { id: 'p-x', name: 'X', kind: 'alien' }] } as unknown as Network;
    render(
      <>
        <Ecogram network={broken} today={TODAY} />
        <Lifeline network={broken} today={TODAY} />
      </>,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    for (const alert of alerts) expect(alert).toHaveTextContent(/people\[\d+\]\.kind/);
  });
});
