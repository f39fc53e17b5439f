/**
 * "Nieuwe cliënt": a button on the client list that opens a small form (name, location).
 * The server checks the name (server/clients.ts) and makes a network that holds only the
 * client; the caseworker who creates the file is assigned to it. After creating, the new
 * file opens on its Netwerk tab, where the map starts with the client alone.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { NetworkIssue } from '@kring/core';
import { getMessages, issueText } from '@kring/react';
import { api, type ClientRow } from './api';
import { navigate } from './route';

const messages = getMessages('nl');

/** Longest name and location; the server refuses longer (server/clients.ts, MAX_NAME_LENGTH). */
const MAX_LENGTH = 200;

type Problems = { name?: string; location?: string; form?: string };

/** Problems per field, in Dutch (Kring's words for each issue code). */
function problemsOf(errors: NetworkIssue[]): Problems {
  const out: Problems = {};
  for (const e of errors) {
    const field = e.path === 'name' || e.path === 'location' ? e.path : 'form';
    out[field] ??= issueText(messages, e.code);
  }
  return out;
}

export function NewClient({ clients }: { clients: ClientRow[] }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const ids = { form: useId(), name: useId(), location: useId(), nameError: useId(), locationError: useId(), places: useId() };
  const places = [...new Set(clients.map((c) => c.location).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl'));
  useEffect(() => { if (open) nameRef.current?.focus(); }, [open]);

  const close = () => {
    setOpen(false);
    setProblems({});
    toggleRef.current?.focus();
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const location = String(form.get('location') ?? '').trim();
    if (!name) {
      setProblems({ name: issueText(messages, 'required') });
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      const r = await api.createClient({ name, location });
      if (r.ok) {
        navigate(`#/clients/${encodeURIComponent(r.record.id)}/netwerk`);
        return;
      }
      const found = problemsOf(r.errors);
      setProblems(Object.keys(found).length ? found : { form: 'De cliënt is niet aangemaakt.' });
      if (found.name) nameRef.current?.focus();
    } catch {
      setProblems({ form: 'Aanmaken mislukt (geen verbinding?). Probeer het opnieuw.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="new-client">
      <button type="button" ref={toggleRef} aria-expanded={open} aria-controls={ids.form} onClick={() => (open ? close() : setOpen(true))}>
        Nieuwe cliënt
      </button>
      {open && (
        <form id={ids.form} className="new-client-form" aria-label="Nieuwe cliënt" noValidate onSubmit={(e) => void submit(e)}
          onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
          <p>Je maakt een nieuw dossier. Het netwerk begint met alleen de cliënt; de rest teken je samen met de cliënt.</p>
          <p>
            <label htmlFor={ids.name}>Naam</label><br />
            <input id={ids.name} name="name" ref={nameRef} required maxLength={MAX_LENGTH} autoComplete="off"
              aria-invalid={problems.name ? true : undefined} aria-describedby={problems.name ? ids.nameError : undefined} />
            {problems.name && <span id={ids.nameError} className="field-error">{problems.name}</span>}
          </p>
          <p>
            <label htmlFor={ids.location}>Locatie (mag leeg blijven)</label><br />
            <input id={ids.location} name="location" list={ids.places} maxLength={MAX_LENGTH} autoComplete="off"
              aria-invalid={problems.location ? true : undefined} aria-describedby={problems.location ? ids.locationError : undefined} />
            <datalist id={ids.places}>{places.map((p) => <option key={p} value={p} />)}</datalist>
            {problems.location && <span id={ids.locationError} className="field-error">{problems.location}</span>}
          </p>
          {problems.form && <p role="alert" className="save-error">{problems.form}</p>}
          <p>
            <button type="submit" disabled={busy}>Cliënt aanmaken</button>{' '}
            <button type="button" onClick={close}>Annuleren</button>
          </p>
        </form>
      )}
    </div>
  );
}
