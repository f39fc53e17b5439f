/**
 * One error boundary for every view (issue 14): a rendering error stays inside the view, a
 * retry renders it again, and another network (the reset key) tries again by itself — the
 * interview's own boundary never reset before.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '../src/document';

afterEach(() => cleanup());

function Maybe({ fail }: { fail: { current: boolean } }) {
  if (fail.current) throw new Error('boom');
  return <p>getekend</p>;
}

describe('ViewErrorBoundary', () => {
  it('shows the fallback, retries on request and resets when the key changes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fail = { current: true };
    const view = (key: number) => (
      <ViewErrorBoundary view="interview" resetKey={key} fallback={(retry) => <button type="button" onClick={retry}>opnieuw</button>}>
        <Maybe fail={fail} />
      </ViewErrorBoundary>
    );
    const { rerender } = render(view(1));
    expect(screen.getByRole('button', { name: 'opnieuw' })).toBeInTheDocument();
    expect(warn.mock.calls[0]?.[0]).toContain('The interview could not be rendered');
    // Still failing: retry shows the fallback again; fixed: retry draws the view.
    await userEvent.click(screen.getByRole('button', { name: 'opnieuw' }));
    expect(screen.getByRole('button', { name: 'opnieuw' })).toBeInTheDocument();
    fail.current = false;
    await userEvent.click(screen.getByRole('button', { name: 'opnieuw' }));
    expect(screen.getByText('getekend')).toBeInTheDocument();
    // Failing again, then the host passes another network: tried again without a click.
    fail.current = true;
    rerender(view(2));
    expect(screen.getByRole('button', { name: 'opnieuw' })).toBeInTheDocument();
    fail.current = false;
    rerender(view(3));
    expect(screen.getByText('getekend')).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
