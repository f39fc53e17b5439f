import { useState, type ReactElement } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { Network } from '@kring/core';
import { dennisNoNetwork, interviewNamesEmpty, interviewNamesNetwork, samirNetwork } from '@kring/fixtures';
import { INTERVIEW_EXTENSION, NetworkInterview, type InterviewFlow, type InterviewPrompt } from '../packages/react/src/interview';
import type { Locale } from '../packages/react/src/i18n';
import '../packages/react/src/styles.css';

/** Dennis at intake: "Ik heb geen netwerk" — only the client on the map. */
const onlyClient: Network = { ...dennisNoNetwork, people: [dennisNoNetwork.people[0]!], ties: [], groups: [], events: [] };

/** A network where the first questions were answered earlier (the record lives in the network). */
const resumed: Network = {
  ...onlyClient,
  people: [
    ...onlyClient.people,
    { id: 'p-1', name: 'Ricardo', kind: 'person', sector: 'friends', closeness: 'inner', consent: 'ask-first', source: 'client' },
    { id: 'p-2', name: 'Ilse (begeleider)', kind: 'person', sector: 'care', closeness: 'inner', consent: 'allowed', source: 'client' },
    { id: 'p-3', name: 'Voetbalkantine FC Oost', kind: 'place', sector: 'community', closeness: 'middle', source: 'client' },
  ],
  ties: [
    { id: 't-1', between: ['p-dennis', 'p-1'], status: 'active', support: { receives: ['emotional', 'practical', 'companionship'] } },
    { id: 't-2', between: ['p-dennis', 'p-2'], status: 'active', support: { receives: ['emotional', 'practical'] } },
    { id: 't-3', between: ['p-dennis', 'p-3'], status: 'active', support: { receives: ['companionship'] } },
  ],
  extensions: { [INTERVIEW_EXTENSION]: { added: { fallback: ['p-1', 'p-2'], weekend: ['p-3'] }, mentioned: { weekend: ['p-1'] } } },
};

/** A host that stores the network and the step (controlled), as a registration system would. */
function Host({ initial, step: initialStep = 0, locale, prompts, flow = 'names' }: { initial: Network; step?: number; locale?: Locale; prompts?: InterviewPrompt[]; flow?: InterviewFlow }): ReactElement {
  const [network, setNetwork] = useState(initial);
  const [step, setStep] = useState(initialStep);
  const [last, setLast] = useState('—');
  return (
    <div>
      <NetworkInterview
        network={network}
        onChange={(next, change) => {
          setNetwork(next);
          setLast(change.personId ? `${change.type} ${change.personId}` : change.type);
        }}
        step={step}
        onStepChange={setStep}
        locale={locale}
        prompts={prompts}
        flow={flow}
        onDone={() => setLast('done')}
      />
      <p style={{ fontFamily: 'system-ui, sans-serif', color: 'var(--kring-text)' }}>
        Opgeslagen: stap <output data-testid="step">{step}</output> · <output data-testid="people">{network.people.length - 1}</output> naasten · laatste wijziging:{' '}
        <output data-testid="last-change">{last}</output>
      </p>
      {/* What the host stored, for the browser test: each name with its sector and circle. */}
      <output data-testid="placed" hidden>
        {JSON.stringify(network.people.filter((p) => p.id !== network.focus).map((p) => [p.name, p.sector ?? null, p.closeness ?? null]))}
      </output>
    </div>
  );
}

const meta = {
  title: 'Parts/NetworkInterview',
  component: Host,
  args: { initial: onlyClient, flow: 'questions' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Host>;
export default meta;
type Story = StoryObj<typeof meta>;

/* ——— Names first (the default flow, issue 15) ——— */

/** Step 1, nothing named yet: the name field has the cursor; "Ik heb geen netwerk" is right there. */
export const NamesStart: Story = { name: 'Names: empty start (nl)', args: { initial: interviewNamesEmpty, flow: 'names' } };
export const NamesStartEn: Story = { name: 'Names: empty start (en)', args: { initial: interviewNamesEmpty, flow: 'names', locale: 'en' } };

/** Six names typed: chips (rename in place, × to remove) and the map beside them. */
export const NamesEntered: Story = { name: 'Names: names entered (nl)', args: { initial: interviewNamesNetwork, flow: 'names' } };
export const NamesEnteredEn: Story = { name: 'Names: names entered (en)', args: { initial: interviewNamesNetwork, flow: 'names', locale: 'en' } };

/** Step 2: three placed, three still to place — drag onto the map, or two digits. */
export const NamesPlacing: Story = { name: 'Names: placing (nl)', args: { initial: interviewNamesNetwork, flow: 'names', step: 1 } };
export const NamesPlacingEn: Story = { name: 'Names: placing (en)', args: { initial: interviewNamesNetwork, flow: 'names', step: 1, locale: 'en' } };

/** Step 3: one card per person, skippable. */
export const NamesDetails: Story = { name: 'Names: details card (nl)', args: { initial: interviewNamesNetwork, flow: 'names', step: 2 } };
export const NamesDetailsEn: Story = { name: 'Names: details card (en)', args: { initial: interviewNamesNetwork, flow: 'names', step: 2, locale: 'en' } };

/** Step 4 as usual: people from the past, who could help, places. */
export const NamesRoles: Story = { name: 'Names: who could play a role (nl)', args: { initial: interviewNamesNetwork, flow: 'names', step: 3 } };

/** "Ik heb geen netwerk": step 4 starts with places, then people from the past. */
export const NoNetwork: Story = {
  name: 'Names: "ik heb geen netwerk" (nl)',
  args: { initial: interviewNamesEmpty, flow: 'names' },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Ik heb geen netwerk' }));
    await expect(canvas.getByRole('heading', { name: 'Wie zou een rol kunnen spelen?' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Inloophuis toevoegen' }));
    await waitFor(() => expect(canvas.getByTestId('people')).toHaveTextContent('1'));
  },
};
export const NoNetworkEn: Story = {
  name: 'Names: "I have no network" (en)',
  args: { initial: interviewNamesEmpty, flow: 'names', locale: 'en' },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'I have no network' }));
    await expect(canvas.getByRole('heading', { name: 'Who could play a role?' })).toHaveFocus();
  },
};

/* ——— One question at a time (flow="questions") ——— */

/** The first question, for a client who says "Ik heb geen netwerk". */
export const Start: Story = { name: 'Start (nl, empty network)' };

export const English: Story = { name: 'Start (en)', args: { locale: 'en' } };

/** People you lost touch with: choose "verwaterd" or "verbroken" for the tie. */
export const LostTouch: Story = { name: 'Lost touch: faded or broken', args: { step: 4 } };

/** Places: the form starts at "Plek" and "Buurt en samenleving". */
export const Places: Story = { name: 'Places', args: { step: 5 } };

/** Opened again later: the stored step, and the people named at the earlier questions. */
export const Resumed: Story = { name: 'Resumed (earlier answers)', args: { initial: resumed, step: 1 } };

/** The closing overview, with a skipped-or-empty question and an "Afronden" button. */
export const Overview: Story = { name: 'Overview', args: { initial: resumed, step: 7 } };

/** A host's own questions replace the default list. */
export const HostPrompts: Story = {
  name: 'Host questions',
  args: {
    prompts: [
      {
        id: 'buren',
        label: 'Buren',
        text: { nl: 'Wie zijn je buren? Met wie maak je wel eens een praatje?', en: 'Who are your neighbours?' },
        hint: 'Naast je, boven je, op de gang, bij de voordeur.',
        defaults: { sector: 'community', closeness: 'outer', tie: { strength: 'weak', contact: 'weekly' } },
      },
      {
        id: 'geloof',
        label: 'Geloof',
        text: 'Ga je naar een kerk, moskee of tempel? Wie ken je daar?',
        defaults: { kind: 'place', sector: 'community', tie: { support: { receives: ['companionship', 'emotional'] } } },
      },
    ],
  },
};

/** Samir's network: naming someone who is already there asks "Is het dezelfde persoon?". */
export const ExistingNetwork: Story = { name: 'Existing network (Samir)', args: { initial: samirNetwork, step: 1 } };

export const Dark: Story = {
  name: 'Dark',
  render: (args) => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <Host {...args} />
    </div>
  ),
  args: { initial: resumed, step: 1 },
};

/** Add two people at the first question, then take one out again. */
export const AddAndUndo: Story = {
  name: 'Play: add and undo',
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const name = canvas.getByRole('textbox', { name: /^Naam/ });
    await userEvent.type(name, 'Oma Fatma');
    await userEvent.click(canvas.getByRole('button', { name: 'Toevoegen' }));
    await userEvent.type(name, 'Buurman Piet');
    await userEvent.click(canvas.getByRole('button', { name: 'Toevoegen' }));
    const named = within(canvas.getByRole('region', { name: 'Genoemd bij deze vraag' }));
    await expect(named.getByText('Oma Fatma')).toBeInTheDocument();
    await expect(canvas.getByTestId('people')).toHaveTextContent('2');
    await userEvent.click(canvas.getByRole('button', { name: 'Buurman Piet weghalen bij deze vraag' }));
    await waitFor(() => expect(canvas.getByTestId('people')).toHaveTextContent('1'));
    await expect(canvas.getByTestId('last-change')).toHaveTextContent('remove-person');
  },
};

/** Skip a question, go back, and on to the next; the host stores the step. */
export const SkipAndBack: Story = {
  name: 'Play: skip and back',
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Overslaan' }));
    await expect(canvas.getByRole('heading', { name: 'Wat ga je dit weekend doen? En met wie?' })).toHaveFocus();
    await expect(canvas.getByTestId('step')).toHaveTextContent('1');
    await expect(canvas.getByRole('button', { name: /Terugvallen.*overgeslagen/ })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Vorige' }));
    await expect(canvas.getByTestId('step')).toHaveTextContent('0');
  },
};

/** Name someone who is already in the network: link instead of a duplicate. */
export const SamePerson: Story = {
  name: 'Play: same person',
  args: { initial: samirNetwork, step: 1 },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: /^Naam/ }), 'Latifa');
    await userEvent.click(canvas.getByRole('button', { name: 'Toevoegen' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Ja, dezelfde' }));
    await expect(canvas.getByTestId('last-change')).toHaveTextContent('link-person p-latifa');
    await expect(within(canvas.getByRole('region', { name: 'Genoemd bij deze vraag' })).getByText('Latifa')).toBeInTheDocument();
  },
};
