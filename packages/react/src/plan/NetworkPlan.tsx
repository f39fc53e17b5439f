/**
 * The network plan: what the caseworker and the client agreed to do with the network,
 * grouped by intent in the order of the intervention categories — reactivate, strengthen
 * (and maintain), restore, limit, build, meet/ask/inform — each action with its step, about
 * whom, who does it, when it is due and where it stands.
 *
 * This file is composition only: the document (`../document`: reading the network, one undo
 * history shared with a linked map, the live region, the error boundary), the UI state
 * (`usePlanView`), the behaviour (`usePlanCommands`), and the parts (`PlanFilters`,
 * `PlanSectionList`, `ActionForm`). Printable: the title block of the map's paper, no buttons.
 */
import { useId, useMemo, type ReactElement } from 'react';
import { FORMAT_NAME, FORMAT_VERSION, planMetrics, redactNetwork, todayFuzzyDate, type Network } from '@kring/core';
import { DocumentView, LiveRegion, useAnnouncer } from '../document';
import { useText, type Text } from '../i18n';
import { TitleBlock, titleBlockContent } from '../paper';
import { clientName, ownerName, personName } from './describe';
import type { PlanFilter } from '../view/plan';
import { PLAN_BUNDLES, type PlanTextKey } from './messages';
import { PlanFilters } from './PlanFilters';
import { PlanAddForm, PlanToolbar } from './PlanToolbar';
import { PlanSectionList } from './PlanSections';
import { usePlanCommands } from './usePlanCommands';
import { usePlanView } from './usePlanView';
import type { NetworkPlanProps, PlanChange } from './types';

/** What the plan shows when the host gives no network: an empty plan, said in words. */
const NO_NETWORK: Network = { format: FORMAT_NAME, version: FORMAT_VERSION, focus: '', people: [], ties: [], groups: [], events: [] };

const heading = (level: number) => `h${Math.min(6, Math.max(2, level))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * The network plan: the actions agreed with the client, grouped by intent, each with its step,
 * about whom, who does it, when it is due and where it stands. Controlled (`network` + `onChange`) or
 * uncontrolled (`defaultNetwork`); every edit is a core operation (`addAction`,
 * `updateAction`, `completeAction`, `dropAction`, `removeAction`) and one undo step
 * (Ctrl/⌘+Z), shared with an Ecogram of the same network inside a `KringLinkProvider`.
 * Overdue actions come first in their section and say so in words with an icon. Filters
 * (open / done / all, owner, person) are UI state: `filter`/`defaultFilter`/`onFilterChange`.
 */
export function NetworkPlan(props: NetworkPlanProps): ReactElement {
  const t = useText(PLAN_BUNDLES, props.locale, props.messages);
  return (
    <DocumentView<PlanChange>
      source={props}
      fallback={NO_NETWORK}
      part="network-plan"
      view="plan"
      lang={t.locale}
      locale={props.locale}
      className={props.className}
      style={props.style}
      theme={props.theme}
      texts={{
        invalid: t('plan.invalidNetwork'),
        invalidMore: (count) => t('plan.invalidMore', { count }),
        issue: t.issue,
        renderError: t('plan.renderError'),
        retry: t('plan.retry'),
      }}
    >
      {(network, commit) => <Plan {...props} network={network} onCommit={commit} t={t} />}
    </DocumentView>
  );
}

/** What the filter shows, in words, for paper (the filters themselves are not printed). */
function shownText(network: Network, filter: PlanFilter, t: Text<PlanTextKey>): string {
  const parts = [t(`plan.shown.${filter.status ?? 'open'}`)];
  if (filter.owner) parts.push(`${t('plan.filter.owner')}: ${ownerName(network, filter.owner, t) ?? ''}`);
  if (filter.person) parts.push(`${t('plan.filter.person')}: ${personName(network, filter.person, t)}`);
  return parts.join(', ');
}

interface PlanInnerProps extends Omit<NetworkPlanProps, 'network' | 'defaultNetwork' | 'onChange'> {
  network: Network;
  onCommit: (next: Network, change: PlanChange) => void;
  t: Text<PlanTextKey>;
}

function Plan(props: PlanInnerProps): ReactElement {
  const { t, headingLevel = 2 } = props;
  // Redacted: the plan is drawn from core's redaction (names and names inside the steps
  // replaced), and nothing can be edited — an edit would be written to the redacted copy.
  const mode = props.redacted === true ? 'initials' : props.redacted || false;
  const network = useMemo(() => (mode ? redactNetwork(props.network, mode) : props.network), [props.network, mode]);
  const readOnly = props.readOnly === true || mode !== false || network.focus === '';
  const today = props.today ?? todayFuzzyDate();
  const id = useId();
  const H = heading(headingLevel);
  const { announce, message } = useAnnouncer();
  const view = usePlanView(props, network);
  const commands = usePlanCommands({ network, onCommit: props.onCommit, readOnly, t, announce });
  const metrics = planMetrics(network, today);
  const total = network.actions?.length ?? 0;
  const client = network.focus ? clientName(network, t) : '';
  const paper = titleBlockContent({ title: t('plan.paperTitle', { name: client }), date: today, author: props.author, page: props.paperPage }, t);
  const openAdd = () => {
    if (view.adding) {
      // Already open: back to its first field (the typed text stays).
      view.rootRef.current?.querySelector<HTMLElement>('[data-part="plan-add"] select')?.focus();
      return;
    }
    commands.clearIssues();
    view.setOpen(null);
    view.setAdding(true);
  };

  return (
    <section
      ref={view.rootRef}
      data-part="network-plan"
      data-readonly={readOnly || undefined}
      data-redacted={mode || undefined}
      data-kring-theme={props.theme}
      className={`kring-network-plan${props.className ? ` ${props.className}` : ''}`}
      style={props.style}
      aria-labelledby={`${id}-title`}
      lang={t.locale}
      onKeyDown={commands.onKeyDown}
    >
      <TitleBlock content={paper} />
      <header data-part="plan-header">
        <H id={`${id}-title`} data-part="plan-title" tabIndex={-1} ref={view.titleRef}>
          {props.title ?? t('plan.title')}
        </H>
        {total > 0 ? <p data-part="plan-counts">{t('plan.counts', { open: metrics.open, overdue: metrics.overdue, done: metrics.done, dropped: metrics.dropped })}</p> : null}
      </header>
      {!readOnly ? <PlanToolbar t={t} view={view} commands={commands} onAdd={openAdd} /> : null}
      {view.adding && !readOnly ? (
        <PlanAddForm network={network} t={t} view={view} commands={commands} today={today} headingLevel={Math.min(5, headingLevel + 1) as 3 | 4 | 5} />
      ) : null}
      {total > 0 ? <PlanFilters network={network} filter={view.filter} onChange={view.setFilter} t={t} /> : null}
      {total > 0 ? (
        <p data-part="plan-shown" data-print-only="">
          {t('plan.shown', { what: shownText(network, view.filter, t) })}
        </p>
      ) : null}
      {total === 0 && !view.adding ? (
        <div data-part="plan-empty">
          <p>{t('plan.empty')}</p>
        </div>
      ) : null}
      {total > 0 ? <PlanSectionList network={network} t={t} readOnly={readOnly} today={today} headingLevel={headingLevel + 1} view={view} commands={commands} /> : null}
      <LiveRegion message={message} />
    </section>
  );
}
