import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { marcoNetwork, samirNetwork } from '@kring/fixtures';
import { Lifeline, type LifelineChange, type LifelineHandle, type LifelineProps } from '../src/lifeline';
import { KringLinkProvider, useKringLink } from '../src/linked';
import { MessagesProvider } from '../src/i18n';

const TODAY = '2025-06-15';

afterEach(() => cleanup());
// Generous: the shared CI machine has two cores and runs several suites at once.
vi.setConfig({ testTimeout: 60_000 });

const vague: Network = {
  format: 'kring.network',
  version: 1,
  focus: 'p-noor',
  people: [
    { id: 'p-noor', name: 'Noor', kind: 'person' },
    { id: 'p-oma', name: 'Oma Jet', kind: 'person', sector: 'family' },
  ],
  ties: [],
  groups: [],
  events: [
    { id: 'v-approx', title: 'Bij oma gaan wonen', date: '~2010', category: 'housing', valence: 1, people: ['p-oma'] },
    { id: 'v-year', title: 'School afgemaakt', date: '2014', category: 'work', valence: 2 },
    { id: 'v-day', title: 'Oma overleden', date: '2019-11-03', category: 'loss', valence: -2, people: ['p-oma'] },
    { id: 'v-open', title: 'Eigen kamer', start: '2021-09', category: 'housing', valence: 1 },
    { id: 'v-neutral', title: 'Verhuisd naar Haarlem', date: '2016-05', category: 'housing', valence: 0 },
  ],
};

function eventEl(container: HTMLElement, id: string): SVGGElement {
  const el = Array.from(container.querySelectorAll<SVGGElement>('[data-part="event"]')).find((e) => e.getAttribute('data-event-id') === id);
  if (!el) throw new Error(`no event ${id}`);
  return el;
}
function markerY(container: HTMLElement, id: string): number {
  return Number(eventEl(container, id).querySelector('[data-part="marker"]')?.getAttribute('cy'));
}
function lineY(container: HTMLElement): number {
  return Number(container.querySelector('[data-part="life-line"] line')?.getAttribute('y1'));
}
function live(container: HTMLElement): string {
  return container.querySelector('[data-part="live-region"]')?.textContent?.trim() ?? '';
}

/** A host that keeps the network in its own state (the usual controlled use). */
function Host(props: Omit<LifelineProps, 'network' | 'onChange'> & { initial: Network; onChange?: (n: Network, c: LifelineChange) => void }) {
  const { initial, onChange, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return (
    <Lifeline
      today={TODAY}
      {...rest}
      network={network}
      onChange={(next, change) => {
        setNetwork(next);
        onChange?.(next, change);
      }}
    />
  );
}

/** Samir's Lifeline with the "Gebeurtenis toevoegen" form open. */
async function openAddForm() {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<Host initial={samirNetwork} onChange={onChange} />);
  await user.click(screen.getByRole('button', { name: 'Gebeurtenis toevoegen' }));
  return { user, onChange, dialog: await screen.findByRole('dialog') };
}

describe('Lifeline drawing', () => {
  it('puts positive events above the life line, negative ones below, neutral ones on it, farther for stronger valence', () => {
    const { container } = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    const line = lineY(container);
    expect(markerY(container, 'e-bo')).toBeLessThan(line); // +1
    expect(markerY(container, 'e-lisa')).toBeLessThan(markerY(container, 'e-bo')); // +2 above +1
    expect(markerY(container, 'e-baan')).toBeGreaterThan(line); // -1
    expect(markerY(container, 'e-moeder')).toBeGreaterThan(markerY(container, 'e-baan')); // -2 below -1
    const { container: c2 } = render(<Lifeline defaultNetwork={vague} today={TODAY} />);
    expect(markerY(c2, 'v-neutral')).toBe(lineY(c2));
  });

  it('names every event with title, date in words, area of life, valence in words and people', () => {
    render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    const chart = screen.getByRole('group', { name: /^Levenslijn van Marco Bakker\. Tijdlijn van 2015 tot 2025/ });
    expect(within(chart).getByRole('button', { name: 'Moeder overleden, 14 februari 2021, Verlies, Heel moeilijk, met Ewa Bakker-Nowak, Anouk Bakker en Barbara (Basia) Nowak' })).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: /^Beschermd wonen, sinds juni 2022, nog bezig, Wonen, Goed/ })).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: /^Nachtopvang, maart 2019 tot mei 2022, Wonen, Moeilijk/ })).toBeInTheDocument();
  });

  it('draws a vague date as a span over the whole year, with "ca." in words and dotted ends for "~"', () => {
    const { container } = render(<Lifeline defaultNetwork={vague} today={TODAY} />);
    const approx = eventEl(container, 'v-approx');
    expect(approx.getAttribute('aria-label')).toContain('ca. 2010');
    expect(approx).toHaveAttribute('data-approximate', 'true');
    expect(approx.querySelector('[data-part="approximate"]')).not.toBeNull();
    // the visible label (hidden from screen readers, which get the name above) says it too
    expect(container.querySelector('[data-label-for="v-approx"]')).toHaveTextContent('ca. 2010');

    const year = eventEl(container, 'v-year');
    const span = year.querySelector('[data-part="uncertainty"]');
    expect(span).toHaveAttribute('data-precision', 'year');
    const [x1, x2] = [Number(span?.querySelector('line')?.getAttribute('x1')), Number(span?.querySelector('line')?.getAttribute('x2'))];
    // the bracket covers the whole year: the same width as one year on the axis
    const ticks = Array.from(container.querySelectorAll('[data-part="tick"] line')).map((l) => Number(l.getAttribute('x1')));
    const yearWidth = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    expect(x2 - x1).toBeGreaterThan(yearWidth * 0.95);
    expect(x2 - x1).toBeLessThan(yearWidth * 1.05);
    expect(year.hasAttribute('data-approximate')).toBe(false);

    // an exact day is a point, without a span
    expect(eventEl(container, 'v-day').querySelector('[data-part="uncertainty"]')).toBeNull();
  });

  it('draws an open-ended period up to today with an arrow end, and says it is still going', () => {
    const { container } = render(<Lifeline defaultNetwork={vague} today={TODAY} />);
    const open = eventEl(container, 'v-open');
    expect(open).toHaveAttribute('data-ongoing', 'true');
    expect(open.querySelector('[data-part="open-end"]')).not.toBeNull();
    expect(open.getAttribute('aria-label')).toContain('sinds september 2021, nog bezig');
    const today = Number(container.querySelector('[data-part="today"] line')?.getAttribute('x1'));
    const band = open.querySelector('[data-part="band-certain"]');
    const end = Number(band?.getAttribute('x')) + Number(band?.getAttribute('width'));
    expect(Math.abs(end - today)).toBeLessThan(2);
  });

  it('shows the category as an icon with a label in the legend, never colour alone', () => {
    const { container } = render(<Lifeline defaultNetwork={vague} today={TODAY} />);
    const legend = container.querySelector('[data-part="legend"]') as HTMLElement;
    expect(within(legend).getByText('Wonen')).toBeInTheDocument();
    expect(within(legend).getByText('Verlies')).toBeInTheDocument();
    expect(legend.querySelector('[data-category="loss"] [data-part="category-icon"]')).not.toBeNull();
    expect(eventEl(container, 'v-day').querySelector('[data-part="category-icon"][data-category="loss"]')).not.toBeNull();
  });

  it('has one tab stop among the events, in time order', async () => {
    const { container } = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    const events = Array.from(container.querySelectorAll('[data-part="event"]'));
    expect(events.filter((e) => e.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(events.map((e) => e.getAttribute('data-event-id')).slice(0, 4)).toEqual(['e-baan', 'e-scheiding', 'e-uitzetting', 'e-straat']);
  });

  it('shows a calm message when there is nothing yet', () => {
    render(<Lifeline defaultNetwork={{ ...samirNetwork, events: [] }} today={TODAY} />);
    expect(screen.getByText('Er staat nog niets op de levenslijn.')).toBeInTheDocument();
  });

  it('shows a readable message for data that is not a network, without crashing the host', () => {
    render(<Lifeline network={{ nope: true } as unknown as Network} />);
    expect(screen.getByRole('alert')).toHaveTextContent('kan niet getoond worden');
  });
});

describe('Lifeline keyboard', () => {
  it('reaches the events with Tab, moves with arrows in time order, edits with Enter, closes with Escape', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} onSelectionChange={onSelect} />);
    const chart = container.querySelector('[data-part="chart"]') as SVGSVGElement;
    chart.focus();
    await user.tab();
    expect(document.activeElement).toBe(eventEl(container, 'e-baan'));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.activeElement).toBe(eventEl(container, 'e-scheiding')));
    expect(onSelect).toHaveBeenLastCalledWith('e-scheiding');
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toBe(eventEl(container, 'e-lisa')));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(document.activeElement).toBe(eventEl(container, 'e-schuld')));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Gebeurtenis aanpassen' });
    expect(within(dialog).getByLabelText('Wat gebeurde er')).toHaveValue('Schuldhulptraject gestart');
    expect(within(dialog).getByLabelText('Wat gebeurde er')).toHaveFocus();
    expect(within(dialog).getByLabelText('Datum')).toHaveValue('2024-02');
    expect(within(dialog).getByText('Dat is: februari 2024')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('removes with Delete, announces it and offers undo (Ctrl+Z and a visible button)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={marcoNetwork} onChange={onChange} />);
    eventEl(container, 'e-moeder').focus();
    await user.keyboard('{Delete}');
    expect(container.querySelectorAll('[data-event-id="e-moeder"]')).toHaveLength(0);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ events: expect.any(Array) }), expect.objectContaining({ type: 'remove-event', id: 'e-moeder' }));
    expect((onChange.mock.lastCall?.[0] as Network).events.some((e) => e.id === 'e-moeder')).toBe(false);
    expect(live(container)).toContain('Verwijderd: Moeder overleden');
    expect(screen.getByText('“Moeder overleden” is verwijderd.')).toBeInTheDocument();
    // focus went to a neighbour, not lost
    await waitFor(() => expect(document.activeElement?.getAttribute('data-part')).toBe('event'));
    await user.keyboard('{Control>}z{/Control}');
    expect(eventEl(container, 'e-moeder')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ type: 'undo' }));
    expect(live(container)).toContain('Ongedaan gemaakt');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(container.querySelectorAll('[data-event-id="e-moeder"]')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(eventEl(container, 'e-moeder')).toBeInTheDocument();
  });

  it('a later edit retires the "removed" notice, so its Undo never undoes something else', async () => {
    const user = userEvent.setup();
    const { container } = render(<Host initial={marcoNetwork} />);
    eventEl(container, 'e-moeder').focus();
    await user.keyboard('{Delete}');
    expect(screen.getByText('“Moeder overleden” is verwijderd.')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-part')).toBe('event'));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Wat gebeurde er'), ' (bijgewerkt)');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText('“Moeder overleden” is verwijderd.')).toBeNull();
    expect(container.querySelectorAll('[data-event-id="e-moeder"]')).toHaveLength(0);
  });

  it('adds an event with N: a period that is still going, with category, valence and people', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
    eventEl(container, 'e-1').focus();
    await user.keyboard('n');
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe gebeurtenis' });
    await user.type(within(dialog).getByLabelText('Wat gebeurde er'), 'Vrijwilligerswerk');
    await user.click(within(dialog).getByLabelText('Een periode'));
    await user.type(within(dialog).getByLabelText('Begin'), 'mei 2023');
    expect(within(dialog).getByText('Dat is: mei 2023')).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText('Nog bezig'));
    await user.click(within(dialog).getByLabelText('Werk en dagbesteding'));
    await user.click(within(dialog).getByRole('radio', { name: 'Heel goed' }));
    await user.click(within(dialog).getByLabelText('Inloophuis De Kloof'));
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    const [next, change] = onChange.mock.lastCall as [Network, LifelineChange];
    expect(change).toMatchObject({ type: 'add-event', message: 'Toegevoegd: Vrijwilligerswerk' });
    const added = next.events.find((e) => e.id === change.id);
    expect(added).toEqual({ id: change.id, title: 'Vrijwilligerswerk', start: '2023-05', category: 'work', valence: 2, people: ['o-kloof'] });
    // the form stays for the next event, says what was added and starts empty again
    expect(within(dialog).getByRole('status')).toHaveTextContent('“Vrijwilligerswerk” staat op de levenslijn.');
    expect(within(dialog).getByLabelText('Wat gebeurde er')).toHaveValue('');
    expect(within(dialog).getByLabelText('Wat gebeurde er')).toHaveFocus();
    expect(eventEl(container, change.id as string)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(eventEl(container, change.id as string)));
  });

  it('"Klaar" adds what was typed, keeps the form open when it is not complete, and just closes when empty', async () => {
    const opened = await openAddForm();
    const { user, onChange } = opened;
    let dialog = opened.dialog;
    await user.type(within(dialog).getByLabelText('Wat gebeurde er'), 'Rijbewijs gehaald');
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    // no date yet: stays open with the error at the date field
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Datum')).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText('Datum'), '2024');
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((onChange.mock.lastCall?.[0] as Network).events.at(-1)).toMatchObject({ title: 'Rijbewijs gehaald', date: '2024' });
    await user.click(screen.getByRole('button', { name: 'Gebeurtenis toevoegen' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('checks the form: a title and a readable date are needed, the end not before the start', async () => {
    const { user, onChange, dialog } = await openAddForm();
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(within(dialog).getByText('Schrijf kort op wat er gebeurde.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Wat gebeurde er')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Wat gebeurde er'), 'Verhuisd');
    await user.click(within(dialog).getByLabelText('Een periode'));
    await user.type(within(dialog).getByLabelText('Begin'), '2020');
    await user.type(within(dialog).getByLabelText('Einde'), 'ergens');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(within(dialog).getByLabelText('Einde')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByLabelText('Einde')).toHaveFocus();
    await user.clear(within(dialog).getByLabelText('Einde'));
    await user.type(within(dialog).getByLabelText('Einde'), '2018');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(within(dialog).getByText('Het einde ligt vóór het begin.')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('asks for a date when none is typed, and says it cannot read one that is', async () => {
    const { user, onChange, dialog } = await openAddForm();
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(within(dialog).getByText('Vul een datum in.')).toBeInTheDocument();
    expect(within(dialog).queryByText(/Dit is geen datum/)).toBeNull();
    await user.type(within(dialog).getByLabelText('Wat gebeurde er'), 'Verhuisd');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(within(dialog).getByText('Vul een datum in.')).toBeInTheDocument();
    const date = within(dialog).getByLabelText('Datum');
    expect(date).toHaveFocus();
    await user.type(date, 'ergens');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    // One date field for every form (issue 14): the editor's words for a date it cannot read.
    expect(within(dialog).getAllByText(/Dit is geen datum/).length).toBeGreaterThan(0);
    expect(within(dialog).queryByText('Vul een datum in.')).toBeNull();
    // The same limits as the editors: from 1900 up to ten years ahead.
    await user.clear(date);
    await user.type(date, '1850');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(within(dialog).getAllByText('Kring neemt datums vanaf 1900. Klopt het jaar?').length).toBeGreaterThan(0);
    await user.clear(date);
    await user.tab();
    expect(within(dialog).getByText('Vul een datum in.')).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('edits an event live in the popover (a point becomes a vague period) with updateEvent; one undo step per field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
    await user.click(eventEl(container, 'e-1'));
    const dialog = await screen.findByRole('dialog', { name: 'Gebeurtenis aanpassen' });
    const title = within(dialog).getByLabelText('Wat gebeurde er');
    await user.clear(title);
    expect(title).toHaveValue('');
    await user.type(title, 'Huis uit gezet');
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ type: 'update-event', id: 'e-1' }));
    await user.click(within(dialog).getByLabelText('Een periode'));
    expect(within(dialog).getByLabelText('Begin')).toHaveValue('2019-05');
    const end = within(dialog).getByLabelText('Einde');
    await user.clear(end);
    await user.type(end, 'ca. 2020');
    await user.click(within(dialog).getByRole('button', { name: 'Klaar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const next = onChange.mock.lastCall?.[0] as Network;
    expect(next.events.find((e) => e.id === 'e-1')).toEqual({
      id: 'e-1', title: 'Huis uit gezet', start: '2019-05', end: '~2020', category: 'housing', valence: -2, people: ['p-latifa'],
    });
    expect(eventEl(container, 'e-1')).toHaveAttribute('data-kind', 'period');
    expect(live(container)).toBe('Aangepast: Huis uit gezet');
    await waitFor(() => expect(document.activeElement).toBe(eventEl(container, 'e-1')));
    // the typing of one field is one undo step: end, kind, title
    await user.keyboard('{Control>}z{/Control}');
    expect((onChange.mock.lastCall?.[0] as Network).events.find((e) => e.id === 'e-1')).toMatchObject({ start: '2019-05', end: '2019-05' });
    await user.keyboard('{Control>}z{/Control}');
    expect((onChange.mock.lastCall?.[0] as Network).events.find((e) => e.id === 'e-1')).toMatchObject({ date: '2019-05', title: 'Huis uit gezet' });
    await user.keyboard('{Control>}z{/Control}');
    expect((onChange.mock.lastCall?.[0] as Network).events.find((e) => e.id === 'e-1')).toMatchObject({ title: 'Uit huis gezet' });
  });

  it('zooms with + and the buttons (the visible range shrinks), pans with arrows on the chart and shows all with 0', async () => {
    const user = userEvent.setup();
    const { container } = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    const chart = container.querySelector('[data-part="chart"]') as SVGSVGElement;
    const range = () => chart.getAttribute('aria-label') ?? '';
    expect(range()).toContain('van 2015 tot 2025');
    chart.focus();
    await user.keyboard('+');
    const zoomed = range();
    expect(zoomed).not.toContain('van 2015 tot 2025');
    expect(screen.getByRole('button', { name: 'Alles tonen' })).toBeEnabled();
    await user.keyboard('{ArrowRight}');
    expect(range()).not.toBe(zoomed);
    await user.keyboard('0');
    expect(range()).toContain('van 2015 tot 2025');
    await user.click(screen.getByRole('button', { name: 'Inzoomen' }));
    await user.click(screen.getByRole('button', { name: 'Inzoomen' }));
    await user.click(screen.getByRole('button', { name: 'Inzoomen' }));
    // months appear on the axis when zoomed in far enough
    const labels = Array.from(container.querySelectorAll('[data-part="tick-label"]')).map((t) => t.textContent);
    expect(labels.some((l) => /^(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)$/.test(l ?? ''))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Uitzoomen' }));
    await user.click(screen.getByRole('button', { name: 'Alles tonen' }));
    expect(range()).toContain('van 2015 tot 2025');
  });
});

describe('Lifeline zoom buttons keep focus', () => {
  it('Inzoomen pressed until it cannot zoom further hands focus to Uitzoomen, and back; Alles tonen hands it to Inzoomen', async () => {
    const user = userEvent.setup();
    render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    const zoomIn = screen.getByRole('button', { name: 'Inzoomen' });
    const zoomOut = screen.getByRole('button', { name: 'Uitzoomen' });
    const reset = screen.getByRole('button', { name: 'Alles tonen' });
    zoomIn.focus();
    for (let i = 0; i < 30 && !zoomIn.hasAttribute('disabled'); i++) await user.keyboard('{Enter}');
    expect(zoomIn).toBeDisabled();
    expect(zoomOut).toHaveFocus();
    for (let i = 0; i < 30 && !zoomOut.hasAttribute('disabled'); i++) await user.keyboard('{Enter}');
    expect(zoomOut).toBeDisabled();
    expect(zoomIn).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(reset).toBeEnabled();
    reset.focus();
    await user.keyboard('{Enter}');
    expect(reset).toBeDisabled();
    expect(zoomIn).toHaveFocus();
    // The shortcut keys pressed on a zoom button do the same.
    for (let i = 0; i < 30 && !zoomIn.hasAttribute('disabled'); i++) await user.keyboard('+');
    expect(zoomIn).toBeDisabled();
    expect(zoomOut).toHaveFocus();
    await user.keyboard('0');
    expect(zoomIn).toHaveFocus();
  });
});

describe('Lifeline state', () => {
  it('controlled: shows only what the host passes back; uncontrolled: keeps its own copy', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container, unmount } = render(<Lifeline network={samirNetwork} onChange={onChange} today={TODAY} />);
    eventEl(container, 'e-1').focus();
    await user.keyboard('{Delete}');
    expect(onChange).toHaveBeenCalledTimes(1);
    // the host did not pass the result back: still drawn
    expect(eventEl(container, 'e-1')).toBeInTheDocument();
    unmount();

    const onChange2 = vi.fn();
    const { container: c2 } = render(<Lifeline defaultNetwork={samirNetwork} onChange={onChange2} today={TODAY} />);
    eventEl(c2, 'e-1').focus();
    await user.keyboard('{Delete}');
    expect(onChange2).toHaveBeenCalledTimes(1);
    expect(c2.querySelectorAll('[data-event-id="e-1"]')).toHaveLength(0);
    expect(samirNetwork.events).toHaveLength(2); // input never mutated
  });

  it('read-only: no editing controls; Enter shows the details; Delete does nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Lifeline network={samirNetwork} readOnly onChange={onChange} today={TODAY} />);
    expect(screen.queryByRole('button', { name: 'Gebeurtenis toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
    eventEl(container, 'e-1').focus();
    await user.keyboard('{Delete}');
    await user.keyboard('n');
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Gebeurtenis' });
    expect(within(dialog).getByText('mei 2019')).toBeInTheDocument();
    expect(within(dialog).getByText('Latifa')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
  });

  it('redacted: names as initials (core redactNetwork), notes left out, read-only', async () => {
    const user = userEvent.setup();
    render(<Lifeline network={marcoNetwork} redacted="initials" today={TODAY} />);
    expect(screen.queryByRole('button', { name: 'Gebeurtenis toevoegen' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Moeder overleden, 14 februari 2021, Verlies, Heel moeilijk, met E\.B\.-N\., A\.B\. en/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(screen.queryByText(/Anouk/)).toBeNull();
    expect(screen.queryByText('Huurachterstand.')).toBeNull();
  });

  it('selection: controlled by selectedId, reported by onSelectionChange', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container, rerender } = render(<Lifeline network={marcoNetwork} selectedId="e-bo" onSelectionChange={onSelect} readOnly today={TODAY} />);
    expect(eventEl(container, 'e-bo')).toHaveAttribute('aria-current', 'true');
    await user.click(eventEl(container, 'e-lisa'));
    expect(onSelect).toHaveBeenLastCalledWith('e-lisa');
    expect(eventEl(container, 'e-lisa')).not.toHaveAttribute('aria-current');
    rerender(<Lifeline network={marcoNetwork} selectedId="e-lisa" onSelectionChange={onSelect} readOnly today={TODAY} />);
    expect(eventEl(container, 'e-lisa')).toHaveAttribute('aria-current', 'true');
  });

  it('highlights the events of a person and fades the others', () => {
    const { container } = render(<Lifeline network={marcoNetwork} highlightPersonId="p-anouk" today={TODAY} />);
    expect(eventEl(container, 'e-uitzetting')).toHaveAttribute('data-highlighted', 'true');
    expect(eventEl(container, 'e-moeder')).toHaveAttribute('data-highlighted', 'true');
    expect(eventEl(container, 'e-bo')).toHaveAttribute('data-dimmed', 'true');
  });

  it('imperative handle: SVG export, zoom, focus', async () => {
    const ref = createRef<LifelineHandle>();
    const { container } = render(<Lifeline ref={ref} defaultNetwork={samirNetwork} today={TODAY} />);
    const svg = (await ref.current?.toSVG()) ?? '';
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Uit huis gezet');
    expect(svg).not.toContain('tabindex');
    act(() => ref.current?.zoomIn());
    expect(container.querySelector('[data-part="chart"]')?.getAttribute('aria-label')).not.toContain('2015 tot');
    act(() => ref.current?.focus());
    await waitFor(() => expect(document.activeElement?.getAttribute('data-part')).toBe('event'));
  });
});

describe('Lifeline list view', () => {
  it('lists events oldest first with dates, area, valence in words and people', async () => {
    const user = userEvent.setup();
    render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    await user.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(screen.getByRole('button', { name: 'Lijst' })).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('list', { name: '' }) ?? screen.getAllByRole('list')[0];
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(marcoNetwork.events.length);
    expect(items[0]).toHaveTextContent('Baan kwijt bij het distributiecentrum');
    expect(items[0]).toHaveTextContent('maart 2015');
    expect(items[0]).toHaveTextContent('Werk en dagbesteding');
    expect(items[0]).toHaveTextContent('Moeilijk');
    expect(items[0]).toHaveTextContent('met Erwin');
    const gestopt = items.find((i) => i.textContent?.includes('Gestopt met drinken')) as HTMLElement;
    expect(gestopt).toHaveTextContent('ca. 2020');
    expect(gestopt).toHaveTextContent('Heel goed');
    const bw = items.find((i) => i.textContent?.includes('Beschermd wonen')) as HTMLElement;
    expect(bw).toHaveTextContent('sinds juni 2022, nog bezig');
  });

  it('edits and removes from the list', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Host initial={samirNetwork} onChange={onChange} defaultView="list" />);
    await user.click(screen.getByRole('button', { name: 'Verwijderen: Uit huis gezet' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ type: 'remove-event', id: 'e-1' }));
    expect(screen.queryByText('Uit huis gezet')).toBeNull();
    // focus goes to the next item, not lost
    await waitFor(() => expect(screen.getByRole('button', { name: 'Aanpassen: In de opvang' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Aanpassen: In de opvang' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Einde')).toHaveValue('~2021');
  });
});

describe('Lifeline language and layout', () => {
  it('speaks English with locale="en" and takes message overrides', () => {
    render(<Lifeline defaultNetwork={vague} today={TODAY} locale="en" messages={{ 'lifeline.add': 'New moment' }} />);
    expect(screen.getByRole('button', { name: 'New moment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Bij oma gaan wonen, c\. 2010, Housing, Good, with Oma Jet$/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Life-line of Noor\. Timeline from/ })).toBeInTheDocument();
  });

  it('takes its words from a MessagesProvider too (lifeline.* keys)', () => {
    render(
      <MessagesProvider locale="en" messages={{ 'lifeline.add': 'Add a moment' }}>
        <Lifeline defaultNetwork={vague} today={TODAY} />
      </MessagesProvider>,
    );
    expect(screen.getByRole('button', { name: 'Add a moment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'List' })).toBeInTheDocument();
  });

  it('the legend says above/below when horizontal and right/left when vertical (nl and en)', () => {
    const legend = (c: HTMLElement) => c.querySelector('[data-part="legend-valence"]')?.textContent;
    const h = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} orientation="horizontal" locale="en" />);
    expect(legend(h.container)).toBe('Above the line: good. Below the line: hard.');
    h.unmount();
    const v = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} orientation="vertical" locale="en" />);
    expect(legend(v.container)).toBe('Right of the line: good. Left of the line: hard.');
    v.unmount();
    const nl = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} orientation="vertical" />);
    expect(legend(nl.container)).toBe('Rechts van de lijn: goed. Links van de lijn: moeilijk.');
  });

  it('turns vertical (time top to bottom) in a narrow container', () => {
    const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 360, height: 600, x: 0, y: 0, top: 0, left: 0, right: 360, bottom: 600, toJSON: () => ({}) } as DOMRect);
    try {
      const { container } = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
      expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-orientation', 'vertical');
      const y = (id: string) => Number(eventEl(container, id).querySelector('[data-part="marker"]')?.getAttribute('cy'));
      const x = (id: string) => Number(eventEl(container, id).querySelector('[data-part="marker"]')?.getAttribute('cx'));
      expect(y('e-baan')).toBeLessThan(y('e-lisa')); // later is lower
      expect(x('e-lisa')).toBeGreaterThan(x('e-moeder')); // positive right of negative
      // The legend says where good and hard are in this layout.
      expect(within(container.querySelector('[data-part="legend"]') as HTMLElement).getByText('Rechts van de lijn: goed. Links van de lijn: moeilijk.')).toBeInTheDocument();
      expect(screen.queryByText(/Boven de lijn/)).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('KringLinkProvider', () => {
  function Probe() {
    const link = useKringLink();
    return (
      <div>
        <output data-testid="state">{JSON.stringify({ p: link?.selectedPersonId, e: link?.selectedEventId, d: link?.date })}</output>
        <button type="button" onClick={() => link?.selectPerson('p-latifa')}>pick Latifa</button>
      </div>
    );
  }

  it('shares the selected event and person between views; works without a provider', async () => {
    const user = userEvent.setup();
    const onLink = vi.fn();
    const { container } = render(
      <KringLinkProvider onChange={onLink}>
        <Probe />
        <Lifeline defaultNetwork={samirNetwork} today={TODAY} readOnly />
      </KringLinkProvider>,
    );
    await user.click(eventEl(container, 'e-2'));
    expect(screen.getByTestId('state')).toHaveTextContent('"e":"e-2"');
    expect(onLink).toHaveBeenLastCalledWith(expect.objectContaining({ selectedEventId: 'e-2' }), 'selectedEventId');
    expect(eventEl(container, 'e-2')).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'pick Latifa' }));
    expect(eventEl(container, 'e-1')).toHaveAttribute('data-highlighted', 'true');
    expect(eventEl(container, 'e-2')).toHaveAttribute('data-dimmed', 'true');
  });

  it('can be controlled by the host (selectedPersonId, date) and marks the shared date on the axis', () => {
    const { container, rerender } = render(
      <KringLinkProvider selectedPersonId="p-latifa" date="2020-06-01">
        <Lifeline defaultNetwork={samirNetwork} today={TODAY} />
      </KringLinkProvider>,
    );
    expect(eventEl(container, 'e-1')).toHaveAttribute('data-highlighted', 'true');
    expect(container.querySelector('[data-part="picked-date"]')).toHaveTextContent('1 juni 2020');
    rerender(
      <KringLinkProvider selectedPersonId={null} date={null}>
        <Lifeline defaultNetwork={samirNetwork} today={TODAY} />
      </KringLinkProvider>,
    );
    expect(eventEl(container, 'e-1')).not.toHaveAttribute('data-highlighted');
    expect(container.querySelector('[data-part="picked-date"]')).toBeNull();
  });

  it('picking a date on the axis sets the shared date and calls onAtChange', async () => {
    const onPick = vi.fn();
    const { container } = render(
      <KringLinkProvider>
        <Probe />
        <Lifeline defaultNetwork={samirNetwork} today={TODAY} onAtChange={onPick} />
      </KringLinkProvider>,
    );
    const chart = container.querySelector('[data-part="chart"]') as SVGSVGElement;
    chart.focus();
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
    const date = onPick.mock.lastCall?.[0] as string;
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByTestId('state')).toHaveTextContent(`"d":"${date}"`);
    expect(container.querySelector('[data-part="picked-date"]')).not.toBeNull();
    const hit = container.querySelector('[data-part="axis-hit"]') as SVGRectElement;
    fireEvent.click(hit, { clientX: 200 });
    expect(onPick).toHaveBeenCalledTimes(2);
  });
});
