/**
 * The print page (src/PrintPage.tsx) printed with "Alleen initialen": the browser prints
 * `document.title` in the page header, so a redacted print's title must not name the client
 * (issue 13.1); the ordinary print may.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { samirNetwork } from '@kring/fixtures';

vi.mock('../src/api', () => ({
  currentUser: { username: 'jdevries', name: 'J. de Vries', role: 'caseworker' },
  api: { client: vi.fn(async () => ({ id: 'c-1001', name: 'Samir El Amrani', network: samirNetwork })) },
}));

const { PrintPage } = await import('../src/PrintPage');

afterEach(cleanup);

describe('print page title', () => {
  it('names no one when printed with initials only', async () => {
    render(<PrintPage clientId="c-1001" redacted />);
    await screen.findByRole('heading', { name: 'Mijn netwerk' });
    expect(document.title).toContain('CliëntVolg');
    expect(document.title).not.toMatch(/samir|amrani/i);
    expect(document.body.textContent).not.toMatch(/samir|amrani/i);
  });

  it('names the client on the ordinary print', async () => {
    render(<PrintPage clientId="c-1001" redacted={false} />);
    await screen.findByRole('heading', { name: 'Netwerk van Samir El Amrani' });
    expect(document.title).toContain('Samir El Amrani');
  });
});
