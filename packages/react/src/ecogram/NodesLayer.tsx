/**
 * The people of the ecogram's drawing: one memoised {@link NodeItem} per person, the client
 * last (on top), so that an edit or a drag re-renders only the people that changed. Reports
 * the person under the pointer (a hidden name shows while the pointer is on its node).
 * @internal
 */
import { memo, type PointerEvent, type ReactElement } from 'react';
import { effectiveFormality, type Network, type Person } from '@kring/core';
import { BadgeIcon, KindIcon, NodeShape } from '../symbols';
import { badgeRow } from '../view/map/badgeRow';
import type { Badge } from '../view/map/describeMap';
import { FORMAL_HALF } from '../view/map/drawing';
import { f, type Pt } from '../view/map/geometry';

/** No badges: one array for everyone without, so the memo holds. */
export const NO_BADGES: readonly Badge[] = [];

/** Props of {@link NodesLayer}. */
export interface NodesLayerProps {
  network: Network;
  /** Where a person is drawn now (the dragged one at the pointer). */
  pos: (id: string) => Pt | undefined;
  center: Pt;
  badges: ReadonlyMap<string, readonly Badge[]>;
  /** Accessible names of the people. */
  names: ReadonlyMap<string, string>;
  nodeR: number;
  clientR: number;
  hitRadius: number;
  rovingId: string;
  selectedId: string | null;
  openId: string | null;
  dragId: string | null;
  draggable: boolean;
  /** The person under the pointer changed (null: none). */
  onHover: (id: string | null) => void;
  onItemClick: (id: string) => void;
  onItemFocus: (id: string) => void;
}

/** `<g data-part="nodes">` with everyone, the client last. */
export function NodesLayer(props: NodesLayerProps): ReactElement {
  const { network, badges, names, rovingId, selectedId, openId } = props;
  const onPointerOver = (e: PointerEvent<SVGGElement>): void => {
    props.onHover((e.target as Element).closest('[data-part="node"]')?.getAttribute('data-id') ?? null);
  };
  const client = network.people.find((p) => p.id === network.focus);
  return (
    <g data-part="nodes" onPointerOver={onPointerOver} onPointerLeave={() => props.onHover(null)}>
      {network.people.map((person) => {
        if (person.id === network.focus) return null;
        const p = props.pos(person.id);
        if (!p) return null;
        return (
          <NodeItem
            key={person.id}
            person={person}
            badges={badges.get(person.id) ?? NO_BADGES}
            x={p.x}
            y={p.y}
            r={props.nodeR}
            hitRadius={props.hitRadius}
            label={names.get(person.id) ?? person.name}
            tabbable={rovingId === person.id}
            selected={selectedId === person.id}
            expanded={openId === person.id}
            dragging={props.dragId === person.id}
            draggable={props.draggable}
            onClick={props.onItemClick}
            onFocus={props.onItemFocus}
          />
        );
      })}
      {client ? (
        <NodeItem
          person={client}
          badges={badges.get(client.id) ?? NO_BADGES}
          x={props.center.x}
          y={props.center.y}
          r={props.clientR}
          hitRadius={Math.max(props.hitRadius, props.clientR + 4)}
          label={names.get(client.id) ?? client.name}
          tabbable={rovingId === client.id}
          selected={selectedId === client.id}
          expanded={openId === client.id}
          dragging={false}
          draggable={false}
          isClient
          onClick={props.onItemClick}
          onFocus={props.onItemFocus}
        />
      ) : null}
    </g>
  );
}

interface NodeItemProps {
  person: Person;
  /** The person's badges; the same array as long as they do not change (keeps the memo). */
  badges: readonly Badge[];
  x: number;
  y: number;
  r: number;
  hitRadius: number;
  label: string;
  tabbable: boolean;
  selected: boolean;
  expanded: boolean;
  dragging: boolean;
  draggable: boolean;
  isClient?: boolean;
  onClick: (id: string) => void;
  onFocus: (id: string) => void;
}

const NodeItem = /* @__PURE__ */ memo(function NodeItem(props: NodeItemProps): ReactElement {
  const { person, badges, r, isClient } = props;
  const formality = effectiveFormality(person);
  return (
    <g
      data-part="node"
      data-id={person.id}
      data-key={person.id}
      data-kind={person.kind}
      data-formality={formality}
      data-client={isClient ? '' : undefined}
      data-selected={props.selected ? '' : undefined}
      data-dragging={props.dragging ? '' : undefined}
      data-deceased={person.deceased ? '' : undefined}
      data-drag-id={props.draggable && !isClient ? person.id : undefined}
      transform={`translate(${f(props.x)} ${f(props.y)})`}
      role="button"
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={props.label}
      aria-haspopup="dialog"
      aria-expanded={props.expanded}
      onClick={() => props.onClick(person.id)}
      onFocus={() => props.onFocus(person.id)}
    >
      {/* The hit area takes the pointer for the whole person (the plate and icon do not:
          ecogram-drawing.css). No <title> tooltip: the drawn name says it ("<naam> · geen
          contact" included), a hidden name is drawn while the pointer is on the person
          (NodeLabels `hoverId`), and the accessible name holds all; 300 elements and text
          nodes fewer at 300 people (issue 16). */}
      <circle data-part="hit-area" r={props.hitRadius} />
      {/* Only where focus can be (the roving person: every focus moves it there first), or selected. */}
      {props.tabbable || props.selected || props.expanded ? <circle data-part="focus-ring" r={r + 6} /> : null}
      {/* Plate and icon straight in the node (no node-body group: one element fewer per person, issue 16). */}
      <NodeShape formality={formality} cx={0} cy={0} r={formality === 'formal' ? r * FORMAL_HALF : r} deceased={Boolean(person.deceased)} focus={isClient} bare />
      <KindIcon kind={person.kind} cx={0} cy={0} size={isClient ? 26 : Math.round(r * 1.1)} />
      {badges.length > 0 ? (
        <BadgeRow badges={badges} r={r} />
      ) : null}
    </g>
  );
});

function BadgeRow({ badges, r }: { badges: readonly Badge[]; r: number }): ReactElement {
  // One group per badge, straight in the node (no badges group, no icon group inside the badge: issue 16).
  return (
    <>
      {badgeRow(badges.map((b) => b.kind), r).map((spot, i) => (
        <BadgeIcon key={spot.kind} badge={spot.kind} part="badge" cx={spot.x} cy={spot.y} size={spot.size} title={badges[i]?.text} />
      ))}
    </>
  );
}
