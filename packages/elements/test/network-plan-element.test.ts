import { act, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { planViewNetwork, planViewToday } from '@kring/fixtures';
import { defineKringElements, KringNetworkPlanElement, type KringNetworkPlanChangeEvent } from '../src/index';

beforeAll(() => defineKringElements());

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

async function mount(attributes: Record<string, string>): Promise<KringNetworkPlanElement> {
  const el = document.createElement('kring-network-plan');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await act(async () => document.body.append(el));
  return el;
}

const shadow = (el: HTMLElement): HTMLElement => el.shadowRoot as unknown as HTMLElement;

describe('<kring-network-plan>', () => {
  it('is registered with the others and shows the plan from the JSON attribute, in the chosen language', async () => {
    expect(customElements.get('kring-network-plan')).toBe(KringNetworkPlanElement);
    const el = await mount({ network: JSON.stringify(planViewNetwork), locale: 'en', today: planViewToday, label: 'Samir’s plan' });
    const root = within(shadow(el));
    await waitFor(() => expect(root.getByRole('heading', { name: 'Samir’s plan' })).toBeInTheDocument());
    expect(root.getByText('Overdue — was June 2024')).toBeInTheDocument();
    expect(el.today).toBe(planViewToday);
  });

  it('reports an edit as kring-change and takes the new network', async () => {
    const el = await mount({ network: JSON.stringify(planViewNetwork), today: planViewToday });
    const root = within(shadow(el));
    const changes: KringNetworkPlanChangeEvent[] = [];
    el.addEventListener('kring-change', (e) => changes.push(e as KringNetworkPlanChangeEvent));
    const drop = await root.findByRole('button', { name: 'Laat vallen: Samen met Latifa koken op zondag' });
    await act(async () => fireEvent.click(drop));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.detail.change).toMatchObject({ type: 'drop-action', id: 'a-5' });
    expect(el.network?.actions?.find((a) => a.id === 'a-5')?.status).toBe('dropped');
  });

  it('readonly shows no buttons', async () => {
    const el = await mount({ network: JSON.stringify(planViewNetwork), today: planViewToday, readonly: '' });
    const root = within(shadow(el));
    await root.findByRole('heading', { name: 'Netwerkplan' });
    expect(root.queryByRole('button', { name: 'Actie toevoegen' })).toBeNull();
  });
});
