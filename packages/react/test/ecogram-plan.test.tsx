/**
 * The network plan on the map (issue 15 point 3): intent markers and open-action counts with
 * their words in the accessible names, group outlines with names, the change overlay (off by
 * default; new, gone, stronger, weaker, restored, broken) and the same changes in the list view.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addAction, networkAt, parseNetwork, updatePerson, type Network } from '@kring/core';
import { planChangesBase, planChangesNetwork, planChangesSince, planNetwork } from '@kring/fixtures';
import { Ecogram, type EcogramProps } from '../src/ecogram';
import { Legend } from '../src/legend/Legend';
import { NetworkList } from '../src/network-list/NetworkList';
import { mapChanges } from '../src/view/map/changeMarks';
import { planOnMap, placePersonMarks, placeTieMarks } from '../src/view/map/planMarks';
import { groupOutlines, outlineCache, outlineSteps } from '../src/view/map/groupOutlines';
import { boxGap, markRoom } from '../src/view/map/markRoom';

const TODAY = '2025-06-01';
afterEach(cleanup);

function draw(network: Network, props: Partial<EcogramProps> = {}) {
  return render(<Ecogram network={network} today={TODAY} readOnly {...props} />);
}
const q = (c: HTMLElement, sel: string) => [...c.querySelectorAll<SVGElement>(sel)];
const nameOf = (c: HTMLElement, part: 'node' | 'tie', id: string) =>
  c.querySelector(`[data-part="${part}"][data-id="${id}"]`)?.getAttribute('aria-label') ?? '';

describe('fixtures', () => {
  it('are valid networks', () => {
    for (const n of [planChangesNetwork, planChangesBase]) expect(parseNetwork(JSON.stringify(n)).ok).toBe(true);
  });
});

describe('plan markers on the map', () => {
  it('draws intent markers on ties and beside people, with their words in the accessible names', () => {
    const { container } = draw(planNetwork);
    // t-1's own intent (strengthen) and t-2's (limit) plus the open limit action about it.
    const tieIntents = q(container, '[data-part="tie-intents"]').map((g) => [g.getAttribute('data-id'), q(g as unknown as HTMLElement, '[data-intent]').map((i) => i.getAttribute('data-intent'))]);
    expect(tieIntents).toEqual(expect.arrayContaining([['t-1', ['strengthen']], ['t-2', ['limit']], ['t-3', ['reactivate']]]));
    expect(nameOf(container, 'tie', 't-1')).toMatch(/Versterken/);
    // Fatima: an open reactivate action about her (a-3).
    expect(nameOf(container, 'node', 'p-tante')).toMatch(/doel: \w+/);
    expect(nameOf(container, 'node', 'p-tante')).toMatch(/1 open actie/);
  });

  it('counts open actions per person (not done or dropped ones) in a numbered mark and the name', () => {
    const { container } = draw(planChangesNetwork);
    const count = container.querySelector('[data-part="person-plan"][data-id="p-latifa"] [data-part="open-count"]');
    expect(count?.getAttribute('data-count')).toBe('2');
    expect(count?.textContent).toBe('2');
    expect(nameOf(container, 'node', 'p-latifa')).toMatch(/2 open acties/);
    // De Kloof's only action was dropped: no count.
    expect(container.querySelector('[data-part="person-plan"][data-id="o-kloof"] [data-part="open-count"]')).toBeNull();
    expect(nameOf(container, 'node', 'o-kloof')).not.toMatch(/open actie/);
  });

  it('focus on one person (F) dims the marks of everyone else, as it dims their people and ties', () => {
    const { container } = draw(planNetwork);
    const svg = container.querySelector('svg[data-part="svg"]')!;
    act(() => (container.querySelector('[data-part="node"][data-id="p-tante"]') as SVGElement).focus());
    fireEvent.keyDown(svg, { key: 'f' });
    expect(svg.getAttribute('data-spotlight')).toBe('p-tante');
    expect(container.querySelector('[data-part="person-plan"][data-id="p-tante"]')).toHaveAttribute('data-lit');
    expect(container.querySelector('[data-part="tie-intents"][data-id="t-3"]')).toHaveAttribute('data-lit');
    expect(container.querySelector('[data-part="person-plan"][data-id="p-vader"]')).not.toHaveAttribute('data-lit');
    expect(container.querySelector('[data-part="tie-intents"][data-id="t-2"]')).not.toHaveAttribute('data-lit');
  });

  it('says it in English too, and can be switched off', () => {
    const { container, unmount } = draw(planChangesNetwork, { locale: 'en' });
    expect(nameOf(container, 'node', 'p-latifa')).toMatch(/2 open actions/);
    unmount();
    const off = draw(planChangesNetwork, { planMarks: false });
    expect(off.container.querySelector('[data-part="tie-intents"], [data-part="person-plan"]')).toBeNull();
  });

  it('places markers clear of people and of one another', () => {
    const positions = new Map(planChangesNetwork.people.map((p, i) => [p.id, { x: 100 + (i % 3) * 150, y: 100 + Math.floor(i / 3) * 150 }]));
    const room = markRoom(positions, () => 18, []);
    const plan = planOnMap(planChangesNetwork);
    const people = placePersonMarks(planChangesNetwork, plan, positions, () => 18, room);
    const ties = placeTieMarks(planChangesNetwork, plan, positions, () => undefined, room);
    const boxes = [...people, ...ties].map((m) => m.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxGap(boxes[i]!, boxes[j]!)).toBeGreaterThanOrEqual(0);
    for (const b of boxes) {
      for (const p of positions.values()) {
        const dx = Math.max(b.x0 - p.x, 0, p.x - b.x1);
        const dy = Math.max(b.y0 - p.y, 0, p.y - b.y1);
        expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(18);
      }
    }
  });
});

describe('group outlines', () => {
  it('draws one named outline per group, a dash pattern per kind, and hides them on request', () => {
    const { container, unmount } = draw(planChangesNetwork);
    const outlines = q(container, '[data-part="viewport"] [data-part="group-outline"]');
    expect(outlines.map((o) => o.getAttribute('data-id')).sort()).toEqual(['g-basis', 'g-familie', 'g-steun']);
    expect(outlines.every((o) => (o.getAttribute('d') ?? '').includes('Z'))).toBe(true);
    const dash = Object.fromEntries(outlines.map((o) => [o.getAttribute('data-group-kind'), o.getAttribute('stroke-dasharray')]));
    expect(new Set(Object.values(dash)).size).toBe(3);
    expect(q(container, '[data-part="group-name"]').map((n) => n.textContent).sort()).toEqual(['Basisteam', 'Familie-app', 'Steungroep']);
    // Under the ties and people.
    const svg = container.querySelector('[data-part="viewport"]')!;
    const order = [...svg.querySelectorAll('[data-part="group-outlines"], [data-part="ties"], [data-part="nodes"]')].map((e) => e.getAttribute('data-part'));
    expect(order).toEqual(['group-outlines', 'ties', 'nodes']);
    unmount();
    const hidden = draw(planChangesNetwork, { groupOutlines: false });
    expect(hidden.container.querySelector('[data-part="viewport"] [data-part="group-outline"]')).toBeNull();
  });

  it('keeps people who are not members outside the outline', () => {
    const positions = new Map([
      ['a', { x: 100, y: 100 }],
      ['b', { x: 300, y: 100 }],
      ['x', { x: 200, y: 100 }], // between the two members, not in the group
    ]);
    const network = { focus: 'c', people: [], groups: [{ id: 'g', name: 'G', kind: 'support-group' as const, members: ['a', 'b'] }] };
    const [outline] = groupOutlines({ network, positions, radiusOf: () => 18, nameWidth: (s) => s.length * 8, nameHeight: 16 }, markRoom(positions, () => 18, []));
    expect(outline).toBeDefined();
    // The link between a and b passes through x: left out, so two loops, none round x.
    expect(outline!.d.match(/M/g)?.length).toBe(2);
    expect(outline!.name).toBeDefined();
  });

  it('traces an outline once while nobody moves (a rename re-places the name only), again when someone does', () => {
    const positions = new Map([['a', { x: 100, y: 100 }], ['b', { x: 160, y: 100 }], ['x', { x: 130, y: 300 }]]);
    const network = { focus: 'c', people: [], groups: [{ id: 'g', name: 'G', kind: 'support-group' as const, members: ['a', 'b'] }] };
    const input = { network, positions, radiusOf: () => 18, nameWidth: (s: string) => s.length * 8, nameHeight: 16 };
    const cache = outlineCache();
    const [first] = groupOutlines(input, markRoom(positions, () => 18, []), cache);
    // a name where the outline's name went: the outline stays, its name moves
    const [again] = groupOutlines(input, markRoom(positions, () => 18, [first!.name!.box]), cache);
    expect(again!.d).toBe(first!.d);
    expect(again!.name).not.toEqual(first!.name);
    expect(groupOutlines(input, markRoom(positions, () => 18, []))[0]!.d).toBe(first!.d);
    // someone moved: traced again
    const moved = new Map(positions).set('b', { x: 220, y: 100 });
    const [after] = groupOutlines({ ...input, positions: moved }, markRoom(moved, () => 18, []), cache);
    expect(after!.d).not.toBe(first!.d);
    expect(after!.d).toBe(groupOutlines({ ...input, positions: moved }, markRoom(moved, () => 18, []))[0]!.d);
  });
  it('traces ahead one group per step: the outlines then come from the steps, equal to tracing at once', () => {
    const positions = new Map([['a', { x: 100, y: 100 }], ['b', { x: 160, y: 100 }], ['c', { x: 400, y: 100 }], ['d', { x: 400, y: 180 }], ['x', { x: 130, y: 300 }]]);
    const network = {
      focus: 'x',
      people: [],
      groups: [
        { id: 'g1', name: 'Eén', kind: 'support-group' as const, members: ['a', 'b'] },
        { id: 'g2', name: 'Twee', kind: 'chat' as const, members: ['c', 'd', 'b'] },
        { id: 'g3', name: 'Niemand getekend', kind: 'chat' as const, members: ['weg'] },
      ],
    };
    const input = { network, positions, radiusOf: () => 18, nameWidth: (s: string) => s.length * 8, nameHeight: 16 };
    const cache = outlineCache();
    const steps = outlineSteps(input, cache);
    expect(steps).toHaveLength(2); // a group with nobody drawn has nothing to trace
    steps[0]!();
    expect(cache.traced.size).toBe(1);
    steps[1]!();
    expect(cache.traced.size).toBe(2);
    const traced = [...cache.traced.values()];
    const ahead = groupOutlines(input, markRoom(positions, () => 18, []), cache);
    expect(ahead.map((o) => o.d)).toEqual(groupOutlines(input, markRoom(positions, () => 18, [])).map((o) => o.d));
    expect([...cache.traced.values()]).toEqual(traced); // placed from the steps' tracing, none traced again
    expect(outlineSteps(input, cache)).toHaveLength(2);
    // A step that runs after someone moved traces nothing for the old positions.
    const late = outlineSteps(input, cache);
    const moved = new Map(positions).set('b', { x: 220, y: 100 });
    groupOutlines({ ...input, positions: moved }, markRoom(moved, () => 18, []), cache);
    const before = new Map(cache.traced);
    for (const step of late) step();
    expect(cache.traced).toEqual(before);
  });
});

describe('the marks after a rename', () => {
  it('stay where they were, and the renamed person and their ties say the new name', () => {
    const network = planChangesNetwork;
    const { container, rerender } = draw(network);
    const marks = () => q(container, '[data-part="map-marks"] > g, [data-part="group-outline"]').map((m) => m.outerHTML).join('\n');
    const before = marks();
    expect(before).toContain('data-part="tie-intents"');
    expect(before).toContain('data-part="group-outline"');
    const person = network.people.find((p) => p.id !== network.focus)!;
    const result = updatePerson(network, person.id, { name: 'Zeger' });
    if (!result.ok) throw new Error('refused');
    rerender(<Ecogram network={result.network} today={TODAY} readOnly />);
    expect(marks()).toBe(before);
    expect(nameOf(container, 'node', person.id)).toContain('Zeger');
    // a plan edit does place the marks again: a new open action shows its intent
    const tie = network.ties.find((t) => !q(container, `[data-part="tie-intents"][data-id="${t.id}"]`).length)!;
    const added = addAction(result.network, { intent: 'strengthen', about: [tie.id], step: 'Bellen' });
    if (!added.ok) throw new Error(added.errors[0]!.message);
    rerender(<Ecogram network={added.network} today={TODAY} readOnly />);
    expect(q(container, `[data-part="tie-intents"][data-id="${tie.id}"]`)).toHaveLength(1);
  });
});

describe('what changed since a date', () => {
  it('is off by default', () => {
    const { container } = draw(planChangesNetwork);
    expect(container.querySelector('[data-part="change-mark"]')).toBeNull();
    expect(container.querySelector('[data-status="changes"]')).toBeNull();
  });

  it('marks new, stronger, weaker, restored and broken with a symbol and a word, and in the names', () => {
    const { container } = draw(planChangesNetwork, { changesSince: planChangesSince });
    const marks = Object.fromEntries(q(container, '[data-part="change-mark"]').map((m) => [m.getAttribute('data-id'), m.getAttribute('data-change')]));
    expect(marks).toMatchObject({ 'p-karin': 'new', 't-1': 'stronger', 't-4': 'weaker', 't-5': 'restored', 't-2': 'broken' });
    for (const m of q(container, '[data-part="change-mark"]')) {
      expect(m.querySelector('[data-part="change-icon"]')).not.toBeNull();
      expect(m.textContent).toMatch(/nieuw|sterker|zwakker|hersteld|verbroken/);
    }
    expect(nameOf(container, 'node', 'p-karin')).toMatch(/nieuw sinds mei 2024/);
    expect(nameOf(container, 'tie', 't-2')).toMatch(/verbroken sinds mei 2024/);
    expect(container.querySelector('[data-status="changes"]')?.textContent).toMatch(/mei 2024/);
  });

  it('draws someone gone faint where they were, labelled "weg", compared with an earlier version', () => {
    const { container } = draw(planChangesNetwork, { changesSince: planChangesSince, changesBase: planChangesBase });
    expect(container.querySelector('[data-part="ghost"][data-id="p-kees"]')).not.toBeNull();
    expect(container.querySelector('[data-part="change-mark"][data-id="p-kees"]')?.textContent).toMatch(/Kees · weg/);
    // Not a person on the map: not focusable, not in the tab order.
    expect(container.querySelector('[data-part="node"][data-id="p-kees"]')).toBeNull();
  });

  it('is chosen in the Filter panel from the history dates (in the toolbar when the host hides Filter)', () => {
    const hidden = render(<Ecogram defaultNetwork={planChangesNetwork} today={TODAY} hideFilter />);
    expect(screen.getByLabelText('Veranderd sinds')).toBeInTheDocument();
    hidden.unmount();
    const { container } = render(<Ecogram defaultNetwork={planChangesNetwork} today={TODAY} />);
    expect(screen.queryByLabelText('Veranderd sinds')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Filter/ }));
    const select = screen.getByLabelText('Veranderd sinds') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.value)).toContain('2024-08');
    fireEvent.change(select, { target: { value: '2024-02' } });
    expect(container.querySelector('[data-part="change-mark"]')).not.toBeNull();
    fireEvent.change(select, { target: { value: '' } });
    expect(container.querySelector('[data-part="change-mark"]')).toBeNull();
  });

  it('is described in the list view in words', () => {
    const { container } = draw(planChangesNetwork, { changesSince: planChangesSince, changesBase: planChangesBase, defaultView: 'list' });
    const section = container.querySelector<HTMLElement>('[data-part="network-list-changes"]')!;
    expect(within(section).getByRole('heading').textContent).toBe('Veranderd sinds mei 2024');
    const text = section.textContent ?? '';
    const lines = [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual(expect.arrayContaining(['Karin Bos: nieuw', 'Kees: weg']));
    expect(text).not.toMatch(/undefined/);
  });

  it('the list view describes the date overlay the same way (stronger, weaker, restored, broken)', () => {
    render(<NetworkList network={planChangesNetwork} changesSince={planChangesSince} />);
    const lines = [...document.querySelectorAll('[data-part="network-list-changes"] li')].map((li) => li.textContent);
    // The same six kinds for the same people and ties as the map's marks.
    expect(lines).toEqual([
      'Karin Bos: nieuw', 'Contact met Latifa: sterker', 'Contact met Youssef: verbroken', 'Contact met Jan de Vries: zwakker', 'Contact met Inloophuis De Kloof: hersteld',
    ]);
  });

  it('maps the diff to marks (pure)', () => {
    const before = networkAt(planChangesNetwork, planChangesSince);
    const c = mapChanges(before, planChangesNetwork);
    expect(c.people.get('p-karin')).toBe('new');
    expect(c.ties.has('t-6')).toBe(false); // the new person's tie: said by the person's mark
    expect(mapChanges(planChangesBase, planChangesNetwork).gone.map((p) => p.id)).toEqual(['p-kees']);
  });
});

describe('legend', () => {
  it('explains the intents, the count, the group kinds and the change marks only when used', () => {
    const { container, unmount } = render(<Legend network={planChangesNetwork} />);
    const text = container.textContent ?? '';
    expect(text).toMatch(/doel Versterken/);
    expect(text).toMatch(/aantal open acties/);
    expect(text).toMatch(/basisteam/);
    expect(text).toMatch(/chatgroep/);
    expect(text).not.toMatch(/andere groep/);
    expect(container.querySelector('[data-section="changes"]')).toBeNull();
    unmount();
    const changes = mapChanges(networkAt(planChangesNetwork, planChangesSince), planChangesNetwork);
    const withChanges = render(<Legend network={planChangesNetwork} changes={changes} changesSince={planChangesSince} />);
    const section = withChanges.container.querySelector('[data-section="changes"]');
    expect(section?.textContent).toMatch(/sinds mei 2024/);
    expect(section?.textContent).toMatch(/verbroken/);
    expect(section?.textContent).not.toMatch(/weg/);
  });
});
