/**
 * The page of the bidi check in tests/browser/hostile-text.test.ts: Kring's own sentences
 * around hostile names (an override, unclosed embeddings and isolates, a stray PDI) and
 * right-to-left names side by side, next to the same sentence with a plain name. Bundled by
 * the test with esbuild from the sources (no Storybook build needed).
 */
import { createRoot } from 'react-dom/client';
import type { Network } from '@kring/core';
import { Ecogram, NetworkList, NetworkSummary } from '@kring/react';
import '@kring/react/styles.css';

/** A client named `client` with two people around them. */
function network(client: string, a = 'Latifa', b = 'Jan'): Network {
  return {
    format: 'kring.network',
    version: 1,
    id: 'net-bidi',
    focus: 'p-c',
    people: [
      { id: 'p-c', name: client, kind: 'person' },
      { id: 'p-a', name: a, kind: 'person', sector: 'family', closeness: 'inner' },
      { id: 'p-b', name: b, kind: 'person', sector: 'friends', closeness: 'inner' },
    ],
    ties: [
      // Both give practical support: the summary lists them in one cell, "a, b".
      { id: 't-a', between: ['p-c', 'p-a'], status: 'active', support: { receives: ['practical'] } },
      { id: 't-b', between: ['p-c', 'p-b'], status: 'active', support: { receives: ['practical'] } },
    ],
    groups: [],
    events: [],
  };
}

/** A client and one person who does not want to be contacted, named `name`. */
function noContact(name: string): Network {
  const n = network('Samir');
  return { ...n, people: n.people.map((p) => (p.id === 'p-a' ? { ...p, name, consent: 'not-allowed' as const } : p)) };
}

/** The clients whose sentence is checked, by the id of their section. */
export const CLIENTS: Record<string, string> = {
  plain: 'Anna',
  rlo: '\u202EAnna',
  rle: '\u202BBert',
  rli: '\u2067Carla',
  pdi: '\u2069\u202EDirk',
};

function Page() {
  return (
    <main>
      {Object.entries(CLIENTS).map(([id, name]) => (
        <section key={id} id={id}>
          <NetworkList network={network(name)} />
        </section>
      ))}
      <section id="summary">
        <NetworkSummary network={network('Samir', 'عائشة', 'דוד')} />
      </section>
      <section id="ecogram" style={{ width: 900 }}>
        {/* Someone who does not want contact is drawn as "<name> · geen contact": Kring's words in the same SVG line as the name. */}
        <Ecogram defaultNetwork={noContact('\u202EAl')} readOnly today="2025-06-01" />
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
