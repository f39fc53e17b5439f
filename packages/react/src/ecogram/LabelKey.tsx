/**
 * The key of the ecogram: the people whose name the map shows as a number (crowded maps), as
 * a shortened name (a name too long for two lines) or not at all (no room), by number, with
 * their full name, sector and circle. On screen beside the map (to the right where there is
 * room, below it on a narrow screen or when it is long), on paper under the map, and in the
 * SVG/PNG export (read from this list, see Ecogram's `exportKeyOf`).
 *
 * For assistive technology it is `aria-hidden`: each person's accessible name on the map
 * already holds the full name, and the list view is the non-visual alternative; read out, the
 * key would repeat every listed name once more without the numbers meaning anything.
 * @internal
 */
import { memo, type ReactElement } from 'react';
import type { Network, Person } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import type { PlacedLabel } from './labels';
import type { EcogramText } from './messages';
import { UserText } from '../utils/UserText';

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

/** Props of {@link LabelKey}. */
export interface LabelKeyProps {
  entries: readonly KeyEntry[];
  layout: EcogramLayout;
  t: EcogramText;
}

function LabelKeyImpl({ entries, layout, t }: LabelKeyProps): ReactElement | null {
  if (entries.length === 0) return null;
  return (
    <div data-part="print-key" data-long={entries.length > BESIDE_UP_TO ? '' : undefined} aria-hidden="true">
      <p data-part="print-key-title">{t('ecogram.printKey')}</p>
      <ol>
        {entries.map(({ person, number }) => {
          const placed = layout.nodes[person.id];
          // The name isolated (<bdi>): an Arabic or Hebrew name keeps its own direction inside a Dutch line.
          const line = t('ecogram.printKeyItem', {
            name: '\u0000',
            sector: t.label('sector', placed?.sector ?? person.sector ?? 'other'),
            closeness: t.label('closeness', placed?.closeness ?? person.closeness ?? 'outer'),
          });
          const [before = '', after = ''] = line.split('\u0000');
          return (
            <li key={person.id} value={number} data-id={person.id}>
              {before}
              <UserText>{person.name}</UserText>
              {after}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The key; re-renders only when its entries change (not on every drag move). */
export const LabelKey = /* @__PURE__ */ memo(LabelKeyImpl);
