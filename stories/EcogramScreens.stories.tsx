import { useState, type ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import { fatimaNetwork, generateNetwork } from '@kring/fixtures';
import { Ecogram, type EcogramFilter } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

/** A fixed "today" so that stories and screenshots do not change from day to day. */
const TODAY = '2025-06-15';

/** A host that keeps the network in its own state: the usual controlled use. */
function Controlled(props: ComponentProps<typeof Ecogram> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Ecogram {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

/** A crowded map: 34 people around the client from the seeded generator. */
const crowded = generateNetwork(34, 12);

const meta = {
  title: 'Ecogram/Screens and crowded maps',
  component: Ecogram,
  args: { today: TODAY },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Ecogram>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * On a phone (390 px): the map opens zoomed in on the client so every name is drawn at 12 px
 * or more and every person is a target of 44 px; slide the background to reach the rest. The
 * hint under the map says part of it is off-screen and offers "Alles tonen".
 */
export const Phone: Story = {
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  decorators: [
    (Story) => (
      <div style={{ width: 358, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
};

/** The host's choice on a phone: below 600 px the list is shown instead of the map (`listBelow={600}`). */
export const PhoneList: Story = {
  name: 'Phone: list below 600 px',
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  args: { listBelow: 600 },
  decorators: [
    (Story) => (
      <div style={{ width: 358, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
};

/**
 * A crowded map (34 people) with the "Filter" control in the toolbar: sector, circle,
 * formal/informal, only ties with the client, hide faded/broken/ended ties. The result is
 * announced ("12 van 34 personen zichtbaar"); filtered-out people leave keyboard navigation.
 */
export const CrowdedWithFilter: Story = {
  name: 'Crowded: filter',
  render: (args) => <Controlled {...args} initial={crowded} />,
};

/** The filter as a host sets it (controlled): only the family and the care sector, no faded or ended ties. */
export const CrowdedFiltered: Story = {
  name: 'Crowded: filtered by the host',
  render: function Render(args) {
    const [filter, setFilter] = useState<EcogramFilter>({ sectors: ['family', 'care'], hideInactive: true });
    return <Controlled {...args} initial={crowded} filter={filter} onFilterChange={setFilter} />;
  },
};

/**
 * Focus on one person: select someone and press F (or "Focus op …" in the toolbar). Their ties
 * are drawn as usual, everyone else is lighter and their ties thin and grey. Escape or F ends it.
 */
export const FocusOnOnePerson: Story = {
  name: 'Crowded: focus on one person',
  render: (args) => <Controlled {...args} initial={crowded} />,
  args: { defaultSelectedId: crowded.ties.find((t) => !t.between.includes(crowded.focus))?.between[0] ?? null },
};

/**
 * Table mode: for working through the map with the client on a tablet or a big screen. The
 * map as large as the screen allows, bigger names, symbols and buttons, no keyboard help,
 * hints or legend beside the map.
 */
export const TableMode: Story = {
  name: 'Table mode',
  render: (args) => <Controlled {...args} initial={fatimaNetwork} />,
  args: { mode: 'table' },
  parameters: { layout: 'fullscreen' },
};
