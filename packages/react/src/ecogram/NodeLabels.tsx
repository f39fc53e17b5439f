/**
 * The drawn names of the ecogram (`<g data-part="node-labels">`): each person's name as the
 * placer put it (one or two lines, right-to-left names with `direction="rtl"`, a leader line
 * when the name sits further out), a number where a crowded map has no room for the name
 * (the key beside the map lists it), and the name of the person under the pointer, with the
 * keyboard focus, selected or dragged drawn on top of everything. Decorative for assistive
 * technology: every node's accessible name already holds the full name.
 * @internal
 */
import { memo, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import { f, type Pt } from '../view/map/geometry';
import type { PlacedLabel } from '../view/labels/labelPlan';
import { isolate } from '../utils/bidi';

/** Props of {@link NodeLabels}. */
export interface NodeLabelsProps {
  network: Network;
  placement: ReadonlyMap<string, PlacedLabel>;
  /** Key numbers of the people in the key (numbered, shortened or without room). */
  keyed: ReadonlyMap<string, number>;
  positions: ReadonlyMap<string, Pt>;
  rovingId: string;
  selectedId: string | null;
  hoverId: string | null;
  drag: { id: string; x: number; y: number } | null;
}

/** Shift a label (and its leader) by (dx, dy): a dragged person's name follows the pointer. */
function moved(label: PlacedLabel, dx: number, dy: number): PlacedLabel {
  const { box, leader } = label;
  return {
    ...label,
    x: label.x + dx,
    y: label.y + dy,
    box: { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy },
    ...(leader ? { leader: { x1: leader.x1 + dx, y1: leader.y1 + dy, x2: leader.x2 + dx, y2: leader.y2 + dy } } : {}),
  };
}

function NodeLabelsImpl(props: NodeLabelsProps): ReactElement {
  const { network, placement, keyed, drag } = props;
  const shown: ReactElement[] = [];
  const numbers: ReactElement[] = [];
  const revealed: ReactElement[] = [];
  for (const person of network.people) {
    const isClient = person.id === network.focus;
    const label = placement.get(person.id);
    if (!label) continue;
    const dragged = drag?.id === person.id;
    const wanted = person.id === props.rovingId || person.id === props.selectedId || person.id === props.hoverId || dragged;
    const number = keyed.get(person.id);
    const showsName = !label.hidden && !label.numbered;
    if (isClient || (showsName && !dragged)) {
      shown.push(<NodeLabel key={person.id} label={label} isClient={isClient} number={label.truncated ? number : undefined} />);
    } else if (number !== undefined && !dragged) {
      numbers.push(<NodeNumber key={person.id} label={label} number={number} at={label.hidden ? props.positions.get(person.id) : undefined} />);
    }
    if (!isClient && wanted && (!showsName || dragged)) {
      // Drawn last, over the other names: the full name where a number (or nothing) stood.
      const base = label.reveal ?? label;
      const p = props.positions.get(person.id);
      const at = dragged && drag && p ? moved(base, drag.x - p.x, drag.y - p.y) : base;
      revealed.push(<NodeLabel key={`r-${person.id}`} label={at} isClient={false} revealed />);
    }
  }
  return (
    <g data-part="node-labels" aria-hidden="true">
      {shown}
      {numbers}
      {revealed}
    </g>
  );
}

/** The drawn names; re-renders only when its props change. */
export const NodeLabels = /* @__PURE__ */ memo(NodeLabelsImpl);

/**
 * A person's name beside their node, on one or two lines (`tspan`s); drawn above every node so
 * no node hides it. A name shortened with "…" carries its key number in front.
 */
export function NodeLabel({ label, isClient, revealed, number }: { label: PlacedLabel; isClient: boolean; revealed?: boolean; number?: number | undefined }): ReactElement {
  const x = f(label.x);
  // No group around the leader and the text (an element fewer per person: issue 16's first
  // render); both carry the person's id.
  return (
    <>
      {label.leader ? (
        <line
          data-part="label-leader"
          data-id={label.id}
          x1={f(label.leader.x1)}
          y1={f(label.leader.y1)}
          x2={f(label.leader.x2)}
          y2={f(label.leader.y2)}
        />
      ) : null}
      <text
        data-part="node-label"
        data-id={label.id}
        data-client={isClient ? '' : undefined}
        data-truncated={label.truncated ? '' : undefined}
        data-side={label.side}
        data-lines={label.lines.length}
        data-revealed={revealed ? '' : undefined}
        x={x}
        y={f(label.y)}
        fontSize={label.fontSize}
        textAnchor={label.anchor}
        // SVG text has no dir="auto": a right-to-left name says so, or mixed text runs backwards.
        // Isolated (an attribute, so that an exported file keeps it): see utils/bidi.ts.
        direction={label.rtl ? 'rtl' : undefined}
        unicodeBidi="isolate"
      >
        {label.lines.map((line, i) => (
          <tspan key={i} data-part="node-label-line" x={x} dy={i === 0 ? undefined : f(label.lineHeight)}>
            {/* The key number of a shortened name, in front of its first line. */}
            {i === 0 && number !== undefined ? (
              <tspan data-part="node-number-inline" data-export="include">
                {`${number} `}
              </tspan>
            ) : null}
            {/* FSI…PDI around a line with right-to-left or control characters: the key number
                before it keeps its place, and an override in the name stays in the name. */}
            {isolate(line)}
          </tspan>
        ))}
      </text>
    </>
  );
}

/**
 * A person's key number where the name has no room (crowded maps; the key beside the map
 * lists the name). `at`: the node, when the placer found no free spot even for the number
 * (then it sits at the node's lower right, as on paper).
 */
function NodeNumber({ label, number, at }: { label: PlacedLabel; number: number; at: Pt | undefined }): ReactElement {
  const x = at ? at.x + label.fontSize : label.x;
  const y = at ? at.y + label.fontSize * 1.5 : label.y;
  return (
    <>
      {label.leader && !at ? (
        <line data-part="label-leader" data-id={label.id} x1={f(label.leader.x1)} y1={f(label.leader.y1)} x2={f(label.leader.x2)} y2={f(label.leader.y2)} />
      ) : null}
      <text
        data-part="node-number"
        data-export="include"
        data-id={label.id}
        data-placed={at ? undefined : ''}
        x={f(x)}
        y={f(y)}
        fontSize={label.fontSize}
        textAnchor={at ? 'start' : label.anchor}
      >
        {number}
      </text>
    </>
  );
}
