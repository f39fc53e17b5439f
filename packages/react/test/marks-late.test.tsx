/**
 * The map's marks when their placers come after the first render (issue 16): as a host's page
 * loads them, not preloaded as the other files' setup does. The groups' outlines are traced one
 * group per task before the marks are placed (no long task after the mount), and what is drawn
 * then is what a map that had the placers at once draws; printing that starts before the steps
 * are through finishes them at once, so the print-out has the marks; edits that come meanwhile
 * go first (the steps wait until the network has been still for a moment).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { planChangesNetwork } from '@kring/fixtures';
import { updatePerson, type Network } from '@kring/core';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const outlines = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-part="viewport"] [data-part="group-outline"]')].map((o) => `${o.getAttribute('data-id')} ${o.getAttribute('d')}`);

describe('marks whose placers come late', () => {
  it('draws no outline before its group is traced, then every outline, as a preloaded map does', async () => {
    vi.resetModules();
    const [{ Ecogram }, { partsLoaded }] = await Promise.all([import('../src/ecogram/Ecogram'), import('../src/utils/lazyPart')]);
    expect(partsLoaded()).toBe(false);
    const { container } = render(<Ecogram defaultNetwork={planChangesNetwork} today="2025-06-01" />);
    expect(outlines(container)).toEqual([]); // the first render has no placers
    await waitFor(() => expect(outlines(container).length).toBe(planChangesNetwork.groups.length), { timeout: 5000 });
    const late = outlines(container);
    cleanup();

    vi.resetModules();
    const [{ Ecogram: Preloaded }, { preloadParts }] = await Promise.all([import('../src/ecogram/Ecogram'), import('../src/utils/lazyPart')]);
    await preloadParts();
    const preloaded = render(<Preloaded defaultNetwork={planChangesNetwork} today="2025-06-01" />);
    await waitFor(() => expect(outlines(preloaded.container).length).toBe(planChangesNetwork.groups.length));
    expect(late).toEqual(outlines(preloaded.container));
  });

  it('when printing starts before the steps are through, draws every outline before the print-out', async () => {
    vi.resetModules();
    // A page where printing can be noticed (jsdom has no matchMedia), and steps that wait.
    vi.stubGlobal('matchMedia', (media: string) => ({ matches: false, media, addEventListener: () => undefined, removeEventListener: () => undefined }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { Ecogram } = await import('../src/ecogram/Ecogram');
    const { container } = render(<Ecogram defaultNetwork={planChangesNetwork} today="2025-06-01" />);
    // The placers arrive (their module loaded; the map renders with them and schedules the steps).
    await act(async () => {
      await import('../src/ecogram/mapMarks');
    });
    for (let i = 0; i < 20; i++) await act(async () => Promise.resolve());
    expect(outlines(container)).toEqual([]); // the steps wait for their timers
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(outlines(container)).toHaveLength(planChangesNetwork.groups.length);
  });

  it('while the network keeps changing the steps wait, and the marks come once it has been still for 200 ms', async () => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { Ecogram } = await import('../src/ecogram/Ecogram');
    const props = { today: '2025-06-01', onChange: () => undefined };
    const { container, rerender } = render(<Ecogram network={planChangesNetwork} {...props} />);
    await act(async () => {
      await import('../src/ecogram/mapMarks');
    });
    for (let i = 0; i < 20; i++) await act(async () => Promise.resolve());
    const someone = planChangesNetwork.people.find((p) => p.id !== planChangesNetwork.focus)!;
    const rename = (network: Network, name: string): Network => {
      const result = updatePerson(network, someone.id, { name });
      if (!result.ok) throw new Error('rename refused');
      return result.network;
    };
    // A rename, then another 150 ms later: no step runs in between, nor 150 ms after the second.
    let network = rename(planChangesNetwork, 'Eerste nieuwe naam');
    rerender(<Ecogram network={network} {...props} />);
    await act(async () => vi.advanceTimersByTime(150));
    expect(outlines(container)).toEqual([]);
    network = rename(network, 'Tweede nieuwe naam');
    rerender(<Ecogram network={network} {...props} />);
    await act(async () => vi.advanceTimersByTime(150));
    expect(outlines(container)).toEqual([]);
    // Still for 200 ms: the steps run (one task each) and the marks are drawn.
    for (let i = 0; i < 20; i++) await act(async () => vi.advanceTimersByTime(100));
    expect(outlines(container)).toHaveLength(planChangesNetwork.groups.length);
    expect(container.querySelector(`[data-part="node"][data-id="${someone.id}"]`)?.getAttribute('aria-label')).toContain('Tweede nieuwe naam');
  });
});
