/**
 * The map's marks when their placers come after the first render (issue 16): as a host's page
 * loads them, not preloaded as the other files' setup does. The groups' outlines are traced one
 * group per task before the marks are placed (no long task after the mount), and what is drawn
 * then is what a map that had the placers at once draws; printing that starts before the steps
 * are through finishes them at once, so the print-out has the marks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { planChangesNetwork } from '@kring/fixtures';

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
});
