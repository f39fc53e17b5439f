/**
 * The sign-in page. Failed logins are throttled by the server (429 with Retry-After); the
 * message says when to try again and never which of the two fields was wrong.
 */
import { useId, useState, type FormEvent } from 'react';
import { api, type SignedInUser } from './api';
import { usePageTitle } from './route';

export function Login({ onSignedIn }: { onSignedIn: (user: SignedInUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const userId = useId();
  const passwordId = useId();
  usePageTitle('Inloggen');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const r = await api.login(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
      if (r.ok) return onSignedIn(r.user);
      setError(r.retryAfter
        ? `Te veel mislukte pogingen. Probeer het over ${Math.ceil(r.retryAfter / 60)} minuten opnieuw.`
        : 'Gebruikersnaam of wachtwoord onjuist.');
    } catch {
      setError('Inloggen mislukt (geen verbinding?). Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="host-main login">
      <h1>Inloggen bij CliëntVolg</h1>
      <form onSubmit={(e) => void submit(e)} className="login-form">
        <p><label htmlFor={userId}>Gebruikersnaam</label><br />
          <input id={userId} name="username" autoComplete="username" required autoCapitalize="none" spellCheck={false} /></p>
        <p><label htmlFor={passwordId}>Wachtwoord</label><br />
          <input id={passwordId} name="password" type="password" autoComplete="current-password" required /></p>
        {error && <p role="alert" className="save-error">{error}</p>}
        <p><button type="submit" disabled={busy}>Inloggen</button></p>
      </form>
    </main>
  );
}
