import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { Network } from '@kring/core';
import { dennisNoNetwork, fatimaNetwork, marcoIntakeDate, marcoNetwork, meetingNetwork, meetingToday, samirNetwork } from '@kring/fixtures';
import { NetworkSummary } from '../packages/react/src/summary';
import '../packages/react/src/styles.css';

const onlyClient: Network = { ...samirNetwork, people: [samirNetwork.people[0]!], ties: [], groups: [], events: [], layout: {} };

const meta = {
  title: 'Parts/NetworkSummary',
  component: NetworkSummary,
  tags: ['autodocs'],
  args: { network: samirNetwork },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof NetworkSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Samir's network in numbers; no comparison date chosen yet. */
export const SamirNl: Story = { name: 'Samir (nl)' };

/** Samir in English, compared with 2019 (the year the contact with his sister broke). */
export const SamirEn: Story = { name: 'Samir (en), since 2019', args: { locale: 'en', defaultSince: '2019' } };

/** Marco's ten-year network: what changed since his intake (June 2022). */
export const MarcoSinceIntake: Story = { name: 'Marco since intake (nl)', args: { network: marcoNetwork, defaultSince: marcoIntakeDate } };

export const MarcoEn: Story = { name: 'Marco since intake (en)', args: { network: marcoNetwork, defaultSince: marcoIntakeDate, locale: 'en' } };

/** For printing or sharing: initials only, in the charts and in the sentences. */
export const Redacted: Story = { name: 'Marco, names hidden', args: { network: marcoNetwork, defaultSince: marcoIntakeDate, redacted: 'initials' } };

/** Dennis: mostly professionals, and what is still missing. */
export const Dennis: Story = { name: 'Dennis (few informal ties)', args: { network: dennisNoNetwork } };

/** A fuller network with a support group. */
export const Fatima: Story = { name: 'Fatima (nl)', args: { network: fatimaNetwork } };

/** Only the client so far: a kind sentence instead of empty charts. */
export const Empty: Story = { name: 'Empty network', args: { network: onlyClient } };

export const Dark: Story = {
  name: 'Dark (Marco)',
  args: { network: marcoNetwork, defaultSince: marcoIntakeDate },
  render: (args) => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <NetworkSummary {...args} />
    </div>
  ),
};

/** Choose a date in the picker: the sentences follow. */
export const PickDate: Story = {
  name: 'Play: pick a date',
  args: { network: marcoNetwork },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Kies een datum om te zien wat er sindsdien veranderd is.')).toBeInTheDocument();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Vergelijk met' }), marcoIntakeDate);
    await expect(canvas.getByText('Het contact met Lisa is hersteld.')).toBeInTheDocument();
    await expect(canvas.getByText('Bo is nieuw in het netwerk.')).toBeInTheDocument();
  },
};

/**
 * The plan beside the numbers (issue 15): an overloaded sister, a father the client does not
 * want contacted, a limit, open and overdue actions (the overdue steps named), the meetings,
 * and who is in the support group and the base team.
 */
export const WithPlan: Story = { name: 'With a plan (nl)', args: { network: meetingNetwork, today: meetingToday } };

export const WithPlanEn: Story = { name: 'With a plan (en)', args: { network: meetingNetwork, today: meetingToday, locale: 'en' } };

/** The plan with names hidden: initials in the plan part too. */
export const WithPlanRedacted: Story = { name: 'With a plan, names hidden', args: { network: meetingNetwork, today: meetingToday, redacted: 'initials' } };
