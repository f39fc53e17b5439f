/**
 * The drag layer under a focus on one person (issue 16): while someone is dragged, their
 * lines are copies in the drag layer, and a copy is lit exactly as its resting original is —
 * the dragged person's lines do not jump out of the dimmed map, nor do lit lines dim.
 */
import { describe, expect, it } from 'vitest';
import { storybookSession } from './harness';

const sb = storybookSession();

describe('drag layer and focus on one person', () => {
  it('each copy is lit as its original: a lit neighbour\'s tie to the person in focus, and a dimmed person\'s lines', async () => {
    const { page, errors } = await sb.open('ecogram-screens-and-crowded-maps--focus-on-one-person', { width: 1280, height: 900, waitFor: '[data-part="node"]' });
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    await page.getByRole('button', { name: /^Focus op/ }).click();
    await page.waitForSelector('svg[data-spotlight]');
    const focus = await page.getAttribute('svg[data-spotlight]', 'data-spotlight');
    // one person whose node is lit (a neighbour of the person in focus) and one who is dimmed
    const pick = (lit: boolean) => page.evaluate(([wantLit, inFocus]) => {
      for (const node of Array.from(document.querySelectorAll('[data-part="node"][data-drag-id]'))) {
        const id = node.getAttribute('data-id')!;
        if (id === inFocus || node.hasAttribute('data-lit') !== wantLit) continue;
        const ties = Array.from(document.querySelectorAll('[data-part="ties"] > [data-part="tie"]')).filter((t) => (t.getAttribute('aria-label') ?? '').length > 0);
        if (ties.length > 0) return id;
      }
      return null;
    }, [lit, focus] as const);
    for (const id of [await pick(true), await pick(false)]) {
      expect(id).not.toBeNull();
      const box = (await page.locator(`[data-part="node"][data-id="${id}"]`).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width / 2 + 4 * i, box.y + box.height / 2 + 3 * i);
      const state = await page.evaluate(() => {
        const copies = Array.from(document.querySelectorAll('[data-part="drag-layer"] [data-part="tie"]'));
        return copies.map((c) => {
          const original = document.querySelector(`[data-part="ties"] > [data-part="tie"][data-id="${c.getAttribute('data-copy-of')}"]`);
          return { copy: c.hasAttribute('data-lit'), original: original?.hasAttribute('data-lit') ?? null, opacity: getComputedStyle(c).opacity };
        });
      });
      await page.keyboard.press('Escape');
      await page.mouse.up();
      expect(state.length, id!).toBeGreaterThan(0);
      for (const s of state) {
        expect(s.copy).toBe(s.original);
        expect(s.opacity).toBe(s.copy ? '1' : '0.35');
      }
    }
    // (Chromium's own request for a favicon logs "Failed to load resource" on a fresh browser: not the page's.)
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
