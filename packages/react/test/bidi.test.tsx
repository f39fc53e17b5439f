/**
 * Bidi isolation of user text (issue 13, point 3): a name with U+202E must not turn Kring's
 * own sentence around, and an Arabic or Hebrew name must not pull Kring's words or digits into
 * its run. Each user text sits in an isolate — `<bdi>` in HTML, FSI…PDI in strings
 * (aria-label, `<title>`, announcements), `unicode-bidi="isolate"` in SVG — and the text
 * outside the isolates is exactly Kring's message. The visual order is checked in Chromium
 * (tests/browser/hostile-text.test.ts).
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Network } from '@kring/core';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { Lifeline } from '../src/lifeline';
import { NetworkList } from '../src/network-list';
import { NetworkSummary } from '../src/summary';
import { Legend } from '../src/legend';
import { format } from '../src/i18n';
import { balanceBidi, isolate } from '../src/utils/bidi';

afterEach(cleanup);

const TODAY = '2025-06-01';
const FSI = '\u2068';
const PDI = '\u2069';

/** The hostile names, by id: overrides, unclosed embeddings and isolates, RTL and mixed text. */
const NAMES: Record<string, string> = {
  'p-client': '\u202EAnna', // RLO: before the fix, "Anna staat in het midden" read ".neddim teh ni taats annA"
  'p-rle': '\u202BBert de Groot', // RLE, never closed
  'p-rli': '\u2067Carla', // RLI, never closed: would swallow Kring's closing PDI
  'p-pdi': '\u2069\u202EDirk', // a stray PDI first: would close Kring's isolate and let the RLO out
  'p-ar': 'عائشة',
  'p-he': 'דוד',
  'p-mixed': 'Anna (עברית) 3',
};
/** Any character that can reorder the text around it (RTL letters, marks, embeddings, overrides, isolates). */
const ACTIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function network(names: Record<string, string>): Network {
  const others = Object.keys(names).filter((id) => id !== 'p-client');
  const sectors = ['family', 'friends', 'care', 'community', 'peers', 'family'] as const;
  return {
    format: 'kring.network',
    version: 1,
    id: 'net-bidi',
    focus: 'p-client',
    people: [
      { id: 'p-client', name: names['p-client']!, kind: 'person' },
      ...others.map((id, i) => ({ id, name: names[id]!, kind: 'person' as const, sector: sectors[i]!, closeness: 'middle' as const, role: i === 0 ? names['p-ar']! : undefined })),
    ],
    ties: others.map((id, i) => ({ id: `t-${id}`, between: ['p-client', id] as [string, string], strength: 'strong' as const, status: 'active' as const, ...(i < 2 ? { support: { receives: ['practical' as const] } } : {}) })),
    groups: [{ id: 'g-1', name: names['p-he']!, kind: 'support-group', members: ['p-rle', 'p-ar'] }],
    events: [
      { id: 'e-1', title: names['p-client']!, date: '2019-05', category: 'housing', valence: -2, people: ['p-ar', 'p-rli'], note: names['p-pdi']! },
      { id: 'e-2', title: names['p-mixed']!, date: '2020-03', category: 'work', valence: 1 },
    ],
  };
}

/**
 * `text` with every top-level FSI…PDI replaced by `{}` (nested isolates inside count as one),
 * and the isolated texts. A lone FSI without its PDI is left in (and then fails `ACTIVE`).
 */
function outside(text: string): { rest: string; isolated: string[] } {
  let rest = '';
  const isolated: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === FSI || ch === '\u2066' || ch === '\u2067') {
      if (depth > 0) current += ch;
      depth++;
    } else if (ch === PDI && depth > 0) {
      depth--;
      if (depth === 0) {
        isolated.push(current);
        current = '';
        rest += '{}';
      } else current += ch;
    } else if (depth > 0) current += ch;
    else rest += ch;
  }
  if (depth > 0) rest += FSI + current;
  return { rest, isolated };
}

/** Asserts that every user text in `text` is isolated: nothing bidi-active is left outside the isolates. */
function expectIsolated(text: string | null | undefined, where: string): string {
  const { rest } = outside(text ?? '');
  expect(rest, `${where}: ${JSON.stringify(text)}`).not.toMatch(ACTIVE);
  return rest;
}

describe('isolate and format', () => {
  it('wraps text that can reorder its surroundings in FSI…PDI, balanced, and leaves plain text as it is', () => {
    expect(isolate('Jan de Vries')).toBe('Jan de Vries');
    expect(isolate('عائشة')).toBe(`${FSI}عائشة${PDI}`);
    // an unclosed override is closed with a PDF (the PDI would close it too; the PDF also serves a <bdi>)
    expect(isolate('\u202EAnna')).toBe(`${FSI}\u202EAnna\u202C${PDI}`);
    // an unclosed RLI is closed inside, so Kring's PDI closes Kring's FSI
    expect(isolate('\u2067Carla')).toBe(`${FSI}\u2067Carla${PDI}${PDI}`);
    // a stray PDI is dropped: it would close Kring's FSI and let the RLO out
    expect(isolate('\u2069\u202EDirk')).toBe(`${FSI}\u202EDirk\u202C${PDI}`);
    // a stray PDF does nothing inside an isolate; an unclosed RLE is closed with a PDF
    expect(balanceBidi('\u202CA\u202BB')).toBe('A\u202BB\u202C');
    expect(balanceBidi('\u2066a\u202Bb\u2069c')).toBe('\u2066a\u202Bb\u2069c');
  });

  it('format isolates every string value of a sentence; a right-to-left template isolates Latin names too', () => {
    expect(format('{name} toegevoegd', { name: '\u202EAnna' })).toBe(`${FSI}\u202EAnna\u202C${PDI} toegevoegd`);
    expect(format('{name} toegevoegd', { name: 'Anna' })).toBe('Anna toegevoegd');
    expect(format('{count} mensen', { count: 3 })).toBe('3 mensen');
    expect(format('تمت إضافة {name}', { name: 'Anna (3)' })).toBe(`تمت إضافة ${FSI}Anna (3)${PDI}`);
  });
});

describe('the Ecogram isolates every name', () => {
  it('in accessible names, the badges\' <title>s, the drawn labels, the announcements and the key', async () => {
    const user = userEvent.setup();
    const { container } = render(<Ecogram defaultNetwork={network(NAMES)} today={TODAY} showLegend />);
    const named = [...container.querySelectorAll('[aria-label^="Ecogram van"]')];
    expect(named.length).toBeGreaterThan(0);
    for (const el of named) expect(outside(el.getAttribute('aria-label') ?? '').rest).toBe('Ecogram van {}');
    for (const id of Object.keys(NAMES)) {
      const node = container.querySelector(`[data-part="node"][data-id="${id}"]`);
      const label = node?.getAttribute('aria-label') ?? '';
      expectIsolated(label, `node ${id}`);
      // the name is the first isolate, whole and balanced
      expect(outside(label).isolated[0], id).toBe(balanceBidi(NAMES[id]!));
      for (const title of node?.querySelectorAll('[data-part="badge"] > title') ?? []) expectIsolated(title.textContent, `badge title ${id}`);
    }
    for (const tie of container.querySelectorAll('[data-part="tie"][aria-label]')) {
      const rest = expectIsolated(tie.getAttribute('aria-label'), 'tie');
      expect(rest).toMatch(/^Band tussen \{\} en \{\}\./);
    }
    const labels = [...container.querySelectorAll('[data-part="node-label"]')];
    expect(labels.length).toBeGreaterThan(0);
    for (const text of labels) {
      expect(text.getAttribute('unicode-bidi')).toBe('isolate');
      for (const line of text.querySelectorAll('[data-part="node-label-line"]')) expectIsolated(line.textContent, 'label line');
    }
    // the legend's sentences with the client's name
    const legend = container.querySelector('[data-part="legend"]');
    expect(legend).not.toBeNull();
    for (const li of legend!.querySelectorAll('li')) expectIsolated(li.textContent, 'legend item');
    // an announcement: the name isolated, the rest exactly Kring's sentence
    container.querySelector<SVGGElement>('[data-part="node"][data-id="p-pdi"]')!.focus();
    await user.keyboard('{Delete}');
    const live = container.querySelector('[data-part="live-region"]')?.textContent?.trim() ?? '';
    const announced = outside(live);
    expect(announced.rest).toBe('{} verwijderd. Ongedaan maken met Ctrl+Z');
    expect(announced.isolated).toEqual([balanceBidi(NAMES['p-pdi']!)]);
  });

  it('in the exported SVG: labels keep unicode-bidi="isolate", and the title, title block and key isolate the names', async () => {
    const ref = createRef<EcogramHandle>();
    render(<Ecogram ref={ref} defaultNetwork={network(NAMES)} today={TODAY} author={'\u202EJ. de Vries'} />);
    const out = (await ref.current?.toSVG()) ?? '';
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    const labels = [...svg.querySelectorAll('[data-part="node-label"]')];
    expect(labels.length).toBeGreaterThan(0);
    for (const text of labels) expect(text.getAttribute('unicode-bidi')).toBe('isolate');
    // every text of the file: user text only inside isolates
    for (const t of svg.querySelectorAll('text, title')) {
      if (t.closest('[data-part="node-label"]')) continue; // checked per line above, isolated as an element
      expectIsolated(t.textContent, `exported <${t.localName} data-part=${t.getAttribute('data-part')}>`);
    }
    const title = svg.querySelector('[data-part="export-title"]')?.textContent ?? '';
    expect(outside(title).rest).toBe('Ecogram van {}');
    expect(out).toContain(`Opgesteld door ${FSI}\u202EJ. de Vries\u202C${PDI}`);
  });
});

describe('the Lifeline isolates every title, note and name', () => {
  it('on the time line (accessible names, drawn titles) and in the list', async () => {
    const user = userEvent.setup();
    const { container } = render(<Lifeline defaultNetwork={network(NAMES)} today={TODAY} />);
    const events = [...container.querySelectorAll('[data-part="event"]')];
    expect(events).toHaveLength(2);
    for (const e of events) {
      const rest = expectIsolated(e.getAttribute('aria-label'), 'event');
      expect(rest).toMatch(/^\{\}, /);
    }
    const first = container.querySelector('[data-part="event"][data-event-id="e-1"]')?.getAttribute('aria-label') ?? '';
    // "met {} en {}": the joined names are one more isolate around the two
    expect(outside(first).rest).toBe('{}, mei 2019, Wonen, Heel moeilijk, met {}');
    expect(outside(outside(first).isolated[1]!).rest).toBe('{} en {}');
    const titles = [...container.querySelectorAll('[data-part="label"] [data-part="label-title"]')];
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) {
      expect(t.getAttribute('unicode-bidi')).toBe('isolate');
      expectIsolated(t.textContent, 'drawn title');
    }
    await user.click(screen.getByRole('button', { name: 'Lijst' }));
    const items = [...container.querySelectorAll('[data-part="list-item"]')];
    expect(items).toHaveLength(2);
    for (const item of items) {
      const title = item.querySelector('[data-part="list-title"] bdi');
      expect(title?.textContent).toMatch(/Anna/);
      expectIsolated(item.querySelector('[data-part="list-people"]')?.textContent ?? '', 'with people');
    }
    expect(container.querySelector('[data-part="list-note"] bdi')?.textContent).toBe(balanceBidi(NAMES['p-pdi']!));
  });
});

describe('the list, the summary and the legend', () => {
  it('NetworkList: names in <bdi>, sentences and button names with the names isolated', () => {
    const { container } = render(<NetworkList network={network(NAMES)} onEditPerson={() => undefined} onEditTie={() => undefined} />);
    expect(outside(container.querySelector('[data-part="network-list-title"]')?.textContent ?? '').rest).toBe('Netwerk van {}');
    expect(outside(container.querySelector('[data-part="network-list-intro"]')?.textContent ?? '').rest).toBe(
      '{} staat in het midden. Hieronder staan de mensen, plekken en groepen om {} heen, per cirkel.',
    );
    const rows = [...container.querySelectorAll('tr[data-person-id]')];
    expect(rows).toHaveLength(Object.keys(NAMES).length - 1);
    for (const row of rows) {
      const id = row.getAttribute('data-person-id')!;
      // the name cell: the name alone inside a <bdi>, balanced
      expect(row.querySelector('[data-part="person-name"] bdi')?.textContent).toBe(balanceBidi(NAMES[id]!));
      // every other cell: user text (role, group names, the client in the tie) only inside isolates
      for (const cell of row.querySelectorAll('td')) expectIsolated(cell.textContent, `cell of ${id}`);
      for (const button of row.querySelectorAll('button')) expectIsolated(button.getAttribute('aria-label'), `button of ${id}`);
    }
  });

  it('NetworkSummary and Legend: the client and the names in their sentences are isolated', () => {
    const { container } = render(
      <>
        <NetworkSummary network={network(NAMES)} since="2019" />
        <Legend network={network(NAMES)} />
      </>,
    );
    const lead = container.querySelector('[data-part="network-summary"] p');
    expect(lead).not.toBeNull();
    for (const el of container.querySelectorAll('[data-part="network-summary"] :is(p, li, caption, td, th), [data-part="legend"] li')) {
      expectIsolated(el.textContent, `<${el.localName}>`);
    }
    const focus = [...container.querySelectorAll('[data-part="legend"] li')].find((li) => li.textContent?.includes('Dubbele rand'));
    expect(outside(focus?.textContent ?? '').rest).toBe('Dubbele rand: {}, in het midden');
  });
});
