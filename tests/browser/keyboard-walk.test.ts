/**
 * Keyboard only, as a caseworker would: in real Chromium over the built Storybook, walk
 * through add / edit / move / delete (+ undo) on the Ecogram and on the Lifeline with
 * nothing but Tab, arrows, letters, Enter, Escape, Delete and Ctrl+Z. No mouse, and no
 * `focus()` from the test: every walk starts on the document body and Tabs in.
 *
 * After each step it checks what a user notices: the accessible name of the focused
 * element, the live-region text, the map, timeline or list; and at every step that focus
 * is visible (WCAG 2.4.7: an outline, a box-shadow or a focus-ring element that is shown)
 * and never dropped onto the document body.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, storybookSession } from './harness';

const session = storybookSession();

/** What the user (and a screen reader) gets from the focused element. */
interface Focused {
  onBody: boolean;
  tag: string;
  part: string | null;
  /** `data-action` of a button (`undo`, `notice-undo`, …). */
  action: string | null;
  /** `data-id` (Ecogram node) or `data-event-id` (Lifeline event). */
  id: string | null;
  name: string;
  /** How focus is shown: outline, box-shadow, focus-ring, tie-highlight; empty = not visible. */
  shown: string[];
  focusVisible: boolean;
  inDialog: string | null;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { onBody: true, tag: 'body', part: null, action: null, id: null, name: '', shown: [], focusVisible: false, inDialog: null };
    }
    // Text as read out: without the parts hidden from assistive technology.
    const text = (x: Element | null | undefined) => {
      if (!x) return '';
      const copy = x.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((h) => h.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const name = (() => {
      const aria = el.getAttribute('aria-label');
      if (aria) return aria;
      const by = el.getAttribute('aria-labelledby');
      if (by) return by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length) return [...labels].map((l) => text(l)).join(' ');
      return text(el);
    })();
    const shows = (s: CSSStyleDeclaration) => s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0;
    const clear = (c: string) => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
    const shown: string[] = [];
    const cs = getComputedStyle(el);
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !clear(cs.outlineColor)) shown.push('outline');
    if (cs.boxShadow && cs.boxShadow !== 'none') shown.push('box-shadow');
    for (const ring of Array.from(el.querySelectorAll('[data-part="focus-ring"]'))) {
      const rs = getComputedStyle(ring);
      if (shows(rs) && rs.stroke !== 'none' && !clear(rs.stroke)) shown.push('focus-ring');
    }
    if (el.getAttribute('data-part') === 'tie') {
      // the focus halo along the tie's drawn path (TieHits.tsx); older builds lit the hit area
      const hit = el.querySelector('[data-part="tie-halo"], [data-part="hit-area"]');
      const hs = hit ? getComputedStyle(hit) : null;
      if (hs && !clear(hs.stroke) && Number(hs.strokeOpacity) > 0) shown.push('tie-highlight');
    }
    const dialog = el.closest('[role="dialog"]');
    return {
      onBody: false,
      tag: el.tagName.toLowerCase(),
      part: el.getAttribute('data-part'),
      action: el.getAttribute('data-action'),
      id: el.getAttribute('data-id') ?? el.getAttribute('data-event-id'),
      name,
      shown,
      focusVisible: el.matches(':focus-visible'),
      inDialog: dialog ? text(dialog.querySelector('h2, h3, h4')) : null,
    };
  });
}

/**
 * Samples `document.activeElement` on every animation frame from now on and remembers
 * each time it was the body (focus dropped), with the step the walk was at.
 */
async function watchFocusLoss(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { kwStep: string; kwLost: string[] };
    w.kwStep = 'start';
    w.kwLost = [];
    const tick = () => {
      const a = document.activeElement;
      if ((!a || a === document.body) && w.kwLost[w.kwLost.length - 1] !== w.kwStep) w.kwLost.push(w.kwStep);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** A walk: named steps; after each, focus is visible and was never dropped. */
function walk(page: Page) {
  let current = 'start';
  const check = async (where: string) => {
    const f = await focused(page);
    expect(f.onBody, `${where}: focus is on the document body`).toBe(false);
    expect(f.shown, `${where}: no visible focus indicator on <${f.tag} data-part=${f.part}> "${f.name}"`).not.toEqual([]);
    expect(f.focusVisible, `${where}: focused element does not match :focus-visible`).toBe(true);
    const lost = await page.evaluate(() => (window as unknown as { kwLost: string[] }).kwLost);
    expect(lost, 'steps during which focus fell to the document body').toEqual([]);
    return f;
  };
  return {
    /** Start a named step (for messages about lost focus). */
    async step(name: string) {
      current = name;
      await page.evaluate((n) => {
        (window as unknown as { kwStep: string }).kwStep = n;
      }, name);
    },
    /** Press a key (or chord) and check focus afterwards. */
    async press(key: string) {
      await page.keyboard.press(key);
      return check(`${current} / ${key}`);
    },
    /**
     * Press a key that opens a dialog; wait until the dialog has taken focus (it does so
     * after it is positioned, a frame or more later under load), then check focus there.
     */
    async openDialog(key: string) {
      await page.keyboard.press(key);
      await page.waitForFunction(() => document.activeElement?.closest('[role="dialog"]') != null, undefined, { timeout: 10_000 });
      return check(`${current} / ${key} (dialog)`);
    },
    async type(text: string) {
      await page.keyboard.type(text);
      return check(`${current} / type "${text}"`);
    },
    check: () => check(current),
    /** Tab (or Shift+Tab) until `until` holds, checking focus at every stop on the way. */
    async tabUntil(until: (f: Focused) => boolean, options: { back?: boolean; max?: number } = {}) {
      const key = options.back ? 'Shift+Tab' : 'Tab';
      for (let i = 0; i < (options.max ?? 30); i++) {
        const f = await this.press(key);
        if (until(f)) return f;
      }
      throw new Error(`${current}: ${key} never reached the wanted element`);
    },
  };
}

const live = (page: Page, selector: string) => page.textContent(selector).then((s) => (s ?? '').replace(/\u00a0/g, ' ').trim());
/** Script errors and console errors (a missing favicon is not the component's). */
const realErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));
const waitFocus = (page: Page, fn: string) => page.waitForFunction(fn, undefined, { timeout: 10_000 });

describe('keyboard-only walk (Chromium)', () => {
  it('Ecogram: add, edit, move, tie, delete and undo with the keyboard alone', { timeout: 180_000 }, async () => {
    const { page, errors } = await session.open('ecogram-ecogram--typical', { waitFor: '[data-part="svg"]' });
    const liveText = () => live(page, '[data-part="live-region"]');
    const nodeLabel = (id: string) => page.getAttribute(`[data-part="node"][data-id="${id}"]`, 'aria-label');
    expect((await focused(page)).onBody).toBe(true);
    const w = walk(page);

    // ---- Tab in: the toolbar first, then one tab stop on the map (the client) ----
    await w.step('tab in');
    await page.keyboard.press('Tab');
    await watchFocusLoss(page);
    let f = await w.check();
    expect(f.name).toBe('Persoon toevoegen');
    f = await w.tabUntil((x) => x.part === 'node');
    expect(f.id).toBe('p-fatima');
    expect(f.name).toMatch(/^Fatima/);

    // ---- Add a person: back to "Persoon toevoegen", fill name, sector and circle ----
    await w.step('add person');
    f = await w.tabUntil((x) => x.name === 'Persoon toevoegen', { back: true });
    f = await w.openDialog('Enter');
    expect(f.inDialog).toBe('Persoon toevoegen');
    expect(f.name).toBe('Naam');
    await w.type('Oma Truus');
    f = await w.press('Tab'); // kind: Persoon (already chosen)
    expect(f.name).toBe('Persoon');
    f = await w.press('Tab'); // sector (a closed <select>: arrows change it)
    expect(f.name).toBe('Levensgebied');
    f = await w.press('ArrowDown'); // Familie
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Familie');
    f = await w.press('Tab'); // circle: "Niet ingevuld" is checked; arrows choose
    f = await w.press('ArrowRight');
    expect(f.name).toBe('Binnenste cirkel');
    f = await w.tabUntil((x) => x.name === 'Toevoegen');
    await w.press('Enter');
    await page.waitForSelector('[data-part="node"][aria-label^="Oma Truus,"]');
    expect(await liveText()).toBe('Oma Truus toegevoegd');
    const added = await page.getAttribute('[data-part="node"][aria-label^="Oma Truus,"]', 'aria-label');
    expect(added).toMatch(/familie, binnenste cirkel/);
    // The form says so and is ready for the next person.
    f = await w.check();
    expect(f.name).toBe('Naam');
    expect(await page.textContent('[data-part="form-status"]')).toBe('Oma Truus is toegevoegd.');
    // Escape closes; focus goes back to the button.
    f = await w.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    f = await w.check();
    expect(f.name).toBe('Persoon toevoegen');

    // ---- Edit a name: into the map, arrow to someone, Enter, type, Escape ----
    await w.step('edit name');
    f = await w.tabUntil((x) => x.part === 'node');
    f = await w.press('ArrowRight');
    expect(f.part).toBe('node');
    const editId = f.id ?? '';
    const oldName = (f.name.split(',')[0] ?? '').trim();
    expect(editId).not.toBe('p-fatima');
    f = await w.openDialog('Enter');
    expect(f.inDialog).toBe(`${oldName} bewerken`);
    expect(f.name).toBe('Naam');
    await w.press('Control+a');
    await w.type(`${oldName} Jansen`);
    f = await w.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    f = await w.check();
    expect(f.id).toBe(editId);
    expect(f.name).toMatch(new RegExp(`^${oldName} Jansen,`));
    expect(await liveText()).toBe(`${oldName} Jansen bijgewerkt`);

    // ---- Move: Alt+arrows change circle and sector; focus stays on the person ----
    await w.step('move');
    const before = (await nodeLabel(editId)) ?? '';
    const ringOf = (label: string) => /(binnenste|middelste|buitenste) cirkel/.exec(label)?.[0] ?? '';
    const ring = ringOf(before);
    f = await w.press(ring === 'buitenste cirkel' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
    const movedRing = ring === 'buitenste cirkel' ? 'middelste cirkel' : ring === 'middelste cirkel' ? 'buitenste cirkel' : 'middelste cirkel';
    await waitFocus(page, `document.activeElement?.getAttribute('aria-label')?.includes(${JSON.stringify(movedRing)})`);
    f = await w.check();
    expect(f.id).toBe(editId);
    expect(await liveText()).toBe(`${oldName} Jansen verplaatst naar de ${movedRing}`);
    const beforeSector = f.name;
    f = await w.press('Alt+ArrowRight');
    await page.waitForFunction((b) => document.activeElement?.getAttribute('aria-label') !== b, beforeSector);
    f = await w.check();
    expect(f.id).toBe(editId);
    const announced = await liveText();
    expect(announced).toMatch(new RegExp(`^${oldName} Jansen verplaatst naar `));
    const sector = announced.replace(/^.* verplaatst naar /, '');
    expect(f.name.toLowerCase()).toContain(`${sector}, ${movedRing}`);

    // ---- Add a tie from this person: the toolbar button takes the selected person ----
    await w.step('add tie');
    f = await w.tabUntil((x) => x.name === 'Relatie toevoegen', { back: true });
    f = await w.openDialog('Enter');
    expect(f.inDialog).toBe('Relatie toevoegen');
    expect(f.name).toBe('Persoon 2');
    // Person 1 is the selected person, shown and changeable (Shift+Tab reaches it).
    expect(await page.evaluate(() => {
      const selects = [...document.querySelectorAll<HTMLSelectElement>('[role="dialog"] select')];
      return selects.map((s) => s.labels?.[0]?.textContent + ': ' + (s.selectedOptions[0]?.textContent ?? ''));
    })).toEqual([`Persoon 1: ${oldName} Jansen`, 'Persoon 2: Kies iemand']);
    f = await w.press('o'); // type-ahead in the <select>: Oma Truus
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Oma Truus');
    f = await w.tabUntil((x) => x.name === 'Band toevoegen');
    await w.press('Enter');
    await page.waitForSelector(`[data-part="tie"][aria-label*="Oma Truus"][aria-label*="${oldName} Jansen"]`);
    expect(await liveText()).toMatch(new RegExp(`^Relatie tussen (${oldName} Jansen en Oma Truus|Oma Truus en ${oldName} Jansen) toegevoegd$`));
    f = await w.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    f = await w.check();
    expect(f.name).toBe('Relatie toevoegen');
    // T walks from the person to their ties; the tie shows focus too.
    f = await w.tabUntil((x) => x.part === 'node');
    expect(f.id).toBe(editId);
    f = await w.press('t');
    expect(f.part).toBe('tie');
    await w.press('Home');

    // ---- Delete a person with Delete, then undo with Ctrl+Z ----
    await w.step('delete');
    f = await w.check();
    expect(f.id).toBe('p-fatima');
    f = await w.press('ArrowRight');
    const delId = f.id ?? '';
    const delName = (f.name.split(',')[0] ?? '').trim();
    expect(delId).not.toBe('p-fatima');
    f = await w.press('Delete');
    await page.waitForSelector(`[data-part="node"][data-id="${delId}"]`, { state: 'detached' });
    f = await w.check();
    expect(f.part).toBe('node');
    expect(f.id).not.toBe(delId);
    expect(await liveText()).toBe(`${delName} verwijderd. Ongedaan maken met Ctrl+Z`);
    await w.step('undo');
    f = await w.press('Control+z');
    await page.waitForSelector(`[data-part="node"][data-id="${delId}"]`);
    f = await w.check();
    expect(f.part).toBe('node');
    expect(await liveText()).toBe('Ongedaan gemaakt');

    // ---- The list view says the same: Tab to "Lijst", Enter ----
    await w.step('list view');
    f = await w.tabUntil((x) => x.name === 'Lijst', { back: true });
    f = await w.press('Enter');
    await page.waitForSelector('[data-part="network-list"]');
    const ringKey = movedRing.startsWith('middelste') ? 'middle' : 'outer';
    const row = (await page.textContent(`table[data-closeness="${ringKey}"] tr[data-person-id="${editId}"]`)) ?? '';
    expect(row).toContain(`${oldName} Jansen`);
    expect(row.toLowerCase()).toContain(sector);
    expect(await page.textContent('table[data-closeness="inner"] tr[data-person-id="p-1"]')).toContain('Oma Truus');
    expect(await page.locator(`tr[data-person-id="${delId}"]`).count()).toBe(1);
    await screenshot(page, 'keyboard-walk-ecogram');

    // ---- Undo everything with the toolbar button; when it runs out, focus goes to Redo ----
    await w.step('undo all');
    f = await w.tabUntil((x) => x.name === 'Ongedaan maken', { back: true });
    let presses = 0;
    while (f.name === 'Ongedaan maken' && presses++ < 20) f = await w.press('Enter');
    expect(await page.isDisabled('button[data-action="undo"]')).toBe(true);
    expect(f.name).toBe('Opnieuw doen');
    expect(await liveText()).toBe('Ongedaan gemaakt');
    expect(await page.locator('tr[data-person-id="p-1"]').count()).toBe(0);
    expect(await page.textContent(`tr[data-person-id="${editId}"]`)).not.toContain('Jansen');
    expect(realErrors(errors)).toEqual([]);
    await page.close();
  });

  it('Lifeline: add, edit, move in time, delete and undo with the keyboard alone', { timeout: 180_000 }, async () => {
    const { page, errors } = await session.open('lifeline-levenslijn--typical', { waitFor: '[data-part="root"]' });
    const liveText = () => live(page, '[data-part="live-region"]');
    expect((await focused(page)).onBody).toBe(true);
    const w = walk(page);

    // ---- Tab in: "Gebeurtenis toevoegen" first, then through the toolbar to the events ----
    await w.step('tab in');
    await page.keyboard.press('Tab');
    await watchFocusLoss(page);
    let f = await w.check();
    expect(f.action).toBe('add-event');
    f = await w.tabUntil((x) => x.part === 'event');
    expect(f.id).toBe('e-baan');

    // ---- Add: N opens the form; title, date, valence; Toevoegen; Escape ----
    await w.step('add event');
    f = await w.openDialog('n');
    expect(f.inDialog).toBe('Nieuwe gebeurtenis');
    expect(f.name).toBe('Wat gebeurde er');
    await w.type('Werk gevonden');
    f = await w.tabUntil((x) => x.name.startsWith('Datum'));
    await w.type('maart 2024');
    f = await w.tabUntil((x) => x.tag === 'input' && x.name === 'Niet goed of slecht');
    f = await w.press('ArrowUp'); // one better
    expect(f.name).toBe('Goed');
    f = await w.tabUntil((x) => x.name === 'Toevoegen');
    f = await w.press('Enter');
    await waitFocus(page, `document.querySelector('[data-part="event"][aria-label^="Werk gevonden, maart 2024"]') !== null`);
    f = await w.check();
    expect(f.name).toBe('Wat gebeurde er'); // ready for the next event
    expect(await page.textContent('[data-part="form-status"]')).toMatch(/Werk gevonden/);
    f = await w.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    f = await w.check();
    expect(f.part).toBe('event');
    expect(f.name).toMatch(/^Werk gevonden, maart 2024/);
    const newId = f.id ?? '';
    const xOf = async (id: string) => (await page.locator(`[data-part="event"][data-event-id="${id}"]`).boundingBox())?.x ?? NaN;
    const xBefore = await xOf(newId);

    // ---- Edit: Enter, change the title; move it in time by typing a new date ----
    await w.step('edit event');
    f = await w.openDialog('Enter');
    expect(f.inDialog).toBe('Gebeurtenis aanpassen');
    expect(f.name).toBe('Wat gebeurde er');
    await w.press('Control+a');
    await w.type('Vaste baan gevonden');
    f = await w.tabUntil((x) => x.name.startsWith('Datum'));
    await w.press('Control+a');
    await w.type('mei 2021');
    f = await w.press('Escape');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    f = await w.check();
    expect(f.id).toBe(newId);
    expect(f.name).toMatch(/^Vaste baan gevonden, mei 2021/);
    expect(await liveText()).toBe('Aangepast: Vaste baan gevonden');
    // Its place in time changed: further left on the line, and the arrows now reach it right
    // after February 2021 (Moeder overleden) instead of after January 2024.
    expect(await xOf(newId)).toBeLessThan(xBefore);
    await w.step('order in time');
    f = await w.press('ArrowLeft');
    expect(f.id).toBe('e-moeder');
    f = await w.press('ArrowRight');
    expect(f.id).toBe(newId);

    // ---- Delete with Delete; undo with the notice's button, focus back on the event ----
    await w.step('delete event');
    f = await w.press('Delete');
    await page.waitForSelector(`[data-part="event"][data-event-id="${newId}"]`, { state: 'detached' });
    f = await w.check();
    expect(f.part).toBe('event');
    expect(await liveText()).toBe('Verwijderd: Vaste baan gevonden. Ongedaan maken kan met Ctrl+Z.');
    expect(await page.textContent('[data-part="notice"]')).toContain('Vaste baan gevonden');
    await w.step('undo from the notice');
    f = await w.tabUntil((x) => x.action === 'notice-undo', { back: true });
    f = await w.press('Enter');
    await page.waitForSelector('[data-part="notice"]', { state: 'detached' });
    await waitFocus(page, `document.activeElement?.getAttribute('data-event-id') === ${JSON.stringify(newId)}`);
    f = await w.check();
    expect(f.name).toMatch(/^Vaste baan gevonden, mei 2021/);
    expect(await liveText()).toBe('Ongedaan gemaakt');

    // ---- Delete again; undo with Ctrl+Z ----
    await w.step('delete again');
    f = await w.press('Delete');
    await page.waitForSelector(`[data-part="event"][data-event-id="${newId}"]`, { state: 'detached' });
    f = await w.check();
    expect(f.part).toBe('event');
    await w.step('undo');
    f = await w.press('Control+z');
    await page.waitForSelector(`[data-part="event"][data-event-id="${newId}"]`);
    f = await w.check();
    expect(await liveText()).toBe('Ongedaan gemaakt');
    await screenshot(page, 'keyboard-walk-lifeline');
    expect(realErrors(errors)).toEqual([]);
    await page.close();
  });
});
