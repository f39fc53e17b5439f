import type { Meta, StoryObj } from '@storybook/react-vite';
import { hostileNetwork } from '@kring/fixtures';
import { Ecogram, Lifeline, NetworkList } from '../packages/react/src';
import '../packages/react/src/styles.css';

/**
 * Names and titles full of markup and script, right-to-left and emoji text and a
 * 5,000-character name. Everything must show as plain text and the layout must hold.
 */
function HostileText() {
  return (
    <div>
      <Ecogram defaultNetwork={hostileNetwork} />
      <Lifeline defaultNetwork={hostileNetwork} />
      <NetworkList network={hostileNetwork} />
    </div>
  );
}

const meta = {
  title: 'Quality/Hostile text',
  component: HostileText,
} satisfies Meta<typeof HostileText>;
export default meta;

export const MarkupRtlEmojiAndLongNames: StoryObj<typeof meta> = {};
