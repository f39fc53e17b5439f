// A host without React: the <kring-ecogram> custom element. With a bundler, register the
// elements from '@kring/elements'; without one, load dist/kring-elements.js (React included)
// with one <script type="module"> — it registers them itself.
import { defineKringElements, type KringEcogramChangeEvent, type KringEcogramElement } from '@kring/elements';
import type { Network } from '@kring/core';

/** The host's save: resolves with the network as stored, or rejects to refuse the edit. */
export type SaveNetwork = (network: Network) => Promise<Network>;

export function mountEcogram(container: HTMLElement, network: Network, save: SaveNetwork): KringEcogramElement {
  defineKringElements(); // safe to call twice
  const ecogram = document.createElement('kring-ecogram') as KringEcogramElement;
  ecogram.setAttribute('locale', 'nl');
  ecogram.setAttribute('legend', '');
  ecogram.network = network; // a property: the network object (or JSON text as the attribute)
  ecogram.addEventListener('kring-change', (event) => {
    event.preventDefault(); // the host decides what is shown: only what the server accepted
    void save((event as KringEcogramChangeEvent).detail.network).then(
      (stored) => { ecogram.network = stored; },
      () => { /* refused: the element keeps showing the stored network, and announces nothing */ },
    );
  });
  container.append(ecogram);
  return ecogram;
}
