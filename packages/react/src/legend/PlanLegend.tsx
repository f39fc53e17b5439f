/**
 * The legend's entries for the network plan and the change overlay on the map (issue 15
 * point 3): the intent markers and the open-action count ('plan'), the group outlines by kind
 * ('groups') and the change marks ('changes') — each drawn by the same code as the map.
 * @internal
 */
import type { ReactElement, ReactNode } from 'react';
import { ACTION_INTENTS, GROUP_KINDS, type ActionIntent, type GroupKind } from '@kring/core';
import type { Text } from '../i18n';
import { IntentIcon } from '../symbols/IntentIcon';
import { SymbolImage } from '../symbols/icons';
import { ChangeIcon } from '../ecogram/ChangeIcon';
import { GROUP_DASH } from '../view/map/markShapes';
import { CHANGE_KINDS, type ChangeKind } from '../view/map/mapChanges';
import type { LegendUsage } from '../view/legendUsage';
import type { LegendTextKey } from './messages';

type Item = (key: string, sample: ReactNode, text: string) => ReactElement;

/** Which of the plan's symbols to explain (`null`: all). */
export interface PlanLegendUse {
  usage: LegendUsage | undefined;
  /** The map draws the plan's markers. */
  planMarks: boolean;
  /** The map draws group outlines. */
  groupOutlines: boolean;
  /** Change kinds on the map now (absent: overlay off). */
  changes: ReadonlySet<ChangeKind> | undefined;
}

/** Intent markers and the open-action count. */
export function planItems(t: Text<LegendTextKey>, use: PlanLegendUse, item: Item): ReactElement[] {
  if (!use.planMarks) return [];
  const intents: readonly ActionIntent[] = use.usage ? ACTION_INTENTS.filter((i) => use.usage!.intents.has(i)) : ACTION_INTENTS;
  const out = intents.map((i) =>
    item(`intent-${i}`, <SymbolImage width={22} height={22} viewBox="0 0 16 16"><IntentIcon intent={i} /></SymbolImage>, t('legend.plan.intent', { intent: t.label('actionIntent', i) })),
  );
  if (!use.usage || use.usage.openActions) {
    out.push(
      item(
        'open-count',
        <SymbolImage width={22} height={22} viewBox="0 0 16 16">
          <g data-part="open-count">
            <rect x={0.5} y={0.5} width={15} height={15} rx={3} />
            <text x={8} y={8.5} textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={700}>2</text>
          </g>
        </SymbolImage>,
        t('legend.plan.count'),
      ),
    );
  }
  return out;
}

/** Group outlines, one per kind. */
export function groupItems(t: Text<LegendTextKey>, use: PlanLegendUse, item: Item): ReactElement[] {
  if (!use.groupOutlines) return [];
  const kinds: readonly GroupKind[] = use.usage ? GROUP_KINDS.filter((k) => use.usage!.groupKinds.has(k)) : GROUP_KINDS;
  return kinds.map((k) =>
    item(
      `group-${k}`,
      <SymbolImage width={64} height={24}>
        <rect data-part="group-outline" x={3} y={3} width={58} height={18} rx={9} strokeDasharray={GROUP_DASH[k]} />
      </SymbolImage>,
      t(`legend.group.${k}`),
    ),
  );
}

/** The change marks (only while the overlay is on, unless everything is shown). */
export function changeItems(t: Text<LegendTextKey>, use: PlanLegendUse, item: Item): ReactElement[] {
  const kinds: readonly ChangeKind[] = use.usage ? CHANGE_KINDS.filter((k) => use.changes?.has(k)) : CHANGE_KINDS;
  return kinds.map((k) =>
    item(
      `change-${k}`,
      <SymbolImage width={22} height={22} viewBox="0 0 16 16">
        {k === 'gone' ? <circle data-part="ghost" cx={8} cy={8} r={6.5} /> : null}
        <ChangeIcon kind={k} />
      </SymbolImage>,
      k === 'gone' ? t('legend.change.gone') : t(`change.${k}`),
    ),
  );
}
