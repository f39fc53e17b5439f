/**
 * Attack suite in a real browser (Chromium): a signed-in coordinator visits an attacker's page
 * that posts a `text/plain` form, a `no-cors` fetch and a credentialed JSON fetch at the
 * example app's import and save routes. From another site (`localhost:P`: the session cookie
 * stays home, SameSite=Strict) and from the same site on another port (`127.0.0.1:P`: the
 * cookie goes along, so only the Origin check stands between). Every attempt is refused and
 * the client's network is unchanged.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../browser/harness';
import { apiLogin, DEMO_PASSWORD, DEMO_USERS, type ApiSession } from '../registration-server';

const server = inject('registration');
let browser: Browser;
let attacker: Server;
let attackerPort: number;
let coordinator: ApiSession;

beforeAll(async () => {
  coordinator = await apiLogin(server.base, DEMO_USERS.coordinator);
  attacker = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Win a prize</title><p>Hallo</p>'));
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  const addr = attacker.address();
  attackerPort = typeof addr === 'object' && addr ? addr.port : 0;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  attacker?.close();
});

/** A browser with the coordinator signed in to the app (the session cookie in its jar). */
async function victim(): Promise<BrowserContext> {
  const context = await browser.newContext();
  const res = await context.request.post(`${server.base}/api/login`, { headers: { origin: server.base }, data: { username: DEMO_USERS.coordinator, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return context;
}

const state = async () => {
  const c = await coordinator.get<{ revision: number; network: { people: unknown[] } }>('/api/clients/c-1001');
  return { revision: c.revision, people: c.network.people.length };
};

describe.each([
  ['another site (localhost)', 'localhost'],
  ['the same site on another port (127.0.0.1)', '127.0.0.1'],
])('an attacker page on %s', (_name, host) => {
  it('cannot overwrite a client with a hidden text/plain form post', async () => {
    const before = await state();
    const context = await victim();
    const page = await context.newPage();
    await page.goto(`http://${host}:${attackerPort}/`);
    const target = `${server.base}/api/clients/c-1001/import`;
    const answered = page.waitForResponse((r) => r.url().startsWith(target));
    await page.evaluate((action) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = action;
      form.enctype = 'text/plain';
      const input = document.createElement('input');
      input.name = '{"resourceType":"Bundle","type":"collection","entry":[],"x":"';
      input.value = '"}';
      form.append(input);
      document.body.append(form);
      form.submit();
    }, target);
    expect((await answered).status()).toBe(403);
    expect(await state()).toEqual(before);
    await context.close();
  });

  it('cannot overwrite a client with a no-cors fetch, nor with a credentialed JSON fetch (the preflight fails)', async () => {
    const before = await state();
    const context = await victim();
    const page = await context.newPage();
    await page.goto(`http://${host}:${attackerPort}/`);
    const sent: string[] = [];
    page.on('request', (r) => { if (r.url().startsWith(server.base)) sent.push(r.method()); });
    const outcome = await page.evaluate(async (base) => {
      const body = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] });
      const noCors = await fetch(`${base}/api/clients/c-1001/import?revision=1&confirm=1`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body })
        .then((r) => r.type, (e: unknown) => String(e));
      const cors = await fetch(`${base}/api/clients/c-1001/network`, { method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' })
        .then((r) => `status ${r.status}`, () => 'blocked');
      return { noCors, cors };
    }, server.base);
    // The no-cors POST is sent (from 127.0.0.1:P with the session cookie) and refused for its
    // Origin; its answer is not even handed to the page (Cross-Origin-Resource-Policy:
    // same-origin makes it a network error). The JSON PUT needs a CORS preflight, which the
    // server does not grant (no session on the preflight, no CORS headers): the PUT is not sent.
    expect(sent).toContain('POST');
    expect(outcome.noCors).toMatch(/^(opaque|TypeError: Failed to fetch)$/);
    expect(outcome.cors).toBe('blocked');
    expect(await state()).toEqual(before);
    await context.close();
  });
});
