import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptyPlanNetwork, planViewNetwork, planViewToday } from '@kring/fixtures';
import { NetworkPlan, ActionForm } from '../packages/react/src/plan';
import { Ecogram } from '../packages/react/src/ecogram';
import { KringLinkProvider } from '../packages/react/src/linked';
import { MeetingPlanner } from '../packages/react/src/meeting';
import '../packages/react/src/styles.css';

const meta = {
  title: 'Parts/NetworkPlan',
  component: NetworkPlan,
  tags: ['autodocs'],
  args: { defaultNetwork: planViewNetwork, today: planViewToday },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof NetworkPlan>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Samir's plan on 1 August 2024: two steps are overdue (first in their section, in words and with an icon). */
export const OverdueNl: Story = { name: 'Overdue (nl)' };

export const OverdueEn: Story = { name: 'Overdue (en)', args: { locale: 'en' } };

/** No plan yet: the plan says so and offers "Actie toevoegen". */
export const EmptyNl: Story = { name: 'Empty plan (nl)', args: { defaultNetwork: emptyPlanNetwork } };

export const EmptyEn: Story = { name: 'Empty plan (en)', args: { defaultNetwork: emptyPlanNetwork, locale: 'en' } };

/** Done and dropped steps: the record of what happened. */
export const DoneNl: Story = { name: 'Done and dropped (nl)', args: { defaultFilter: { status: 'done' } } };

export const AllEn: Story = { name: 'All actions (en)', args: { defaultFilter: { status: 'all' }, locale: 'en' } };

/** To read along or to print: no buttons, no filters' effect on the data. */
export const ReadOnly: Story = { name: 'Read-only (nl)', args: { readOnly: true, author: 'Jan de Vries' } };

export const Dark: Story = {
  name: 'Dark (nl)',
  render: (args) => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <NetworkPlan {...args} />
    </div>
  ),
};

/**
 * The form with Youssef chosen for "Opnieuw betrekken": he does not want to be contacted, so
 * the form says why and does not save; the tie with him is disabled with the same reason.
 */
export const RefusedConsentNl: Story = {
  name: 'Form: refused consent (nl)',
  render: () => (
    <div style={{ maxWidth: '40rem' }}>
      <ActionForm network={planViewNetwork} autoFocus={false} defaultValues={{ about: ['p-vader'], intent: 'reactivate' }} onSubmit={() => false} onCancel={() => {}} />
    </div>
  ),
};

export const RefusedConsentEn: Story = {
  name: 'Form: refused consent (en)',
  render: () => (
    <div style={{ maxWidth: '40rem' }}>
      <ActionForm network={planViewNetwork} locale="en" autoFocus={false} defaultValues={{ about: ['p-vader'], intent: 'reactivate' }} onSubmit={() => false} onCancel={() => {}} />
    </div>
  ),
};

/** Fatima is to be asked first: a warning that names the client, the step can still be saved. */
export const AskFirstNl: Story = {
  name: 'Form: ask first (nl)',
  render: () => (
    <div style={{ maxWidth: '40rem' }}>
      <ActionForm network={planViewNetwork} autoFocus={false} defaultValues={{ about: ['t-3'], intent: 'reactivate', step: 'Samen een kaart sturen' }} onSubmit={() => false} />
    </div>
  ),
};

/**
 * The map and the plan of one network inside a KringLinkProvider: "Actie toevoegen" in a
 * person's or a tie's popover (on the map or from the list's "Bewerk" buttons) adds to the
 * plan, and either view's Undo takes it back (one history).
 */
function WithMap() {
  const [network, setNetwork] = useState(planViewNetwork);
  return (
    <KringLinkProvider>
      <div style={{ display: 'grid', gap: '1rem' }}>
        <Ecogram network={network} onChange={setNetwork} today={planViewToday} defaultView="list" />
        <NetworkPlan network={network} onChange={setNetwork} today={planViewToday} headingLevel={2} />
      </div>
    </KringLinkProvider>
  );
}

export const LinkedWithMap: Story = { name: 'With the map (nl)', render: () => <WithMap /> };

/** Shared for printing or a second opinion: names replaced by initials (also inside the steps), read-only. */
export const Redacted: Story = { name: 'Redacted (nl)', args: { redacted: 'initials' } };

/**
 * The plan and its meetings in one screen: the host puts a MeetingPlanner beside the plan on the
 * same network (one KringLinkProvider, one undo history). "Meedenkbijeenkomst plannen" starts
 * from the support group or a selection; the actions agreed there appear in the plan.
 */
function WithMeetings() {
  const [network, setNetwork] = useState(planViewNetwork);
  return (
    <KringLinkProvider>
      <div style={{ display: 'grid', gap: '2rem' }}>
        <NetworkPlan network={network} onChange={setNetwork} today={planViewToday} />
        <MeetingPlanner network={network} onChange={setNetwork} today={planViewToday} />
      </div>
    </KringLinkProvider>
  );
}

export const PlanAndMeetings: Story = { name: 'Plan and meetings (nl)', render: () => <WithMeetings /> };
