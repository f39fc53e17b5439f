/** Starts the demo registration system: `PORT` (default 5173), `DATA_DIR` (default ./data/db). */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openStore } from './db';
import { createApp } from './app';

const here = import.meta.dirname;
const dataDir = resolve(process.env.DATA_DIR ?? resolve(here, '../data/db'));
const port = Number(process.env.PORT ?? 5173);
await mkdir(dataDir, { recursive: true });
const store = await openStore(dataDir);
const server = createApp(store, resolve(here, '../dist'));
server.listen(port, process.env.HOST ?? '127.0.0.1', () => {
  console.log(`Kring registratie-demo: http://${process.env.HOST ?? '127.0.0.1'}:${port}/ (database ${dataDir})`);
});
const stop = () => { server.close(); void store.close().then(() => process.exit(0)); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
