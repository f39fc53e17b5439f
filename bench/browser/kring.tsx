/**
 * Benchmark page: Kring's `Ecogram` (editable, controlled `network` prop), React 19, production build.
 * Its own layout (`@kring/core/layout`, computed inside the component) is part of its first render.
 * Its stylesheet is the Ecogram's own (`@kring/react/ecogram.css`), as a host that shows only the
 * map imports it (until session 19 the bench loaded `styles.css`, every component's rules).
 */
import { useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { updatePerson, type Network } from '@kring/core';
import { Ecogram } from '@kring/react';
import '@kring/react/ecogram.css';
import { centreOf, frameRecorder, paintedWhen, type BenchInput, type BenchPage } from './api';

const container = document.getElementById('root') as HTMLElement;
let current: Network | null = null;
let setCurrent: ((network: Network) => void) | null = null;

function Host({ initial }: { initial: Network }): ReactElement {
  const [network, setNetwork] = useState(initial);
  useEffect(() => {
    current = network;
    setCurrent = setNetwork;
  }, [network]);
  return <Ecogram network={network} onChange={(next) => setNetwork(next)} today="2026-11-25" />;
}

const nodeOf = (id: string) => container.querySelector(`[data-part="node"][data-id="${CSS.escape(id)}"]`);

const page: BenchPage = {
  async mount(input: BenchInput) {
    const start = performance.now();
    const network = input.network as Network;
    createRoot(container).render(<Host initial={network} />);
    const end = await paintedWhen(
      () =>
        container.querySelectorAll('[data-part="node"]').length === network.people.length &&
        container.querySelectorAll('[data-part="tie"]').length === network.ties.length,
    );
    return end - start;
  },
  async edit(id, label) {
    const start = performance.now();
    if (!current || !setCurrent) throw new Error('not mounted');
    const result = updatePerson(current, id, { name: label });
    if (!result.ok) throw new Error(`updatePerson refused: ${JSON.stringify(result.errors)}`);
    setCurrent(result.network);
    const end = await paintedWhen(() => nodeOf(id)?.getAttribute('aria-label')?.includes(label) ?? false);
    return end - start;
  },
  position: (id) => centreOf(nodeOf(id)?.querySelector('[data-part="hit-area"]') ?? null),
  grabbable(id) {
    const p = page.position(id);
    const hit = p ? document.elementFromPoint(p.x, p.y) : null;
    return hit?.closest('[data-drag-id]')?.getAttribute('data-drag-id') === id;
  },
  ...frameRecorder(),
};
window.kringBench = page;
