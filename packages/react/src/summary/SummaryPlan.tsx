/**
 * The plan beside the network's numbers (issue 15 point 5): how many naasten are overloaded,
 * who the client does not want contacted, whose contact is to be limited, open and overdue
 * actions (the overdue steps named), the meetings, and who is in each support group and base
 * team — counts and names, in the summary's tables. Core's `planMetrics` and
 * `networkMetrics` count; this part only writes them down. The network it gets is the one the
 * summary shows (redacted when `redacted` is set), so names and steps are redacted alike.
 * @internal
 */
import type { ReactElement } from 'react';
import { planMetrics, type NetworkMetrics, type Network } from '@kring/core';
import { isolate } from '../utils/bidi';
import { BarTable } from './BarTable';
import type { SummaryText } from './messages';

/** Does the network have anything for the plan part (a plan, a group, a flag on a person)? */
export function hasPlanPart(network: Network, m: NetworkMetrics): boolean {
  return (network.actions?.length ?? 0) > 0 || (network.meetings?.length ?? 0) > 0 || m.overloaded.length > 0 || m.notAllowed.length > 0
    || network.ties.some((t) => t.intent === 'limit') || network.groups.some((g) => g.kind === 'support-group' || g.kind === 'base-team');
}

/** Props of {@link SummaryPlan}. */
export interface SummaryPlanProps {
  /** The network as shown (redacted or not). */
  network: Network;
  metrics: NetworkMetrics;
  /** Names of people by id, bidi-isolated and joined ("Latifa, Jan"). */
  names: (ids: readonly string[]) => string;
  client: string;
  today: string | undefined;
  t: SummaryText;
}

/** The plan's tables. @internal */
export function SummaryPlan({ network, metrics: m, names, client, today, t }: SummaryPlanProps): ReactElement {
  const p = planMetrics(network, today);
  const steps = new Map((network.actions ?? []).map((a) => [a.id, a.step]));
  const overdueSteps = p.overdueIds.map((id) => isolate(steps.get(id) ?? id)).join('; ');
  const rows = [
    { key: 'overloaded', label: t('summary.planOverloaded'), value: m.overloaded.length, who: names(m.overloaded) },
    { key: 'refused', label: t('summary.planRefused', { client }), value: m.notAllowed.length, who: names(m.notAllowed) },
    { key: 'limited', label: t('summary.planLimited'), value: p.limitedPeople.length, who: names(p.limitedPeople) },
    { key: 'open', label: t('summary.planOpen'), value: p.open, who: '' },
    { key: 'overdue', label: t('summary.planOverdue'), value: p.overdue, who: overdueSteps },
    { key: 'done', label: t('summary.planDone'), value: p.done, who: '' },
  ];
  const groups = network.groups.filter((g) => g.kind === 'support-group' || g.kind === 'base-team');
  const meetings = p.meetings === 0
    ? t('summary.planNoMeetings')
    : p.meetings === 1
      ? t('summary.planMeetingsOne', { upcoming: p.upcomingMeetings })
      : t('summary.planMeetings', { count: p.meetings, upcoming: p.upcomingMeetings });
  return (
    <div data-part="summary-charts" data-section="plan">
      <BarTable
        t={t}
        caption={t('summary.planNumbers')}
        labelHeader={t('summary.colPlan')}
        countHeader={t('summary.colCount')}
        whoHeader={t('summary.colWho')}
        max={Math.max(1, ...rows.map((r) => r.value))}
        rows={rows}
        note={meetings}
      />
      {groups.length ? (
        <BarTable
          t={t}
          caption={t('summary.groups')}
          labelHeader={t('summary.colGroup')}
          countHeader={t('summary.colMembers')}
          whoHeader={t('summary.colWho')}
          max={Math.max(1, ...groups.map((g) => p.groupMembers[g.id]?.length ?? 0))}
          rows={groups.map((g) => {
            const members = p.groupMembers[g.id] ?? [];
            const kind = t.label('groupKind', g.kind);
            // "Steungroep", not "Steungroep (Steungroep)".
            const label = g.name.trim().toLocaleLowerCase() === kind.toLocaleLowerCase() ? g.name : t('summary.groupLabel', { name: g.name, kind });
            return { key: g.id, label, value: members.length, who: members.length ? names(members) : t('summary.nobody') };
          })}
        />
      ) : (
        <p data-part="summary-note">{t('summary.noGroups')}</p>
      )}
    </div>
  );
}
