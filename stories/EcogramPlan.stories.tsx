import { useState, type ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Network } from '@kring/core';
import { marcoIntakeDate, marcoNetwork, planChangesBase, planChangesNetwork, planChangesSince, planNetwork } from '@kring/fixtures';
import { Ecogram } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

/** A fixed "today" so that stories and screenshots do not change from day to day. */
const TODAY = '2025-06-15';

/** A host that keeps the network in its own state. */
function Controlled(props: ComponentProps<typeof Ecogram> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Ecogram {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

/**
 * The network plan on the map (issue 15 point 3): intent markers on ties and beside people,
 * the number of open actions per person, groups as named outlines round their members, and
 * "Wat is er veranderd sinds …" (off by default; chosen in the toolbar).
 */
const meta = {
  title: 'Ecogram/Network plan on the map',
  component: Ecogram,
  args: { today: TODAY },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Ecogram>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Samir's plan: what each tie is for, open steps per person (a done and a dropped step are not counted). */
export const PlanMarkers: Story = {
  render: (args) => <Controlled {...args} initial={planNetwork} />,
  args: { showLegend: true },
};

/** The same in English. */
export const PlanMarkersEnglish: Story = {
  render: (args) => <Controlled {...args} initial={planNetwork} />,
  args: { showLegend: true, locale: 'en' },
};

/** Support group, base team and a family chat as outlines: a dash pattern per kind, the name beside each. */
export const GroupOutlines: Story = {
  render: (args) => <Controlled {...args} initial={planChangesNetwork} />,
  args: { showLegend: true },
};

/** Without the outlines (`groupOutlines={false}`). */
export const WithoutGroupOutlines: Story = {
  render: (args) => <Controlled {...args} initial={planChangesNetwork} />,
  args: { groupOutlines: false, planMarks: false },
};

/** "Veranderd sinds mei 2024": new, stronger, weaker, restored, broken — a symbol and a word each. */
export const ChangesSince: Story = {
  render: (args) => <Controlled {...args} initial={planChangesNetwork} />,
  args: { defaultChangesSince: planChangesSince, showLegend: true },
};

/** Compared with an earlier saved version (`changesBase`): Kees is gone, drawn faint where he was. */
export const ChangesSinceEarlierVersion: Story = {
  render: (args) => <Controlled {...args} initial={planChangesNetwork} />,
  args: { defaultChangesSince: planChangesSince, changesBase: planChangesBase, showLegend: true },
};

/** The same changes in words, in the list view. */
export const ChangesInTheList: Story = {
  render: (args) => <Controlled {...args} initial={planChangesNetwork} />,
  args: { defaultChangesSince: planChangesSince, changesBase: planChangesBase, defaultView: 'list' },
};

/** English. */
export const ChangesSinceEnglish: Story = {
  render: (args) => <Controlled {...args} initial={planChangesNetwork} />,
  args: { defaultChangesSince: planChangesSince, changesBase: planChangesBase, showLegend: true, locale: 'en' },
};

/** Marco's ten years of history: what changed since his intake (June 2022), with the time slider. */
export const MarcoSinceIntake: Story = {
  render: (args) => <Controlled {...args} initial={marcoNetwork} />,
  args: { defaultChangesSince: marcoIntakeDate, showTimeSlider: true },
};
