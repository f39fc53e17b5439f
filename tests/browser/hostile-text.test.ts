import { describe, expect, it } from 'vitest';
import { openStory, screenshot, storybookSession } from './harness';

const sb = storybookSession();

describe('hostile text', () => {
  it('renders markup and script in names as text, runs none of it, and keeps the layout', async () => {
    const page = await sb.browser.newPage({ viewport: { width: 1024, height: 900 } });
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await openStory(page, sb.base, 'quality-hostile-text--markup-rtl-emoji-and-long-names');
    await page.waitForSelector('[data-part="ecogram"] svg');
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root')!;
      return {
        xss: (window as unknown as { __kringXss?: number }).__kringXss ?? null,
        injected: root.querySelectorAll('img[src="x"], script, iframe, svg[onload], b, u').length,
        text: root.textContent ?? '',
        // Text or boxes reaching past the viewport, outside the list's own scroll regions.
        overflowing: (() => {
          const out: string[] = [];
          const limit = document.documentElement.clientWidth + 1;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement?.closest('[data-part="table-scroll"]')) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            if (range.getBoundingClientRect().right > limit) out.push((n.textContent ?? '').slice(0, 40));
          }
          for (const el of root.querySelectorAll('*')) {
            if (el.closest('[data-part="table-scroll"] > *')) continue;
            if (el.getBoundingClientRect().right > limit) out.push(`<${el.tagName.toLowerCase()} data-part=${el.getAttribute('data-part')}>`);
          }
          return out;
        })(),
        ecogramWidth: root.querySelector('[data-part="ecogram"]')?.getBoundingClientRect().width ?? 0,
      };
    });
    await screenshot(page, 'hostile-text');
    await page.close();
    expect(result.xss).toBeNull();
    expect(dialogs).toBe(0);
    expect(result.injected).toBe(0);
    expect(result.text).toContain('<img src=x onerror=');
    expect(result.text).toContain('"><script>');
    expect(result.text).toContain('لطيفة بنت محمد');
    expect(result.text).toContain('👩‍👧‍👦 Familie');
    // The 5,000-character name does not push the page sideways.
    expect(result.overflowing).toEqual([]);
    expect(result.ecogramWidth).toBeLessThanOrEqual(1024);
  });
});
