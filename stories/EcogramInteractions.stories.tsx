import { useState, type ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { Ecogram } from '../packages/react/src/ecogram';
import '../packages/react/src/styles.css';

const TODAY = '2025-06-15';

function Controlled(props: ComponentProps<typeof Ecogram> & { initial: Network }) {
  const { initial, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return <Ecogram {...rest} network={network} onChange={(next) => setNetwork(next)} />;
}

const meta = {
  title: 'Ecogram/Interactions',
  component: Ecogram,
  args: { today: TODAY },
  render: (args) => <Controlled {...args} initial={samirNetwork} />,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Ecogram>;
export default meta;
type Story = StoryObj<typeof meta>;

const live = (root: HTMLElement) => root.querySelector('[data-part="live-region"]')?.textContent?.trim() ?? '';
const node = (root: HTMLElement, id: string) => root.querySelector<SVGGElement>(`[data-part="node"][data-id="${id}"]`);

/** Toolbar "Persoon toevoegen": the form stays open for the next person; "Klaar" closes it. */
export const AddPerson: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Persoon toevoegen' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Naam/ }), 'Oma Truus');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    await waitFor(() => expect(live(canvasElement)).toBe('Oma Truus toegevoegd'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: /^Oma Truus,/ })).toBeInTheDocument();
  },
};

/** Click a person, change the role in the editor; the map and its accessible name follow. */
export const EditPerson: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Jan de Vries,/ }));
    const dialog = await canvas.findByRole('dialog', { name: 'Jan de Vries bewerken' });
    const role = within(dialog).getByRole('textbox', { name: /^Rol/ });
    await userEvent.clear(role);
    await userEvent.type(role, 'casemanager');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: /^Jan de Vries, casemanager/ })).toHaveFocus();
    await waitFor(() => expect(live(canvasElement)).toBe('Jan de Vries bijgewerkt'));
  },
};

/** Toolbar "Relatie toevoegen": from the client to the walk-in centre. */
export const AddTie: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Relatie toevoegen' }));
    const dialog = await canvas.findByRole('dialog');
    await expect(within(dialog).getByRole('combobox', { name: 'Persoon 1' })).toHaveDisplayValue('Samir (cliënt)');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Persoon 2' }), 'Inloophuis De Kloof');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Band toevoegen' }));
    await waitFor(() => expect(live(canvasElement)).toBe('Relatie tussen Samir en Inloophuis De Kloof toegevoegd'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await expect(canvas.getByRole('button', { name: /^Band tussen Samir en Inloophuis De Kloof/ })).toBeInTheDocument();
  },
};

/** Click a tie and make it stressful: it turns into a zigzag and says so. */
export const EditTie: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Band tussen Samir en Latifa/ }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Geeft spanning' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: /^Band tussen Samir en Latifa.*Geeft spanning/ })).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-part="tie"][data-id="t-1"]')).toHaveAttribute('data-quality', 'stressful');
  },
};

/** Keyboard only: Alt+↓ moves Latifa outward, Alt+→ to the next sector; each move is announced. */
export const MoveByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const latifa = node(canvasElement, 'p-latifa');
    latifa?.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(live(canvasElement)).toBe('Latifa verplaatst naar de middelste cirkel'));
    await expect(node(canvasElement, 'p-latifa')).toHaveAccessibleName(/middelste cirkel/);
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() => expect(live(canvasElement)).toBe('Latifa verplaatst naar vrienden'));
    await expect(node(canvasElement, 'p-latifa')).toHaveFocus();
  },
};

/** Delete removes the focused person (announced with how to undo); Ctrl+Z brings them back. */
export const DeleteAndUndo: Story = {
  play: async ({ canvasElement }) => {
    node(canvasElement, 'p-jan')?.focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(node(canvasElement, 'p-jan')).toBeNull());
    await expect(live(canvasElement)).toMatch(/^Jan de Vries verwijderd\. Ongedaan maken met (Ctrl|⌘)\+?Z$/);
    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(node(canvasElement, 'p-jan')).not.toBeNull());
    await expect(live(canvasElement)).toBe('Ongedaan gemaakt');
  },
};
