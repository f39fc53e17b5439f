/**
 * Sets a new random password for an account and prints it (and ends its sessions):
 * `pnpm run passwd jdevries`. Stop the server first: the embedded database has one user at a time.
 */
import { resolve } from 'node:path';
import { accounts } from './accounts';
import { openDatabase } from './db';
import { randomPassword } from './passwords';

const username = process.argv[2];
if (!username) {
  console.error('Gebruik: pnpm run passwd <gebruikersnaam>');
  process.exit(2);
}
const db = await openDatabase(resolve(process.env.DATA_DIR ?? resolve(import.meta.dirname, '../data/db')));
const password = randomPassword();
const ok = await accounts(db).setPassword(username, password);
await db.close();
if (!ok) {
  console.error('Onbekende gebruiker.');
  process.exit(1);
}
console.log(`Nieuw wachtwoord voor ${username}: ${password}`);
