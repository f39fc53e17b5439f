import type { Meta, StoryObj } from '@storybook/react-vite';
import { samirNetwork } from '@kring/fixtures';
import { Legend } from '../packages/react/src/legend';
import '../packages/react/src/styles.css';

const meta = {
  title: 'Parts/Legend',
  component: Legend,
  tags: ['autodocs'],
  args: { network: samirNetwork },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Legend>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every symbol of the ecogram, drawn by the same code as the map, explained in words. */
export const Nl: Story = { name: 'Legenda (nl)' };
export const En: Story = { name: 'Legend (en)', args: { locale: 'en' } };
/** Only the lines, for a compact print-out. */
export const LinesOnly: Story = { name: 'Lines only', args: { sections: ['strength', 'quality', 'status', 'direction'] } };
export const Dark: Story = {
  name: 'Dark',
  render: (args) => (
    <div data-kring-theme="dark" style={{ background: 'var(--kring-bg)', padding: '1rem' }}>
      <Legend {...args} />
    </div>
  ),
};
