import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { meetingNetwork, meetingToday } from '@kring/fixtures';
import { MeetingPlanner, InvitationSheet } from '../packages/react/src/meeting';
import { textFor } from '../packages/react/src/i18n';
import { MEETING_BUNDLES } from '../packages/react/src/meeting/messages';
import '../packages/react/src/styles.css';

const meta = {
  title: 'Parts/MeetingPlanner',
  component: MeetingPlanner,
  tags: ['autodocs'],
  args: { defaultNetwork: meetingNetwork, today: meetingToday },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MeetingPlanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * From the support group: Latifa and Kees are invited, Fatima is flagged "Eerst aan Samir
 * vragen", and Youssef (consent not-allowed) is left out — shown to the caseworker only, with
 * the reason. Below: the planned base-team meeting and the meeting held in June.
 */
export const FromGroupNl: Story = {
  name: 'From a group: refused and ask-first (nl)',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const excluded = canvas.getByRole('region', { name: /Niet uitnodigen/ });
    await expect(excluded).toHaveTextContent('Youssef');
    await expect(canvas.getAllByText('Eerst aan Samir vragen').length).toBeGreaterThan(0);
  },
};

export const FromGroupEn: Story = { name: 'From a group (en)', args: { locale: 'en' } };

/** From a selection the host passes (e.g. the map's selection): the caseworker ticks people on or off. */
export const FromSelection: Story = {
  name: 'From a selection (nl)',
  args: { people: ['p-latifa', 'p-vader', 'p-ria'] },
};

export const FromSelectionEn: Story = { name: 'From a selection (en)', args: { people: ['p-kees', 'p-tante'], locale: 'en' } };

/** View only: the held meeting with what was agreed and the actions that came out of it. */
export const HeldMeeting: Story = { name: 'Held meeting with outcome and actions (nl)', args: { readOnly: true } };

export const HeldMeetingEn: Story = { name: 'Held meeting with outcome and actions (en)', args: { readOnly: true, locale: 'en' } };

/** Record what was agreed: the outcome form and the action form of the held meeting, opened. */
export const RecordOutcome: Story = {
  name: 'Play: record the outcome (nl)',
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Afspraken vastleggen: Meedenkbijeenkomst op 12 juni 2024/ }));
    await expect(canvas.getByRole('textbox', { name: 'Wat is er afgesproken?' })).toBeInTheDocument();
  },
};

const sheet = (locale: 'nl' | 'en') => {
  const t = textFor(MEETING_BUNDLES, locale);
  const meeting = meetingNetwork.meetings![1]!;
  return (
    <InvitationSheet
      network={meetingNetwork}
      // The support group, Youssef included: the sheet reads the list again and leaves him out.
      meeting={{ ...meeting, title: locale === 'nl' ? 'Meedenkbijeenkomst' : 'Network meeting', kind: 'network-meeting', group: 'g-steun', invited: ['g-steun'] }}
      client="Samir"
      t={t}
      today={meetingToday}
      author="Jan de Vries"
      onScreen
    />
  );
};

/** The printed invitation list, shown on screen: no one left out is named, nothing says someone was. */
export const PrintableList: Story = { name: 'Printable invitation list (nl)', render: () => sheet('nl') };
export const PrintableListEn: Story = { name: 'Printable invitation list (en)', render: () => sheet('en') };

/** Dark theme. */
export const Dark: Story = {
  name: 'Dark (nl)',
  render: (args) => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <MeetingPlanner {...args} />
    </div>
  ),
};
