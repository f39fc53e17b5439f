/**
 * The lifeline's background: the valence rows (columns when vertical) with their labels, and
 * the life line itself with an arrow to the future. @internal
 */
import type { ReactElement } from 'react';
import type { Valence } from '@kring/core';
import { toneOf, type ChartFrame } from '../view/lifeline/chartGeometry';
import { COLUMN, wrapText, type LifelineLayout } from '../view/lifeline/layout';
import type { LifelineText } from './text';

/** The plot along time and across it (see `LifelineChartProps.plot`). */
type Plot = { t0: number; t1: number; c0: number; c1: number };

/** Valence rows (horizontal) or columns (vertical), with their labels. @internal */
export function ValenceRows({ frame, layout, plot, t }: { frame: ChartFrame; layout: LifelineLayout; plot: Plot; t: LifelineText }): ReactElement {
  const rowLabel = (v: Valence) => t.label('valence', v);
  return (
    <g data-part="rows" aria-hidden="true">
      {layout.rows.map((row) => (
        <rect
          key={row.valence}
          data-part="row"
          data-valence={row.valence}
          data-tone={toneOf(row.valence)}
          {...frame.rect(plot.t0, plot.t1, row.c0, row.c0 + row.size)}
        />
      ))}
      {frame.h
        ? layout.rows.map((row) => {
            const lines = wrapText(rowLabel(row.valence), 14, 2);
            const mid = row.c0 + row.size / 2 - ((lines.length - 1) * 13) / 2 + 4;
            return (
              <text key={row.valence} data-part="row-label" x={plot.t0 - 10} y={mid} textAnchor="end">
                {lines.map((l, i) => (
                  <tspan key={i} x={plot.t0 - 10} dy={i === 0 ? 0 : 13}>
                    {l}
                  </tspan>
                ))}
              </text>
            );
          })
        : (
          <>
            <text data-part="row-label" x={layout.rows[0]?.c0 ?? 0} y={14} textAnchor="start">
              {`← ${rowLabel(-1)}`}
            </text>
            <text
              data-part="row-label"
              x={(layout.rows[4]?.c0 ?? 0) + COLUMN}
              y={30}
              textAnchor="end"
            >
              {`${rowLabel(1)} →`}
            </text>
          </>
        )}
    </g>
  );
}

/** The life line itself, with an arrow to the future. @internal */
export function LifeLine({ frame, layout, plot }: { frame: ChartFrame; layout: LifelineLayout; plot: Plot }): ReactElement {
  const { pt } = frame;
  return (
    <g data-part="life-line" aria-hidden="true">
      <line data-part="line" {...frame.line(plot.t0, layout.line, plot.t1 - 6, layout.line)} />
      <path data-part="line-arrow" d={`M${pt(plot.t1 - 10, layout.line - 6)} L${pt(plot.t1, layout.line)} L${pt(plot.t1 - 10, layout.line + 6)} Z`} />
    </g>
  );
}
