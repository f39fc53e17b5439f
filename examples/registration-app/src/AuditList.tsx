import { useEffect, useState } from 'react';
import { api, type AuditRow } from './api';
import { describeEntry } from './auditText';

/** The change log of one client's network, newest first. */
export function AuditList({ clientId, revision }: { clientId: string; revision: number }) {
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  useEffect(() => { api.audit(clientId).then(setRows, () => setRows([])); }, [clientId, revision]);
  if (!rows) return <p>Logboek laden…</p>;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Logboek netwerk</h2>
      <ol className="audit">
        {rows.map((r) => {
          // Every entry type and change in Dutch (auditText.ts), also ones this version does not know.
          const { title, lines } = describeEntry(r);
          return (
            <li key={r.id}>
              <p><time dateTime={r.at}>{new Date(r.at).toLocaleString('nl-NL')}</time> · <strong>{r.who}</strong> · {title} (versie {r.revision})</p>
              {lines.length > 0 && <ul>{lines.map((s, i) => <li key={i}>{s}</li>)}</ul>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
