import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { Network } from '@kring/core';
import { marcoNetwork, marcoIntakeDate } from '@kring/fixtures';
import { Ecogram, KringLinkProvider, Lifeline, NetworkSummary } from '../packages/react/src';
import '../packages/react/src/styles.css';

/**
 * Ecogram, Lifeline and Summary side by side on Marco's network (2015–2025), linked by a
 * `KringLinkProvider`: picking a person in one view highlights them in the other; clicking a
 * date on the lifeline's axis shows the ecogram as it was then.
 */
function LinkedPage() {
  const [network, setNetwork] = useState<Network>(marcoNetwork);
  return (
    <KringLinkProvider>
      <div className="linked-page">
        <section aria-labelledby="h-eco">
          <h2 id="h-eco">Ecogram</h2>
          <Ecogram network={network} onChange={setNetwork} showTimeSlider />
        </section>
        <section aria-labelledby="h-life">
          <h2 id="h-life">Levenslijn</h2>
          <Lifeline network={network} onChange={setNetwork} />
        </section>
        <section aria-labelledby="h-sum">
          <h2 id="h-sum">Voortgang</h2>
          <NetworkSummary network={network} defaultSince={marcoIntakeDate} showDatePicker headingLevel={3} />
        </section>
      </div>
    </KringLinkProvider>
  );
}

const meta = {
  title: 'Pages/Linked views',
  component: LinkedPage,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof LinkedPage>;
export default meta;

export const TenYears: StoryObj<typeof meta> = {};
