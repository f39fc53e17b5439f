// A host page under `default-src 'self'; style-src 'self'; script-src 'self'`:
// the ecogram and lifeline must render, zoom and edit without inline styles or scripts.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Ecogram, Lifeline } from '@kring/react';
import '@kring/react/styles.css';
import { samirNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';

function App() {
  const [network, setNetwork] = useState<Network>(samirNetwork);
  return (
    <>
      <h1>CSP</h1>
      <section aria-label="Ecogram">
        <Ecogram network={network} onChange={setNetwork} />
      </section>
      <section aria-label="Levenslijn">
        <Lifeline network={network} onChange={setNetwork} />
      </section>
      <output data-testid="people">{network.people.map((p) => p.name).join(', ')}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
