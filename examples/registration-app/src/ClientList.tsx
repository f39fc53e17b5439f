import { useEffect, useState } from 'react';
import { api, type ClientRow } from './api';
import { NewClient } from './NewClient';
import { usePageTitle, useRouteFocus } from './route';

export function ClientList() {
  const [clients, setClients] = useState<ClientRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { api.clients().then(setClients, (e: unknown) => setError(String(e))); }, []);
  usePageTitle('Cliënten');
  const heading = useRouteFocus<HTMLHeadingElement>(true);
  return (
    <section aria-labelledby="clients-title">
      <h1 id="clients-title" tabIndex={-1} ref={heading}>Cliënten</h1>
      {error && <p role="alert">Kon de cliënten niet laden: {error}</p>}
      {!clients && !error && <p>Laden…</p>}
      {clients && <NewClient clients={clients} />}
      {clients && (
        <div className="table-scroll" role="region" aria-label="Cliëntenlijst" tabIndex={0}>
          <table className="host-table">
            <thead><tr><th scope="col">Nummer</th><th scope="col">Naam</th><th scope="col">Locatie</th><th scope="col">Laatst gewijzigd</th></tr></thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id}>
                  <td>{c.id}</td>
                  <td><a href={`#/clients/${encodeURIComponent(c.id)}`}>{c.name}</a></td>
                  <td>{c.location || '—'}</td>
                  <td>{new Date(c.updatedAt).toLocaleString('nl-NL')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
