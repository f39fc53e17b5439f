/**
 * The page of tests/browser/mount.test.ts: one Ecogram of 30 people mounted as a host would,
 * `?mode=client` (createRoot) or `?mode=hydrate` (server HTML from `renderToString`, then
 * `hydrateRoot`). It records what a user could notice: the drawn names (their text and where
 * they are) in the first painted frame that shows people, and later; every console error and
 * recoverable (hydration) error. Bundled by the test with esbuild from the sources.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Ecogram } from '@kring/react';
import { generateRealisticNetwork } from '@kring/fixtures';
import '@kring/react/styles.css';
import type { MountLog } from './types';


const log: MountLog = { errors: [], first: null, later: null, serverPeople: 0, people: 0 };
(window as unknown as { kringMount: MountLog }).kringMount = log;
const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  log.errors.push(args.map(String).join(' '));
  originalError(...args);
};

const root = document.getElementById('root') as HTMLElement;
const network = generateRealisticNetwork(30, 3);
log.people = network.people.length - 1;

/** Each drawn name: its text, the position of its first line and its leader, if any. */
function names(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of root.querySelectorAll('[data-part="node-labels"] :is([data-part="node-label"], [data-part="node-number"])')) {
    const id = text.getAttribute('data-id') ?? '?';
    const line = text.querySelector('[data-part="node-label-line"]') ?? text;
    const leader = text.previousElementSibling?.matches(`[data-part="label-leader"]`) ? text.previousElementSibling : null;
    out[id] = [
      text?.textContent ?? '',
      line?.getAttribute('x'),
      text?.getAttribute('y'),
      text?.getAttribute('font-size') ?? text?.getAttribute('style'),
      leader ? ['x1', 'y1', 'x2', 'y2'].map((a) => leader.getAttribute(a)).join(',') : '',
    ].join('|');
  }
  return out;
}

function watch(): void {
  let frames = 0;
  const tick = (): void => {
    if (log.first === null) {
      if (root.querySelectorAll('[data-part="node"]').length > 0) log.first = names();
    } else if (++frames === 40) {
      log.later = names();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const element = <Ecogram defaultNetwork={network} today="2026-11-25" />;
if (new URLSearchParams(location.search).get('mode') === 'hydrate') {
  root.innerHTML = renderToString(element);
  log.serverPeople = root.querySelectorAll('[data-part="node"]').length;
  watch();
  hydrateRoot(root, element, { onRecoverableError: (e) => log.errors.push(`recoverable: ${String(e)}`) });
} else {
  watch();
  createRoot(root).render(element);
}
