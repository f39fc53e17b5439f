/**
 * The summary's one chart: a small bar chart as a table with a caption — a label, the number
 * written next to a decorative bar, and (optionally) who. Used for the network's numbers and
 * for the plan's.
 * @internal
 */
import type { ReactElement } from 'react';
import { breakAfterSlash } from '../utils/breakable';
import type { SummaryText } from './messages';

/** One row of a {@link BarTable}. */
export interface Row {
  key: string;
  label: string;
  value: number;
  who?: string;
}

/** A small bar chart as a table: label, number with a bar, and (optionally) who. */
export function BarTable({ caption, labelHeader, countHeader, whoHeader, rows, max, t, note, ofTotal = false }: {
  caption: string;
  /** `max` is a real total ("7 van 18" is read out); otherwise only the number. */
  ofTotal?: boolean;
  labelHeader: string;
  countHeader: string;
  whoHeader?: string;
  rows: Row[];
  max: number;
  t: SummaryText;
  note?: string;
}): ReactElement {
  return (
    <div data-part="summary-chart">
      <table data-part="summary-table" data-columns={whoHeader ? 3 : 2}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{countHeader}</th>
            {whoHeader ? <th scope="col">{whoHeader}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-value={r.value}>
              <th scope="row">
                <span data-part="summary-label">{breakAfterSlash(r.label)}</span>
                {whoHeader && r.who ? <span data-part="summary-who-inline">{r.who}</span> : null}
              </th>
              <td data-part="summary-count">
                <span data-part="summary-value" aria-hidden={ofTotal || undefined}>
                  {r.value}
                </span>
                <Bar value={r.value} max={max} />
                {ofTotal ? <span data-part="visually-hidden">{t('summary.ofTotal', { value: r.value, total: max })}</span> : null}
              </td>
              {whoHeader ? <td data-part="summary-who">{r.who ?? ''}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p data-part="summary-note">{note}</p> : null}
    </div>
  );
}


/** A horizontal bar (decorative: the number is written next to it). */
function Bar({ value, max }: { value: number; max: number }): ReactElement {
  const share = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  return (
    <svg data-part="summary-bar" viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="14" aria-hidden="true" focusable="false">
      <rect data-part="summary-bar-track" x="0" y="0" width="100" height="10" vectorEffect="non-scaling-stroke" />
      {share > 0 ? <rect data-part="summary-bar-fill" x="0" y="0" width={Math.max(1, share * 100)} height="10" /> : null}
    </svg>
  );
}
