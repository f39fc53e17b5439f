import { useId, type ReactElement, type ReactNode } from 'react';
import { PERSON_KINDS, QUALITIES, STRENGTHS, type Network, type TieStatus } from '@kring/core';
import { t, type KringMessages, type Locale, useTexts, LEGEND_TEXTS } from '../i18n';
import { BADGES, BadgeIcon, KindIcon, NodeShape, SymbolImage } from '../symbols/icons';
import { TieLine } from '../symbols/TieLine';
import type { TieStyleInput } from '../symbols/tieStyle';

/** The sections of the legend, in order. */
export const LEGEND_SECTIONS = ['strength', 'quality', 'status', 'direction', 'nodes', 'kinds', 'badges'] as const;
/** One section of the legend. */
export type LegendSection = (typeof LEGEND_SECTIONS)[number];

/** Props of {@link Legend}. */
export interface LegendProps {
  /** The network: its client's name is used in the arrow explanations. */
  network?: Network;
  /** Name used in the arrow explanations when there is no `network` (default "de cliënt"). */
  focusName?: string;
  /** Which sections to show, in this order (default all). */
  sections?: readonly LegendSection[];
  /** Heading level of the title (default 2); sections get the next level. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Show the title (default true). Without it, the legend is named by `aria-label`. */
  showTitle?: boolean;
  locale?: Locale;
  messages?: Partial<KringMessages>;
}

const LINE_W = 64;
const LINE_H = 24;

function LineSample({ tie }: { tie: TieStyleInput }): ReactElement {
  return (
    <SymbolImage width={LINE_W} height={LINE_H}>
      <TieLine from={{ x: 4, y: 12 }} to={{ x: LINE_W - 4, y: 12 }} tie={tie} />
    </SymbolImage>
  );
}

function DirectionSample({ tie }: { tie: TieStyleInput }): ReactElement {
  const w = 84;
  return (
    <SymbolImage width={w} height={LINE_H}>
      <NodeShape formality="informal" cx={11} cy={12} r={9} focus />
      <TieLine from={{ x: 11, y: 12 }} to={{ x: w - 9, y: 12 }} tie={tie} fromInset={11} toInset={8} />
      <NodeShape formality="informal" cx={w - 9} cy={12} r={6} />
    </SymbolImage>
  );
}

function Item({ sample, children }: { sample: ReactNode; children: ReactNode }): ReactElement {
  return (
    <li data-part="legend-item">
      <span data-part="legend-sample">{sample}</span>
      <span data-part="legend-text">{children}</span>
    </li>
  );
}

const STATUS_SAMPLES = ['faded', 'broken', 'ended', 'potential'] as const satisfies readonly TieStatus[];

/**
 * Explains every symbol of the ecogram in words, with a small drawing of each, drawn by the
 * same code as the map (`src/symbols`): line width for strength, line style for quality
 * (solid, dashed, zigzag, warning), status (faded, broken, ended, potential), arrows for who
 * gives support, shapes for formal/informal, icons per kind, and the badges.
 */
export function Legend(props: LegendProps): ReactElement {
  const { network, sections = LEGEND_SECTIONS, headingLevel = 2, showTitle = true } = props;
  const { messages: m } = useTexts(LEGEND_TEXTS, props.locale, props.messages);
  const id = useId();
  const name = (network && network.people.find((p) => p.id === network.focus)?.name) ?? props.focusName ?? m['legend.client'];
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${Math.min(6, headingLevel + 1)}` as 'h3';

  const content: Record<LegendSection, { title: string; items: ReactNode }> = {
    strength: {
      title: m['legend.section.strength'],
      items: STRENGTHS.map((s) => (
        <Item key={s} sample={<LineSample tie={{ strength: s }} />}>
          {m[`legend.line.${s}`]}
        </Item>
      )),
    },
    quality: {
      title: m['legend.section.quality'],
      items: QUALITIES.map((q) => (
        <Item key={q} sample={<LineSample tie={{ quality: q, strength: 'moderate' }} />}>
          {m[`legend.line.${q}`]}
        </Item>
      )),
    },
    status: {
      title: m['legend.section.status'],
      items: STATUS_SAMPLES.map((s) => (
        <Item key={s} sample={<LineSample tie={{ status: s, strength: 'moderate' }} />}>
          {m[`legend.line.${s}`]}
        </Item>
      )),
    },
    direction: {
      title: m['legend.section.direction'],
      items: [
        <Item key="receives" sample={<DirectionSample tie={{ strength: 'moderate', support: { receives: ['emotional'] } }} />}>
          {t(m, 'legend.arrow.receives', { name })}
        </Item>,
        <Item key="gives" sample={<DirectionSample tie={{ strength: 'moderate', support: { gives: ['emotional'] } }} />}>
          {t(m, 'legend.arrow.gives', { name })}
        </Item>,
        <Item key="both" sample={<DirectionSample tie={{ strength: 'moderate', support: { receives: ['emotional'], gives: ['practical'] } }} />}>
          {m['legend.arrow.both']}
        </Item>,
      ],
    },
    nodes: {
      title: m['legend.section.nodes'],
      items: [
        <Item key="informal" sample={<SymbolImage><NodeShape formality="informal" cx={12} cy={12} r={9} /></SymbolImage>}>
          {m['legend.node.informal']}
        </Item>,
        <Item key="formal" sample={<SymbolImage><NodeShape formality="formal" cx={12} cy={12} r={9} /></SymbolImage>}>
          {m['legend.node.formal']}
        </Item>,
        <Item key="focus" sample={<SymbolImage><NodeShape formality="informal" cx={12} cy={12} r={10} focus /></SymbolImage>}>
          {t(m, 'legend.node.focus', { name })}
        </Item>,
        <Item key="deceased" sample={<SymbolImage><NodeShape formality="informal" cx={12} cy={12} r={9} deceased /></SymbolImage>}>
          {m['legend.node.deceased']}
        </Item>,
      ],
    },
    kinds: {
      title: m['legend.section.kinds'],
      items: PERSON_KINDS.map((k) => (
        <Item key={k} sample={<SymbolImage><KindIcon kind={k} /></SymbolImage>}>
          {m[`kind.${k}`]}
        </Item>
      )),
    },
    badges: {
      title: m['legend.section.badges'],
      items: BADGES.map((b) => (
        <Item key={b} sample={<SymbolImage width={22} height={22} viewBox="0 0 16 16"><BadgeIcon badge={b} /></SymbolImage>}>
          {m[`symbol.badge.${b}`]}
        </Item>
      )),
    },
  };

  return (
    <section data-part="legend" aria-labelledby={showTitle ? `${id}-title` : undefined} aria-label={showTitle ? undefined : m['legend.title']}>
      {showTitle ? (
        <Heading id={`${id}-title`} data-part="legend-title">
          {m['legend.title']}
        </Heading>
      ) : null}
      <div data-part="legend-groups">
        {sections.map((s) => (
          <section key={s} data-part="legend-group" data-section={s} aria-labelledby={`${id}-${s}`}>
            <Sub id={`${id}-${s}`} data-part="legend-group-title">
              {content[s].title}
            </Sub>
            <ul>{content[s].items}</ul>
          </section>
        ))}
      </div>
    </section>
  );
}
