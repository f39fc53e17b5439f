/** A client's file ("dossier") with tabs; the Netwerk tab embeds Kring and autosaves. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { serializeNetwork, type Network, type NetworkIssue } from '@kring/core';
import { Ecogram } from '@kring/react';
import { api, download, type ClientRecord } from './api';
import { AuditList } from './AuditList';
import { Handover } from './Handover';
import { Lifeline, NetworkSummary } from './optional';

type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; errors?: NetworkIssue[] }
  | { kind: 'conflict'; current: ClientRecord };

const DEBOUNCE_MS = 500;
const TABS = [['netwerk', 'Netwerk'], ['logboek', 'Logboek'], ['overdracht', 'Overdracht']] as const;

export function ClientFile({ clientId, tab }: { clientId: string; tab: string }) {
  const [record, setRecord] = useState<ClientRecord | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [network, setNetwork] = useState<Network | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const revision = useRef(0);
  const latest = useRef<Network | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const conflict = useRef(false);

  const load = useCallback(async () => {
    try {
      const r = await api.client(clientId);
      revision.current = r.revision;
      latest.current = r.network;
      dirty.current = false;
      conflict.current = false;
      setRecord(r);
      setNetwork(r.network);
      setState({ kind: 'saved' });
    } catch (e) {
      setLoadError(String(e));
    }
  }, [clientId]);

  useEffect(() => { void load(); }, [load]);

  const flush = useCallback(async () => {
    if (inFlight.current || conflict.current || !dirty.current || !latest.current) return;
    inFlight.current = true;
    dirty.current = false;
    let retryIn = DEBOUNCE_MS;
    setState({ kind: 'saving' });
    try {
      const result = await api.save(clientId, latest.current, revision.current);
      if (result.kind === 'saved') {
        revision.current = result.revision;
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      } else if (result.kind === 'conflict') {
        conflict.current = true;
        dirty.current = true;
        setState({ kind: 'conflict', current: result.current });
      } else {
        setState({ kind: 'error', message: 'De server weigerde het netwerk.', errors: result.errors });
      }
    } catch {
      dirty.current = true;
      setState({ kind: 'error', message: 'Opslaan mislukt (geen verbinding?). Uw wijzigingen staan nog hier; we proberen het opnieuw.' });
      retryIn = 3000;
    } finally {
      inFlight.current = false;
    }
    if (dirty.current && !conflict.current) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), retryIn);
    }
  }, [clientId]);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => { if (dirty.current || inFlight.current) e.preventDefault(); };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const onChange = (next: Network) => {
    latest.current = next;
    dirty.current = true;
    setNetwork(next);
    if (conflict.current) return;
    setState({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  };

  if (loadError) return <p role="alert">Dossier niet geladen: {loadError}</p>;
  if (!record || !network) return <p>Dossier laden…</p>;

  const mine = () => download(serializeNetwork(latest.current ?? network), `${record.id}-mijn-versie.kring.json`);

  return (
    <article className="file" aria-labelledby="file-title">
      <p><a href="#/">← Alle cliënten</a></p>
      <header className="file-header">
        <h1 id="file-title">{record.name}</h1>
        <span className="file-meta">{record.id} · {record.location}</span>
        <SaveIndicator state={state} />
      </header>
      {state.kind === 'conflict' && (
        <div role="alert" className="conflict">
          <p><strong>Iemand anders heeft dit netwerk intussen gewijzigd</strong> (versie {state.current.revision}). Uw laatste wijzigingen zijn
            niet opgeslagen, maar ook niet weg: download uw versie voordat u de nieuwste versie laadt.</p>
          <button type="button" onClick={mine}>Download mijn versie</button>{' '}
          <button type="button" onClick={() => void load()}>Herlaad de nieuwste versie</button>
        </div>
      )}
      {state.kind === 'error' && (
        <div role="alert" className="save-error">
          <p>{state.message}</p>
          {state.errors && <ul>{state.errors.map((e, i) => <li key={i}><code>{e.path || '(document)'}</code>: {e.message}</li>)}</ul>}
          <button type="button" onClick={mine}>Download mijn versie</button>
        </div>
      )}
      <nav className="tabs" aria-label="Dossier">
        {TABS.map(([id, label]) => (
          <a key={id} href={`#/clients/${encodeURIComponent(clientId)}/${id}`} aria-current={tab === id ? 'page' : undefined}>{label}</a>
        ))}
        <a href={`#/clients/${encodeURIComponent(clientId)}/print`}>Afdrukken</a>
      </nav>
      {tab === 'netwerk' && (
        <section aria-label="Netwerk" className="network-tab">
          <Ecogram network={network} onChange={onChange} showLegend />
          {NetworkSummary && <section aria-label="Samenvatting"><NetworkSummary network={network} headingLevel={2} /></section>}
          {Lifeline && <section aria-label="Levenslijn"><h2>Levenslijn</h2><Lifeline network={network} onChange={onChange} /></section>}
        </section>
      )}
      {tab === 'logboek' && <AuditList clientId={clientId} revision={revision.current} />}
      {tab === 'overdracht' && <Handover record={record} onImported={() => void load()} />}
    </article>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text = {
    saved: 'Alle wijzigingen opgeslagen',
    pending: 'Wijzigingen nog niet opgeslagen…',
    saving: 'Opslaan…',
    error: 'Opslaan mislukt',
    conflict: 'Niet opgeslagen: conflict',
  }[state.kind];
  return <p className="save-indicator" data-state={state.kind} role="status" aria-live="polite">{text}</p>;
}
