import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '@kring/core';
import { dennisNoNetwork, fatimaNetwork, generateNetwork, marcoNetwork, samirNetwork, yonasNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';
import { ViewErrorBoundary } from '../src/document';
import type { EcogramChange, EcogramHandle, EcogramProps } from '../src/ecogram';

const TODAY = '2025-06-01';

afterEach(cleanup);

function nodeOf(container: HTMLElement, id: string): SVGGElement {
  const el = container.querySelector<SVGGElement>(`[data-part="node"][data-id="${id}"]`);
  if (!el) throw new Error(`no node ${id}`);
  return el;
}
function tieOf(container: HTMLElement, id: string): SVGGElement {
  const el = container.querySelector<SVGGElement>(`[data-part="tie"][data-id="${id}"]`);
  if (!el) throw new Error(`no tie ${id}`);
  return el;
}
function live(container: HTMLElement): string {
  return container.querySelector('[data-part="live-region"]')?.textContent?.trim() ?? '';
}

/** A host that keeps the network in its own state (the usual controlled use). */
function Host(props: Omit<EcogramProps, 'network' | 'onChange'> & { initial: Network; onChange?: (n: Network, c: EcogramChange) => void }) {
  const { initial, onChange, ...rest } = props;
  const [network, setNetwork] = useState(initial);
  return (
    <Ecogram
      {...rest}
      today={TODAY}
      network={network}
      onChange={(next, change) => {
        setNetwork(next);
        onChange?.(next, change);
      }}
    />
  );
}

describe('Ecogram rendering', () => {
  it('draws every person as a focusable node named with role, sector and circle; the client in the centre', () => {
    render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    const map = screen.getByRole('group', { name: 'Ecogram van Samir' });
    expect(map).toHaveAttribute('aria-roledescription', 'ecogram');
    const latifa = within(map).getByRole('button', { name: /^Latifa, zus, familie, binnenste cirkel/ });
    expect(latifa.getAttribute('aria-label')).toMatch(/woont in het buitenland \(Marokko\)/);
    expect(within(map).getByRole('button', { name: /^Samir, cliënt/ })).toHaveAttribute('tabindex', '0');
    // one tab stop: every other item is -1
    const tabbable = map.querySelectorAll('[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(within(map).getByRole('button', { name: /^Jan de Vries, netwerkondersteuner, zorg en hulpverlening, middelste cirkel, formeel/ })).toBeInTheDocument();
  });

  it('shows formal and informal people with different shapes, not only colours', () => {
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    expect(nodeOf(container, 'p-jan').querySelector('rect[data-fill="node"]')).not.toBeNull();
    expect(nodeOf(container, 'p-latifa').querySelector('circle[data-fill="node"]')).not.toBeNull();
    expect(nodeOf(container, 'p-jan')).toHaveAttribute('data-formality', 'formal');
    expect(nodeOf(container, 'p-latifa')).toHaveAttribute('data-formality', 'informal');
  });

  it('names ties with strength, quality, status and the direction of support, and draws their marks', () => {
    const { container } = render(<Ecogram defaultNetwork={yonasNetwork} today={TODAY} />);
    const ex = tieOf(container, 't-ex');
    expect(ex).toHaveAccessibleName(/Band tussen Yonas en Ex-partner\. Sterkte: Sterk\. Hoe is het contact: Schadelijk/);
    expect(ex.querySelector('[data-mark="warning"]')).not.toBeNull();
    const mother = tieOf(container, 't-moeder');
    expect(mother).toHaveAccessibleName(/Yonas krijgt van Semhar: Emotioneel\. Yonas geeft aan Semhar: Financieel/);
    expect(mother.querySelectorAll('[data-arrow]')).toHaveLength(2);
    const broken = tieOf(container, 't-ex-oom');
    expect(broken).toHaveAccessibleName(/Status: Verbroken/);
    expect(broken.querySelector('[data-mark="break"]')).not.toBeNull();
    const stressful = tieOf(container, 't-medebewoner');
    expect(stressful).toHaveAttribute('data-quality', 'stressful');
    // a zigzag has many more points than a straight line
    const d = stressful.querySelector('[data-part="tie-path"]')?.getAttribute('d') ?? '';
    expect((d.match(/L/g) ?? []).length).toBeGreaterThan(4);
    // a tie between two other people is drawn too
    expect(tieOf(container, 't-moeder-zus')).toHaveAccessibleName(/Band tussen Semhar en Helen/);
  });

  it('gives every badge a text alternative, in the node name and as a tooltip title', () => {
    const { container } = render(<Ecogram defaultNetwork={yonasNetwork} today={TODAY} />);
    const ex = nodeOf(container, 'p-ex');
    const badges = Array.from(ex.querySelectorAll('[data-part="badge"]'));
    expect(badges.map((b) => b.getAttribute('data-badge'))).toEqual(['consent-no', 'boundary']);
    expect(badges.map((b) => b.querySelector('title')?.textContent)).toEqual([
      'Geen contact opnemen',
      'Contact beperken: Intimideert Yonas en de begeleider; geen contactgegevens doorgeven.',
    ]);
    // The refusal is part of the name ("<naam> · geen contact"), not said again as a badge.
    expect(ex.getAttribute('aria-label')).toMatch(/^Ex-partner · geen contact, .*contact beperken: Intimideert/);
    expect(ex.getAttribute('aria-label')).not.toMatch(/geen contact opnemen/);
    const mother = nodeOf(container, 'p-moeder');
    expect(Array.from(mother.querySelectorAll('[data-part="badge"]')).map((b) => b.getAttribute('data-badge'))).toEqual(['abroad', 'interpreter']);
    expect(mother.getAttribute('aria-label')).toMatch(/woont in het buitenland \(Eritrea\), tolk nodig/);
    const sister = nodeOf(container, 'p-zus');
    expect(sister.querySelector('[data-badge="support-group"] title')?.textContent).toBe('Hoort bij Steungroep');
  });

  it('draws a long name in full over two lines (no "…"), with the full name in the accessible name', () => {
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    const node = nodeOf(container, 'o-dagbesteding');
    const label = container.querySelector('[data-part="node-label"][data-id="o-dagbesteding"]');
    const lines = [...(label?.querySelectorAll('[data-part="node-label-line"]') ?? [])].map((l) => l.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Dagbesteding Het Atelier aan de Amstel');
    expect(label?.hasAttribute('data-truncated')).toBe(false);
    // no tooltip of its own: the drawn name says it (issue 16: one element fewer per person)
    expect(node.querySelector(':scope > title, [data-part="hit-area"] > title')).toBeNull();
    expect(node).toHaveAccessibleName(/^Dagbesteding Het Atelier aan de Amstel,/);
  });

  it('redacts names to initials and is then read-only', () => {
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} redacted="initials" today={TODAY} />);
    expect(container.textContent).not.toMatch(/Khadija/);
    expect(screen.queryByRole('button', { name: /Persoon toevoegen/ })).toBeNull();
    expect(screen.getByText(/Namen afgeschermd/)).toBeInTheDocument();
  });

  it('speaks English with locale="en" and takes message overrides', () => {
    render(<Ecogram defaultNetwork={samirNetwork} locale="en" messages={{ 'ecogram.addPerson': 'New naaste' }} today={TODAY} />);
    expect(screen.getByRole('group', { name: 'Ecogram of Samir' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New naaste' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Latifa, zus, family, inner circle/ })).toBeInTheDocument();
  });

  it('encourages instead of shaming when there is (almost) nobody yet', () => {
    const only: Network = { ...dennisNoNetwork, people: [dennisNoNetwork.people[0]!], ties: [] };
    const a = render(<Ecogram defaultNetwork={only} today={TODAY} />);
    expect(screen.getByText(/Iedereen is een naaste van iemand/)).toBeInTheDocument();
    a.unmount();
    // Only professionals and one WhatsApp contact: conversation hooks, while editing only.
    const b = render(<Ecogram defaultNetwork={dennisNoNetwork} today={TODAY} />);
    expect(screen.getByText(/Wie was je laatste WhatsApp-contact\?/)).toBeInTheDocument();
    b.unmount();
    render(<Ecogram defaultNetwork={dennisNoNetwork} readOnly today={TODAY} />);
    expect(screen.queryByText(/laatste WhatsApp-contact/)).toBeNull();
    cleanup();
    render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    expect(screen.queryByText(/laatste WhatsApp-contact/)).toBeNull();
  });
});

describe('Ecogram data flow', () => {
  it('shows a readable message for a bad network prop and does not throw', () => {
    const bad = { format: 'kring.network', version: 1, focus: 'p-x', people: [{ id: 'p-a', name: 'A', kind: 'alien' }], ties: [], groups: [], events: [] };
    render(<Ecogram network={bad as unknown as Network} today={TODAY} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dit netwerk kan niet worden getoond');
    expect(alert).toHaveTextContent('people[0].kind');
    expect(alert).toHaveTextContent('focus');
  });

  it('shows a message for a network prop that is not an object at all', () => {
    render(<Ecogram network={'{oops' as unknown as Network} locale="en" today={TODAY} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This network cannot be shown');
  });

  it('contains a rendering error in an error boundary', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Boom(): never {
      throw new Error('boom');
    }
    render(
      <ViewErrorBoundary view="ecogram" fallback={() => <p role="alert">kapot</p>}>
        <Boom />
      </ViewErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('kapot');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('controlled without a state update: onChange is called but the map does not change', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Ecogram network={samirNetwork} onChange={onChange} today={TODAY} />);
    nodeOf(container, 'p-latifa').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(onChange).toHaveBeenCalledTimes(1);
    const [next, change] = onChange.mock.calls[0] as [Network, EcogramChange];
    expect(next.people.find((p) => p.id === 'p-latifa')?.closeness).toBe('middle');
    expect(change).toMatchObject({ type: 'place-person', id: 'p-latifa' });
    expect(samirNetwork.people.find((p) => p.id === 'p-latifa')?.closeness).toBe('inner');
    expect(nodeOf(container, 'p-latifa')).toHaveAccessibleName(/binnenste cirkel/);
  });

  it('controlled with a state update and uncontrolled both show the change', async () => {
    const user = userEvent.setup();
    const a = render(<Host initial={samirNetwork} />);
    nodeOf(a.container, 'p-latifa').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(nodeOf(a.container, 'p-latifa')).toHaveAccessibleName(/middelste cirkel/);
    a.unmount();
    const b = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    nodeOf(b.container, 'p-latifa').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(nodeOf(b.container, 'p-latifa')).toHaveAccessibleName(/middelste cirkel/);
  });

  it('selection is controllable', async () => {
    const user = userEvent.setup();
    const onSelectionChange = vi.fn();
    const { container, rerender } = render(<Ecogram network={samirNetwork} readOnly selectedId={null} onSelectionChange={onSelectionChange} today={TODAY} />);
    await user.click(nodeOf(container, 'p-jan'));
    expect(onSelectionChange).toHaveBeenCalledWith('p-jan');
    expect(nodeOf(container, 'p-jan')).not.toHaveAttribute('data-selected');
    rerender(<Ecogram network={samirNetwork} readOnly selectedId="p-jan" onSelectionChange={onSelectionChange} today={TODAY} />);
    expect(nodeOf(container, 'p-jan')).toHaveAttribute('data-selected');
  });

  it('says "in" a year or month and "op" a day of the past (and "in"/"on" in English)', () => {
    const { rerender } = render(<Ecogram defaultNetwork={marcoNetwork} at="2022-06" today={TODAY} />);
    expect(screen.getByText('Zo was het netwerk in juni 2022. Alleen bekijken.')).toBeInTheDocument();
    rerender(<Ecogram defaultNetwork={marcoNetwork} at="2022-06-03" today={TODAY} />);
    expect(screen.getByText('Zo was het netwerk op 3 juni 2022. Alleen bekijken.')).toBeInTheDocument();
    rerender(<Ecogram defaultNetwork={marcoNetwork} at="2022-06-03" today={TODAY} locale="en" />);
    expect(screen.getByText(/^The network as it was on 3 June 2022\. View only\.$/)).toBeInTheDocument();
  });

  it('a host that controls `at` brings the map back to now with null (issue 14: undefined meant both)', () => {
    const onAtChange = vi.fn();
    const { container, rerender } = render(<Ecogram defaultNetwork={marcoNetwork} at="2016" onAtChange={onAtChange} today={TODAY} />);
    expect(screen.getByText(/Zo was het netwerk in 2016\./)).toBeInTheDocument();
    rerender(<Ecogram defaultNetwork={marcoNetwork} at={null} onAtChange={onAtChange} today={TODAY} />);
    expect(screen.queryByText(/Zo was het netwerk in 2016\./)).toBeNull();
    expect(screen.getByRole('button', { name: 'Persoon toevoegen' })).toBeInTheDocument();
    const later = marcoNetwork.people.filter((p) => p.since && p.since > '2017');
    for (const p of later) expect(container.querySelector(`[data-part="node"][data-id="${p.id}"]`)).not.toBeNull();
  });

  it('shows the network on a date from the past, read-only', () => {
    const { container } = render(<Ecogram defaultNetwork={marcoNetwork} at="2016" today={TODAY} />);
    expect(screen.getByText(/Zo was het netwerk in 2016\. Alleen bekijken\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Persoon toevoegen' })).toBeNull();
    const later = marcoNetwork.people.filter((p) => p.since && p.since > '2017');
    expect(later.length).toBeGreaterThan(0);
    for (const p of later) expect(container.querySelector(`[data-part="node"][data-id="${p.id}"]`)).toBeNull();
  });

  it('readOnly leaves out every editing control', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} readOnly today={TODAY} />);
    expect(screen.queryByRole('button', { name: 'Persoon toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
    nodeOf(container, 'p-latifa').focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(nodeOf(container, 'p-latifa')).not.toHaveAttribute('data-drag-id');
  });

  it('switches to the list view and back', async () => {
    const user = userEvent.setup();
    render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    await user.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(screen.queryByRole('group', { name: 'Ecogram van Samir' })).toBeNull();
    expect(screen.getAllByText(/Latifa/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Lijst' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Kaart' }));
    expect(screen.getByRole('group', { name: 'Ecogram van Samir' })).toBeInTheDocument();
  });

  it('exports a self-contained SVG through the ref, without interactive attributes', async () => {
    const ref = createRef<EcogramHandle>();
    render(<Ecogram ref={ref} defaultNetwork={samirNetwork} today={TODAY} />);
    const svg = (await ref.current?.toSVG()) ?? '';
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<style>');
    expect(svg).toContain('Latifa');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('data-part="hit-area"');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    // the live DOM is untouched
    expect(document.querySelectorAll('.kring-ecogram style')).toHaveLength(0);
  });
});

describe('Ecogram editing', () => {
  it('a person whose name has no room gets a number beside the node and a line in the key (on screen and on paper)', () => {
    // 90 people (names where there is room, numbers elsewhere) and a 200-character name (two
    // lines, the second shortened: its number in front, its full name in the key).
    const base = generateNetwork(90, 3);
    const network = { ...base, people: [...base.people, { id: 'p-long', kind: 'person' as const, name: 'Wilhelmina '.repeat(18).trim(), sector: 'care' as const, closeness: 'middle' as const }] };
    const { container } = render(<Ecogram defaultNetwork={network} today={TODAY} />);
    const drawn = new Set([...container.querySelectorAll('[data-part="node-label"]:not([data-truncated])')].map((el) => el.getAttribute('data-id')));
    const shortened = [...container.querySelectorAll('[data-part="node-label"][data-truncated]')].map((el) => el.getAttribute('data-id'));
    const missing = network.people.filter((p) => p.id !== network.focus && !drawn.has(p.id));
    expect(missing.length).toBeGreaterThan(0);
    // The 200-character name is shortened (or, with no room, a number): either way it is in the key.
    expect(missing.map((p) => p.id)).toContain('p-long');
    expect(shortened.every((id) => id === 'p-long')).toBe(true);
    const key = container.querySelector('[data-part="print-key"]');
    expect(key).not.toBeNull();
    const items = [...key!.querySelectorAll('li')];
    expect(items).toHaveLength(missing.length);
    for (const person of missing) {
      const number = (
        container.querySelector(`[data-part="node-number"][data-id="${person.id}"]`) ??
        container.querySelector(`[data-part="node-label"][data-id="${person.id}"] [data-part="node-number-inline"]`)
      )?.textContent?.trim();
      const item = items.find((li) => li.getAttribute('value') === number);
      expect(item?.textContent, person.name).toMatch(new RegExp(`^${person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
    }
    // a map where every name fits has no key
    cleanup();
    const small = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    expect(small.container.querySelector('[data-part="print-key"]')).toBeNull();
    expect(small.container.querySelector('[data-part="node-number"]')).toBeNull();
  });

  it('the SVG export of a crowded map keeps every name: numbers beside the nodes and the key under the picture', async () => {
    const ref = createRef<EcogramHandle>();
    // Over 80 people: a crowded map, where some names are numbers (a map of 60 now draws every name).
    const network = generateNetwork(100, 3);
    const { container } = render(<Ecogram ref={ref} defaultNetwork={network} today={TODAY} />);
    const listed = [...container.querySelectorAll('[data-part="print-key"] li')];
    expect(listed.length).toBeGreaterThan(0);
    const out = (await ref.current?.toSVG()) ?? '';
    expect(out.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    // the numbers are drawn (not display="none" as on screen)
    const numbers = [...svg.querySelectorAll('[data-part="node-number"], [data-part="node-number-inline"]')];
    expect(numbers).toHaveLength(listed.length);
    for (const n of numbers) expect(n.getAttribute('display')).toBeNull();
    // the key: its heading, then every listed name with its number
    const key = svg.querySelector('[data-part="export-key"]');
    expect(key?.textContent).toContain('Namen die niet (helemaal) op de kaart passen');
    const keyText = [...key!.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const li of listed) {
      expect(keyText).toContain(`${li.getAttribute('value')}.`);
      expect(keyText).toContain(li.textContent!.split(' (')[0]!.slice(0, 20));
    }
    // the picture grew to hold the key, and the background covers it
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(h).toBeGreaterThan(w!);
    expect(svg.querySelector('[data-part="export-background"]')?.getAttribute('height')).toBe(String(h));
    // a map where every name fits exports no key
    cleanup();
    const small = createRef<EcogramHandle>();
    render(<Ecogram ref={small} defaultNetwork={samirNetwork} today={TODAY} />);
    expect((await small.current?.toSVG())).not.toContain('export-key');
  });

  it('arrowing through a crowded map does not move the other names; a focused hidden name is drawn on top', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={generateNetwork(90, 3)} today={TODAY} />);
    const placed = () =>
      [...container.querySelectorAll('[data-part="node-label"]:not([data-revealed])')]
        .map((el) => `${el.getAttribute('data-id')}@${el.getAttribute('x')},${el.getAttribute('y')}`)
        .sort()
        .join(' ');
    const before = placed();
    const hidden = [...container.querySelectorAll<SVGGElement>('[data-part="node"]')]
      .map((el) => el.getAttribute('data-id')!)
      .filter((id) => !container.querySelector(`[data-part="node-label"][data-id="${id}"]`));
    expect(hidden.length).toBeGreaterThan(0);
    act(() => nodeOf(container, hidden[0]!).focus());
    expect(container.querySelector(`[data-part="node-label"][data-revealed][data-id="${hidden[0]}"]`)).not.toBeNull();
    expect(before.split(' ').length).toBeGreaterThan(20); // names are drawn (not the large-map mode)
    for (let i = 0; i < 5; i++) await user.keyboard('{ArrowRight}');
    expect(placed()).toBe(before);
  });

  it('N on the map opens the add-person form; Escape brings focus back to the person', async () => {
    const user = userEvent.setup();
    const { container } = render(<Host initial={samirNetwork} />);
    nodeOf(container, 'p-latifa').focus();
    await user.keyboard('n');
    const dialog = await screen.findByRole('dialog', { name: 'Persoon toevoegen' });
    expect(within(dialog).getByRole('textbox', { name: /Naam/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(nodeOf(container, 'p-latifa')).toHaveFocus();
  });

  it('N does nothing on a read-only map', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} readOnly />);
    nodeOf(container, 'p-samir').focus();
    await user.keyboard('n');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('click on a person opens the editor; an edit goes through onChange and Escape closes it, returning focus', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
    await user.click(nodeOf(container, 'p-jan'));
    const dialog = await screen.findByRole('dialog', { name: 'Jan de Vries bewerken' });
    const role = within(dialog).getByRole('textbox', { name: /^Rol/ });
    await user.clear(role);
    await user.type(role, 'casemanager');
    const last = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    expect(last[0].people.find((p) => p.id === 'p-jan')?.role).toBe('casemanager');
    expect(last[1]).toMatchObject({ type: 'update-person', id: 'p-jan' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(nodeOf(container, 'p-jan')).toHaveFocus();
    expect(nodeOf(container, 'p-jan')).toHaveAccessibleName(/^Jan de Vries, casemanager/);
    expect(live(container)).toMatch(/Jan de Vries bijgewerkt/);
    // typing coalesced into one undo step: one undo restores the old role
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(nodeOf(container, 'p-jan')).toHaveAccessibleName(/^Jan de Vries, netwerkondersteuner/);
  });

  it('in the list view, deleting a person or a tie keeps focus in the list; "Kaart" then keeps focus on itself', async () => {
    const user = userEvent.setup();
    const { container } = render(<Host initial={fatimaNetwork} defaultView="list" />);
    const rows = () => [...container.querySelectorAll('[data-part="network-list"] tr[data-person-id]')].map((tr) => tr.getAttribute('data-person-id'));
    const before = rows();
    const victim = before[1]!;
    const name = fatimaNetwork.people.find((p) => p.id === victim)!.name;
    screen.getByRole('button', { name: `Bewerk ${name}` }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: `${name} verwijderen` }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const next = fatimaNetwork.people.find((p) => p.id === before[2])!.name;
    await waitFor(() => expect(screen.getByRole('button', { name: `Bewerk ${next}` })).toHaveFocus());
    // a tie with the client: focus goes to the other person's row
    const tieButton = container.querySelector<HTMLButtonElement>(`[data-person-id="${before[2]}"] [data-edit^="tie:"]`)!;
    tieButton.focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Band verwijderen' }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Bewerk ${next}` })).toHaveFocus());
    expect(document.activeElement).not.toBe(document.body);
    const kaart = screen.getByRole('button', { name: 'Kaart' });
    await user.click(kaart);
    expect(kaart).toHaveFocus();
  });

  it('adds a person from the toolbar', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={dennisNoNetwork} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Naam/ }), 'Oma Truus');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    const [next, change] = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    expect(change.type).toBe('add-person');
    const added = next.people.find((p) => p.name === 'Oma Truus');
    expect(added).toBeDefined();
    expect(container.querySelector(`[data-part="node"][data-id="${added?.id}"]`)).not.toBeNull();
    expect(live(container)).toBe('Oma Truus toegevoegd');
    // announced once: the form's own line is shown but is not a second status region
    const said = [...document.querySelectorAll('[role="status"], [aria-live]')].filter((el) => /Oma Truus/.test(el.textContent ?? ''));
    expect(said).toHaveLength(1);
    expect(within(dialog).getByText('Oma Truus is toegevoegd.')).toBeInTheDocument();
  });

  it('adds a tie from the toolbar, from the selected person', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} defaultSelectedId="p-jan" />);
    await user.click(screen.getByRole('button', { name: 'Relatie toevoegen' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('combobox', { name: 'Persoon 1' })).toHaveDisplayValue('Jan de Vries');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Persoon 2' }), 'Inloophuis De Kloof');
    await user.click(within(dialog).getByRole('button', { name: 'Band toevoegen' }));
    const [next, change] = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    expect(change.type).toBe('add-tie');
    const tie = next.ties.find((x) => x.between.includes('p-jan') && x.between.includes('o-kloof'));
    expect(tie).toBeDefined();
    expect(container.querySelector(`[data-part="tie"][data-id="${tie?.id}"]`)).not.toBeNull();
  });

  it('edits a tie reached with T and Enter; the change goes to its history once per editing session', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={fatimaNetwork} onChange={onChange} />);
    nodeOf(container, 'p-broer').focus();
    await user.keyboard('t');
    const tie = container.querySelector('[data-part="tie"]:focus');
    expect(tie).not.toBeNull();
    const tieId = tie?.getAttribute('data-id');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Geeft spanning' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Schadelijk' }));
    const [next] = onChange.mock.calls.at(-1) as [Network, EcogramChange];
    const edited = next.ties.find((x) => x.id === tieId);
    expect(edited?.quality).toBe('harmful');
    const before = fatimaNetwork.ties.find((x) => x.id === tieId);
    // one change recorded: the state before and the new state, not one entry per click
    expect(edited?.history).toEqual([
      { date: TODAY, status: 'active', strength: 'moderate', quality: before?.quality },
      { date: TODAY, status: 'active', strength: 'moderate', quality: 'harmful' },
    ]);
  });

  it('moves a person by keyboard between circles and sectors, announcing each move', async () => {
    const user = userEvent.setup();
    const { container } = render(<Host initial={samirNetwork} />);
    nodeOf(container, 'p-jan').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(live(container)).toBe('Jan de Vries verplaatst naar de binnenste cirkel');
    expect(nodeOf(container, 'p-jan')).toHaveAccessibleName(/binnenste cirkel/);
    expect(nodeOf(container, 'p-jan')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(live(container)).toBe('Jan de Vries verplaatst naar overig');
    expect(nodeOf(container, 'p-jan')).toHaveAccessibleName(/overig, binnenste cirkel/);
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(nodeOf(container, 'p-jan')).toHaveAccessibleName(/zorg en hulpverlening, binnenste cirkel/);
  });

  it('deletes with Delete, announces it, and undoes and redoes with the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
    nodeOf(container, 'p-jan').focus();
    await user.keyboard('{Delete}');
    expect(container.querySelector('[data-part="node"][data-id="p-jan"]')).toBeNull();
    expect(live(container)).toBe('Jan de Vries verwijderd. Ongedaan maken met Ctrl+Z');
    expect(onChange.mock.calls.at(-1)?.[1]).toMatchObject({ type: 'remove-person', id: 'p-jan' });
    // focus moved to a remaining person, still inside the map
    expect(container.querySelector('[data-part="svg"]')?.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Control>}z{/Control}');
    expect(nodeOf(container, 'p-jan')).toBeInTheDocument();
    expect(onChange.mock.calls.at(-1)?.[1]).toMatchObject({ type: 'undo' });
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(container.querySelector('[data-part="node"][data-id="p-jan"]')).toBeNull();
    await user.keyboard('{Control>}y{/Control}');
    expect(live(container)).toBe('Niets om opnieuw te doen');
    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(nodeOf(container, 'p-jan')).toBeInTheDocument();
  });

  it('the client cannot be deleted', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<Host initial={samirNetwork} onChange={onChange} />);
    nodeOf(container, 'p-samir').focus();
    await user.keyboard('{Delete}');
    expect(onChange).not.toHaveBeenCalled();
    expect(live(container)).toMatch(/cliënt in het midden kan niet/);
  });
});

describe('Ecogram keyboard navigation', () => {
  it('arrow keys move to the nearest person in that direction; Home returns to the client; Escape deselects', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    const client = nodeOf(container, 'p-fatima');
    await user.tab(); // toolbar first
    client.focus();
    expect(client).toHaveFocus();
    // jsdom has no layout: positions come from the layout's transform on each node.
    const pos = (id: string) => {
      const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(nodeOf(container, id).getAttribute('transform') ?? '');
      return { x: Number(m?.[1]), y: Number(m?.[2]) };
    };
    const c = pos('p-fatima');
    await user.keyboard('{ArrowRight}');
    const right = document.activeElement?.getAttribute('data-id') ?? '';
    expect(right).not.toBe('p-fatima');
    expect(pos(right).x).toBeGreaterThan(c.x);
    await user.keyboard('{ArrowLeft}');
    expect(pos(document.activeElement?.getAttribute('data-id') ?? '').x).toBeLessThan(pos(right).x);
    const beforeUp = document.activeElement?.getAttribute('data-id') ?? '';
    await user.keyboard('{ArrowUp}');
    const up = document.activeElement?.getAttribute('data-id') ?? '';
    // Up reaches another person who is drawn higher on the map (smaller y).
    expect(up).not.toBe(beforeUp);
    expect(pos(up).y).toBeLessThan(pos(beforeUp).y);
    await user.keyboard('{Home}');
    expect(client).toHaveFocus();
    expect(client).toHaveAttribute('tabindex', '0');
    // Enter opens, Escape closes and returns focus
    await user.keyboard('{ArrowDown}');
    const target = document.activeElement as SVGGElement;
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(target).toHaveFocus();
    expect(target).toHaveAttribute('data-selected');
    await user.keyboard('{Escape}');
    expect(target).not.toHaveAttribute('data-selected');
  });

  it('an Escape that reaches the map before the editor has taken focus closes the editor and keeps the selection', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    const target = nodeOf(container, 'p-moeder');
    target.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    // As under load: the key goes to the node that still had focus when the dialog opened.
    fireEvent.keyDown(target, { key: 'Escape' });
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(target).toHaveAttribute('data-selected');
  });

  it('T walks through the ties of the focused person', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={fatimaNetwork} today={TODAY} />);
    nodeOf(container, 'p-moeder').focus();
    await user.keyboard('t');
    const first = document.activeElement;
    expect(first?.getAttribute('data-part')).toBe('tie');
    expect(first?.getAttribute('aria-label')).toMatch(/Khadija/);
    await user.keyboard('t');
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/Khadija/);
  });

  it('zoom keys and buttons change the transform of the viewport', async () => {
    const user = userEvent.setup();
    const ref = createRef<EcogramHandle>();
    const { container } = render(<Ecogram ref={ref} defaultNetwork={samirNetwork} today={TODAY} />);
    const viewport = container.querySelector('[data-part="viewport"]');
    nodeOf(container, 'p-samir').focus();
    await user.keyboard('+');
    expect(viewport?.getAttribute('transform')).toMatch(/scale\(1\.3\)/);
    await user.keyboard('0');
    expect(viewport?.getAttribute('transform')).toMatch(/scale\(1\)/);
    await user.click(screen.getByRole('button', { name: 'Uitzoomen' }));
    expect(viewport?.getAttribute('transform')).toMatch(/scale\(0\.769\)/);
    act(() => ref.current?.fit());
    expect(viewport?.getAttribute('transform')).toMatch(/scale\(1\)/);
  });
});
