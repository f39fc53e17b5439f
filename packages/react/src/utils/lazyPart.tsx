/**
 * Parts loaded on first use (issue 16): a component whose code is fetched the first time it is
 * rendered (or when its `preload()` is called), so that a view's first load holds only what
 * is on screen — the editors and their popover load when an editor opens, the list view when
 * it is chosen, the time slider when it is shown. A bundler splits each `import()` into a
 * chunk of its own (tsup/esbuild for the ESM build, Vite in Storybook).
 *
 * Unlike `React.lazy`, a part that has loaded renders in the same pass (no Suspense boundary,
 * no extra frame), and {@link preloadParts} loads every part there is: before printing, and in
 * the unit tests, which then render as if nothing were lazy. While a part loads it renders its
 * `fallback` prop (default nothing: popovers and panels appear where nothing stood, so nothing
 * jumps); the view that opened it keeps focus until the part takes it.
 *
 * A part whose code cannot be loaded (a host offline after the first load) renders the error
 * to the nearest error boundary (every view has one: `ViewErrorBoundary`), never into the page.
 * @internal
 */
import { useEffect, useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { whenIdle } from './idle';

/** A component loaded on first use; see the module comment. */
export interface LazyPart<P extends object> {
  (props: P & { fallback?: ReactNode }): ReactElement | null;
  displayName: string;
  /** Load the part's code now (idempotent); resolves when it can render. */
  preload(): Promise<void>;
  /** True once the code is here: the part renders in the same pass. */
  loaded(): boolean;
}

const registry: (() => Promise<void>)[] = [];
const loadedChecks: (() => boolean)[] = [];

/**
 * A component of `load`'s module, fetched on first render or on `preload()`.
 * @param name the part's name in React's tools and errors
 * @param load `() => import('./Part').then((m) => m.Part)` — the import that the bundler splits
 */
export function lazyPart<P extends object>(name: string, load: () => Promise<ComponentType<P>>): LazyPart<P> {
  const mod = lazyModule(load);
  function Part(props: P & { fallback?: ReactNode }): ReactElement | null {
    const Loaded = useLazyModule(mod, true, name);
    const { fallback, ...rest } = props;
    if (Loaded) return <Loaded {...(rest as P)} />;
    return (fallback ?? null) as ReactElement | null;
  }
  const part = Part as LazyPart<P>;
  part.displayName = name;
  part.preload = () => mod.load().then(() => undefined);
  part.loaded = () => mod.get() !== null;
  return part;
}

/**
 * The module when it is here, else `null` — and, while `needed`, load it and render again once
 * it has come. A failed load is raised to the nearest error boundary (every view has one), whose
 * retry loads again. One rule for every part and module that loads on first use.
 */
export function useLazyModule<M>(mod: LazyModule<M>, needed: boolean, name: string): M | null {
  const [, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const value = mod.get();
  useEffect(() => {
    if (!needed || value !== null) return;
    let live = true;
    mod.load().then(
      // Not as a transition: a part someone opened (an editor) must not wait behind other
      // updates (a transition that keeps being interrupted commits only after seconds).
      () => live && setVersion((v) => v + 1),
      (error: unknown) => live && setFailure(() => error),
    );
    return () => {
      live = false;
    };
  }, [mod, needed, value]);
  if (failure !== null && value === null) throw failure instanceof Error ? failure : new Error(`Kring: ${name} could not be loaded`);
  return value;
}

/** A module loaded on first use (not a component): see {@link lazyModule}. */
export interface LazyModule<M> {
  /** The module when it is here, else `null`. */
  get(): M | null;
  /** Load it now (idempotent). */
  load(): Promise<M>;
  /** Load it now, for {@link usePreloadWhenIdle} (a failure is left to the first use). */
  preload(): Promise<void>;
  /** True once it is here. */
  loaded(): boolean;
}

/**
 * A module fetched on first use, e.g. the pan/zoom instance with d3-zoom, mounted in an effect
 * after the first paint: `get()` is the module once loaded (then the effect mounts it at once,
 * as in the tests, where {@link preloadParts} loads it first), else `load().then(…)`.
 */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let value: M | null = null;
  let pending: Promise<M> | null = null;
  const get = (): M | null => value;
  const loadNow = (): Promise<M> => {
    if (value !== null) return Promise.resolve(value);
    pending ??= load().then(
      (m) => (value = m),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const preload = (): Promise<void> => loadNow().then(() => undefined, () => undefined);
  const loaded = (): boolean => value !== null;
  registry.push(preload);
  loadedChecks.push(loaded);
  return { get, load: loadNow, preload, loaded };
}

/**
 * Run `run` with the module: at once when it is here (in the tests, and once loaded), else as
 * soon as it has come (`onError` if it cannot be loaded). Returns a cancel for effects: after
 * it, a module that comes later runs nothing. For instances mounted in effects (pan/zoom, drag)
 * and for edits that need a module loaded ahead (the map's own operations).
 */
export function withModule<M>(mod: LazyModule<M>, run: (m: M) => void, onError: () => void = () => undefined): () => void {
  const here = mod.get();
  if (here !== null) {
    run(here);
    return () => undefined;
  }
  let live = true;
  mod.load().then(
    (m) => live && run(m),
    () => live && onError(),
  );
  return () => {
    live = false;
  };
}

/** Whether every part defined so far has loaded (then printing need not wait). */
export function partsLoaded(): boolean {
  return loadedChecks.every((loaded) => loaded());
}

/** Load every part defined so far (see the module comment): before printing, and in tests. */
export async function preloadParts(): Promise<void> {
  // (A part defined while others load is loaded by the next call.)
  await Promise.all(registry.map((preload) => preload()));
}

/**
 * Every part loaded and drawn, for what copies the page (printing, the export): at once when
 * they are all here; else once they have loaded and React has drawn with them (two frames: React
 * commits, the browser paints) — a map given a past date draws its people only once time travel
 * is here, the legend for paper only once it has loaded.
 */
export function partsDrawn(): Promise<void> {
  if (partsLoaded()) return Promise.resolve();
  return preloadParts().then(
    () =>
      new Promise<void>((resolve) => {
        const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => setTimeout(f, 16);
        frame(() => frame(() => resolve()));
      }),
  );
}

/**
 * Load `part` once the browser is idle after the first paint (`requestIdleCallback`, else a
 * short timeout): for a part that is used without a click — the legend on paper, printed from
 * the browser's menu, where there is no time to fetch it.
 */
export function usePreloadWhenIdle(part: { preload(): Promise<void>; loaded(): boolean }, when = true): void {
  useEffect(() => {
    if (!when || part.loaded() || typeof window === 'undefined') return;
    return whenIdle(() => void part.preload(), 2000);
  }, [part, when]);
}
