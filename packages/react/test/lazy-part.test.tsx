/**
 * Parts that load on first use (utils/lazyPart.tsx): what the views rely on. The views' own
 * tests run with every part preloaded (scripts/vitest-setup.ts); these parts are made here and
 * so are not preloaded.
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Component, type ReactElement, type ReactNode } from 'react';
import { lazyModule, lazyPart, partsLoaded, preloadParts } from '../src/utils/lazyPart';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: Error) {
    return { error: e.message };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children;
  }
}

describe('a part that loads on first use', () => {
  it('shows its fallback while loading, then the part with its props, and in the same pass once loaded', async () => {
    const load = deferred<(p: { name: string }) => ReactElement>();
    let calls = 0;
    const Part = lazyPart('Greeting', () => {
      calls++;
      return load.promise;
    });
    expect(Part.loaded()).toBe(false);
    expect(partsLoaded()).toBe(false);
    const { rerender } = render(<Part name="Latifa" fallback={<span role="status">Bezig met laden…</span>} />);
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
    await act(async () => {
      load.resolve(({ name }) => <p>Hallo {name}</p>);
      await load.promise;
    });
    expect(screen.getByText('Hallo Latifa')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    // Loaded: a new element renders at once, and the code was fetched once.
    rerender(<div><Part name="Sem" /></div>);
    expect(screen.getByText('Hallo Sem')).toBeInTheDocument();
    expect(calls).toBe(1);
    expect(Part.loaded()).toBe(true);
  });

  it('preloadParts loads every part and module that exists, so a print need not wait', async () => {
    const Part = lazyPart('Later', async () => (p: { n: number }) => <p>n = {p.n}</p>);
    const mod = lazyModule(async () => ({ answer: 42 }));
    expect(mod.get()).toBeNull();
    await preloadParts();
    expect(Part.loaded()).toBe(true);
    expect(mod.get()).toEqual({ answer: 42 });
    expect(partsLoaded()).toBe(true);
    render(<Part n={3} />);
    expect(screen.getByText('n = 3')).toBeInTheDocument();
  });

  it('a part whose code cannot be loaded raises a readable error to the view’s boundary, and loads again next time', async () => {
    let fail = true;
    const Part = lazyPart('Flaky', async () => {
      if (fail) throw new Error('chunk load failed');
      return () => <p>geladen</p>;
    });
    render(<Boundary><Part /></Boundary>);
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk load failed');
    fail = false;
    await Part.preload();
    render(<Part />);
    expect(screen.getByText('geladen')).toBeInTheDocument();
  });
});
