/**
 * examples/registration-app in Chromium: a vendor's registration system with Kring inside.
 * Builds the client, starts the real server on a free port with a temporary database, then
 * drives it as a caseworker: add a person by keyboard (autosaved, survives a reload), a
 * save conflict between two tabs, and a Kring JSON handover from one client to another;
 * an edit made just before leaving the file is still saved; page titles, focus after
 * navigation and reflow at 320 px; Dutch import errors; a new client made with "Nieuwe
 * cliënt" (in the caseworker's list, only the client on the map) and the log in Dutch words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, screenshot } from './harness';
import { apiLogin, appDir, DEMO_USERS, loginPage, removeData, startRegistrationServer, type ApiSession, type RegistrationServer } from '../registration-server';

let browser: Browser;
let server: RegistrationServer;
let base: string;
/** The coordinator over the API (sees every client), for checks behind the pages' backs. */
let api: ApiSession;

beforeAll(async () => {
  execFileSync('pnpm', ['run', 'build'], { cwd: appDir, stdio: 'pipe', env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' } });
  server = await startRegistrationServer();
  base = server.base;
  browser = await launch();
  api = await apiLogin(base, DEMO_USERS.coordinator);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await removeData(server);
});

/** A new browser window (its own cookies), signed in through the sign-in page; the coordinator unless said otherwise. */
async function newPage(viewport: { width: number; height: number }, user: string = DEMO_USERS.coordinator, { enforceCsp = false } = {}): Promise<Page> {
  // The app's CSP forbids inline script, and axe-core is injected as one: test pages bypass the
  // CSP, except the one test that checks the app under it (enforceCsp).
  const context = await browser.newContext({ viewport, acceptDownloads: true, bypassCSP: !enforceCsp });
  const page = await context.newPage();
  await loginPage(page, base, user);
  return page;
}

async function openClient(page: Page, id: string, tab = 'netwerk'): Promise<void> {
  await page.goto(`${base}/#/clients/${id}/${tab}`);
  await page.waitForSelector('#file-title');
}

/** Tab from the top of the page to the toolbar's "Persoon toevoegen", then type a name and press Enter. */
async function addPersonByKeyboard(page: Page, name: string): Promise<void> {
  await page.locator('body').focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (label === 'Persoon toevoegen') break;
  }
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Persoon toevoegen');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /Naam/ }).waitFor();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  const done = page.getByRole('dialog').getByRole('button', { name: 'Klaar' });
  if (await done.isVisible().catch(() => false)) await done.click();
  await page.getByRole('button', { name: new RegExp(`^${name},`) }).first().waitFor();
}

async function waitSaved(page: Page): Promise<void> {
  await page.waitForSelector('.save-indicator[data-state="saved"]', { timeout: 15_000 });
}

describe('registration app (examples/registration-app)', () => {
  it('saves a person added by keyboard, and it is still there after a reload', async () => {
    const page = await newPage({ width: 1200, height: 900 });
    await openClient(page, 'c-1001');
    await addPersonByKeyboard(page, 'Oma Truus');
    await page.waitForFunction(() => document.querySelector('.save-indicator')?.getAttribute('data-state') !== 'pending');
    await waitSaved(page);
    await page.reload();
    await page.waitForSelector('#file-title');
    await page.getByRole('button', { name: /^Oma Truus,/ }).first().waitFor();
    await expect(page.getByRole('button', { name: /^Oma Truus,/ }).count()).resolves.toBe(1);
    expect(await axe(page, 'body')).toEqual([]);
    await openClient(page, 'c-1001', 'logboek');
    // The log is fetched after the tab opens: wait for its entry (count() alone raced it under load).
    await page.getByText('Oma Truus toegevoegd').first().waitFor();
    await expect(page.getByText('Oma Truus toegevoegd').count()).resolves.toBe(1);
    await page.close();
  });

  it('saves an edit made just before leaving the file (no loss when the 500 ms autosave is still waiting)', async () => {
    const page = await newPage({ width: 1200, height: 900 });
    // A fake clock that we stop, so the debounced save cannot fire before we leave: the
    // only way for the edit to reach the server is the save sent when the file closes.
    await page.clock.install();
    await page.reload(); // signed in already: the page loads again, now with the stopped clock
    await openClient(page, 'c-1003');
    const before = await api.get('/api/clients/c-1003') as { revision: number };
    await page.getByRole('button', { name: 'Persoon toevoegen' }).first().click();
    await page.getByRole('dialog').getByRole('textbox', { name: /Naam/ }).waitFor();
    await page.keyboard.type('Tante Riet');
    await page.clock.pauseAt(Date.now() + 1000);
    await page.keyboard.press('Enter');
    const done = page.getByRole('dialog').getByRole('button', { name: 'Klaar' });
    if (await done.isVisible().catch(() => false)) await done.click();
    await page.getByRole('button', { name: /^Tante Riet,/ }).first().waitFor();
    await expect(page.locator('.save-indicator').getAttribute('data-state')).resolves.toBe('pending');
    await page.getByRole('link', { name: '← Alle cliënten' }).click();
    await page.getByRole('heading', { name: 'Cliënten', level: 1 }).waitFor();
    await expect.poll(async () => {
      const now = await api.get('/api/clients/c-1003') as { revision: number; network: { people: { name: string }[] } };
      return { newer: now.revision > before.revision, names: now.network.people.map((p) => p.name) };
    }, { timeout: 10_000 }).toMatchObject({ newer: true, names: expect.arrayContaining(['Tante Riet']) });
    await page.clock.resume();
    await page.reload();
    await openClient(page, 'c-1003');
    await page.getByRole('button', { name: /^Tante Riet,/ }).first().waitFor();
    await expect(page.getByRole('button', { name: /^Tante Riet,/ }).count()).resolves.toBe(1);
    await expect(page.locator('.save-indicator').getAttribute('data-state')).resolves.toBe('saved');
    await page.close();
  });

  it('names every page in its title, moves focus to the new heading, and reflows at 320 px', async () => {
    const page = await newPage({ width: 320, height: 700 });
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const focused = () => page.evaluate(() => document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : document.activeElement?.tagName);
    await page.goto(`${base}/#/`);
    await page.getByRole('link', { name: 'Marco Bakker' }).waitFor();
    await expect(page.title()).resolves.toBe('Cliënten — CliëntVolg');
    await expect(noSideScroll()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Marco Bakker' }).click();
    await page.waitForSelector('#file-title');
    await expect.poll(focused).toBe('Marco Bakker');
    await expect(page.title()).resolves.toBe('Marco Bakker — Netwerk — CliëntVolg');
    await expect(noSideScroll()).resolves.toBe(0);
    // The whole tab bar is on screen (it wraps), not cut off at the right edge.
    for (const name of ['Netwerk', 'Plan', 'Logboek', 'Overdracht', 'Afdrukken']) {
      const box = await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320, name).toBe(true);
    }

    await page.getByRole('link', { name: 'Overdracht' }).click();
    await page.getByRole('heading', { name: 'Overdracht', level: 2 }).waitFor();
    await expect(page.title()).resolves.toBe('Marco Bakker — Overdracht — CliëntVolg');
    await expect.poll(focused).toBe('Marco Bakker');
    await page.getByLabel('Of plak de inhoud').fill('{"format":"kring.network","version":1,"people":[{"id":1}]}');
    await page.getByRole('button', { name: 'Bekijk voorbeeld' }).click();
    await page.getByRole('alert').filter({ hasText: 'kan niet worden geïmporteerd' }).waitFor();
    await expect(noSideScroll()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { name: 'Netwerkplan', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Meedenkbijeenkomst plannen' }).waitFor();
    await expect(page.title()).resolves.toBe('Marco Bakker — Plan — CliëntVolg');
    await expect(noSideScroll()).resolves.toBe(0);
    expect(await axe(page, 'body')).toEqual([]);

    await page.getByRole('link', { name: 'Logboek' }).click();
    await page.getByRole('heading', { name: 'Logboek netwerk' }).waitFor();
    await expect(page.title()).resolves.toBe('Marco Bakker — Logboek — CliëntVolg');
    await expect(noSideScroll()).resolves.toBe(0);
    expect(await axe(page, 'body')).toEqual([]);
    await page.close();
  });

  it('shows a conflict in the second tab and keeps its version downloadable', async () => {
    const a = await newPage({ width: 1200, height: 900 });
    const b = await a.context().newPage(); // a second tab of the same signed-in user
    await openClient(a, 'c-1002');
    await openClient(b, 'c-1002');
    await addPersonByKeyboard(a, 'Buurman Henk');
    await waitSaved(a);
    await addPersonByKeyboard(b, 'Tante Ans');
    const alert = b.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit netwerk intussen gewijzigd' });
    await alert.waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([b.waitForEvent('download'), alert.getByRole('button', { name: 'Download mijn versie' }).click()]);
    const mine = await readFile(await download.path(), 'utf8');
    expect(mine).toContain('Tante Ans');
    await alert.getByRole('button', { name: 'Herlaad de nieuwste versie' }).click();
    await b.getByRole('button', { name: /^Buurman Henk,/ }).waitFor();
    await expect(b.getByRole('button', { name: /^Tante Ans,/ }).count()).resolves.toBe(0);
    await a.close();
    await b.close();
  });

  it('exports Kring JSON and imports it into another client through the preview', async () => {
    const page = await newPage({ width: 1200, height: 900 });
    await openClient(page, 'c-1001', 'overdracht');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Kring JSON' }).click()]);
    const json = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(json)).toMatchObject({ format: 'kring.network' });

    await openClient(page, 'c-1004', 'overdracht');
    const input = page.getByLabel('Bestand');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kring.network","version":1,"focus":"x","people":[{"id":"x"}]}') });
    const errors = page.getByRole('alert').filter({ hasText: 'kan niet worden geïmporteerd' });
    await errors.getByText('people[0].name').waitFor();
    // In Dutch (Kring's texts for the issue codes), announced once: not also inside a live region.
    await expect(errors.getByRole('listitem').filter({ hasText: 'people[0].name' }).textContent()).resolves.toBe('people[0].name — Vul dit in.');
    await expect(errors.textContent()).resolves.not.toMatch(/is required|Expected/);
    await expect(errors.evaluate((e) => e.parentElement?.closest('[aria-live], [role="status"], [role="alert"]') === null)).resolves.toBe(true);

    await input.setInputFiles({ name: 'samir.kring.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    const preview = page.getByLabel('Voorbeeld import');
    await preview.getByText('Oma Truus').waitFor();
    expect(await axe(page, 'body')).toEqual([]);
    await preview.getByText(/de cliënt in dit bestand heet "Samir", dit dossier is van\s+"Fatima"/).waitFor();
    // Fatima's people are not in Samir's file: the import would remove all of them, so it asks once more.
    await preview.getByText(/deze import verwijdert \d+ van de \d+ personen/).waitFor();
    await preview.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('alert').filter({ hasText: 'Weet je zeker dat je het netwerk van Fatima wilt vervangen?' })
      .getByRole('button', { name: 'Ja, vervang het netwerk' }).click();
    await page.getByText(/Netwerk geïmporteerd/).waitFor();
    await openClient(page, 'c-1004', 'netwerk');
    await page.getByRole('button', { name: /^Oma Truus,/ }).waitFor();
    await expect(page.locator('#file-title').textContent()).resolves.toBe('Fatima');
    await screenshot(page, 'registration-app');
    await page.close();
  });

  it('reads a FHIR bundle back through the import preview, and reports bad bundles with paths', async () => {
    const bundle = await api.get<{ resourceType: string }>('/api/clients/c-1001/export?format=fhir');
    expect(bundle.resourceType).toBe('Bundle');
    const ok = await (await api.request('POST', '/api/clients/c-1001/import?preview=1', bundle)).json() as { format: string; network: { people: { name: string }[] } };
    expect(ok.format).toBe('fhir');
    expect(ok.network.people.map((p) => p.name)).toContain('Oma Truus');
    // Samir's handover is not imported into another client's file (server/import.ts).
    const other = await api.request('POST', '/api/clients/c-1005/import?preview=1', bundle);
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ otherPatient: true });
    expect((await api.get<{ revision: number }>('/api/clients/c-1005')).revision).toBe(1);
    const bad = await api.request('POST', '/api/clients/c-1005/import?revision=1', { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'RelatedPerson' } }] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('entry[0].resource.patient');
  });

  it('API: rejects an invalid network with paths, and a stale revision with the current version', async () => {
    const put = (body: unknown) => api.request('PUT', '/api/clients/c-1003/network', body);
    const current = await api.get('/api/clients/c-1003') as { revision: number; network: { people: { id: string; consent?: string }[] } };
    const broken = structuredClone(current.network);
    broken.people[0]!.consent = 'misschien';
    const bad = await put({ network: broken, revision: current.revision });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['network.people[0].consent']);
    const stale = await put({ network: current.network, revision: current.revision - 1 });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current: { revision: number } }).current.revision).toBe(current.revision);
  });

  it('prints the network read-only, with initials only when asked', async () => {
    // Samir is J. de Vries's client: a caseworker prints, and is named as the author on paper.
    const page = await newPage({ width: 900, height: 1000 }, DEMO_USERS.caseworker);
    await page.goto(`${base}/#/clients/c-1001/print`);
    await page.getByRole('heading', { name: 'Netwerk van Samir' }).waitFor();
    await expect(page.getByRole('button', { name: 'Persoon toevoegen' }).count()).resolves.toBe(0);
    // The box is ticked as soon as it is clicked: the page navigates within the click, not a
    // task later when the browser fires `hashchange` (a click in between used to be lost).
    const tickedAtOnce = await page.getByLabel('Alleen initialen (voor onderweg)').evaluate((box: HTMLInputElement) => { box.click(); return box.checked; });
    expect(tickedAtOnce).toBe(true);
    await page.getByRole('heading', { name: 'Mijn netwerk' }).waitFor();
    await expect(page.getByText('Oma Truus', { exact: true }).count()).resolves.toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Afdrukken' }).isVisible()).resolves.toBe(false);
    // On paper the component's title block says whose network, when and by whom (the app
    // passes its user as author); no screen text of the ecogram is printed.
    const paper = await page.evaluate(() => (document.querySelector<HTMLElement>('[data-part="ecogram"]')?.innerText ?? '').replace(/\s+/g, ' '));
    expect(paper).toContain('Ecogram van S.');
    expect(paper).toContain('Opgesteld door J. de Vries (netwerkondersteuner)');
    expect(paper).toContain('Vertrouwelijk — bevat persoonsgegevens');
    expect(paper).toContain('Pagina 1 van 1');
    expect(paper).not.toContain('Alleen bekijken');
    expect(paper).not.toContain('Samir');
    await expect(page.getByRole('heading', { name: 'Mijn netwerk' }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'registration-app-print');
    await page.close();
  });

  it('Netwerk tab at 1280×800: toolbar and the whole map above the fold; "Lijst" without sideways scroll', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    for (const id of ['c-1002', 'c-1004', 'c-1005']) {
      await openClient(page, id);
      await page.waitForSelector('[data-part="svg"]');
      await page.waitForTimeout(200); // the map's fit is measured in the next frame
      const s = await page.evaluate(() => {
        const map = document.querySelector('[data-part="svg"]')!.getBoundingClientRect();
        const toolbar = document.querySelector('[data-part="toolbar"]')!.getBoundingClientRect();
        return { toolbarTop: toolbar.top, mapBottom: map.bottom, mapHeight: map.height, scrollY: window.scrollY };
      });
      expect(s.scrollY).toBe(0);
      expect(s.toolbarTop).toBeGreaterThan(0);
      expect(s.mapBottom).toBeLessThanOrEqual(800);
      expect(s.mapHeight).toBeGreaterThanOrEqual(440);
      if (id === 'c-1004') await screenshot(page, 'registration-app-netwerk-1280x800');
      await page.locator('[data-part="ecogram"] [data-part="view-toggle"]').getByRole('button', { name: 'Lijst' }).click();
      await page.waitForSelector('[data-part="network-list"]');
      const sideways = await page.evaluate(() => {
        const out: string[] = [];
        const doc = document.scrollingElement ?? document.documentElement;
        if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth}>${doc.clientWidth}`);
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
          const overflow = getComputedStyle(el).overflowX;
          if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth) out.push(`${el.getAttribute('data-part') ?? el.className} ${el.scrollWidth}>${el.clientWidth}`);
        }
        return out;
      });
      expect(sideways, id).toEqual([]);
      await page.locator('[data-part="ecogram"] [data-part="view-toggle"]').getByRole('button', { name: 'Kaart' }).click();
    }
    await page.close();
  });

  it('runs under its own Content-Security-Policy (no inline script or style): zero violations while editing, importing and printing', async () => {
    const page = await newPage({ width: 1200, height: 900 }, DEMO_USERS.coordinator, { enforceCsp: true });
    const violations: string[] = [];
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    }));
    const res = await page.goto(`${base}/`);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self';.*style-src 'self';.*frame-ancestors 'none'/);
    await openClient(page, 'c-1002');
    await addPersonByKeyboard(page, 'Neef Ali');
    await waitSaved(page);
    await page.getByRole('button', { name: /inzoomen/i }).first().click();
    await page.locator('[data-part="ecogram"] [data-part="view-toggle"]').getByRole('button', { name: 'Lijst' }).click();
    await page.waitForSelector('[data-part="network-list"]');
    await openClient(page, 'c-1002', 'overdracht');
    await page.getByLabel('Of plak de inhoud').fill(JSON.stringify(await api.get('/api/clients/c-1002/export?format=kring')));
    await page.getByRole('button', { name: 'Bekijk voorbeeld' }).click();
    await page.getByLabel('Voorbeeld import').getByText('Neef Ali').waitFor();
    await page.goto(`${base}/#/clients/c-1002/print`);
    await page.getByRole('heading', { name: /Netwerk van Marco/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('"Nieuwe cliënt": a caseworker creates a client, finds it in the list and opens it with only the client on the map', async () => {
    const page = await newPage({ width: 1200, height: 900 }, DEMO_USERS.caseworker);
    await page.getByRole('heading', { name: 'Cliënten', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe cliënt' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe cliënt' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    // An empty name is refused on the field, in Kring's Dutch words.
    await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
    await form.getByText('Vul dit in.').waitFor();
    await expect(form.getByLabel('Naam').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByLabel('Naam').fill('  Noor   Bakker ');
    await form.getByLabel(/^Locatie/).fill('Nachtopvang De Brug, Haarlem');
    expect(await axe(page, 'body')).toEqual([]);
    await form.getByRole('button', { name: 'Cliënt aanmaken' }).click();
    // The new file opens on its Netwerk tab.
    await page.waitForSelector('#file-title');
    await expect(page.locator('#file-title').textContent()).resolves.toBe('Noor Bakker');
    const id = decodeURIComponent(/#\/clients\/([^/]+)\/netwerk$/.exec(page.url())?.[1] ?? '');
    expect(id).toMatch(/^c-\d+$/);

    // In the caseworker's list (assigned to whoever created it), and it opens from there.
    await page.getByRole('link', { name: '← Alle cliënten' }).click();
    const link = page.getByRole('link', { name: 'Noor Bakker', exact: true });
    await link.waitFor();
    await expect(page.getByRole('row').filter({ has: link }).getByRole('cell').first().textContent()).resolves.toBe(id);
    await link.click();
    await page.waitForSelector('[data-part="svg"] [data-part="node"]');
    await expect(page.locator('[data-part="svg"] [data-part="node"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id'))))
      .resolves.toEqual(['p-client']);
    await expect(page.locator('[data-part="svg"] [data-part="tie"]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Noor Bakker,/ }).count()).resolves.toBe(1);
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'Logboek' }).click();
    const log = page.getByRole('region', { name: 'Logboek netwerk' });
    await log.getByText('Nieuw dossier voor Noor Bakker; het netwerk bevat alleen de cliënt').waitFor();
    await expect(log.innerText()).resolves.toContain('J. de Vries (netwerkondersteuner) · Dossier aangemaakt (versie 1)');
    await page.close();
  });

  it('the log says in Dutch what happened and what changed: Kring\'s words for every value, a life event\'s new date', async () => {
    const page = await newPage({ width: 1200, height: 900 });
    const url = '/api/clients/c-1005';
    // Changes with enum values and a life event's date (over the API, as another tab would make them).
    const put = async (edit: (n: Record<string, unknown[]>) => void) => {
      const now = await api.get(url) as { revision: number; network: Record<string, unknown[]> & { focus: string } };
      edit(now.network);
      expect((await api.request('PUT', `${url}/network`, { network: now.network, revision: now.revision })).status).toBe(200);
    };
    const focus = (await api.get(url) as { network: { focus: string } }).network.focus;
    await put((n) => {
      n.people!.push({ id: 'p-lina', name: 'Zus Lina', kind: 'person', sector: 'family', closeness: 'inner' });
      n.ties!.push({ id: 't-lina', between: [focus, 'p-lina'], quality: 'supportive' });
      n.events!.push({ id: 'e-log', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2 });
    });
    await put((n) => {
      (n.ties!.find((t) => (t as { id: string }).id === 't-lina') as { quality: string }).quality = 'stressful';
      (n.events!.find((e) => (e as { id: string }).id === 'e-log') as { date: string }).date = '2019-06';
    });
    await api.get(`${url}/export?format=kring`);
    await openClient(page, 'c-1005', 'logboek');
    const log = page.getByRole('region', { name: 'Logboek netwerk' });
    await log.getByText('Contact met Zus Lina: kwaliteit gewijzigd van ‘Steunend’ naar ‘Geeft spanning’').waitFor();
    await log.getByText('Gebeurtenis ‘Uit huis gezet’: datum gewijzigd van mei 2019 naar juni 2019').waitFor();
    await log.getByText('Gebeurtenis ‘Uit huis gezet’ (mei 2019) toegevoegd aan de levenslijn').waitFor();
    const text = await log.innerText();
    for (const title of ['Netwerk gewijzigd', 'Netwerk geëxporteerd', 'Dossier bekeken']) expect(text).toContain(`M. Jansen (coördinator) · ${title}`);
    expect(text).not.toMatch(/\b(supportive|stressful|family|inner|housing|write|read|export)\b|Details gewijzigd/);
    await page.close();
  });
});
