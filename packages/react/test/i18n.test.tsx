import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { marcoNetwork } from '@kring/fixtures';
import { Ecogram, Lifeline, NetworkInterview, NetworkSummary, type EcogramProps, type LifelineProps, type NetworkSummaryProps } from '../src';
import {
  AREAS, BURDENS, CHANNELS, CLOSENESSES, CONSENTS, CONTACT_FREQUENCIES, EVENT_CATEGORIES, FORMALITIES, GROUP_KINDS,
  INTENTS, PERSON_KINDS, QUALITIES, SECTORS, SOURCES, STRENGTHS, SUPPORT_TYPES, TIE_STATUSES,
} from '@kring/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueText, labelMessages, textFor, useText, valueLabel as label, type Bundle, type LabelGroup } from '../src/i18n';
import { getMessages, MESSAGE_BUNDLES, MessagesProvider, useMessages } from '../src/messages';
import { en } from '../src/locales/en';
import { ECOGRAM_BUNDLES } from '../src/ecogram/messages';
import { ECOGRAM_EDITOR_BUNDLES } from '../src/ecogram/editor-messages';
import { LIFELINE_EDITOR_BUNDLES } from '../src/lifeline/editor-messages';
import { EDITOR_BUNDLES } from '../src/editor/messages';
import { INTERVIEW_BUNDLES } from '../src/interview/messages';
import { LEGEND_BUNDLES } from '../src/legend/messages';
import { LIFELINE_BUNDLES } from '../src/lifeline/messages';
import { NETWORK_LIST_BUNDLES } from '../src/network-list/messages';
import { PAPER_BUNDLES } from '../src/paper/messages';
import { SUMMARY_BUNDLES } from '../src/summary/messages';
import { SYMBOL_BUNDLES } from '../src/symbols/messages';
import { TIME_SLIDER_BUNDLES } from '../src/time-slider/messages';

const groups: [LabelGroup, readonly (string | number)[]][] = [
  ['kind', PERSON_KINDS], ['sector', SECTORS], ['formality', FORMALITIES], ['closeness', CLOSENESSES],
  ['consent', CONSENTS], ['source', SOURCES], ['burden', BURDENS], ['area', AREAS], ['channel', CHANNELS],
  ['strength', STRENGTHS], ['quality', QUALITIES], ['status', TIE_STATUSES], ['intent', INTENTS],
  ['support', SUPPORT_TYPES], ['contact', CONTACT_FREQUENCIES], ['groupKind', GROUP_KINDS],
  ['category', EVENT_CATEGORIES], ['valence', [-2, -1, 0, 1, 2]],
];

afterEach(cleanup);

describe('labels', () => {
  it('has a distinct, non-empty word for every enum value in nl and en', () => {
    for (const locale of ['nl', 'en'] as const) {
      const m = getMessages(locale);
      for (const [group, values] of groups) {
        const words = values.map((v) => label(m, group, v));
        for (const w of words) expect(w.trim().length, `${locale} ${group}`).toBeGreaterThan(0);
        expect(new Set(words).size, `${locale} ${group} labels are distinct`).toBe(values.length);
        for (const [i, w] of words.entries()) expect(w).not.toBe(`${group}.${values[i]}`);
      }
    }
  });

  it('uses the agreed Dutch words for sectors and consent', () => {
    const m = getMessages('nl');
    expect(SECTORS.map((s) => label(m, 'sector', s))).toEqual([
      'Familie', 'Vrienden', 'Lotgenoten/medebewoners', 'Buurt en samenleving', 'Werk, school, dagbesteding',
      'Zorg en hulpverlening', 'Overig',
    ]);
    expect(CONSENTS.map((c) => label(m, 'consent', c))).toEqual(['Mag contact', 'Geen contact', 'Eerst vragen', 'Onbekend']);
    expect(label(m, 'closeness', 'inner')).toBe('Binnenste cirkel');
  });

  it('has the same keys in nl and en, all non-empty', () => {
    const nl = getMessages('nl');
    const en = getMessages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [k, v] of Object.entries(en)) expect(v.trim(), k).not.toBe('');
    // English really differs from Dutch for most keys
    const same = Object.keys(nl).filter((k) => nl[k as keyof typeof nl] === en[k as keyof typeof en]);
    expect(same.length).toBeLessThan(Object.keys(nl).length / 10);
  });

  it('no two feature bundles use the same key, and each has the same keys in nl and en', () => {
    const seen = new Map<string, number>();
    MESSAGE_BUNDLES.forEach((b, i) => {
      const english = en as Readonly<Record<string, string>>; // the chunk itself: getMessages would fill a gap with Dutch
      for (const k of Object.keys(b.nl)) expect(english[k], `English of ${k} (bundle ${i})`).toBeTruthy();
      for (const k of Object.keys(b.nl)) {
        expect(seen.has(k), `key ${k} in bundles ${seen.get(k)} and ${i}`).toBe(false);
        seen.set(k, i);
      }
    });
    expect(Object.keys(getMessages('nl'))).toHaveLength(seen.size);
  });

  it('falls back to Dutch for an unknown locale and shows unknown values as they are', () => {
    // @ts-expect-error a host passing an unsupported locale
    expect(getMessages('de')['sector.family']).toBe('Familie');
    expect(label(getMessages('en'), 'sector', 'space')).toBe('space');
  });

  it('gives words for issue codes, with a fallback for codes it does not know', () => {
    const m = getMessages('nl');
    expect(issueText(m, 'duplicate-tie')).toMatch(/al een band/);
    expect(issueText(m, 'some-future-code')).toBe(m['issue.unknown']);
  });
});

describe('overrides and provider', () => {
  it('getMessages applies overrides without changing the shipped messages', () => {
    const m = getMessages('nl', { 'sector.care': 'Professionals', 'not.a.key': 'x' } as never);
    expect(m['sector.care']).toBe('Professionals');
    expect('not.a.key' in m).toBe(false);
    expect(getMessages('nl')['sector.care']).toBe('Zorg en hulpverlening');
  });

  function Show({ k }: { k: 'sector.family' | 'consent.unknown' }) {
    return <span>{useMessages()[k]}</span>;
  }
  function ShowWithProps() {
    const { locale, messages } = useText(MESSAGE_BUNDLES, 'en', { 'consent.unknown': 'Not asked yet' });
    return <span>{`${locale}:${messages['consent.unknown']}:${messages['sector.family']}`}</span>;
  }

  it('defaults to Dutch without a provider', () => {
    render(<Show k="sector.family" />);
    expect(screen.getByText('Familie')).toBeInTheDocument();
  });

  it('MessagesProvider sets locale and overrides; nested providers add on top', () => {
    render(
      <MessagesProvider locale="en" messages={{ 'sector.family': 'Kin' }}>
        <Show k="sector.family" />
        <MessagesProvider messages={{ 'consent.unknown': 'Nobody knows' }}>
          <Show k="consent.unknown" />
          <Show k="sector.family" />
        </MessagesProvider>
      </MessagesProvider>,
    );
    expect(screen.getAllByText('Kin')).toHaveLength(2);
    expect(screen.getByText('Nobody knows')).toBeInTheDocument();
  });

  it('component props override the provider', () => {
    render(
      <MessagesProvider locale="nl">
        <ShowWithProps />
      </MessagesProvider>,
    );
    expect(screen.getByText('en:Not asked yet:Family')).toBeInTheDocument();
  });
});

// Renders every part at once (and the Ecogram's list view): slow on a loaded 2-core machine.
describe('texts per part', () => {
  const allKeys = MESSAGE_BUNDLES.flatMap((b) => Object.keys(b.nl));
  /** Every visible text and accessible name in the container. */
  function everyText(container: HTMLElement): string {
    const attrs = [...container.querySelectorAll('*')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'aria-description'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [container.textContent ?? '', ...attrs].join('\n');
  }

  it('each part finds every word it shows in its own bundles (no raw keys on screen), in nl and en', async () => {
    const user = userEvent.setup();
    for (const locale of ['nl', 'en'] as const) {
      const { container, unmount } = render(
        <>
          <Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" locale={locale} showLegend showTimeSlider />
          <Lifeline defaultNetwork={marcoNetwork} today="2025-06-01" locale={locale} />
          <NetworkSummary network={marcoNetwork} since="2022-06" locale={locale} />
          <NetworkInterview defaultNetwork={marcoNetwork} locale={locale} />
        </>,
      );
      // open an editor and the list view too
      const firstNode = container.querySelector<SVGGElement>('[data-part="node"]:not([data-client])') ?? container.querySelector<SVGGElement>('[data-part="node"]');
      firstNode?.focus();
      await user.keyboard('{Enter}');
      const text = everyText(document.body);
      const leaked = allKeys.filter((k) => text.includes(k));
      expect(leaked, locale).toEqual([]);
      unmount();
    }
  });

  it('every message key written in a part\'s source is in the bundles that part loads', () => {
    const src = join(import.meta.dirname, '../src');
    const parts: [string, readonly Bundle<string>[]][] = [
      ['ecogram', ECOGRAM_BUNDLES], ['lifeline', LIFELINE_BUNDLES], ['editor', EDITOR_BUNDLES], ['interview', INTERVIEW_BUNDLES],
      ['summary', SUMMARY_BUNDLES], ['legend', LEGEND_BUNDLES], ['network-list', NETWORK_LIST_BUNDLES], ['time-slider', TIME_SLIDER_BUNDLES],
      ['paper', PAPER_BUNDLES], ['symbols', SYMBOL_BUNDLES],
      // loaded on first use with texts of its own (issue 16): not the map's list
      ['ecogram/EcogramEditors.tsx', ECOGRAM_EDITOR_BUNDLES],
      ['lifeline/LifelineEditors.tsx', LIFELINE_EDITOR_BUNDLES], ['lifeline/EventEditor.tsx', LIFELINE_EDITOR_BUNDLES],
    ];
    const ownList = new Set(parts.map(([p]) => p).filter((p) => /\.tsx?$/.test(p)).map((p) => join(src, p)));
    // The view layer (src/view) holds a part's pure logic; its keys count for the part that loads it.
    const viewOf: Record<string, string[]> = {
      ecogram: ['view/map', 'view/labels'], lifeline: ['view/lifeline'], summary: ['view/changes.ts'], symbols: ['view/ties'], legend: ['view/legendUsage.ts'],
    };
    const sourcesOf = (path: string): string[] =>
      /\.tsx?$/.test(path) ? [join(src, path)] : readdirSync(join(src, path)).filter((f) => /\.tsx?$/.test(f) && !/messages(\.en)?\.ts$/.test(f)).map((f) => join(src, path, f)).filter((f) => !ownList.has(f));
    const known = new Set(allKeys);
    for (const [folder, texts] of parts) {
      const loaded = new Set(texts.flatMap((b) => Object.keys(b.nl)));
      const files = [folder, ...(viewOf[folder] ?? [])].flatMap(sourcesOf);
      const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['`]([a-zA-Z]+\.[a-zA-Z.]+)['`]/g)].map((m) => m[1]!));
      const missing = [...new Set(used.filter((k) => known.has(k) && !loaded.has(k)))];
      expect(missing, folder).toEqual([]);
      expect(used.filter((k) => known.has(k)).length, `${folder} uses message keys`).toBeGreaterThan(0);
    }
  });

  it("a host's override for a child part, given to the Ecogram, reaches that child (the list view)", async () => {
    const user = userEvent.setup();
    render(<Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" messages={{ 'networkList.title': 'Kring rond {name}' }} />);
    await user.click(screen.getByRole('button', { name: 'Lijst' }));
    expect(screen.getByRole('heading', { name: /^Kring rond / })).toBeInTheDocument();
  });

  it('a MessagesProvider override reaches every part inside it', () => {
    render(
      <MessagesProvider messages={{ 'sector.family': 'Verwanten' }}>
        <Ecogram defaultNetwork={marcoNetwork} today="2025-06-01" />
      </MessagesProvider>,
    );
    expect(document.body.textContent).toContain('Verwanten');
    expect(document.body.textContent).not.toContain('Familie');
  });
});

describe('one lookup (issue 14)', () => {
  const parts = {
    ECOGRAM_BUNDLES, LIFELINE_BUNDLES, EDITOR_BUNDLES, INTERVIEW_BUNDLES, SUMMARY_BUNDLES, LEGEND_BUNDLES, NETWORK_LIST_BUNDLES,
    TIME_SLIDER_BUNDLES, PAPER_BUNDLES, SYMBOL_BUNDLES,
  };

  it('t(key, values), t.label, t.issue, t.locale and t.messages over a part\'s bundles, with overrides', () => {
    const t = textFor(SUMMARY_BUNDLES, 'en', { 'summary.title': 'Overview of {name}', 'ecogram.addPerson': 'not loaded' } as never);
    expect(t('summary.title', { name: 'Marco' })).toBe('Overview of Marco');
    expect(t.label('sector', 'family')).toBe('Family');
    expect(t.label('valence', -2)).toBe('Very hard');
    expect(t.issue('duplicate-tie')).toBe('These two already have a tie.');
    expect(t.issue('some-future-code')).toBe(t('issue.unknown'));
    expect(t.locale).toBe('en');
    expect(t.messages['summary.title']).toBe('Overview of {name}');
    expect('ecogram.addPerson' in t.messages).toBe(false);
    // @ts-expect-error an unsupported locale falls back to Dutch
    expect(textFor(SUMMARY_BUNDLES, 'de').label('sector', 'family')).toBe('Familie');
  });

  it('every part loads the shared labels, and its list holds each bundle once', () => {
    for (const [name, list] of Object.entries(parts)) {
      expect(list.includes(labelMessages), name).toBe(true);
      expect(new Set(list).size, name).toBe(list.length);
    }
    // the Ecogram's first load carries its own texts and the paper's, not the Lifeline's, and not
    // those of the parts it opens later (they come with their chunks: issue 16)
    const ecogram = Object.keys(textFor(ECOGRAM_BUNDLES, 'nl').messages);
    expect(ecogram).toEqual(expect.arrayContaining(['ecogram.addPerson', 'paper.save', 'symbol.badge.boundary', 'change.new', 'sector.family']));
    for (const later of ['lifeline.', 'editor.', 'networkList.', 'legend.', 'timeSlider.']) expect(ecogram.filter((k) => k.startsWith(later)), later).toEqual([]);
    expect(Object.keys(textFor(ECOGRAM_EDITOR_BUNDLES, 'nl').messages)).toEqual(expect.arrayContaining(['ecogram.addPerson', 'editor.notSet']));
  });

  it("the messages props are typed by the keys each part loads", () => {
    const lifeline: LifelineProps['messages'] = { 'lifeline.add': 'Nieuw moment', 'field.event.note': 'Toelichting', 'paper.save': 'Bewaren' };
    // @ts-expect-error the Lifeline shows no Ecogram texts
    const notLifeline: LifelineProps['messages'] = { 'ecogram.addPerson': 'Nieuw' };
    const ecogram: EcogramProps['messages'] = { 'ecogram.addPerson': 'Nieuw', 'networkList.title': 'Kring', 'timeSlider.now': 'Nu' };
    // @ts-expect-error the Ecogram shows no Lifeline texts
    const notEcogram: EcogramProps['messages'] = { 'lifeline.add': 'Nieuw' };
    const summary: NetworkSummaryProps['messages'] = { 'summary.title': 'Overzicht', 'sector.family': 'Verwanten' };
    expect([lifeline, notLifeline, ecogram, notEcogram, summary]).toHaveLength(5);
  });

  it('nothing in i18n/ imports from a part (only the machinery lives there)', () => {
    const dir = join(import.meta.dirname, '../src/i18n');
    for (const f of readdirSync(dir).filter((x) => /\.tsx?$/.test(x))) {
      const imports = [...readFileSync(join(dir, f), 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => m[1]!);
      expect(imports.filter((i) => !i.startsWith('../utils/')), f).toEqual([]);
    }
  });
});
