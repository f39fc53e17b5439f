/** The vendor's host app: a hash router over the client list, a client file and a print page. */
import { ClientList } from './ClientList';
import { ClientFile } from './ClientFile';
import { PrintPage } from './PrintPage';
import { currentUser } from './api';
import { useHash } from './route';

export function App() {
  const hash = useHash();
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = (path ?? '').split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  if (parts[0] === 'clients' && parts[1] && parts[2] === 'print') {
    return <PrintPage clientId={decodeURIComponent(parts[1])} redacted={params.get('redacted') === '1'} />;
  }
  return (
    <div className="host">
      <header className="host-header">
        <a href="#/" className="host-brand">CliëntVolg</a>
        <span className="host-sub">registratiesysteem maatschappelijke opvang (demo met Kring)</span>
        <span className="host-user">Ingelogd: {currentUser.name}</span>
      </header>
      <main className="host-main">
        {parts[0] === 'clients' && parts[1]
          ? <ClientFile key={parts[1]} clientId={decodeURIComponent(parts[1])} tab={parts[2] ?? 'netwerk'} />
          : <ClientList />}
      </main>
    </div>
  );
}
