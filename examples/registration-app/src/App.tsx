/** The vendor's host app: sign-in, then a hash router over the client list, a client file and a print page. */
import { useEffect, useState } from 'react';
import { ClientList } from './ClientList';
import { ClientFile } from './ClientFile';
import { Login } from './Login';
import { PrintPage } from './PrintPage';
import { api, SIGNED_OUT_EVENT, type SignedInUser } from './api';
import { useHash } from './route';

export function App() {
  const hash = useHash();
  // undefined: asking the server; null: nobody signed in (or the session ended).
  const [user, setUser] = useState<SignedInUser | null | undefined>(undefined);
  useEffect(() => {
    api.session().then(setUser, () => setUser(null));
    const out = () => setUser(null);
    window.addEventListener(SIGNED_OUT_EVENT, out);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, out);
  }, []);
  if (user === undefined) return <p className="host-main">Laden…</p>;
  if (user === null) return <Login onSignedIn={setUser} />;

  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = (path ?? '').split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (parts[0] === 'clients' && parts[1] && parts[2] === 'print') {
    return <PrintPage clientId={decodeURIComponent(parts[1])} redacted={params.get('redacted') === '1'} />;
  }
  const logout = () => void api.logout().finally(() => setUser(null));
  return (
    <div className="host">
      <header className="host-header">
        <a href="#/" className="host-brand">CliëntVolg</a>
        <span className="host-sub">registratiesysteem maatschappelijke opvang (demo met Kring)</span>
        <span className="host-user">Ingelogd: {user.name}</span>
        <button type="button" className="host-logout" onClick={logout}>Uitloggen</button>
      </header>
      <main className="host-main">
        {parts[0] === 'clients' && parts[1]
          ? <ClientFile key={parts[1]} clientId={decodeURIComponent(parts[1])} tab={parts[2] ?? 'netwerk'} />
          : <ClientList />}
      </main>
    </div>
  );
}
