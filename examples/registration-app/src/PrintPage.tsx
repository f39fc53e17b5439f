/** A page to print the network for the client to take home; optionally with initials only. */
import { useEffect, useState } from 'react';
import { Ecogram } from '@kring/react';
import { api, currentUser, type ClientRecord } from './api';
import { NetworkSummary } from './optional';
import { navigate, usePageTitle, useRouteFocus } from './route';

export function PrintPage({ clientId, redacted }: { clientId: string; redacted: boolean }) {
  const [record, setRecord] = useState<ClientRecord | null>(null);
  // `print` puts the print view in the client's audit log (who printed, with or without full names).
  useEffect(() => { api.client(clientId, { redacted }).then(setRecord, () => setRecord(null)); }, [clientId, redacted]);
  // The browser prints the page title in the header: a print with initials only names no one there.
  usePageTitle('Afdrukken', redacted ? 'Mijn netwerk (initialen)' : (record?.name ?? 'laden…'));
  const heading = useRouteFocus<HTMLHeadingElement>(Boolean(record), redacted ? 'initialen' : '');
  if (!record) return <p>Laden…</p>;
  const href = (r: boolean) => `#/clients/${encodeURIComponent(clientId)}/print${r ? '?redacted=1' : ''}`;
  return (
    <main className="print-page">
      <div className="no-print print-controls">
        <a href={`#/clients/${encodeURIComponent(clientId)}`}>← Terug naar dossier</a>
        <label><input type="checkbox" checked={redacted} onChange={(e) => navigate(href(e.currentTarget.checked))} /> Alleen initialen (voor onderweg)</label>
        <button type="button" onClick={() => window.print()}>Afdrukken</button>
      </div>
      {/* On paper the Ecogram's own title block says whose network, the date and who made it. */}
      <h1 className="no-print" tabIndex={-1} ref={heading}>{redacted ? 'Mijn netwerk' : `Netwerk van ${record.name}`}</h1>
      <Ecogram network={record.network} readOnly redacted={redacted ? 'initials' : false} showLegend author={currentUser.name} />
      {NetworkSummary && <NetworkSummary network={record.network} redacted={redacted ? 'initials' : false} headingLevel={2} />}
    </main>
  );
}
