import { useId, useMemo, type ReactElement } from 'react';
import { ViewErrorBoundary } from '../document';
import { LocaleGate } from '../locales';
import {
  CLOSENESSES, SECTORS, SUPPORT_TYPES, TIE_STATUSES,
  formatFuzzyDate, isFuzzyDate, networkAt, networkDates, networkMetrics, redactNetwork,
  type NetworkMetrics,
} from '@kring/core';
import { useControllableState } from '../utils/useControllableState';
import { changeSentences } from '../view/changes';
import { useResolvedLocale, useText } from '../i18n';
import { SUMMARY_BUNDLES, type SummaryText } from './messages';
import { isolate } from '../utils/bidi';
import { BarTable } from './BarTable';
import { hasPlanPart, SummaryPlan } from './SummaryPlan';
import type { NetworkSummaryProps } from './types';

type Heading = 'h2' | 'h3' | 'h4' | 'h5';
const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;

/**
 * Progress at a glance ("voortgang"): the network's numbers as small bar charts — people by
 * area of life, own network versus professionals, by circle, how the contacts with the client
 * are (active, faded, broken, …), give and take, and which kinds of support the client gets and
 * which are still missing — and "what changed since" a date, in sentences for a report
 * ("Het contact met Latifa is hersteld.").
 *
 * Every chart is a table with a caption: each bar has its number written next to it, and
 * rows name their category in words, so nothing depends on colour or on seeing the bars.
 * The comparison date comes from `since` (controlled), `defaultSince`, or a date picker over
 * the network's own dates (`networkDates`). `redacted` hides names (core `redactNetwork`).
 * Read-only; never changes the network.
 */
export function NetworkSummary(props: NetworkSummaryProps): ReactElement {
  const t = useText(SUMMARY_BUNDLES, props.locale, props.messages);
  const asked = useResolvedLocale(props.locale);
  return (
    <LocaleGate locale={asked}>
    <ViewErrorBoundary
      view="summary"
      resetKey={props.network}
      fallback={() => (
        <p role="alert" data-part="network-summary" data-state="error">
          {t('summary.renderError')}
        </p>
      )}
    >
      <Summary {...props} t={t} />
    </ViewErrorBoundary>
    </LocaleGate>
  );
}

function Summary(props: NetworkSummaryProps & { t: SummaryText }): ReactElement {
  const { t, network, headingLevel = 2, showDatePicker = true } = props;
  const id = useId();
  const H1 = heading(headingLevel);
  const H2 = heading(headingLevel + 1);

  const mode = props.redacted === true ? 'initials' : props.redacted || false;
  const shown = useMemo(() => (mode ? redactNetwork(network, mode) : network), [network, mode]);
  const m: NetworkMetrics = useMemo(() => networkMetrics(shown), [shown]);
  const byId = useMemo(() => new Map(shown.people.map((p) => [p.id, p])), [shown]);
  // Each name bidi-isolated: an Arabic name before the comma cannot pull the next one into its run.
  const names = (ids: readonly string[]) => ids.map((x) => isolate(byId.get(x)?.name ?? x)).join(', ');
  const client = byId.get(shown.focus)?.name ?? t('summary.client');

  const [since, setSince] = useControllableState<string | null>({ value: props.since, defaultValue: props.defaultSince ?? null, onChange: props.onSinceChange });
  const dates = useMemo(() => {
    const list = networkDates(network);
    return since && isFuzzyDate(since) && !list.includes(since) ? [...list, since] : list;
  }, [network, since]);
  const validSince = since && isFuzzyDate(since) ? since : null;
  const sentences = useMemo(() => (validSince ? changeSentences(networkAt(shown, validSince), shown, t) : []), [shown, validSince, t]);
  const dateText = (d: string) => formatFuzzyDate(d, t.locale);

  const charts = m.people === 0 ? null : (
    <div data-part="summary-charts">
      <BarTable
        t={t}
        caption={t('summary.bySector')}
        ofTotal
        labelHeader={t('summary.colSector')}
        countHeader={t('summary.colCount')}
        max={m.people}
        rows={SECTORS.map((s) => ({ key: s, label: t.label('sector', s), value: m.bySector[s] }))}
      />
      <BarTable
        t={t}
        caption={t('summary.formality')}
        ofTotal
        labelHeader={t('summary.colFormality')}
        countHeader={t('summary.colCount')}
        max={m.people}
        rows={[
          { key: 'informal', label: t('summary.informal'), value: m.informal },
          { key: 'formal', label: t('summary.formal'), value: m.formal },
        ]}
      />
      <BarTable
        t={t}
        caption={t('summary.byCloseness')}
        ofTotal
        labelHeader={t('summary.colCircle')}
        countHeader={t('summary.colCount')}
        max={m.people}
        rows={CLOSENESSES.map((c) => ({ key: c, label: t.label('closeness', c), value: m.byCloseness[c] }))}
      />
      {m.clientTies > 0 ? (
        <BarTable
          t={t}
          caption={t('summary.status', { client })}
        ofTotal
          labelHeader={t('summary.colStatus')}
          countHeader={t('summary.colCount')}
          whoHeader={t('summary.colWho')}
          max={m.clientTies}
          rows={TIE_STATUSES.map((s) => {
            const list = s === 'active' ? [] : m[s];
            return { key: s, label: t.label('status', s), value: m.byStatus[s], who: names(list) };
          })}
        />
      ) : (
        <p data-part="summary-note">{t('summary.noTies', { client })}</p>
      )}
      <BarTable
        t={t}
        caption={t('summary.reciprocity')}
        labelHeader={t('summary.colDirection')}
        countHeader={t('summary.colCount')}
        max={Math.max(m.reciprocity.receives, m.reciprocity.gives, 1)}
        rows={[
          { key: 'receives', label: t('summary.reciprocityReceives', { client }), value: m.reciprocity.receives },
          { key: 'gives', label: t('summary.reciprocityGives', { client }), value: m.reciprocity.gives },
          { key: 'mutual', label: t('summary.reciprocityMutual'), value: m.reciprocity.mutual },
        ]}
        note={
          m.reciprocity.receives === 0
            ? t('summary.reciprocityNone', { client })
            : m.reciprocity.receives === 1
              ? t(m.reciprocity.mutual ? 'summary.reciprocityOneMutual' : 'summary.reciprocityOne', { client })
              : t('summary.reciprocitySentence', { client, receives: m.reciprocity.receives, mutual: m.reciprocity.mutual })
        }
      />
      <BarTable
        t={t}
        caption={t('summary.support', { client })}
        labelHeader={t('summary.colSupport')}
        countHeader={t('summary.colCount')}
        whoHeader={t('summary.colWho')}
        max={Math.max(1, ...SUPPORT_TYPES.map((s) => m.supportFrom[s].length))}
        rows={SUPPORT_TYPES.map((s) => ({
          key: s,
          label: t.label('support', s),
          value: m.supportFrom[s].length,
          who: m.supportFrom[s].length ? names(m.supportFrom[s]) : t('summary.nobody'),
        }))}
        note={
          m.supportMissing.length
            ? t('summary.supportMissing', { list: m.supportMissing.map((s) => t.label('support', s)).join(', ') })
            : t('summary.supportAll')
        }
      />
    </div>
  );

  return (
    <section
      data-part="network-summary"
      aria-labelledby={`${id}-title`}
      data-redacted={mode || undefined}
      className={props.className}
      style={props.style}
      lang={t.locale}
    >
      <H1 id={`${id}-title`} data-part="summary-title">
        {props.title ?? t('summary.title')}
      </H1>
      <p data-part="summary-lead">
        {m.people === 0
          ? t('summary.empty', { client })
          : m.people === 1
            ? t('summary.leadOne', { client })
            : t('summary.lead', { count: m.people, client })}
        {mode ? <span data-part="summary-redacted">{` ${t('summary.redacted')}`}</span> : null}
      </p>
      {charts}
      {hasPlanPart(shown, m) ? (
        <section data-part="summary-plan" aria-labelledby={`${id}-plan`}>
          <H2 id={`${id}-plan`} data-part="summary-subtitle">
            {t('summary.plan')}
          </H2>
          <SummaryPlan network={shown} metrics={m} names={names} client={client} today={props.today} t={t} />
        </section>
      ) : null}

      {showDatePicker || validSince ? (
      <section data-part="summary-changes" aria-labelledby={`${id}-changes`}>
        <H2 id={`${id}-changes`} data-part="summary-subtitle">
          {t('summary.changes')}
        </H2>
        {showDatePicker && dates.length > 0 ? (
          <div data-part="summary-since">
            <label htmlFor={`${id}-since`}>{t('summary.since')}</label>
            <select id={`${id}-since`} value={validSince ?? ''} onChange={(e) => setSince(e.target.value === '' ? null : e.target.value)}>
              <option value="">{t('summary.sinceNone')}</option>
              {dates.map((d) => (
                <option key={d} value={d}>
                  {dateText(d)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {validSince ? (
          sentences.length ? (
            <>
              <p data-part="summary-since-text">{t('summary.changesSince', { date: dateText(validSince) })}</p>
              <ul data-part="summary-change-list">
                {sentences.map((s) => (
                  <li key={s.key} data-kind={s.change?.kind ?? 'deceased'}>
                    {s.text}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p data-part="summary-note">{t('summary.noChanges', { date: dateText(validSince) })}</p>
          )
        ) : (
          <p data-part="summary-note">{dates.length ? t('summary.sincePick') : t('summary.noDates')}</p>
        )}
      </section>
      ) : null}
    </section>
  );
}
