import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planViewNetwork, planViewToday } from '@kring/fixtures';
import { NetworkPlan } from '../src';

describe('NetworkPlan, redacted', () => {
  it('shows no name of the network (also not inside the steps) and offers no editing', () => {
    const { container } = render(<NetworkPlan defaultNetwork={planViewNetwork} today={planViewToday} redacted="initials" defaultFilter={{ status: 'all' }} />);
    const text = container.textContent ?? '';
    for (const p of planViewNetwork.people) {
      for (const part of p.name.split(/\s+/).filter((w) => w.length > 3)) expect(text, p.name).not.toContain(part);
    }
    expect(screen.queryByRole('button', { name: /Actie toevoegen/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Gedaan/ })).toBeNull();
    expect(container.querySelector('[data-part="network-plan"]')?.getAttribute('data-redacted')).toBe('initials');
  });

  it('without redaction the same plan names the people', () => {
    const { container } = render(<NetworkPlan defaultNetwork={planViewNetwork} today={planViewToday} />);
    expect(container.textContent).toContain('Latifa');
  });
});
