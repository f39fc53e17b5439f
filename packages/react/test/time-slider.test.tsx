import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { samirNetwork } from '@kring/fixtures';
import { TimeSlider } from '../src/time-slider';

afterEach(cleanup);

// samirNetwork mentions: 2019 (history), 2019-05 (event), 2019-06 (event start), 2024-03 (history), ~2021 (event end)
const dates = ['2019', '2019-05', '2019-06', '~2021', '2024-03'];

describe('TimeSlider', () => {
  it('offers the dates of the network plus "Nu", starting at now (uncontrolled)', () => {
    render(<TimeSlider network={samirNetwork} />);
    const slider = screen.getByRole('slider', { name: 'Netwerk op datum' });
    expect(slider).toHaveAttribute('max', String(dates.length));
    expect(slider).toHaveValue(String(dates.length));
    expect(slider).toHaveAttribute('aria-valuetext', 'Nu');
    expect(slider).toHaveAccessibleDescription('Je ziet het netwerk zoals het nu is.');
    expect(screen.getByRole('button', { name: 'Naar nu' })).toBeDisabled();
  });

  it('is keyboard accessible: arrows step, Home/End, Page Up/Down jump a year', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    render(<TimeSlider network={samirNetwork} onChange={onChange} />);
    const slider = screen.getByRole('slider');
    await user.tab();
    expect(slider).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('2024-03');
    expect(slider).toHaveAttribute('aria-valuetext', 'maart 2024');
    await user.keyboard('{Home}');
    expect(onChange).toHaveBeenLastCalledWith('2019');
    expect(slider).toHaveAccessibleDescription('Je ziet het netwerk van 2019.');
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith('2019-05');
    await user.keyboard('{PageUp}');
    expect(onChange).toHaveBeenLastCalledWith('~2021');
    expect(slider).toHaveAttribute('aria-valuetext', 'ca. 2021');
    await user.keyboard('{PageDown}');
    expect(onChange).toHaveBeenLastCalledWith('2019');
    await user.keyboard('{End}');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(slider).toHaveAttribute('aria-valuetext', 'Nu');
    const calls = onChange.mock.calls.length;
    await user.keyboard('{ArrowRight}');
    expect(onChange.mock.calls.length).toBe(calls);
  });

  it('controlled: shows the host value, snaps an in-between date to the stop before it, and "Naar nu" asks for now', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    const { rerender } = render(<TimeSlider network={samirNetwork} value="2020-01" onChange={onChange} />);
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('aria-valuetext', 'juni 2019');
    await user.click(screen.getByRole('button', { name: 'Naar nu' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    // the host has not changed the value: still shown as before
    expect(slider).toHaveAttribute('aria-valuetext', 'juni 2019');
    rerender(<TimeSlider network={samirNetwork} value={null} onChange={onChange} />);
    expect(slider).toHaveAttribute('aria-valuetext', 'Nu');
  });

  it('"Naar nu" pressed with the keyboard disables itself and hands focus to the slider, never to the page', async () => {
    const user = userEvent.setup({ delay: null });
    render(<TimeSlider network={samirNetwork} defaultValue="2020-01" />);
    const button = screen.getByRole('button', { name: 'Naar nu' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toBeDisabled();
    expect(screen.getByRole('slider')).toHaveFocus();
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', 'Nu');
  });

  it('works with a pointer (change event) and with a host that keeps the state', () => {
    function Host() {
      const [v, setV] = useState<string | null>(null);
      return (
        <>
          <TimeSlider dates={['2020', '2018', '2018', 'nonsense']} value={v} onChange={setV} locale="en" />
          <p>host: {v ?? 'now'}</p>
        </>
      );
    }
    render(<Host />);
    const slider = screen.getByRole('slider', { name: 'Network on date' });
    expect(slider).toHaveAttribute('max', '2');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(screen.getByText('host: 2018')).toBeInTheDocument();
    expect(slider).toHaveAttribute('aria-valuetext', '2018');
    expect(slider).toHaveAccessibleDescription('You see the network of 2018.');
  });

  it('labels the years under the slider and ends with "Nu"', () => {
    const { container } = render(<TimeSlider network={samirNetwork} />);
    const labels = [...container.querySelectorAll('[data-part="time-slider-ticks"] li')].map((li) => li.textContent);
    expect(labels).toEqual(['2019', '', '', '2021', '2024', 'Nu']);
  });

  it('says so when the network has no dates', () => {
    render(<TimeSlider network={{ ...samirNetwork, ties: [], events: [] }} />);
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Er staan nog geen datums in dit netwerk.');
  });
});
