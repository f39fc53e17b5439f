import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { Network } from '@kring/core';
import { samirNetwork } from '@kring/fixtures';
import { Lifeline } from '../packages/react/src/lifeline';
import '../packages/react/src/styles.css';

const TODAY = '2025-06-15';

/** A host that stores the network (controlled use) and shows the last change. */
function Host({ initial }: { initial: Network }) {
  const [network, setNetwork] = useState(initial);
  const [last, setLast] = useState('—');
  return (
    <div>
      <Lifeline
        network={network}
        today={TODAY}
        onChange={(next, change) => {
          setNetwork(next);
          setLast(`${change.type}${change.id ? ` ${change.id}` : ''}`);
        }}
      />
      <p>
        Laatste wijziging: <output data-testid="last-change">{last}</output> · {network.events.length} gebeurtenissen
      </p>
    </div>
  );
}

const meta = {
  title: 'Lifeline/Interactions',
  component: Host,
  args: { initial: samirNetwork },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Host>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Add a period that is still going with the add form (which stays open for the next one), then Klaar. */
export const AddEvent: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Gebeurtenis toevoegen' }));
    const dialog = within(await canvas.findByRole('dialog', { name: 'Nieuwe gebeurtenis' }));
    await userEvent.type(dialog.getByLabelText('Wat gebeurde er'), 'Eigen kamer');
    await userEvent.click(dialog.getByLabelText('Een periode'));
    await userEvent.type(dialog.getByLabelText('Begin'), 'sept 2022');
    await userEvent.click(dialog.getByLabelText('Nog bezig'));
    await userEvent.click(dialog.getByRole('radio', { name: 'Wonen' }));
    await userEvent.click(dialog.getByRole('radio', { name: 'Heel goed' }));
    await userEvent.click(dialog.getByRole('checkbox', { name: 'Jan de Vries' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Toevoegen' }));
    await expect(dialog.getByRole('status')).toHaveTextContent('“Eigen kamer” staat op de levenslijn.');
    await userEvent.click(dialog.getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: /^Eigen kamer, sinds september 2022, nog bezig, Wonen, Heel goed, met Jan de Vries/ })).toBeInTheDocument();
    await expect(canvas.getByTestId('last-change')).toHaveTextContent('add-event');
  },
};

/** Edit an event live in the popover, then close it with "Klaar". */
export const EditEvent: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^Uit huis gezet, mei 2019/ }));
    const dialog = within(await canvas.findByRole('dialog', { name: 'Gebeurtenis aanpassen' }));
    const title = dialog.getByLabelText('Wat gebeurde er');
    await userEvent.clear(title);
    await userEvent.type(title, 'Huis uit gezet na huurachterstand');
    await userEvent.click(dialog.getByRole('radio', { name: 'Moeilijk' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: /^Huis uit gezet na huurachterstand, mei 2019, Wonen, Moeilijk/ })).toBeInTheDocument();
    await expect(canvas.getByTestId('last-change')).toHaveTextContent('update-event e-1');
  },
};

/** Remove an event with the Delete key, then bring it back with the undo button. */
export const DeleteAndUndo: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const event = canvas.getByRole('button', { name: /^In de opvang/ });
    event.focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(canvas.queryByRole('button', { name: /^In de opvang/ })).toBeNull());
    await expect(canvas.getByText('“In de opvang” is verwijderd.')).toBeInTheDocument();
    await expect(canvas.getByTestId('last-change')).toHaveTextContent('remove-event e-2');
    const notice = canvasElement.querySelector('[data-part="notice"]') as HTMLElement;
    await userEvent.click(within(notice).getByRole('button', { name: 'Ongedaan maken' }));
    await expect(canvas.getByRole('button', { name: /^In de opvang/ })).toBeInTheDocument();
    await expect(canvas.getByTestId('last-change')).toHaveTextContent('undo');
  },
};

/** Keyboard only: Tab to the events, arrows, Enter to edit, Escape to close. */
export const KeyboardPath: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const chart = canvasElement.querySelector('[data-part="chart"]') as SVGSVGElement;
    chart.focus();
    await userEvent.tab();
    await expect(document.activeElement?.getAttribute('data-event-id')).toBe('e-1');
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-event-id')).toBe('e-2'));
    await userEvent.keyboard('{Enter}');
    await canvas.findByRole('dialog', { name: 'Gebeurtenis aanpassen' });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement?.getAttribute('data-event-id')).toBe('e-2'));
  },
};
