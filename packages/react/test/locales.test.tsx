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

async function fresh() {
  vi.resetModules();
  const kring = await import('../src');
  const translations = await import('../src/i18n/translations');
  return { ...kring, hasTranslation: translations.hasTranslation };
}

describe('English on first use', () => {
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
    expect(container.querySelector('[data-part="ecogram"]')).toHaveAttribute('lang', 'en');
    expect(container.textContent).not.toMatch(/Persoon|Familie|Bezig/);
    expect(await screen.findByRole('button', { name: 'Add person' }, { timeout: 5000 })).toBeInTheDocument();
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
    const { getMessages, describeNetworkChanges } = await fresh();
    expect(getMessages('en')['ecogram.addPerson']).toBe('Add person');
    const after = { ...marcoNetwork, people: marcoNetwork.people.filter((p, i) => i < 3 || p.id === marcoNetwork.focus) };
    const sentences = describeNetworkChanges(marcoNetwork, after, { locale: 'en' });
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).not.toMatch(/ het | is niet /);
  });
});
