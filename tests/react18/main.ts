// A React 18 host page (tests/browser/react18.test.ts): the host's own React 18.3 renders the
// page, a <kring-ecogram> and a <kring-lifeline> from @kring/elements' module build (React stays an import there:
// the host's bundler gives it the host's React). The host listens to kring-change and shows
// the names it received.
import { createElement, StrictMode, useEffect, useRef, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { defineKringElements, type KringEcogramChangeEvent, type KringEcogramElement, type KringLifelineElement } from '@kring/elements';
import { samirNetwork } from '@kring/fixtures';

defineKringElements();

function App() {
  const ref = useRef<KringEcogramElement>(null);
  const lifeline = useRef<KringLifelineElement>(null);
  const [names, setNames] = useState(() => samirNetwork.people.map((p) => p.name));
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    // React 18 sets attributes, not properties, on custom elements: the host sets the property.
    element.network = samirNetwork;
    if (lifeline.current) lifeline.current.network = samirNetwork;
    const onChange = (e: Event) => setNames((e as KringEcogramChangeEvent).detail.network.people.map((p) => p.name));
    element.addEventListener('kring-change', onChange);
    return () => element.removeEventListener('kring-change', onChange);
  }, []);
  return createElement(
    'div',
    null,
    createElement('h1', { 'data-testid': 'react-version' }, version),
    createElement('kring-ecogram', { ref, label: 'Netwerk van Samir' }),
    createElement('kring-lifeline', { ref: lifeline }),
    createElement('output', { 'data-testid': 'people' }, names.join(', ')),
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(StrictMode, null, createElement(App)));
