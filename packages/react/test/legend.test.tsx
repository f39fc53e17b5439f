import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { samirNetwork } from '@kring/fixtures';
import { PERSON_KINDS, type Person } from '@kring/core';
import { Legend } from '../src/legend';
import { BADGES, personBadges, tieGeometry, TieLine, tieStyle, badgeText } from '../src/symbols';
import { textFor } from '../src/i18n';
import { getMessages } from '../src/messages';
import { SYMBOL_BUNDLES } from '../src/symbols/messages';

afterEach(cleanup);

describe('tieStyle', () => {
  it('strength sets the width: strong > moderate > weak', () => {
    const w = (strength: 'strong' | 'moderate' | 'weak') => tieStyle({ strength }).strokeWidth;
    expect(w('strong')).toBeGreaterThan(w('moderate'));
    expect(w('moderate')).toBeGreaterThan(w('weak'));
  });

  it('quality: solid supportive, dashed ambivalent, zigzag stressful, warning mark harmful — never colour alone', () => {
    expect(tieStyle({ quality: 'supportive' })).toMatchObject({ dasharray: undefined, shape: 'straight', mark: 'none' });
    expect(tieStyle({ quality: 'ambivalent' }).dasharray).toBeTruthy();
    expect(tieStyle({ quality: 'stressful' })).toMatchObject({ shape: 'zigzag' });
    expect(tieStyle({ quality: 'harmful' })).toMatchObject({ mark: 'warning' });
  });

  it('status: faded dotted and faint, broken with a gap and break mark, ended faint with an end bar, potential dash-dot', () => {
    const faded = tieStyle({ status: 'faded', quality: 'ambivalent' });
    expect(faded.dasharray).not.toBe(tieStyle({ quality: 'ambivalent' }).dasharray);
    expect(faded.opacity).toBeLessThan(1);
    expect(faded.opacity).toBeGreaterThanOrEqual(0.5);
    expect(tieStyle({ status: 'broken' })).toMatchObject({ gap: true, mark: 'break' });
    expect(tieStyle({ status: 'ended' })).toMatchObject({ mark: 'end' });
    expect(tieStyle({ status: 'potential' }).dasharray).toBeTruthy();
    const dashes = new Set([tieStyle({ status: 'faded' }).dasharray, tieStyle({ status: 'potential' }).dasharray, tieStyle({ quality: 'ambivalent' }).dasharray]);
    expect(dashes.size).toBe(3);
  });

  it('support decides the arrows: towards whoever receives', () => {
    expect(tieStyle({ support: { receives: ['emotional'] } })).toMatchObject({ markerStart: 'arrow', markerEnd: 'none' });
    expect(tieStyle({ support: { gives: ['practical'] } })).toMatchObject({ markerStart: 'none', markerEnd: 'arrow' });
    expect(tieStyle({ support: { receives: ['emotional'], gives: ['practical'] } })).toMatchObject({ markerStart: 'arrow', markerEnd: 'arrow' });
    expect(tieStyle({})).toMatchObject({ markerStart: 'none', markerEnd: 'none' });
  });

  it('geometry: shortened by the insets; a gap gives two sub-paths', () => {
    const g = tieGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, tieStyle({}), 10, 20);
    expect(g.start).toEqual({ x: 10, y: 0 });
    expect(g.end).toEqual({ x: 80, y: 0 });
    expect(g.d.match(/M/g)).toHaveLength(1);
    expect(tieGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, tieStyle({ status: 'broken' })).d.match(/M/g)).toHaveLength(2);
    const zig = tieGeometry({ x: 0, y: 0 }, { x: 100, y: 0 }, tieStyle({ quality: 'stressful' }));
    expect(zig.d.match(/L/g)!.length).toBeGreaterThan(5);
  });

  it('TieLine draws arrowheads and marks', () => {
    const { container } = render(
      <svg>
        <TieLine from={{ x: 0, y: 0 }} to={{ x: 120, y: 0 }} tie={{ quality: 'harmful', support: { receives: ['housing'], gives: ['emotional'] } }} />
      </svg>,
    );
    expect(container.querySelectorAll('polygon')).toHaveLength(2);
    expect(container.querySelector('[data-mark="warning"]')).not.toBeNull();
    expect(container.querySelector('[data-part="tie-line"]')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('badges and support', () => {
  it('personBadges lists the badges the legend explains', () => {
    const p: Person = { id: 'p-x', name: 'X', kind: 'person', consent: 'not-allowed', boundary: {}, burden: 'overloaded', location: { area: 'abroad' }, interpreter: true };
    expect(personBadges(p, { groups: [{ id: 'g', name: 'G', kind: 'base-team', members: ['p-x'] }] })).toEqual([
      'consent-no', 'boundary', 'overloaded', 'abroad', 'interpreter', 'support-group',
    ]);
    expect(personBadges({ id: 'p', name: 'P', kind: 'person', consent: 'ask-first' })).toEqual(['ask-first']);
    expect(personBadges({ id: 'p', name: 'P', kind: 'person', consent: 'allowed' })).toEqual([]);
    for (const b of BADGES) expect(badgeText(b, textFor(SYMBOL_BUNDLES, 'en'))).toMatch(/\w/);
  });
});

describe('Legend', () => {
  it('explains every symbol in Dutch with show="all", using the client name', () => {
    render(<Legend network={samirNetwork} show="all" />);
    const legend = screen.getByRole('region', { name: 'Legenda' });
    const groups = within(legend).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toHaveLength(11); // + the network plan, groups and changes (issue 15)
    for (const text of [
      'Dikke lijn: sterke band', 'Dunne lijn: zwakke band', 'Doorgetrokken lijn: steunend', 'Streepjeslijn: wisselend',
      'Zigzaglijn: geeft spanning', 'Lijn met waarschuwingsdriehoek: schadelijk', 'Stippellijn: verwaterd',
      'Dunne lichte doorgetrokken lijn: grens tussen twee sectoren, geen band', 'P: Praktisch', 'G: Gezelschap', 'A: Advies en informatie',
      'E: Emotioneel', 'F: Financieel', 'H: Huisvesting',
      'Lijn met een gat en twee schuine streepjes: verbroken', 'Pijl naar Samir: Samir krijgt steun', 'Pijl van Samir af: Samir geeft steun',
      'Vierkant: formeel', 'Rondje: informeel', 'Geen contact opnemen', 'Eerst vragen voor contact', 'Contact beperken', 'Overbelast',
      'Woont in het buitenland', 'Tolk nodig', 'Hoort bij steungroep',
    ]) {
      expect(legend).toHaveTextContent(text);
    }
    for (const k of PERSON_KINDS) expect(within(legend).getByText(getMessages('nl')[`kind.${k}`])).toBeInTheDocument();
    // drawings are decorative: the words say it all
    for (const svg of legend.querySelectorAll('svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
    // strength 3, quality 4, status 4 + the sector divider, direction 3, support letters 6, shapes 4, kinds, badges,
    // the plan's 9 intents + the open-action count, 4 group kinds, 6 change marks (issue 15)
    expect(legend.querySelectorAll('li')).toHaveLength(3 + 4 + 5 + 3 + 6 + 4 + PERSON_KINDS.length + BADGES.length + 10 + 4 + 6);
  });

  it('speaks English, can show a subset of sections, and takes overrides', () => {
    render(<Legend locale="en" sections={['quality', 'badges']} messages={{ 'legend.line.stressful': 'Wavy: tense' }} />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'How is the contact: kind of line', 'Signs next to people',
    ]);
    expect(legend).toHaveTextContent('Wavy: tense');
    expect(legend).toHaveTextContent('Do not contact');
  });

  it('uses "de cliënt" when there is no network', () => {
    render(<Legend sections={['direction']} />);
    expect(screen.getByText('Pijl naar de cliënt: de cliënt krijgt steun')).toBeInTheDocument();
  });
});
