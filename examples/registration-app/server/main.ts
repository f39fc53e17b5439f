/**
 * Starts the demo registration system. Environment: `PORT` (default 5173), `HOST` (default
 * 127.0.0.1), `DATA_DIR` (default ./data/db), `ALLOWED_HOSTS` and `PUBLIC_URL` (see guard.ts),
 * `KRING_DEMO_PASSWORD` (the demo accounts' password when they are created; default: a
 * random one each, printed once).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { accounts } from './accounts';
import { createApp } from './app';
import { clientStore, openDatabase } from './db';
import { securityConfig } from './guard';

const here = import.meta.dirname;
const dataDir = resolve(process.env.DATA_DIR ?? resolve(here, '../data/db'));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
await mkdir(dataDir, { recursive: true });
const db = await openDatabase(dataDir);
const store = await clientStore(db);
const users = accounts(db);
const seeded = await users.seedDemo(process.env.KRING_DEMO_PASSWORD || undefined);
const security = securityConfig(process.env, port);
const server = createApp({ store, accounts: users, staticDir: resolve(here, '../dist'), security });
server.listen(port, host, () => {
  if (seeded.length) {
    console.log('Demo-accounts aangemaakt (dit wordt maar één keer getoond; nieuw wachtwoord: pnpm run passwd <gebruiker>):');
    for (const a of seeded) console.log(`  ${a.username.padEnd(12)} ${a.password.padEnd(20)} ${a.role.padEnd(12)} ${a.name}`);
  }
  console.log(`Kring registratie-demo: http://${host.includes(':') ? `[${host}]` : host}:${port}/ (database ${dataDir})`);
  if (host === '0.0.0.0' || host === '::') console.log('Let op: zet ALLOWED_HOSTS (of PUBLIC_URL) op de naam waaronder de server bereikt wordt; andere Host-namen worden geweigerd.');
});
// A port in use (another copy still running) or any other listen error: say so and close the
// database cleanly before exiting — an exit in the middle left a fresh database that the next
// start could not open.
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Poort ${port} is al in gebruik (draait de demo al?). Stop die eerst, of start met PORT=<andere poort>.`
      : `De server kon niet starten: ${error.message}`,
  );
  void db.close().then(() => process.exit(1));
});
const stop = () => { server.close(); void db.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
