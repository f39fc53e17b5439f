import type { Meta, StoryObj } from '@storybook/react-vite';
import { fatimaNetwork, generateNetwork, hostileNetwork, marcoIntakeDate, marcoNetwork, samirNetwork } from '@kring/fixtures';
import { Ecogram } from '../packages/react/src/ecogram';
import { Lifeline } from '../packages/react/src/lifeline';
import '../packages/react/src/styles.css';

/** A fixed "today" so that stories, print-outs and screenshots do not change from day to day. */
const TODAY = '2025-06-15';
const AUTHOR = 'Marieke de Vries (netwerkondersteuner)';
const broadNetwork = generateNetwork(34, 3);

const meta = {
  title: 'Paper/Print and save',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Print (Ctrl+P) or "Opslaan als SVG / PNG": every print-out and every saved image carries a
 * title block — whose network ("Ecogram van Samir"), "Stand per <date>", who made it
 * (`author`), "Pagina 1 van 1" on paper and "Vertrouwelijk — bevat persoonsgegevens" — and the
 * legend. Toolbars, hints and status lines stay on screen. Map, key and legend fit one A4 page.
 */
export const EcogramSamir: Story = {
  render: () => <Ecogram defaultNetwork={samirNetwork} today={TODAY} author={AUTHOR} />,
};

/** Fatima's network with the legend on screen as well. */
export const EcogramFatima: Story = {
  render: () => <Ecogram defaultNetwork={fatimaNetwork} today={TODAY} author={AUTHOR} showLegend />,
};

/** 34 people: names that do not fit get a number and a line in the key; still one page. */
export const EcogramBroad: Story = {
  name: 'Ecogram, 34 people',
  render: () => <Ecogram defaultNetwork={broadNetwork} today={TODAY} author={AUTHOR} />,
};

/** Initials only (to take home): the title block names the client by initials too. */
export const EcogramRedacted: Story = {
  render: () => <Ecogram network={fatimaNetwork} today={TODAY} author={AUTHOR} redacted="initials" />,
};

/** The map as it was at intake: "Stand per juni 2022". */
export const EcogramPast: Story = {
  render: () => <Ecogram defaultNetwork={marcoNetwork} today={TODAY} defaultAt={marcoIntakeDate} showTimeSlider />,
};

/** Markup, right-to-left, emoji and a 5,000-character name: printed and saved as text. */
export const EcogramHostile: Story = {
  render: () => <Ecogram defaultNetwork={hostileNetwork} today={TODAY} author={'<b>Ab & "Co"</b> 👩‍⚕️ لطيفة'} />,
};

/** The life-line, wide: printed on a landscape page. */
export const LifelineMarco: Story = {
  render: () => <Lifeline defaultNetwork={marcoNetwork} today={TODAY} author={AUTHOR} />,
};

/** Samir's life-line. */
export const LifelineSamir: Story = {
  render: () => <Lifeline defaultNetwork={samirNetwork} today={TODAY} author={AUTHOR} />,
};

/** Top to bottom: printed on a portrait page. */
export const LifelineVertical: Story = {
  render: () => <Lifeline defaultNetwork={marcoNetwork} today={TODAY} orientation="vertical" />,
};
