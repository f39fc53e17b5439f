/**
 * The layers of the network plan and the change overlay (issue 15 point 3), placed by
 * useMapMarks.ts:
 * - {@link GroupOutlinesLayer}, under the ties and people: each group as an outline round its
 *   members, its dash pattern by kind (`GROUP_DASH`), told apart without colour;
 * - {@link MarksLayer}, over the people: the ties' intent markers (`IntentIcon`), each
 *   person's open-action count and intents, the change marks (symbol + word), the people
 *   gone since the chosen date drawn faint and dashed where they were, and the groups' names.
 * Decorative for assistive technology (the accessible names of people and ties say all of it,
 * and the list view describes the changes) and transparent to the pointer: a tap on a mark
 * reaches the person or tie under it.
 * @internal
 */
import { memo, type ReactElement } from 'react';
import { IntentIcon } from '../symbols/IntentIcon';
import { f, type Pt } from '../view/map/geometry';
import type { GroupOutline } from '../view/map/groupOutlines';
import { GROUP_DASH, MARK_SIZE, rowCentres } from '../view/map/markShapes';
import type { MapChanges } from '../view/map/mapChanges';
import { ChangeIcon } from './ChangeIcon';
import type { MapMarks } from './useMapMarks';
import type { ChangeKind } from '../view/map/mapChanges';
import type { EcogramText } from './messages';
import { isolate } from '../utils/bidi';

/** `<g data-part="group-outlines">`: drawn under the ties and the people. */
export const GroupOutlinesLayer = /* @__PURE__ */ memo(function GroupOutlinesLayer({ outlines }: { outlines: readonly GroupOutline[] }): ReactElement | null {
  if (outlines.length === 0) return null;
  return (
    <g data-part="group-outlines" aria-hidden="true">
      {outlines.map(({ group, d }) => (
        <path key={group.id} data-part="group-outline" data-id={group.id} data-group-kind={group.kind} d={d} fillRule="evenodd" strokeDasharray={GROUP_DASH[group.kind]} />
      ))}
    </g>
  );
});

/** Props of {@link MarksLayer}. */
export interface MarksLayerProps {
  marks: MapMarks;
  changes: MapChanges | null;
  ghosts: ReadonlyMap<string, Pt>;
  nodeR: number;
  fontSize: number;
  t: EcogramText;
}

/** `<g data-part="map-marks">`: over the people, under the names. */
export const MarksLayer = /* @__PURE__ */ memo(function MarksLayer({ marks, changes, ghosts, nodeR, fontSize, t }: MarksLayerProps): ReactElement | null {
  const { tieMarks, personMarks, changeMarks, outlines } = marks;
  if (tieMarks.length + personMarks.length + changeMarks.length + outlines.length === 0 && ghosts.size === 0) return null;
  const s = MARK_SIZE;
  return (
    <g data-part="map-marks" aria-hidden="true">
      {[...ghosts].map(([id, p]) => (
        <circle key={id} data-part="ghost" data-id={id} cx={f(p.x)} cy={f(p.y)} r={nodeR} />
      ))}
      {tieMarks.map((m) => (
        <g key={m.tieId} data-part="tie-intents" data-id={m.tieId}>
          {rowCentres(m.x, m.intents.length).map((x, i) => (
            <IntentIcon key={m.intents[i]} intent={m.intents[i]!} cx={x} cy={m.y} size={s} />
          ))}
        </g>
      ))}
      {personMarks.map((m) => {
        const n = (m.count > 0 ? 1 : 0) + m.intents.length;
        const xs = rowCentres(m.x, n);
        return (
          <g key={m.personId} data-part="person-plan" data-id={m.personId}>
            {m.count > 0 ? (
              <g data-part="open-count" data-count={m.count}>
                <rect x={f(xs[0]! - s / 2)} y={f(m.y - s / 2)} width={s} height={s} rx={4} />
                <text x={f(xs[0]!)} y={f(m.y)} textAnchor="middle" dominantBaseline="central" fontSize={16} fontWeight={700}>
                  {m.count > 9 ? '9+' : m.count}
                </text>
              </g>
            ) : null}
            {m.intents.map((intent, i) => (
              <IntentIcon key={intent} intent={intent} cx={xs[i + (m.count > 0 ? 1 : 0)]!} cy={m.y} size={s} />
            ))}
          </g>
        );
      })}
      {changeMarks.map((m) => {
        const h = m.box.y1 - m.box.y0;
        const icon = Math.min(fontSize, h - 6);
        return (
          <g key={`${m.on}:${m.id}`} data-part="change-mark" data-change={m.kind} data-on={m.on} data-id={m.id}>
            <rect x={f(m.box.x0)} y={f(m.box.y0)} width={f(m.w)} height={f(h)} rx={f(h / 2)} />
            <ChangeIcon kind={m.kind} cx={m.box.x0 + 4 + fontSize / 2} cy={m.y} size={icon} />
            <text x={f(m.box.x0 + fontSize + 6 + 4)} y={f(m.y)} dominantBaseline="central" fontSize={fontSize} unicodeBidi="isolate">
              {isolate(changeWord(t, m.kind, changes, m.id))}
            </text>
          </g>
        );
      })}
      {outlines.map(({ group, name }) =>
        name ? (
          <text
            key={group.id}
            data-part="group-name"
            data-id={group.id}
            data-group-kind={group.kind}
            x={f(name.x)}
            y={f(name.y)}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={fontSize}
            unicodeBidi="isolate"
          >
            {isolate(group.name)}
          </text>
        ) : null,
      )}
    </g>
  );
});

/** The words on a change mark: the change, and for someone gone their name too ("Kees · weg"). */
export function changeWord(t: EcogramText, kind: ChangeKind, changes: MapChanges | null, id: string): string {
  const word = t(`change.${kind}`);
  if (kind !== 'gone') return word;
  const full = changes?.gone.find((p) => p.id === id)?.name ?? id;
  const name = Array.from(full).length > 28 ? `${Array.from(full).slice(0, 27).join('')}…` : full;
  return `${name} · ${word}`;
}
