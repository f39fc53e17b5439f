/** A client's file ("dossier") with tabs; the Netwerk tab embeds Kring and autosaves. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { serializeNetwork, type Network, type NetworkIssue } from '@kring/core';
import { Ecogram, MeetingPlanner, NetworkPlan } from '@kring/react';
import { api, download, type ClientRecord } from './api';
import { AuditList } from './AuditList';
import { Handover, Issues } from './Handover';
import { Lifeline, NetworkSummary } from './optional';
import { usePageTitle, useRouteFocus } from './route';

type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; errors?: NetworkIssue[] }
  | { kind: 'conflict'; current: ClientRecord };

const DEBOUNCE_MS = 500;

/**
 * Saves that were still due when their client file was closed (a link, the back button: hash
 * navigation fires no `beforeunload`). They are sent at once, with `keepalive`; while one is
 * still open or retrying, closing the tab asks for confirmation.
 */
const savingAfterLeave = new Map<object, { clientId: string; done: Promise<void>; resolve: () => void }>();
/** A change that could not be saved after its file was closed: shown when the file opens again. */
const leftBehind = new Map<string, { network: Network; errors?: NetworkIssue[] }>();
window.addEventListener('beforeunload', (e) => { if (savingAfterLeave.size > 0) e.preventDefault(); });

/** Waits (at most `ms`) for saves of this client that are still running from a closed file. */
async function settledAfterLeave(clientId: string, ms = 5000): Promise<void> {
  const open = [...savingAfterLeave.values()].filter((s) => s.clientId === clientId).map((s) => s.done);
  if (open.length) await Promise.race([Promise.all(open), new Promise((r) => setTimeout(r, ms))]);
}

const TABS = [['netwerk', 'Netwerk'], ['plan', 'Plan'], ['logboek', 'Logboek'], ['overdracht', 'Overdracht']] as const;

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
  const unmounted = useRef(false);
  const tabLabel = TABS.find(([id]) => id === tab)?.[1];
  usePageTitle(record?.name ?? (loadError ? 'Dossier niet geladen' : 'Dossier laden…'), record ? tabLabel : null);
  const heading = useRouteFocus<HTMLHeadingElement>(Boolean(record && network), tab);

  const load = useCallback(async () => {
    try {
      await settledAfterLeave(clientId);
      const r = await api.client(clientId);
      const unsaved = leftBehind.get(clientId);
      leftBehind.delete(clientId);
      revision.current = r.revision;
      latest.current = unsaved?.network ?? r.network;
      dirty.current = Boolean(unsaved);
      conflict.current = Boolean(unsaved);
      setRecord(r);
      setNetwork(latest.current);
      setState(!unsaved ? { kind: 'saved' } : unsaved.errors
        ? { kind: 'error', message: 'Je laatste wijziging is niet opgeslagen: de server weigerde het netwerk.', errors: unsaved.errors }
        : { kind: 'conflict', current: r });
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
    const sent = latest.current;
    try {
      // After the file was closed the request must outlive the page too.
      const result = await api.save(clientId, sent, revision.current, { keepalive: unmounted.current });
      if (result.kind === 'saved') {
        revision.current = result.revision;
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      } else if (result.kind === 'conflict') {
        conflict.current = true;
        dirty.current = true;
        setState({ kind: 'conflict', current: result.current });
        if (unmounted.current) leftBehind.set(clientId, { network: latest.current ?? sent });
      } else {
        setState({ kind: 'error', message: 'De server weigerde het netwerk.', errors: result.errors });
        if (unmounted.current) leftBehind.set(clientId, { network: latest.current ?? sent, errors: result.errors });
      }
    } catch {
      dirty.current = true;
      setState({ kind: 'error', message: 'Opslaan mislukt (geen verbinding?). Je wijzigingen staan nog hier; we proberen het opnieuw.' });
      retryIn = 3000;
    } finally {
      inFlight.current = false;
    }
    if (dirty.current && !conflict.current) {
      clearTimeout(timer.current);
      // Once the file is closed nobody edits any more: changes made during this request go at once.
      timer.current = setTimeout(() => void flush(), unmounted.current && retryIn === DEBOUNCE_MS ? 0 : retryIn);
    } else if (unmounted.current) {
      savingAfterLeave.get(unmounted)?.resolve();
      savingAfterLeave.delete(unmounted);
    }
  }, [clientId]);

  // Leaving the file (another route or client) must not drop the debounced save: send it now.
  // A request already under way sends the rest when it is done (see the end of `flush`).
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
      clearTimeout(timer.current);
      if (conflict.current) {
        // The conflict message was showing: keep "Download mijn versie" for when the file opens again.
        if (dirty.current && latest.current) leftBehind.set(clientId, { network: latest.current });
        return;
      }
      if (!(dirty.current || inFlight.current)) return;
      let resolve = () => {};
      const done = new Promise<void>((r) => { resolve = r; });
      savingAfterLeave.set(unmounted, { clientId, done, resolve });
      void flush();
    };
  }, [clientId, flush]);
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
        <h1 id="file-title" tabIndex={-1} ref={heading}>{record.name}</h1>
        <span className="file-meta">{record.id} · {record.location}</span>
        <SaveIndicator state={state} />
      </header>
      {state.kind === 'conflict' && (
        <div role="alert" className="conflict">
          <p><strong>Iemand anders heeft dit netwerk intussen gewijzigd</strong> (versie {state.current.revision}). Je laatste wijzigingen zijn
            niet opgeslagen, maar ook niet weg: download jouw versie voordat je de nieuwste versie laadt.</p>
          <button type="button" onClick={mine}>Download mijn versie</button>{' '}
          <button type="button" onClick={() => void load()}>Herlaad de nieuwste versie</button>
        </div>
      )}
      {state.kind === 'error' && (
        <div role="alert" className="save-error">
          <p>{state.message}</p>
          {state.errors && <Issues issues={state.errors} />}
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
      {tab === 'plan' && (
        // The network plan and its meetings: the same network and the same autosave as the map.
        <section aria-label="Plan" className="plan-tab">
          <NetworkPlan network={network} onChange={onChange} />
          <MeetingPlanner network={network} onChange={onChange} />
        </section>
      )}
      {tab === 'logboek' && <AuditList clientId={clientId} revision={revision.current} />}
      {tab === 'overdracht' && <Handover record={record} revision={revision.current} onImported={() => void load()} />}
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
