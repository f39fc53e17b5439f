import { useEffect, useState } from 'react';
import { api, type AuditRow } from './api';

/** The change log of one client's network, newest first. */
export function AuditList({ clientId, revision }: { clientId: string; revision: number }) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  useEffect(() => { api.audit(clientId).then(setRows, () => setRows([])); }, [clientId, revision]);
  if (!rows) return <p>Logboek laden…</p>;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Logboek netwerk</h2>
      <ol className="audit">
        {rows.map((r) => (
          <li key={r.id}>
            <p><time dateTime={r.at}>{new Date(r.at).toLocaleString('nl-NL')}</time> · <strong>{r.who}</strong> · {r.action} (versie {r.revision})</p>
            <ul>{r.summary.map((s, i) => <li key={i}>{s}</li>)}</ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
