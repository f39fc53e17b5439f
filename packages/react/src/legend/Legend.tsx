import { memo, useId, useMemo, type ReactElement, type ReactNode } from 'react';
import { PERSON_KINDS, QUALITIES, STRENGTHS, type Network, type SupportType, type TieStatus } from '@kring/core';
import { useText, type Locale, type Text } from '../i18n';
import { LEGEND_BUNDLES, type LegendTextKey } from './messages';
import { BADGES, BadgeIcon, KindIcon, NodeShape, SymbolImage } from '../symbols/icons';
import { TieLine } from '../symbols/TieLine';
import type { TieStyleInput } from '../view/ties/tieStyle';
import { SUPPORT_LETTER_ORDER } from '../view/ties/supportLetters';
import { legendUsage, type DirectionUse, type LegendUsage } from '../view/legendUsage';
import { formatFuzzyDate } from '@kring/core';
import type { MapChanges } from '../view/map/mapChanges';
import { changeItems, groupItems, planItems, type PlanLegendUse } from './PlanLegend';
import { withLocaleGate } from '../locales';
import { sameSet, useKeptWhileEqual } from '../utils/useKeptWhileEqual';

/** The sections of the legend, in order. */
export const LEGEND_SECTIONS = ['strength', 'quality', 'status', 'direction', 'support', 'nodes', 'kinds', 'badges', 'plan', 'groups', 'changes'] as const;
/** One section of the legend. */
export type LegendSection = (typeof LEGEND_SECTIONS)[number];

/** Props of {@link Legend}. */
export interface LegendProps {
  /** The network: its client's name is used in the arrow explanations. */
  network?: Network;
  /**
   * Name used in the arrow explanations when there is no `network` (default "de cliënt").
   * @defaultValue "de cliënt"
   */
  focusName?: string;
  /** Which sections to show, in this order (default all). */
  sections?: readonly LegendSection[];
  /**
   * Heading level of the title (default 2); sections get the next level.
   * @defaultValue 2
   */
  headingLevel?: 2 | 3 | 4 | 5;
  /**
   * Show the title (default true). Without it, the legend is named by `aria-label`.
   * @defaultValue true
   */
  showTitle?: boolean;
  /**
   * `'used'`: explain only the symbols the `network` uses (a section with nothing in it is
   * left out); `'all'`: every symbol. Default `'used'` with a `network`, `'all'` without.
   * @defaultValue 'used'
   */
  show?: 'used' | 'all';
  /**
   * Explain the support letters on the lines (P, G, A, E, F, H). Default true; pass the Ecogram's `supportLetters`.
   * @defaultValue true
   */
  supportLetters?: boolean;
  /**
   * The legend scrolls inside a box whose height its container sets (the Ecogram keeps it
   * as tall as the map): it becomes focusable, so the keyboard can scroll it too.
   */
  scrollable?: boolean;
  /**
   * Explain the network plan's markers (intents, open-action count). Default true; pass the Ecogram's `planMarks`.
   * @defaultValue true
   */
  planMarks?: boolean;
  /**
   * Explain the group outlines. Default true; pass the Ecogram's `groupOutlines`.
   * @defaultValue true
   */
  groupOutlines?: boolean;
  /** The change overlay on the map (its marks are explained while it is on); pass the Ecogram's. */
  changes?: MapChanges | null;
  /** The overlay's date, for the section's title. */
  changesSince?: string | null;
  locale?: Locale;
  messages?: Partial<Record<LegendTextKey, string>>;
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
const DIRECTIONS = ['receives', 'gives', 'both'] as const satisfies readonly DirectionUse[];
const DIRECTION_TIES: Readonly<Record<DirectionUse, TieStyleInput>> = {
  receives: { strength: 'moderate', support: { receives: ['emotional'] } },
  gives: { strength: 'moderate', support: { gives: ['emotional'] } },
  both: { strength: 'moderate', support: { receives: ['emotional'], gives: ['practical'] } },
};

/** A sector divider as the map draws it (solid, thin, light; ecogram.css), beside the faded tie it must not be taken for. */
function DividerSample(): ReactElement {
  return (
    <SymbolImage width={LINE_W} height={LINE_H}>
      <path data-part="legend-divider" d={`M4 12H${LINE_W - 4}`} fill="none" stroke="#a3abb4" strokeWidth={1} />
    </SymbolImage>
  );
}

/** The support letters as the map writes them on a line. */
function LetterSample({ letter }: { letter: string }): ReactElement {
  return (
    <SymbolImage width={LINE_W} height={LINE_H}>
      <TieLine from={{ x: 2, y: 12 }} to={{ x: LINE_W - 2, y: 12 }} tie={{ strength: 'moderate' }} letters={letter} />
    </SymbolImage>
  );
}

/** Everything to show, or only what `usage` lists. */
function pick<T>(all: readonly T[], used: ReadonlySet<T> | undefined): readonly T[] {
  return used ? all.filter((x) => used.has(x)) : all;
}

/**
 * Explains the symbols of the ecogram in words, with a small drawing of each, drawn by the
 * same code as the map (`src/symbols`): line width for strength, line style for quality
 * (solid, dashed, zigzag, warning), status (faded — beside the sector divider it is not —,
 * broken, ended, potential), arrows for who gives support, the support letters, shapes for
 * formal/informal, icons per kind, and the badges.
 *
 * With a `network` it explains only what that network uses (`show="all"` for everything), so
 * it stays short: the Ecogram keeps it no taller than the map (ecogram.css, `scrollable`).
 */
export const Legend = /* @__PURE__ */ withLocaleGate(LegendView, 'Legend');

function LegendView(props: LegendProps): ReactElement {
  const { network, sections = LEGEND_SECTIONS, headingLevel = 2, showTitle = true, supportLetters = true } = props;
  const t = useText(LEGEND_BUNDLES, props.locale, props.messages);
  const id = useId();
  const name = (network && network.people.find((p) => p.id === network.focus)?.name) ?? props.focusName ?? t('legend.client');
  const usage: LegendUsage | undefined = useMemo(
    () => ((props.show ?? (network ? 'used' : 'all')) === 'used' && network ? legendUsage(network) : undefined),
    [network, props.show],
  );
  // The same symbols as before (an edit that changes no symbol, a rename): the same legend, not
  // drawn again (LegendBody is memoised).
  const used = useKeptWhileEqual(usage, sameUsage);
  return (
    <LegendBody
      t={t} id={id} name={name} used={used} sections={sections} headingLevel={headingLevel} showTitle={showTitle} supportLetters={supportLetters}
      planMarks={props.planMarks} groupOutlines={props.groupOutlines} changes={props.changes} changesSince={props.changesSince} scrollable={props.scrollable}
    />
  );
}

/** Two usages with the same symbols. */
function sameUsage(a: LegendUsage | undefined, b: LegendUsage | undefined): boolean {
  if (!a || !b) return a === b;
  return (Object.keys(a) as (keyof LegendUsage)[]).every((k) => {
    const [x, y] = [a[k], b[k]];
    return x instanceof Set && y instanceof Set ? sameSet<unknown>(x, y) : x === y;
  });
}

interface LegendBodyProps extends Pick<LegendProps, 'planMarks' | 'groupOutlines' | 'changes' | 'changesSince' | 'scrollable'> {
  t: Text<LegendTextKey>;
  id: string;
  /** The client's name (the arrows and the client's node are explained with it). */
  name: string;
  /** What the network uses (undefined: everything). */
  used: LegendUsage | undefined;
  sections: readonly LegendSection[];
  headingLevel: number;
  showTitle: boolean;
  supportLetters: boolean;
}

const LegendBody = /* @__PURE__ */ memo(function LegendBody(props: LegendBodyProps): ReactElement {
  const { t, id, name, used, sections, headingLevel, showTitle, supportLetters } = props;
  const Heading = `h${headingLevel}` as 'h2';
  const Sub = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  const statuses = STATUS_SAMPLES.filter((x) => !used || used.statuses.has(x));
  const letters: readonly SupportType[] = supportLetters ? pick(SUPPORT_LETTER_ORDER, used?.support) : [];

  const planUse: PlanLegendUse = {
    usage: used,
    planMarks: props.planMarks !== false,
    groupOutlines: props.groupOutlines !== false,
    changes: props.changes ? new Set([...props.changes.people.values(), ...props.changes.ties.values()]) : undefined,
  };
  const item = (key: string, sample: ReactNode, text: string): ReactElement => <Item key={key} sample={sample}>{text}</Item>;
  const content: Record<LegendSection, { title: string; items: ReactNode[] }> = {
    plan: { title: t('legend.section.plan'), items: planItems(t, planUse, item) },
    groups: { title: t('legend.section.groups'), items: groupItems(t, planUse, item) },
    changes: {
      title: props.changesSince ? t('legend.section.changes', { date: formatFuzzyDate(props.changesSince, t.locale) }) : t('legend.section.changesAny'),
      items: changeItems(t, planUse, item),
    },
    strength: {
      title: t('legend.section.strength'),
      items: pick(STRENGTHS, used?.strengths).map((s) => (
        <Item key={s} sample={<LineSample tie={{ strength: s }} />}>
          {t(`legend.line.${s}`)}
        </Item>
      )),
    },
    quality: {
      title: t('legend.section.quality'),
      items: pick(QUALITIES, used?.qualities).map((q) => (
        <Item key={q} sample={<LineSample tie={{ quality: q, strength: 'moderate' }} />}>
          {t(`legend.line.${q}`)}
        </Item>
      )),
    },
    status: {
      title: t('legend.section.status'),
      // The sector divider right under the faded tie: the two must not be confused.
      items: statuses.flatMap((s) => [
        <Item key={s} sample={<LineSample tie={{ status: s, strength: 'moderate' }} />}>
          {t(`legend.line.${s}`)}
        </Item>,
        ...(s === 'faded' ? [<Item key="divider" sample={<DividerSample />}>{t('legend.line.divider')}</Item>] : []),
      ]),
    },
    direction: {
      title: t('legend.section.direction'),
      items: pick(DIRECTIONS, used?.directions).map((d) => (
        <Item key={d} sample={<DirectionSample tie={DIRECTION_TIES[d]} />}>
          {d === 'both' ? t('legend.arrow.both') : t(`legend.arrow.${d}`, { name })}
        </Item>
      )),
    },
    support: {
      title: t('legend.section.support'),
      items: letters.map((k) => (
        <Item key={k} sample={<LetterSample letter={t(`symbol.supportLetter.${k}`)} />}>
          {t('legend.support.item', { letter: t(`symbol.supportLetter.${k}`), kind: t.label('support', k) })}
        </Item>
      )),
    },
    nodes: {
      title: t('legend.section.nodes'),
      items: [
        ...(!used || used.formalities.has('informal')
          ? [<Item key="informal" sample={<SymbolImage><NodeShape formality="informal" cx={12} cy={12} r={9} /></SymbolImage>}>{t('legend.node.informal')}</Item>]
          : []),
        ...(!used || used.formalities.has('formal')
          ? [<Item key="formal" sample={<SymbolImage><NodeShape formality="formal" cx={12} cy={12} r={9} /></SymbolImage>}>{t('legend.node.formal')}</Item>]
          : []),
        <Item key="focus" sample={<SymbolImage><NodeShape formality="informal" cx={12} cy={12} r={10} focus /></SymbolImage>}>
          {t('legend.node.focus', { name })}
        </Item>,
        ...(!used || used.deceased
          ? [<Item key="deceased" sample={<SymbolImage><NodeShape formality="informal" cx={12} cy={12} r={9} deceased /></SymbolImage>}>{t('legend.node.deceased')}</Item>]
          : []),
      ],
    },
    kinds: {
      title: t('legend.section.kinds'),
      items: pick(PERSON_KINDS, used?.kinds).map((k) => (
        <Item key={k} sample={<SymbolImage><KindIcon kind={k} /></SymbolImage>}>
          {t.label('kind', k)}
        </Item>
      )),
    },
    badges: {
      title: t('legend.section.badges'),
      items: pick(BADGES, used?.badges).map((b) => (
        <Item key={b} sample={<SymbolImage width={b === 'consent-no' ? 28 : 22} height={b === 'consent-no' ? 28 : 22} viewBox="0 0 16 16"><BadgeIcon badge={b} /></SymbolImage>}>
          {t(`symbol.badge.${b}`)}
        </Item>
      )),
    },
  };
  const shown = sections.filter((s) => content[s].items.length > 0);

  return (
    <section
      data-part="legend"
      data-show={used ? 'used' : 'all'}
      data-scrollable={props.scrollable ? '' : undefined}
      tabIndex={props.scrollable ? 0 : undefined}
      aria-labelledby={showTitle ? `${id}-title` : undefined}
      aria-label={showTitle ? undefined : t('legend.title')}
    >
      {showTitle ? (
        <Heading id={`${id}-title`} data-part="legend-title">
          {t('legend.title')}
        </Heading>
      ) : null}
      <div data-part="legend-groups">
        {shown.map((s) => (
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
});
