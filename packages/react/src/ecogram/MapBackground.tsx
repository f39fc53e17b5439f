/**
 * The background of the ecogram's drawing: the text paths of the sector and ring names
 * (`<defs>`), the background, sectors, rings, sector dividers, the cell under a dragged person
 * and the sector names; and the ring names drawn over people and lines. Pure rendering.
 * @internal
 */
import type { ReactElement } from 'react';
import type { EcogramLayout } from '@kring/core/layout';
import { f, polar, ringSlicePath } from '../view/map/geometry';
import { ringLabelPath, RING_LABEL_INSET } from '../view/labels/labelPlan';
import type { EcogramText } from './messages';
import { MARGIN } from '../view/map/drawing';

/** Props of {@link MapDefs}. */
export interface MapDefsProps {
  layout: EcogramLayout;
  idPrefix: string;
  /** Outer radius of the map. */
  R: number;
  /** Where each ring's name goes (labelPlan.ts `ringLabelAngles`). */
  ringAngles: readonly number[];
}

/** The paths the sector and ring names are drawn along. */
export function MapDefs({ layout, idPrefix, R, ringAngles }: MapDefsProps): ReactElement {
  const { center } = layout;
  return (
    <defs>
      {layout.sectors.map((s) => {
        const mid = (s.startAngle + s.endAngle) / 2;
        const bottom = mid > 90 && mid < 270;
        const r = bottom ? R + 21 : R + 9;
        const a0 = s.startAngle + 2;
        const a1 = s.endAngle - 2;
        const p0 = polar(center, r, bottom ? a1 : a0);
        const p1 = polar(center, r, bottom ? a0 : a1);
        return (
          <path
            key={s.sector}
            id={`${idPrefix}-sector-${s.sector}`}
            d={`M${f(p0.x)},${f(p0.y)}A${f(r)},${f(r)} 0 0 ${bottom ? 0 : 1} ${f(p1.x)},${f(p1.y)}`}
          />
        );
      })}
      {layout.rings.map((ring, i) => {
        const { from, to, r, sweep } = ringLabelPath(center, ring.outer - RING_LABEL_INSET, ringAngles[i] ?? 0);
        return (
          <path key={ring.closeness} id={`${idPrefix}-ring-${ring.closeness}`} d={`M${f(from.x)},${f(from.y)}A${f(r)},${f(r)} 0 0 ${sweep} ${f(to.x)},${f(to.y)}`} />
        );
      })}
    </defs>
  );
}

/** Props of {@link MapBackground}. */
export interface MapBackgroundProps {
  layout: EcogramLayout;
  t: EcogramText;
  idPrefix: string;
  R: number;
  clientR: number;
  /** The cell under a dragged person. */
  dropCell: { sector: string; closeness: string } | null;
}

/** Background, sectors, rings, dividers, the drop cell and the sector names, in that order. */
export function MapBackground({ layout, t, idPrefix, R, clientR, dropCell }: MapBackgroundProps): ReactElement {
  const { center } = layout;
  return (
    <>
      <rect data-part="background" x={-MARGIN} y={-MARGIN} width={layout.size + 2 * MARGIN} height={layout.size + 2 * MARGIN} />
      <g data-part="sectors" aria-hidden="true">
        {layout.sectors.map((s, i) => (
          <path
            key={s.sector}
            data-part="sector"
            data-sector={s.sector}
            data-alt={i % 2 === 1 ? '' : undefined}
            d={ringSlicePath(center, 0, R, s.startAngle, s.endAngle)}
          />
        ))}
      </g>
      <g data-part="rings" aria-hidden="true">
        {[...layout.rings].reverse().map((ring) => (
          <circle key={ring.closeness} data-part="ring" data-closeness={ring.closeness} cx={center.x} cy={center.y} r={ring.outer} />
        ))}
        <circle data-part="client-disc" cx={center.x} cy={center.y} r={layout.rings[0]?.inner ?? clientR} />
      </g>
      <g data-part="sector-dividers" aria-hidden="true">
        {layout.sectors.map((s) => {
          const p0 = polar(center, layout.rings[0]?.inner ?? 0, s.startAngle);
          const p1 = polar(center, R, s.startAngle);
          return <path key={s.sector} data-part="sector-divider" d={`M${f(p0.x)},${f(p0.y)}L${f(p1.x)},${f(p1.y)}`} />;
        })}
      </g>
      <DropTarget layout={layout} dropCell={dropCell} />
      <g data-part="labels" aria-hidden="true">
        {layout.sectors.map((s) => (
          <text key={s.sector} data-part="sector-label" data-sector={s.sector}>
            <textPath href={`#${idPrefix}-sector-${s.sector}`} startOffset="50%" textAnchor="middle">
              {t.label('sector', s.sector)}
            </textPath>
          </text>
        ))}
      </g>
    </>
  );
}

/** The cell a dragged person would land in; nothing when not dragging. */
function DropTarget({ layout, dropCell }: { layout: EcogramLayout; dropCell: MapBackgroundProps['dropCell'] }): ReactElement | null {
  if (!dropCell) return null;
  const ring = layout.rings.find((r) => r.closeness === dropCell.closeness);
  const sector = layout.sectors.find((s) => s.sector === dropCell.sector);
  return ring && sector ? (
    <path data-part="drop-target" data-export="exclude" aria-hidden="true" d={ringSlicePath(layout.center, ring.inner, ring.outer, sector.startAngle, sector.endAngle)} />
  ) : null;
}

/**
 * Ring names over people and lines (with a halo): on a crowded map no spot along the ring is
 * free, and the name of a circle must stay readable. Name labels keep clear of them.
 */
export function RingLabels({ layout, t, idPrefix }: { layout: EcogramLayout; t: EcogramText; idPrefix: string }): ReactElement {
  return (
    <g data-part="ring-labels" aria-hidden="true">
      {layout.rings.map((ring) => (
        <text key={ring.closeness} data-part="ring-label" data-closeness={ring.closeness}>
          {/* The path is centred on where the name goes (ringLabelPath). */}
          <textPath href={`#${idPrefix}-ring-${ring.closeness}`} startOffset="50%" textAnchor="middle">
            {t.label('closeness', ring.closeness)}
          </textPath>
        </text>
      ))}
    </g>
  );
}
