/** The page title (src/route.ts): a client's name cannot turn the rest of the title around. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePageTitle } from '../src/route';

afterEach(cleanup);

function Page({ parts }: { parts: (string | null)[] }) {
  usePageTitle(...parts);
  return null;
}

describe('usePageTitle', () => {
  it('isolates a name with an override or right-to-left letters; the app name and separators stay outside', () => {
    render(<Page parts={['\u202EAnna', 'Netwerk']} />);
    // FSI … PDI around the name (the override closed inside): " — Netwerk — CliëntVolg" reads as written
    expect(document.title).toBe('\u2068\u202EAnna\u202C\u2069 — Netwerk — CliëntVolg');
    cleanup();
    render(<Page parts={['عائشة', null]} />);
    expect(document.title).toBe('\u2068عائشة\u2069 — CliëntVolg');
    cleanup();
    render(<Page parts={['Jan de Vries']} />);
    expect(document.title).toBe('Jan de Vries — CliëntVolg');
  });
});
