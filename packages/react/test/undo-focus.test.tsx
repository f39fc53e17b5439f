/**
 * Focus is not dropped onto the page when an Undo/Redo button disables itself (nothing left to
 * undo) or when the Lifeline's "removed" notice goes away under the keyboard user.
 */
import { cleanup, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { fatimaNetwork, marcoNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import { Lifeline } from '../src/lifeline';

afterEach(cleanup);
vi.setConfig({ testTimeout: 60_000 });

function EcogramHost({ initial }: { initial: Network }) {
  const [network, setNetwork] = useState(initial);
  return <Ecogram today="2025-06-01" network={network} onChange={(next) => setNetwork(next)} />;
}
function LifelineHost({ initial }: { initial: Network }) {
  const [network, setNetwork] = useState(initial);
  return <Lifeline today="2025-06-15" network={network} onChange={(next) => setNetwork(next)} />;
}
const button = (container: HTMLElement, selector: string) => {
  const el = container.querySelector<HTMLButtonElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};

describe('Ecogram: Undo/Redo buttons keep focus', () => {
  it('the last Undo moves focus to Redo, the last Redo back to Undo', async () => {
    const user = userEvent.setup();
    const { container } = render(<EcogramHost initial={fatimaNetwork} />);
    container.querySelector<SVGGElement>('[data-part="node"][data-id="p-lotte"]')?.focus();
    await user.keyboard('{Delete}');
    const undo = button(container, 'button[data-action="undo"]');
    const redo = button(container, 'button[data-action="redo"]');
    undo.focus();
    await user.keyboard('{Enter}');
    expect(container.querySelector('[data-part="node"][data-id="p-lotte"]')).not.toBeNull();
    expect(undo).toBeDisabled();
    expect(document.activeElement).toBe(redo);
    await user.keyboard('{Enter}');
    expect(container.querySelector('[data-part="node"][data-id="p-lotte"]')).toBeNull();
    expect(redo).toBeDisabled();
    expect(document.activeElement).toBe(undo);
  });
});

describe('Lifeline: Undo/Redo and the removed notice keep focus', () => {
  const focusedEvent = () => document.activeElement?.getAttribute('data-event-id') ?? null;

  it("the notice's Undo brings the event back and focuses it", async () => {
    const user = userEvent.setup();
    const { container } = render(<LifelineHost initial={marcoNetwork} />);
    container.querySelector<SVGGElement>('[data-part="event"][data-event-id="e-moeder"]')?.focus();
    await user.keyboard('{Delete}');
    button(container, '[data-action="notice-undo"]').focus();
    await user.keyboard('{Enter}');
    expect(container.querySelector('[data-part="notice"]')).toBeNull();
    await waitFor(() => expect(focusedEvent()).toBe('e-moeder'));
  });

  it("closing the notice puts focus on the events", async () => {
    const user = userEvent.setup();
    const { container } = render(<LifelineHost initial={marcoNetwork} />);
    container.querySelector<SVGGElement>('[data-part="event"][data-event-id="e-moeder"]')?.focus();
    await user.keyboard('{Delete}');
    button(container, '[data-action="notice-close"]').focus();
    await user.keyboard('{Enter}');
    expect(container.querySelector('[data-part="notice"]')).toBeNull();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-part')).toBe('event'));
  });

  it('the last Undo in the toolbar moves focus to Redo, the last Redo back to Undo', async () => {
    const user = userEvent.setup();
    const { container } = render(<LifelineHost initial={marcoNetwork} />);
    container.querySelector<SVGGElement>('[data-part="event"][data-event-id="e-moeder"]')?.focus();
    await user.keyboard('{Delete}');
    const undo = button(container, 'button[data-action="undo"]');
    const redo = button(container, 'button[data-action="redo"]');
    undo.focus();
    await user.keyboard('{Enter}');
    expect(undo).toBeDisabled();
    expect(document.activeElement).toBe(redo);
    await user.keyboard('{Enter}');
    expect(redo).toBeDisabled();
    expect(document.activeElement).toBe(undo);
  });
});
