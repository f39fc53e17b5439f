/**
 * The key of the ecogram: the people whose name the map shows as a number (crowded maps), as
 * a shortened name (a name too long for two lines) or not at all (no room), by number, with
 * their full name, sector and circle. On screen beside the map (to the right where there is
 * room, below it on a narrow screen or when it is long), on paper under the map, and in the
 * SVG/PNG export: the key is computed once as data ({@link labelKeyData}), drawn here and
 * handed to the export as it is ({@link exportKeyOf}); nothing is read back out of the page.
 *
 * For assistive technology it is `aria-hidden`: each person's accessible name on the map
 * already holds the full name, and the list view is the non-visual alternative; read out, the
 * key would repeat every listed name once more without the numbers meaning anything.
 * @internal
 */
import { memo, type ReactElement } from 'react';
import type { Network, Person } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { PlacedLabel } from '../view/labels/labelPlan';
import type { EcogramText } from './messages';
import type { ExportKey } from '../export';
import { balanceBidi, isolate } from '../utils/bidi';

/** One line of the key. */
export interface KeyEntry {
  person: Person;
  number: number;
  /** The name is drawn, shortened: the number stands in front of it. */
  inline: boolean;
}

/**
 * A key longer than this goes below the map (in columns) instead of beside it: beside the map a
 * line takes two or three lines of text (name, sector, circle), and a key much taller than the
 * map would make the page longer than the map at 1280 px.
 */
const BESIDE_UP_TO = 12;

/**
 * Up to this many lines the key fits on one A4 sheet with the map and the legend (three
 * columns of two-line entries at 8 pt under a map of ~100 mm). A longer key (a crowded map of
 * 60–150 people) flows on to the next sheets on paper: the map keeps a readable size on the
 * first sheet and the key and the legend follow it, instead of the key being squeezed under a
 * map shrunk to a stamp and painted over the legend (found in the printed 150-person map).
 */
export const PAPER_ONE_SHEET_UP_TO = 30;

/** Whether a key goes below the map, in blocks, rather than beside it (see {@link BESIDE_UP_TO}). */
export function keyBelowMap(key: LabelKeyData): boolean {
  return key.lines.length > BESIDE_UP_TO;
}

/** Whether a key is too long for one sheet with the map (see {@link PAPER_ONE_SHEET_UP_TO}). */
export function keyFlowsOnPaper(key: LabelKeyData | null | undefined): boolean {
  return (key?.lines.length ?? 0) > PAPER_ONE_SHEET_UP_TO;
}

/** Who is in the key: every person (not the client) shown as a number, shortened or not at all, by number. */
export function keyEntries(network: Network, placement: ReadonlyMap<string, PlacedLabel>, numbers: ReadonlyMap<string, number>): KeyEntry[] {
  const out: KeyEntry[] = [];
  for (const person of network.people) {
    if (person.id === network.focus) continue;
    const label = placement.get(person.id);
    const number = numbers.get(person.id);
    if (number === undefined) continue;
    if (!label || label.hidden || label.numbered) out.push({ person, number, inline: false });
    else if (label.truncated) out.push({ person, number, inline: true });
  }
  return out.sort((a, b) => a.number - b.number);
}

/** One line of the key as data: the sentence around the name, and the name (user text, isolated when shown). */
export interface KeyLine {
  /** The person's id. */
  id: string;
  number: number;
  /** The key's sentence ("{name} — {sector}, {closeness}") before and after the name. */
  before: string;
  name: string;
  after: string;
}

/** The key as data: what {@link LabelKey} draws and the export writes under the picture. */
export interface LabelKeyData {
  title: string;
  lines: readonly KeyLine[];
}

/** The key's lines, from its entries: each person's number, name, sector and circle (where drawn). */
export function labelKeyData(entries: readonly KeyEntry[], layout: EcogramLayout, t: EcogramText): LabelKeyData {
  // The sentence around a name depends on the sector and circle only: made once per pair, not
  // once per line (a crowded map's key has up to 1,000 lines, made again at every rename).
  const sentences = new Map<string, [string, string]>();
  const lines = entries.map(({ person, number }): KeyLine => {
    const placed = layout.nodes[person.id];
    const sector = placed?.sector ?? person.sector ?? 'other';
    const closeness = placed?.closeness ?? person.closeness ?? 'outer';
    const pair = `${sector}\u0000${closeness}`;
    let sentence = sentences.get(pair);
    if (!sentence) {
      const line = t('ecogram.printKeyItem', { name: '\u0000', sector: t.label('sector', sector), closeness: t.label('closeness', closeness) });
      const [before = '', after = ''] = line.split('\u0000');
      sentences.set(pair, (sentence = [before, after]));
    }
    return { id: person.id, number, before: sentence[0], name: person.name, after: sentence[1] };
  });
  return { title: t('ecogram.printKey'), lines };
}

/**
 * The key for the SVG/PNG export (a picture on file has no hover either); none when no one is
 * in it. The name keeps its isolation as FSI…PDI (the file has no `<bdi>`).
 */
export function exportKeyOf(key: LabelKeyData | null | undefined): ExportKey | undefined {
  if (!key || key.lines.length === 0) return undefined;
  return { title: key.title, items: key.lines.map((l) => ({ number: l.number, text: l.before + isolate(balanceBidi(l.name)) + l.after })) };
}

/** Props of {@link LabelKey}. */
export interface LabelKeyProps {
  data: LabelKeyData;
}

/**
 * Lines per block of a long key. A long key (a crowded map's numbers: up to one line per person)
 * is a grid of blocks instead of one list in columns: the browser lays out and paints only the
 * blocks on screen (`content-visibility: auto`, labels.css), and a rename re-renders one block —
 * with one list of 1,000 lines in columns, one changed line had the whole list laid out and
 * painted again (~30 ms of a rename at 1,000 people). On paper the blocks are one grid again
 * (ecogram-print.css). A multiple of 3, the columns on paper.
 */
const KEY_BLOCK = 24;

function LabelKeyImpl({ data }: LabelKeyProps): ReactElement | null {
  const { lines } = data;
  if (lines.length === 0) return null;
  const long = keyBelowMap(data);
  const blocks: (readonly KeyLine[])[] = [];
  if (long) for (let i = 0; i < lines.length; i += KEY_BLOCK) blocks.push(lines.slice(i, i + KEY_BLOCK));
  return (
    <div data-part="print-key" data-long={long ? '' : undefined} aria-hidden="true">
      <p data-part="print-key-title">{data.title}</p>
      {/* Keyed by place, not by person: someone added or moved shifts the numbers after them;
          keyed by person React would move each of their elements. By place, the lines' texts
          change and nothing moves. */}
      {long ? (
        <div data-part="print-key-blocks">
          {blocks.map((block, b) => <KeyBlock key={b} lines={block} />)}
        </div>
      ) : (
        <KeyBlock lines={lines} />
      )}
    </div>
  );
}

/** One list of key lines; re-renders only when one of its lines says something else. */
const KeyBlock = /* @__PURE__ */ memo(function KeyBlock({ lines }: { lines: readonly KeyLine[] }): ReactElement {
  return (
    <ol>
      {/* The name isolated (FSI…PDI, as in the export: the same isolation as <bdi>, one text
          node a line instead of an element and three — 300 people have 300 lines): an Arabic or
          Hebrew name keeps its own direction inside a Dutch line. */}
      {lines.map((line, i) => (
        <li key={i} value={line.number} data-id={line.id}>
          {line.before + isolate(balanceBidi(line.name)) + line.after}
        </li>
      ))}
    </ol>
  );
}, (a, b) => a.lines.length === b.lines.length && a.lines.every((line, i) => sameLine(line, b.lines[i]!)));

function sameLine(a: KeyLine, b: KeyLine): boolean {
  return a.id === b.id && a.number === b.number && a.before === b.before && a.name === b.name && a.after === b.after;
}

/** The key; re-renders only when its data change (not on every drag move). */
export const LabelKey = /* @__PURE__ */ memo(LabelKeyImpl);
