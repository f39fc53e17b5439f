import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { defineKringElements, type KringEcogramChangeEvent, type KringEcogramElement, type KringLifelineElement } from '../packages/elements/src/index';

defineKringElements();

/**
 * The custom elements as a page without React would use them: created as plain elements,
 * `network` set as a property, changes read from `kring-change`. (Rendered here through
 * React only to mount them; the elements run their own React inside their shadow roots.)
 */
function ElementsDemo(props: { locale: 'nl' | 'en'; theme?: 'dark'; accent?: string }): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const [log, setLog] = useState<string[]>([]);
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const ecogram = document.createElement('kring-ecogram') as KringEcogramElement;
    const lifeline = document.createElement('kring-lifeline') as KringLifelineElement;
    for (const el of [ecogram, lifeline]) {
      el.locale = props.locale;
      if (props.theme) el.theme = props.theme;
      if (props.accent) el.style.setProperty('--kring-accent', props.accent);
      el.network = samirNetwork;
      el.addEventListener('kring-change', (event) => {
        const { network, change } = (event as KringEcogramChangeEvent).detail;
        ecogram.network = network as Network;
        lifeline.network = network as Network;
        setLog((lines) => [...lines.slice(-4), change.message]);
      });
    }
    host.replaceChildren(ecogram, lifeline);
    return () => host.replaceChildren();
  }, [props.locale, props.theme, props.accent]);
  return (
    <div data-kring-theme={props.theme} style={props.theme ? { background: '#14171b', color: '#e9ebee', padding: '1rem' } : undefined}>
      <div ref={ref} style={{ display: 'grid', gap: '2rem' }} />
      <p role="status">{log.join(' · ')}</p>
    </div>
  );
}

const meta = {
  title: 'Elements/Custom elements',
  component: ElementsDemo,
  args: { locale: 'nl' },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ElementsDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `<kring-ecogram>` and `<kring-lifeline>` sharing one network, as a plain page wires them. */
export const Nl: Story = { name: '<kring-ecogram> + <kring-lifeline> (nl)' };
export const En: Story = { name: 'English', args: { locale: 'en' } };
/** `theme="dark"` on the elements. */
export const Dark: Story = { name: 'Dark (theme attribute)', args: { theme: 'dark' } };
/** A `--kring-accent` set on the elements reaches into their shadow roots. */
export const Themed: Story = { name: 'Themed through --kring-accent', args: { accent: '#8a2c68' } };
