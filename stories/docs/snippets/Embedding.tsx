// A client's network inside a registration system: load, save every edit with a revision
// check, show a conflict instead of overwriting someone else's work, read-only for viewers.
// The example app (examples/registration-app/src/ClientFile.tsx) does the same with debounce,
// retries and a save that outlives closing the file.
import { useEffect, useRef, useState } from 'react';
import { Ecogram, type EcogramHandle } from '@kring/react';
import { parseNetwork, serializeNetwork, type Network } from '@kring/core';

/** What the host's back end offers (your API; Kring makes no requests itself). */
export interface NetworkStore {
  load(clientId: string): Promise<{ json: string; revision: number }>;
  /** Saves if `revision` is still the stored one; else says who won. */
  save(clientId: string, json: string, revision: number): Promise<{ ok: true; revision: number } | { ok: false; conflict: true }>;
}

type Status = 'loading' | 'saved' | 'saving' | 'conflict' | 'unreadable';

export function ClientNetwork({ clientId, store, canEdit }: { clientId: string; store: NetworkStore; canEdit: boolean }) {
  const [network, setNetwork] = useState<Network | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const revision = useRef(0);
  const map = useRef<EcogramHandle>(null);

  useEffect(() => {
    let current = true;
    setNetwork(null);
    setStatus('loading');
    void store.load(clientId).then(({ json, revision: r }) => {
      if (!current) return;
      // Lenient: a record from an older system is repaired with warnings, not refused.
      const read = parseNetwork(json, { mode: 'lenient' });
      revision.current = r;
      setNetwork(read.ok ? read.network : null);
      setStatus(read.ok ? 'saved' : 'unreadable');
    });
    return () => { current = false; };
  }, [clientId, store]);

  async function onChange(next: Network) {
    setNetwork(next);
    setStatus('saving');
    const result = await store.save(clientId, serializeNetwork(next), revision.current);
    if (result.ok) {
      revision.current = result.revision;
      setStatus('saved');
    } else {
      setStatus('conflict'); // never overwrite: let the user reload or download their version
    }
  }

  if (status === 'unreadable') return <p role="alert">Het netwerk kon niet worden gelezen.</p>;
  if (!network) return <p>Netwerk laden…</p>;
  return (
    <section aria-label="Netwerk">
      <p role="status">{status === 'saving' ? 'Opslaan…' : status === 'saved' ? 'Opgeslagen' : ''}</p>
      {status === 'conflict' ? (
        <p role="alert">Iemand anders heeft dit netwerk intussen gewijzigd. Je wijziging is niet opgeslagen.</p>
      ) : null}
      <button type="button" onClick={() => map.current?.print()}>Afdrukken</button>
      <Ecogram
        key={clientId} // another client: a fresh map (selection, zoom, undo history)
        ref={map}
        network={network}
        onChange={(next) => void onChange(next)}
        readOnly={!canEdit || status === 'conflict'}
        author="J. de Vries, netwerkcoach"
      />
    </section>
  );
}
