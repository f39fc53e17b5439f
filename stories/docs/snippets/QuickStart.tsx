// The smallest controlled Ecogram: the host keeps the network and passes every edit back.
import { useState } from 'react';
import { Ecogram } from '@kring/react';
import '@kring/react/styles.css';
import type { Network } from '@kring/core';

const start: Network = {
  format: 'kring.network',
  version: 1,
  focus: 'p-samir',
  people: [
    { id: 'p-samir', name: 'Samir', kind: 'person' },
    { id: 'p-latifa', name: 'Latifa', kind: 'person', sector: 'family', closeness: 'inner' },
  ],
  ties: [{ id: 't-1', between: ['p-samir', 'p-latifa'], strength: 'strong' }],
  groups: [],
  events: [],
};

export function QuickStart({ onSave }: { onSave?: (network: Network) => void }) {
  const [network, setNetwork] = useState(start);
  return (
    <Ecogram
      network={network}
      onChange={(next) => {
        setNetwork(next); // show the edit
        onSave?.(next); // and store it (serializeNetwork(next) gives the JSON)
      }}
    />
  );
}
