/**
 * Legibility page: Kring's `Ecogram` with its defaults, as a host embeds it (editable and
 * controlled, or `readOnly`), inside a page with 16 px padding. Puts `window.kringLegibility`
 * on the page: `mount` a network, `measure` it with the instrument (`measure.ts`), and
 * `mountMarkup` for the instrument's self-test on hand-made SVG.
 */
import { useState, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Network } from '@kring/core';
import { Ecogram } from '@kring/react';
import '@kring/react/styles.css';
import { measureLegibility } from './measure';
import './page-types';

const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;

function Host({ initial, readOnly }: { initial: Network; readOnly: boolean }): ReactElement {
  const [network, setNetwork] = useState(initial);
  return readOnly
    ? <Ecogram network={network} readOnly today="2026-12-05" />
    : <Ecogram network={network} onChange={(next) => setNetwork(next)} today="2026-12-05" />;
}

const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

window.kringLegibility = {
  async mount(input, readOnly) {
    const network = input as Network;
    root?.unmount();
    container.replaceChildren();
    root = createRoot(container);
    root.render(<Host initial={network} readOnly={readOnly} />);
    const start = performance.now();
    // Every person drawn (or 20 s), then stable for 10 frames: labels may be re-placed after measuring text.
    let last = '';
    let stable = 0;
    while (stable < 10 && performance.now() - start < 20_000) {
      await frame();
      const svg = container.querySelector('svg[data-part="svg"]');
      const nodes = container.querySelectorAll('[data-part="node"]').length;
      const signature = `${nodes}|${svg?.innerHTML.length ?? 0}`;
      stable = svg && nodes >= Math.min(1, network.people.length) && signature === last ? stable + 1 : 0;
      last = signature;
    }
    await document.fonts.ready;
  },
  measure: (input) => measureLegibility(container, input),
  mountMarkup(markup) {
    root?.unmount();
    root = null;
    container.innerHTML = markup;
  },
};
