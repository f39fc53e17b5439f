import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseNetwork, type Network } from '@kring/core';
import { fatimaNetwork, generateNetwork, hostileNetwork, marcoNetwork, samirNetwork } from '@kring/fixtures';
import { Ecogram, type EcogramHandle } from '../src/ecogram';
import { Lifeline, type LifelineHandle } from '../src/lifeline';
import { SaveButtons, paperFileName, paperOrientation } from '../src/paper';
import { textFor } from '../src/i18n';
import { PAPER_BUNDLES } from '../src/paper/messages';

const TODAY = '2025-06-01';
const AUTHOR = 'M. de Vries';

/** What a user reads on paper: the title block's lines. */
function titleBlock(container: HTMLElement): string {
  const block = container.querySelector('[data-part="title-block"]');
  expect(block, 'title block').not.toBeNull();
  expect(block).toHaveAttribute('data-print-only');
  return (block?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Saves through an `<a download>` are caught here: file name, type, contents, and no network. */
function catchDownloads() {
  const saved: { name: string; href: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const create = vi.fn((blob: Blob) => {
    const url = `blob:kring/${++n}`;
    blobs.set(url, blob);
    return url;
  });
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.getAttribute('href') ?? '', blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  const fetchSpy = vi.fn();
  vi.stubGlobal('fetch', fetchSpy);
  const open = vi.spyOn(XMLHttpRequest.prototype, 'open');
  return { saved, network: () => fetchSpy.mock.calls.length + open.mock.calls.length };
}

beforeEach(() => {
  vi.useRealTimers();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('title block on paper', () => {
  it('names the client, the date, the author, the page and the confidentiality', () => {
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} author={AUTHOR} />);
    const text = titleBlock(container);
    expect(text).toContain('Ecogram van Samir');
    expect(text).toContain('Stand per 1 juni 2025');
    expect(text).toContain('Opgesteld door M. de Vries');
    expect(text).toContain('Pagina 1 van 1');
    expect(text).toContain('Vertrouwelijk — bevat persoonsgegevens');
  });

  it('leaves the author out when the host gives none, and speaks English with locale="en"', () => {
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} locale="en" />);
    const text = titleBlock(container);
    expect(text).not.toMatch(/Opgesteld|Prepared by/);
    expect(text).toContain('Ecogram of Samir');
    expect(text).toContain('As of 1 June 2025');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Confidential — contains personal data');
  });

  it('prints the sheet the host gives, or no page line, for a print-out with pages of the host', () => {
    const { container, rerender } = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} paperPage={{ page: 2, pages: 3 }} />);
    expect(titleBlock(container)).toContain('Pagina 2 van 3');
    expect(titleBlock(container)).not.toContain('Pagina 1 van 1');
    rerender(<Ecogram defaultNetwork={samirNetwork} today={TODAY} paperPage={false} />);
    expect(titleBlock(container)).not.toMatch(/Pagina/);
    expect(container.querySelector('[data-part="title-block-page"]')).toBeNull();
    // Nonsense falls back to the default rather than printing "Pagina 0 van -1".
    rerender(<Ecogram defaultNetwork={samirNetwork} today={TODAY} paperPage={{ page: 4, pages: 2 }} />);
    expect(titleBlock(container)).toContain('Pagina 1 van 1');
    const life = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} paperPage={{ page: 3, pages: 3 }} />);
    expect(titleBlock(life.container)).toContain('Pagina 3 van 3');
  });

  it('says the print-out runs on when the key of a crowded map is too long for one sheet', () => {
    const crowded = generateNetwork(150, 1);
    const { container, rerender } = render(<Ecogram defaultNetwork={crowded} today={TODAY} />);
    const key = container.querySelector('[data-part="print-key"]');
    expect(key?.querySelectorAll('li').length).toBeGreaterThan(30);
    // The key and the legend flow on to the next sheets (the body says so for ecogram-print.css) and the page line says so.
    expect(container.querySelector('[data-part="body"]')).toHaveAttribute('data-paper-flow');
    expect(titleBlock(container)).toContain('Pagina 1 — vervolg op de volgende pagina');
    expect(titleBlock(container)).not.toContain('Pagina 1 van 1');
    // A host that numbers its own sheets keeps its numbers.
    rerender(<Ecogram defaultNetwork={crowded} today={TODAY} paperPage={{ page: 2, pages: 5 }} />);
    expect(titleBlock(container)).toContain('Pagina 2 van 5');
    // A small map stays on one sheet.
    cleanup();
    const small = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    expect(small.container.querySelector('[data-paper-flow]')).toBeNull();
    expect(titleBlock(small.container)).toContain('Pagina 1 van 1');
  }, 30_000);

  it('shows the time-travel date when the map shows the past', () => {
    const { container } = render(<Ecogram defaultNetwork={marcoNetwork} today={TODAY} at="2022-06" />);
    expect(titleBlock(container)).toContain('Stand per juni 2022');
  });

  it('names the client by initials only when redacted', () => {
    const { container } = render(<Ecogram network={fatimaNetwork} today={TODAY} redacted="initials" author={AUTHOR} />);
    const text = titleBlock(container);
    expect(text).toContain('Ecogram van F.');
    for (const person of fatimaNetwork.people) expect(text).not.toContain(person.name);
  });

  it('the Lifeline carries the same title block', () => {
    const { container } = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} author={AUTHOR} />);
    const text = titleBlock(container);
    expect(text).toContain('Levenslijn van Marco Bakker');
    expect(text).toContain('Stand per 1 juni 2025');
    expect(text).toContain('Opgesteld door M. de Vries');
    expect(text).toContain('Vertrouwelijk — bevat persoonsgegevens');
  });

  it('marks every control and screen hint as screen-only, so nothing of it is printed', () => {
    const { container } = render(<Ecogram network={fatimaNetwork} today={TODAY} readOnly />);
    const printed = (el: Element) => !el.closest('[data-screen-only]');
    expect(screen.getByText(/Alleen bekijken/)).toSatisfy((el: Element) => !printed(el));
    for (const button of container.querySelectorAll('button')) {
      if (!button.closest('[data-part="editor-popover"]')) expect(printed(button), button.textContent ?? '').toBe(false);
    }
    // The legend is printed even when the screen does not show it.
    expect(container.querySelector('[data-part="legend-slot"]')).toHaveAttribute('data-print-only');
    cleanup();
    const lifeline = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} />);
    for (const button of lifeline.container.querySelectorAll('button')) expect(printed(button), button.textContent ?? '').toBe(false);
    expect(printed(lifeline.container.querySelector('[data-part="help"]')!)).toBe(false);
  });
});

describe('one page', () => {
  it('the map and the time line are fitted to one page; the list views run over as many pages as they need', () => {
    const { container } = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} />);
    expect(container.querySelector('[data-paper="portrait"]')).not.toBeNull();
    cleanup();
    const list = render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} defaultView="list" />);
    expect(list.container.querySelector('[data-paper]')).toBeNull();
    expect(titleBlock(list.container)).toContain('Ecogram van Samir');
    cleanup();
    const lifeline = render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} defaultView="list" />);
    expect(lifeline.container.querySelector('[data-paper]')).toBeNull();
    expect(titleBlock(lifeline.container)).toContain('Levenslijn van Marco Bakker');
  });
});

describe('Opslaan als SVG / PNG', () => {
  it('the Ecogram has both buttons; SVG saves a file with a neutral name, without any network request', async () => {
    const downloads = catchDownloads();
    render(<Ecogram defaultNetwork={samirNetwork} today={TODAY} author={AUTHOR} />);
    const group = screen.getByRole('group', { name: 'Opslaan als afbeelding' });
    expect(within(group).getByRole('button', { name: 'Opslaan als PNG' })).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('button', { name: 'Opslaan als SVG' }));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    const file = downloads.saved[0]!;
    expect(file.name).toBe('ecogram-2025-06-01.svg');
    expect(file.href).toMatch(/^blob:/);
    expect(file.blob.type).toBe('image/svg+xml');
    const text = await file.blob.text();
    expect(text).toContain('Ecogram van Samir');
    expect(text).toContain('Opgesteld door M. de Vries');
    expect(downloads.network()).toBe(0);
    expect(screen.getByRole('status')).toHaveTextContent('ecogram-2025-06-01.svg is opgeslagen');
  });

  it('a redacted map saves under the same neutral name, with no name in the file', async () => {
    const downloads = catchDownloads();
    render(<Ecogram network={fatimaNetwork} today={TODAY} redacted="initials" />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als SVG' }));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(downloads.saved[0]!.name).toBe('ecogram-2025-06-01.svg');
    const text = await downloads.saved[0]!.blob.text();
    for (const person of fatimaNetwork.people) expect(text).not.toContain(person.name);
  });

  it('the Lifeline uses the same buttons (its own pair is gone)', async () => {
    const downloads = catchDownloads();
    render(<Lifeline defaultNetwork={marcoNetwork} today={TODAY} locale="en" />);
    const group = screen.getByRole('group', { name: 'Save as image' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Save as SVG', 'Save as PNG']);
    expect(screen.getAllByRole('button', { name: /Save as SVG/ })).toHaveLength(1);
    fireEvent.click(within(group).getByRole('button', { name: 'Save as SVG' }));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(downloads.saved[0]!.name).toBe('lifeline-2025-06-01.svg');
    expect(downloads.network()).toBe(0);
  });

  it('PNG: the picture is saved as a .png; a failure is said, never thrown', async () => {
    const downloads = catchDownloads();
    const status = vi.fn();
    const png = new Blob(['png'], { type: 'image/png' });
    const t = textFor(PAPER_BUNDLES, 'nl');
    const { rerender } = render(
      <SaveButtons t={t} fileName={(ext) => paperFileName('lifeline', '2025-06', ext, t)} toSVG={() => Promise.resolve('<svg/>')} toPNG={() => Promise.resolve(png)} onStatus={status} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als PNG' }));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(downloads.saved[0]).toMatchObject({ name: 'levenslijn-2025-06.png', blob: png });
    rerender(
      <SaveButtons t={t} fileName={(ext) => `x.${ext}`} toSVG={() => Promise.resolve('')} toPNG={() => Promise.reject(new Error('Geen canvas'))} onStatus={status} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als PNG' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als SVG' }));
    await waitFor(() => expect(status).toHaveBeenCalledWith('Opslaan is niet gelukt: Geen canvas'));
    await waitFor(() => expect(status).toHaveBeenCalledWith('Opslaan is niet gelukt: Nothing is drawn'));
    expect(downloads.saved).toHaveLength(1);
  });
});

describe('exported images', () => {
  function parse(svg: string): Element {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    return doc.documentElement;
  }

  it('carry the title block (no page number: an image has no pages) and the legend', async () => {
    const ref = createRef<EcogramHandle>();
    render(<Ecogram ref={ref} defaultNetwork={samirNetwork} today={TODAY} author={AUTHOR} />);
    const svg = parse((await ref.current!.toSVG()));
    const block = svg.querySelector('[data-part="export-title-block"]')?.textContent ?? '';
    expect(block).toContain('Ecogram van Samir');
    expect(block).toContain('Stand per 1 juni 2025 · Opgesteld door M. de Vries');
    expect(block).toContain('Vertrouwelijk — bevat persoonsgegevens');
    expect(block).not.toContain('Pagina');
    const legend = svg.querySelector('[data-part="export-legend"]');
    expect(legend?.textContent).toContain('Legenda');
    expect(legend?.querySelectorAll('svg').length).toBeGreaterThan(2);
    // the title block sits above the drawing: the picture starts above the map
    const [, top] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(top).toBeLessThan(-32);
  });

  it('the Lifeline export carries them too', async () => {
    const ref = createRef<LifelineHandle>();
    render(<Lifeline ref={ref} defaultNetwork={marcoNetwork} today={TODAY} author={AUTHOR} />);
    const svg = parse((await ref.current!.toSVG()));
    expect(svg.querySelector('[data-part="export-title-block"]')?.textContent).toContain('Levenslijn van Marco Bakker');
    expect(svg.querySelector('[data-part="export-legend"]')?.textContent).toContain('Wonen');
  });

  it('stay well-formed XML for any names: markup, &, emoji, right-to-left, control characters', async () => {
    // The strict reader refuses control characters (issue 13); read leniently, they are removed.
    const read = parseNetwork({
      ...hostileNetwork,
      people: hostileNetwork.people.map((p) => (p.id === hostileNetwork.focus ? { ...p, name: `<b>&amp; 👩‍👧 لطيفة\u0001\u0007 "x"</b>` } : p)),
    }, { mode: 'lenient' });
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const nasty: Network = read.network;
    const ref = createRef<EcogramHandle>();
    render(<Ecogram ref={ref} defaultNetwork={nasty} today={TODAY} author={'<i>Ab & Co</i> \u0000 🧑‍⚕️'} />);
    const out = (await ref.current!.toSVG());
    const svg = parse(out);
    expect(svg.querySelector('script, img, b, i, foreignObject')).toBeNull();
    const block = svg.querySelector('[data-part="export-title-block"]')?.textContent ?? '';
    expect(block).toContain('<b>&amp; 👩‍👧 لطيفة "x"</b>');
    expect(block).toContain('<i>Ab & Co</i>');
    expect([...out].some((c) => c.charCodeAt(0) < 9)).toBe(false);
    cleanup();
    const lifeline = createRef<LifelineHandle>();
    render(<Lifeline ref={lifeline} defaultNetwork={nasty} today={TODAY} author="<&>" />);
    expect(parse((await lifeline.current!.toSVG())).querySelector('[data-part="export-title-block"]')?.textContent).toContain('<&>');
  });
});

describe('paper helpers', () => {
  it('file names never carry a name; orientation follows the drawing', () => {
    const m = textFor(PAPER_BUNDLES, 'nl');
    expect(paperFileName('ecogram', '2026-12-05', 'svg', m)).toBe('ecogram-2026-12-05.svg');
    expect(paperFileName('lifeline', '~2010', 'png', m)).toBe('levenslijn-2010.png');
    expect(paperFileName('lifeline', '2026-12-05', 'png', textFor(PAPER_BUNDLES, 'en'))).toBe('lifeline-2026-12-05.png');
    expect(paperOrientation(864, 864)).toBe('portrait');
    expect(paperOrientation(1200, 420)).toBe('landscape');
    expect(paperOrientation(360, 900)).toBe('portrait');
  });
});
