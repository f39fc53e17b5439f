/**
 * English loads on first use (issue 16, src/locales): a Dutch page never fetches it; a view
 * shown in English waits for it with an announced "Loading…" in English — never a flash of
 * Dutch — and then shows English; a host can load it before its first render. Each test takes
 * fresh modules (nothing registered yet), unlike the other files, whose setup preloads every part.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { marcoNetwork } from '@kring/fixtures';

afterEach(cleanup);

/**
 * Fresh modules, the views taken from their own modules as a host's bundler leaves them: the
 * package root also holds `getMessages`, which brings English along (unbundled, importing the
 * root registers it).
 */
async function fresh() {
  vi.resetModules();
  const [{ Ecogram }, { Lifeline }, { NetworkPlan }, { NetworkSummary }, { Legend }, { loadLocale }, { hasTranslation }, { MessagesProvider }] = await Promise.all([
    import('../src/ecogram/Ecogram'), import('../src/lifeline/Lifeline'), import('../src/plan/NetworkPlan'), import('../src/summary/NetworkSummary'),
    import('../src/legend/Legend'), import('../src/locales'), import('../src/i18n/translations'), import('../src/i18n/provider'),
  ]);
  return { Ecogram, Lifeline, NetworkPlan, NetworkSummary, Legend, loadLocale, hasTranslation, MessagesProvider };
}

describe('English on first use', () => {
  it('a view switched from Dutch to English stays mounted (its state kept), shows Dutch meanwhile, then English', async () => {
    const { Ecogram, hasTranslation } = await fresh();
    const { container, rerender } = render(<Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" />);
    const map = container.querySelector('[data-part="svg"]');
    expect(map).not.toBeNull();
    rerender(<Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" locale="en" />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(container.querySelector('[data-part="svg"]')).toBe(map); // the same element: nothing was unmounted
    expect(container.querySelector('[data-part="ecogram"]')).toHaveAttribute('lang', 'nl'); // Dutch words, said so
    expect(await screen.findByRole('button', { name: 'Add person' }, { timeout: 5000 })).toBeInTheDocument();
    expect(container.querySelector('[data-part="svg"]')).toBe(map);
    expect(container.querySelector('[data-part="ecogram"]')).toHaveAttribute('lang', 'en');
    expect(hasTranslation('en')).toBe(true);
  });

  it("a view's ref handle is there while its language loads (toSVG resolves to '', nothing throws)", async () => {
    const { Ecogram, Lifeline } = await fresh();
    const { createRef } = await import('react');
    const lifeline = createRef<import('../src/lifeline/types').LifelineHandle>();
    const ecogram = createRef<import('../src/ecogram/types').EcogramHandle>();
    render(
      <>
        <Lifeline ref={lifeline} defaultNetwork={marcoNetwork} locale="en" />
        <Ecogram ref={ecogram} defaultNetwork={marcoNetwork} locale="en" />
      </>,
    );
    expect(screen.getAllByRole('status').length).toBe(2);
    for (const handle of [lifeline.current, ecogram.current]) {
      expect(handle).not.toBeNull();
      await expect(handle!.toSVG()).resolves.toBe('');
      expect(() => { handle!.undo(); handle!.fit(); handle!.focus(); }).not.toThrow();
    }
    lifeline.current!.addEvent();
    await screen.findByRole('button', { name: 'Add person' }, { timeout: 5000 });
    await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
    expect(await lifeline.current!.toSVG()).toContain('<svg');
  });

  it('printing loads every part, but never English on a Dutch page', async () => {
    const { hasTranslation } = await fresh();
    const { preloadParts } = await import('../src/utils/lazyPart');
    await preloadParts();
    expect(hasTranslation('en')).toBe(false);
  });

  it("a view's messages prop with undefined or a non-string value keeps the provider's text", async () => {
    const { Ecogram, MessagesProvider, loadLocale } = await fresh();
    await loadLocale('en');
    render(
      <MessagesProvider messages={{ 'ecogram.addPerson': 'Iemand toevoegen' }}>
        <Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" messages={{ 'ecogram.addPerson': undefined, 'ecogram.undo': 42 as never }} />
      </MessagesProvider>,
    );
    expect(screen.getByRole('button', { name: 'Iemand toevoegen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toBeInTheDocument();
  });

  it('no view imports the module that carries English synchronously (only getMessages and describeNetworkChanges do)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const src = join(import.meta.dirname, '../src');
    const files: string[] = [];
    const walk = (d: string): void => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.tsx?$/.test(f)) files.push(p); } };
    walk(src);
    const importers = files.filter((f) => /from '[./]*(locales\/)?now'/.test(readFileSync(f, 'utf8'))).map((f) => relative(src, f)).sort();
    expect(importers).toEqual(['messages.ts', 'summary/describeNetworkChanges.ts']);
  });

  it('a Dutch map shows at once and never loads English', async () => {
    const { Ecogram, hasTranslation } = await fresh();
    render(<Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" />);
    expect(screen.getByRole('button', { name: 'Persoon toevoegen' })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(hasTranslation('en')).toBe(false);
  });

  it('an English map says "Loading…" (in English, announced) until its texts are here, then shows English only', async () => {
    const { Ecogram, hasTranslation } = await fresh();
    const { container } = render(<Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" locale="en" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading…');
    expect(status).toHaveAttribute('lang', 'en');
    expect(container.textContent).not.toMatch(/Persoon|Familie|Bezig/);
    expect(await screen.findByRole('button', { name: 'Add person' }, { timeout: 5000 })).toBeInTheDocument();
    expect(container.querySelector('[data-part="ecogram"]')).toHaveAttribute('lang', 'en');
    expect(hasTranslation('en')).toBe(true);
    expect(container.textContent).not.toMatch(/Persoon toevoegen|Familie/);
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it("a host's own loading text, and every view with a frame waits the same way (Lifeline, plan, summary, legend)", async () => {
    const { Ecogram, Lifeline, NetworkPlan, NetworkSummary, Legend } = await fresh();
    render(
      <>
        <Ecogram defaultNetwork={marcoNetwork} locale="en" messages={{ 'ecogram.loading': 'One moment…' }} />
        <Lifeline defaultNetwork={marcoNetwork} locale="en" />
        <NetworkPlan defaultNetwork={marcoNetwork} locale="en" />
        <NetworkSummary network={marcoNetwork} locale="en" />
        <Legend locale="en" />
      </>,
    );
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['One moment…', 'Loading…', 'Loading…', 'Loading…', 'Loading…']);
    expect(await screen.findByRole('heading', { name: /^Network plan/ }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Loading…|One moment…/)).toBeNull());
    expect(screen.getAllByRole('heading', { name: /legend|key/i }).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/Netwerkplan|Levenslijn|Familie/);
  });

  it('loadLocale before the first render: the view shows English at once', async () => {
    const { Ecogram, loadLocale } = await fresh();
    await loadLocale('en');
    render(<Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" locale="en" />);
    expect(screen.getByRole('button', { name: 'Add person' })).toBeInTheDocument();
    await expect(loadLocale('de' as never)).rejects.toThrow(/locale "de"/);
  });

  it('getMessages and describeNetworkChanges answer in English at once (they bring English along)', async () => {
    vi.resetModules();
    const { getMessages, describeNetworkChanges } = await import('../src');
    expect(getMessages('en')['ecogram.addPerson']).toBe('Add person');
    const after = { ...marcoNetwork, people: marcoNetwork.people.filter((p, i) => i < 3 || p.id === marcoNetwork.focus) };
    const sentences = describeNetworkChanges(marcoNetwork, after, { locale: 'en' });
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).not.toMatch(/ het | is niet /);
  });
});
