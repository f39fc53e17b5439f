/** Handover ("netwerk meeverhuizen"): export as Kring JSON or FHIR, import with a preview. */
import { useId, useState } from 'react';
import type { Network, NetworkIssue } from '@kring/core';
import { getMessages, issueText } from '@kring/react';
import { api, type ClientRecord, type Removed } from './api';

type Preview =
  | { kind: 'none' }
  | { kind: 'busy' }
  | { kind: 'ok'; text: string; format: 'kring' | 'fhir'; network: Network; warnings: NetworkIssue[]; removed: number; before: number; needsConfirmation: boolean; others: string; confirming?: boolean }
  | { kind: 'refused'; message: string }
  | { kind: 'errors'; errors: NetworkIssue[] }
  | { kind: 'done'; message: string };

const focusName = (n: Network) => n.people.find((p) => p.id === n.focus)?.name ?? 'Cliënt';
/** A FHIR bundle about another patient is refused by the server (server/import.ts): said plainly. */
const OTHER_PATIENT = 'Niet geïmporteerd: dit bestand gaat over een andere cliënt. Kies het overdrachtsbestand van deze cliënt.';

const messages = getMessages('nl');
/** ", 7 van de 7 relaties en 3 van de 3 gebeurtenissen": the ties, events and groups an import removes (none: ""). */
function othersText(r: { ties: Removed; events: Removed; groups: Removed }): string {
  const parts = ([[r.ties, 'relaties'], [r.events, 'gebeurtenissen'], [r.groups, 'groepen']] as const)
    .filter(([x]) => x.removed > 0).map(([x, what]) => `${x.removed} van de ${x.before} ${what}`);
  if (parts.length === 0) return '';
  return parts.length === 1 ? ` en ${parts[0]}` : `, ${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** Problems in Dutch (Kring's texts for each `NetworkIssue` code), each with the JSON path it is about. */
export function Issues({ issues }: { issues: NetworkIssue[] }) {
  return <ul>{issues.map((e, i) => <li key={i}><code>{e.path || '(hele bestand)'}</code> — {issueText(messages, e.code)}</li>)}</ul>;
}

/** `revision`: the network's revision as the file has it now (the import is saved only on top of that one). */
export function Handover({ record, revision, onImported }: { record: ClientRecord; revision: number; onImported: () => void }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<Preview>({ kind: 'none' });
  const fileId = useId();
  const textId = useId();
  const base = `/api/clients/${encodeURIComponent(record.id)}/export`;

  const check = async (input: string) => {
    setText(input);
    setPreview({ kind: 'busy' });
    try {
      const r = await api.importNetwork(record.id, input, { preview: true });
      if (!r.ok && r.otherPatient) return setPreview({ kind: 'refused', message: OTHER_PATIENT });
      setPreview(r.ok && r.network
        ? { kind: 'ok', text: input, format: r.format, network: r.network, warnings: r.warnings, removed: r.removed, before: r.before, needsConfirmation: r.needsConfirmation, others: othersText(r) }
        : { kind: 'errors', errors: r.ok ? [] : r.errors });
    } catch (e) {
      setPreview({ kind: 'errors', errors: [{ code: 'unreadable', path: '', message: String(e) } as NetworkIssue] });
    }
  };

  const confirm = async (confirmed: boolean) => {
    if (preview.kind !== 'ok') return;
    // Replacing most of the network is asked about once more (the server refuses it otherwise).
    if (preview.needsConfirmation && !confirmed) return setPreview({ ...preview, confirming: true });
    const r = await api.importNetwork(record.id, preview.text, { preview: false, revision, confirm: confirmed });
    if (!r.ok && r.conflict) return setPreview({ kind: 'refused', message: 'Niet geïmporteerd: iemand anders heeft het netwerk intussen gewijzigd. Open het dossier opnieuw en bekijk het voorbeeld nog eens.' });
    if (!r.ok && r.otherPatient) return setPreview({ kind: 'refused', message: OTHER_PATIENT });
    if (!r.ok) return setPreview({ kind: 'errors', errors: r.errors });
    setPreview({ kind: 'done', message: `Netwerk geïmporteerd (${preview.network.people.length - 1} personen).` });
    onImported();
  };

  return (
    <section aria-labelledby="handover-title" className="handover">
      <h2 id="handover-title">Overdracht</h2>
      <h3>Exporteren</h3>
      <p>Geef het netwerk mee naar een andere locatie of organisatie. Het bestand bevat ook notities over derden: deel het alleen met wie het nodig heeft.</p>
      <p>
        <a className="button" href={`${base}?format=kring`} download>Download Kring JSON</a>{' '}
        <a className="button" href={`${base}?format=fhir`} download>Download FHIR-bundel</a>
      </p>
      <h3>Importeren in {record.name}</h3>
      <p>Kies een Kring JSON-bestand of een FHIR R4-bundel. Je ziet eerst wat er binnenkomt; pas na "Importeren" wordt het huidige netwerk vervangen.</p>
      <p>
        <label htmlFor={fileId}>Bestand</label>{' '}
        <input id={fileId} type="file" accept=".json,application/json,application/fhir+json"
          onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void f.text().then(check); }} />
      </p>
      <p>
        <label htmlFor={textId}>Of plak de inhoud</label><br />
        <textarea id={textId} rows={4} cols={60} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <br /><button type="button" onClick={() => void check(text)} disabled={!text.trim()}>Bekijk voorbeeld</button>
      </p>
      {/* The errors are an alert of their own, outside the polite live region: announced once. */}
      {preview.kind === 'refused' && <p role="alert" className="save-error">{preview.message}</p>}
      {preview.kind === 'errors' && (
        <div role="alert" className="save-error"><p>Dit bestand kan niet worden geïmporteerd:</p><Issues issues={preview.errors} /></div>
      )}
      <div aria-live="polite">
        {preview.kind === 'busy' && <p>Controleren…</p>}
        {preview.kind === 'ok' && (
          <div className="preview" aria-label="Voorbeeld import">
            <p><strong>Voorbeeld</strong> ({preview.format === 'fhir' ? 'FHIR-bundel' : 'Kring JSON'}): {preview.network.people.length - 1} personen,
              {' '}{preview.network.ties.length} contacten.</p>
            <ul className="preview-people">{preview.network.people.filter((p) => p.id !== preview.network.focus).map((p) => <li key={p.id}>{p.name}{p.role ? ` (${p.role})` : ''}</li>)}</ul>
            {focusName(preview.network) !== record.name && (
              <p className="warning"><strong>Let op:</strong> de cliënt in dit bestand heet "{focusName(preview.network)}", dit dossier is van
                {' '}"{record.name}". Controleer dat je het juiste bestand importeert.</p>
            )}
            {preview.warnings.length > 0 && <><p>Waarschuwingen:</p><Issues issues={preview.warnings} /></>}
            {preview.needsConfirmation && (
              <p className="warning"><strong>Let op:</strong> deze import verwijdert {preview.removed} van de {preview.before} personen{preview.others} uit het huidige netwerk.</p>
            )}
            {preview.confirming ? (
              <div role="alert" className="conflict">
                <p>Weet je zeker dat je het netwerk van {record.name} wilt vervangen? {preview.removed} van de {preview.before} personen{preview.others} verdwijnen uit het netwerk.</p>
                <button type="button" onClick={() => void confirm(true)}>Ja, vervang het netwerk</button>{' '}
                <button type="button" onClick={() => setPreview({ kind: 'none' })}>Annuleren</button>
              </div>
            ) : (
              <>
                <button type="button" onClick={() => void confirm(false)}>Importeren</button>{' '}
                <button type="button" onClick={() => setPreview({ kind: 'none' })}>Annuleren</button>
              </>
            )}
          </div>
        )}
        {preview.kind === 'done' && <p>{preview.message}</p>}
      </div>
    </section>
  );
}
