import { act, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import { activeElementOf } from '../src/utils/activeElement';

/**
 * Inside a shadow root (how `<kring-ecogram>` renders) `document.activeElement` is the host
 * element. Focus must still return to the button the user pressed, not to the host.
 */
describe('focus inside a shadow root', () => {
  let root: Root | null = null;
  let host: HTMLElement | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
    cleanup();
  });

  it('activeElementOf reads the shadow root, not the document', () => {
    host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    shadow.append(button);
    button.focus();
    expect(document.activeElement).toBe(host);
    expect(activeElementOf(button)).toBe(button);
    expect(activeElementOf(null)).toBe(host);
  });

  it('closing the editor opened from the list view returns focus to its edit button in the shadow root', async () => {
    host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    root = createRoot(mount);
    act(() => root!.render(<Ecogram defaultNetwork={samirNetwork} today="2025-06-01" />));
    const user = userEvent.setup({ document });
    const listButton = [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Lijst');
    expect(listButton).toBeDefined();
    await user.click(listButton!);
    // The row's button reads "Bewerk"; its accessible name says whom ("Latifa … bewerken").
    const edit = [...shadow.querySelectorAll<HTMLButtonElement>('[data-part="edit-button"][data-edit^="person:"]')].find((b) => b.getAttribute('aria-label')?.includes('Latifa'));
    expect(edit).toBeDefined();
    edit!.focus();
    expect(shadow.activeElement).toBe(edit);
    await user.keyboard('{Enter}');
    const dialog = shadow.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label') ?? dialog?.textContent).toMatch(/Latifa/);
    await user.keyboard('{Escape}');
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
    expect(shadow.activeElement).toBe(edit);
  });
});
