/**
 * The drawing of the ecogram: circles, sectors, ties and people. Pure rendering
 * from props; interaction is wired by the parent (roving focus, click, keys).
 * @internal
 */
import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactElement, type Ref } from 'react';
import { effectiveFormality, type Network, type Person, type Tie } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { BadgeIcon, KindIcon, NodeShape, TieLine } from '../symbols';
import { badgesOf, describePerson, describeTie, type Badge } from './describe';
import { f, polar, ringSlicePath, type Pt } from './geometry';
import { ecogramLabels, ringLabelAngles, RING_LABEL_INSET, type PlacedLabel } from './labels';
import type { Text } from './text';

/** Node radius of a person, layout units (smaller in large networks, see {@link nodeRadiusFor}). */
export const NODE_R = 18;

/** Drawn node radius for a network of `count` people besides the client. */
export function nodeRadiusFor(count: number): number {
  return count > 100 ? 11 : count > 50 ? 14 : NODE_R;
}

/** Radius the layout keeps free around each person: room for the name under small networks' nodes. */
export function layoutRadiusFor(count: number): number {
  return count > 50 ? nodeRadiusFor(count) + 2 : 26;
}
/** Radius of the client's node. */
export const CLIENT_R = 30;
/** Space around the layout square for the sector labels. */
export const MARGIN = 32;

/** Roving-focus ids: people by id, ties prefixed. */
export const tieKey = (id: string): string => `tie:${id}`;

/** Where each person is drawn (client at the centre). */
export function positionsOf(network: Network, layout: EcogramLayout): Map<string, Pt> {
  // Rounded to the 0.1 px the drawing uses (`f`): a warm re-layout after an edit moves
  // everyone by hundredths of a pixel, which would otherwise re-render every node and tie.
  const r = (v: number) => Math.round(v * 10) / 10;
  const out = new Map<string, Pt>();
  out.set(network.focus, { x: r(layout.center.x), y: r(layout.center.y) });
  for (const p of network.people) {
    const n = layout.nodes[p.id];
    if (n && p.id !== network.focus) out.set(p.id, { x: r(n.x), y: r(n.y) });
  }
  return out;
}

/** Props of {@link EcogramSvg}. */
export interface EcogramSvgProps {
  network: Network;
  layout: EcogramLayout;
  positions: Map<string, Pt>;
  t: Text;
  idPrefix: string;
  ariaLabel: string;
  instructionsId: string;
  /** The item holding the single tab stop. */
  rovingId: string;
  selectedId: string | null;
  /** The item whose editor is open (aria-expanded). */
  openId: string | null;
  /** Person being dragged, drawn at the pointer. */
  drag: { id: string; x: number; y: number } | null;
  /** The cell under a dragged person. */
  dropCell: { sector: string; closeness: string } | null;
  hitRadius: number;
  /** Names under nodes: always, or only for the focused/selected person (large networks). */
  labels: 'all' | 'focused';
  draggable: boolean;
  svgRef: Ref<SVGSVGElement>;
  viewportRef: Ref<SVGGElement>;
  onItemClick: (id: string) => void;
  onItemFocus: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
}

function EcogramSvgImpl(props: EcogramSvgProps): ReactElement {
  const { network, layout, t, idPrefix, rovingId, selectedId, openId, drag, hitRadius } = props;
  const { center } = layout;
  const nodeR = nodeRadiusFor(network.people.length - 1);
  const R = layout.rings[layout.rings.length - 1]?.outer ?? layout.size / 2;
  const clientR = Math.min(CLIENT_R, (layout.rings[0]?.inner ?? CLIENT_R * 2) * 0.55);
  const pos = (id: string): Pt | undefined => (drag && drag.id === id ? drag : props.positions.get(id));
  const byId = new Map(network.people.map((p) => [p.id, p] as const));
  // Accessible names only change with the data, not while dragging or panning.
  const names = useMemo(() => {
    const tieCount = new Map<string, number>();
    for (const tie of network.ties) for (const id of tie.between) tieCount.set(id, (tieCount.get(id) ?? 0) + 1);
    const people = new Map<string, string>();
    for (const person of network.people) {
      const placed = person.id === network.focus ? null : (layout.nodes[person.id] ?? null);
      people.set(person.id, describePerson(person, network, t, placed, tieCount.get(person.id) ?? 0));
    }
    const ties = new Map<string, string>();
    for (const tie of network.ties) ties.set(tie.id, describeTie(tie, network, t));
    return { people, ties };
  }, [network, layout, t]);
  // Badges per person, reusing the previous array when a person's badges did not change, so
  // that one edit re-renders one node and not all of them.
  const badgeCache = useRef(new Map<string, readonly Badge[]>());
  const badges = useMemo(() => {
    const previous = badgeCache.current;
    const next = new Map<string, readonly Badge[]>();
    for (const person of network.people) {
      const fresh = badgesOf(person, network, t);
      const old = previous.get(person.id);
      next.set(person.id, old && sameBadges(old, fresh) ? old : fresh.length === 0 ? NO_BADGES : fresh);
    }
    badgeCache.current = next;
    return next;
  }, [network, t]);
  // Name labels: placed so that none overlaps another label or a node (labels.ts); the
  // selected person claims space first. Keyboard focus does not re-place them (arrowing
  // through a crowded map would make names jump); a focused person whose name had no room
  // gets it drawn on top instead, as on hover. Placed from the resting positions, so a drag
  // does not reshuffle the names under the pointer either.
  const ringNames = layout.rings.map((ring) => t(`closeness.${ring.closeness}`)).join('\n');
  // Each ring's name moves along its arc, away from the top, when people sit there.
  const ringAngles = useMemo(
    () => ringLabelAngles(layout, props.positions, ringNames.split('\n'), nodeR),
    [layout, props.positions, ringNames, nodeR],
  );
  const placement = useMemo(
    () =>
      ecogramLabels(network, layout, props.positions, {
        nodeR,
        clientR,
        emphasis: new Set(selectedId ? [selectedId] : []),
        ringLabels: ringNames.split('\n'),
        ringAngles,
        margin: MARGIN,
      }),
    [network, layout, props.positions, nodeR, clientR, selectedId, ringNames, ringAngles],
  );
  // On paper there is no hover: people whose name is not drawn (no room, or a large map
  // showing names on focus only) get a number beside their node and a line in a key under
  // the map. Both are display: none on screen and appear only in print (ecogram.css) and in
  // the SVG/PNG export (the numbers are `data-export="include"`; Ecogram's `toSVG` draws the
  // key from the rendered list, see `exportKeyOf`).
  // A name shortened with "…" is in the key too (its number is printed in front of the
  // shortened name, `inline`): "Karin de…" alone cannot be looked up on paper.
  const printKey = useMemo(() => {
    const listed: { person: Person; inline: boolean }[] = [];
    for (const p of network.people) {
      if (p.id === network.focus) continue;
      const label = placement.get(p.id);
      if (!label || label.hidden || props.labels === 'focused') listed.push({ person: p, inline: false });
      else if (label.truncated) listed.push({ person: p, inline: true });
    }
    listed.sort((a, b) => a.person.name.localeCompare(b.person.name, t.locale) || (a.person.id < b.person.id ? -1 : 1));
    return listed.map((entry, i) => ({ ...entry, number: i + 1 }));
  }, [network, placement, props.labels, t.locale]);
  const inlineNumbers = useMemo(() => new Map(printKey.filter((k) => k.inline).map((k) => [k.person.id, k.number] as const)), [printKey]);
  // The printed key's list (three translations per person) is not redone on every re-render:
  // a drag re-renders on every pointer move.
  const printKeyList = useMemo(
    () => (printKey.length > 0 ? (
      <div data-part="print-key" aria-hidden="true">
        <p data-part="print-key-title">{t('ecogram.printKey')}</p>
        <ol>
          {printKey.map(({ person, number }) => {
            const placed = layout.nodes[person.id];
            return (
              <li key={person.id} value={number}>
                {t('ecogram.printKeyItem', {
                  name: person.name,
                  sector: t(`sector.${placed?.sector ?? person.sector ?? 'other'}` as 'sector.other'),
                  closeness: t(`closeness.${placed?.closeness ?? person.closeness ?? 'outer'}` as 'closeness.outer'),
                })}
              </li>
            );
          })}
        </ol>
      </div>
    ) : null),
    [printKey, layout, t],
  );
  // A hidden name shows while the pointer is on its node.
  const [hoverId, setHoverId] = useState<string | null>(null);
  const onNodesPointerOver = (e: PointerEvent<SVGGElement>): void => {
    const id = (e.target as Element).closest('[data-part="node"]')?.getAttribute('data-id') ?? null;
    if (id !== hoverId) setHoverId(id);
  };
  const viewBox = `${-MARGIN} ${-MARGIN} ${layout.size + 2 * MARGIN} ${layout.size + 2 * MARGIN}`;
  const clientPerson = byId.get(network.focus);

  return (
    <>
    <svg
      ref={props.svgRef}
      data-part="svg"
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-roledescription={t('ecogram.roleDescription')}
      aria-label={props.ariaLabel}
      aria-describedby={props.instructionsId}
      onKeyDown={props.onKeyDown}
      data-labels={props.labels}
      data-density={nodeR < NODE_R ? 'high' : 'normal'}
    >
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
        {layout.rings.map((ring) => {
          const r = ring.outer - RING_LABEL_INSET;
          const p0 = polar(center, r, -60);
          const p1 = polar(center, r, 60);
          return (
            <path key={ring.closeness} id={`${idPrefix}-ring-${ring.closeness}`} d={`M${f(p0.x)},${f(p0.y)}A${f(r)},${f(r)} 0 0 1 ${f(p1.x)},${f(p1.y)}`} />
          );
        })}
      </defs>
      <g data-part="viewport" ref={props.viewportRef}>
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
        {props.dropCell
          ? (() => {
              const ring = layout.rings.find((r) => r.closeness === props.dropCell?.closeness);
              const sector = layout.sectors.find((s) => s.sector === props.dropCell?.sector);
              return ring && sector ? (
                <path data-part="drop-target" data-export="exclude" aria-hidden="true" d={ringSlicePath(center, ring.inner, ring.outer, sector.startAngle, sector.endAngle)} />
              ) : null;
            })()
          : null}
        <g data-part="labels" aria-hidden="true">
          {layout.rings.map((ring, i) => (
            <text key={ring.closeness} data-part="ring-label" data-closeness={ring.closeness}>
              {/* The path runs from -60° to 60°: the offset is where along it the name's middle is. */}
              <textPath href={`#${idPrefix}-ring-${ring.closeness}`} startOffset={`${f(((ringAngles[i] ?? 0) + 60) / 1.2)}%`} textAnchor="middle">
                {t(`closeness.${ring.closeness}`)}
              </textPath>
            </text>
          ))}
          {layout.sectors.map((s) => (
            <text key={s.sector} data-part="sector-label" data-sector={s.sector}>
              <textPath href={`#${idPrefix}-sector-${s.sector}`} startOffset="50%" textAnchor="middle">
                {t(`sector.${s.sector}`)}
              </textPath>
            </text>
          ))}
        </g>
        <g data-part="ties">
          {network.ties.map((tie) => {
            const a = pos(tie.between[0]);
            const b = pos(tie.between[1]);
            return (
            <TieItem
              key={tie.id}
              tie={tie}
              ax={a?.x}
              ay={a?.y}
              bx={b?.x}
              by={b?.y}
              ra={tie.between[0] === network.focus ? clientR : nodeR}
              rb={tie.between[1] === network.focus ? clientR : nodeR}
              label={names.ties.get(tie.id) ?? ''}
              tabbable={rovingId === tieKey(tie.id)}
              selected={selectedId === tie.id}
              expanded={openId === tie.id}
              onClick={props.onItemClick}
              onFocus={props.onItemFocus}
            />
            );
          })}
        </g>
        <g data-part="nodes" onPointerOver={onNodesPointerOver} onPointerLeave={() => setHoverId(null)}>
          {network.people.map((person) => {
            if (person.id === network.focus) return null;
            const p = pos(person.id);
            if (!p) return null;
            return (
              <NodeItem
                key={person.id}
                person={person}
                badges={badges.get(person.id) ?? NO_BADGES}
                x={p.x}
                y={p.y}
                r={nodeR}
                hitRadius={hitRadius}
                label={names.people.get(person.id) ?? person.name}
                tabbable={rovingId === person.id}
                selected={selectedId === person.id}
                expanded={openId === person.id}
                dragging={drag?.id === person.id}
                draggable={props.draggable}
                onClick={props.onItemClick}
                onFocus={props.onItemFocus}
              />
            );
          })}
          {clientPerson ? (
            <NodeItem
              person={clientPerson}
              badges={badges.get(clientPerson.id) ?? NO_BADGES}
              x={center.x}
              y={center.y}
              r={clientR}
              hitRadius={Math.max(hitRadius, clientR + 4)}
              label={names.people.get(clientPerson.id) ?? clientPerson.name}
              tabbable={rovingId === clientPerson.id}
              selected={selectedId === clientPerson.id}
              expanded={openId === clientPerson.id}
              dragging={false}
              draggable={false}
              isClient
              onClick={props.onItemClick}
              onFocus={props.onItemFocus}
            />
          ) : null}
        </g>
        <g data-part="node-labels" aria-hidden="true">
          {(() => {
            const shown: ReactElement[] = [];
            const revealed: ReactElement[] = [];
            for (const person of network.people) {
              const isClient = person.id === network.focus;
              const label = placement.get(person.id);
              if (!label) continue;
              const dragged = drag?.id === person.id;
              const wanted = person.id === rovingId || person.id === selectedId || person.id === hoverId || dragged;
              if (isClient || (props.labels === 'all' && !label.hidden && !dragged)) {
                shown.push(<NodeLabel key={person.id} label={label} isClient={isClient} number={inlineNumbers.get(person.id)} />);
              } else if (wanted) {
                // Drawn last, over the other names; a dragged person's name follows the pointer.
                const at = dragged && drag ? { ...label, x: drag.x, y: drag.y + nodeR + 4 + 10.4, anchor: 'middle' as const } : label;
                revealed.push(<NodeLabel key={person.id} label={at} isClient={false} revealed />);
              }
            }
            return [...shown, ...revealed];
          })()}
          {printKey.map(({ person, number, inline }) => {
            const p = inline ? undefined : props.positions.get(person.id);
            return p ? (
              <text key={person.id} data-part="node-number" data-export="include" data-id={person.id} x={f(p.x + nodeR * 0.75)} y={f(p.y + nodeR + 9)}>
                {number}
              </text>
            ) : null;
          })}
        </g>
      </g>
    </svg>
    {printKeyList}
    </>
  );
}

const NO_BADGES: readonly Badge[] = [];
function sameBadges(a: readonly Badge[], b: readonly Badge[]): boolean {
  return a.length === b.length && a.every((x, i) => x.kind === b[i]!.kind && x.text === b[i]!.text);
}

/** The drawing; re-renders only when its props change. */
export const EcogramSvg = /* @__PURE__ */ memo(EcogramSvgImpl);

interface TieItemProps {
  tie: Tie;
  /** End points as numbers (not objects), so that an unchanged tie keeps its memo when the layout is recomputed. */
  ax: number | undefined;
  ay: number | undefined;
  bx: number | undefined;
  by: number | undefined;
  ra: number;
  rb: number;
  label: string;
  tabbable: boolean;
  selected: boolean;
  expanded: boolean;
  onClick: (id: string) => void;
  onFocus: (id: string) => void;
}

const TieItem = /* @__PURE__ */ memo(function TieItem({ tie, ax, ay, bx, by, ra, rb, label, tabbable, selected, expanded, onClick, onFocus }: TieItemProps): ReactElement | null {
  if (ax === undefined || ay === undefined || bx === undefined || by === undefined) return null;
  const a = { x: ax, y: ay };
  const b = { x: bx, y: by };
  const key = tieKey(tie.id);
  return (
    <g
      data-part="tie"
      data-id={tie.id}
      data-key={key}
      data-strength={tie.strength ?? 'unknown'}
      data-quality={tie.quality ?? 'unknown'}
      data-status={tie.status ?? 'active'}
      data-selected={selected ? '' : undefined}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={() => onClick(key)}
      onFocus={() => onFocus(key)}
    >
      <path data-part="hit-area" d={`M${f(a.x)},${f(a.y)}L${f(b.x)},${f(b.y)}`} />
      <TieLine from={a} to={b} tie={tie} fromInset={ra + 2} toInset={rb + 2} />
    </g>
  );
});

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
      <circle data-part="hit-area" r={props.hitRadius} />
      <circle data-part="focus-ring" r={r + 6} />
      <g data-part="node-body">
        <title>{person.name}</title>
        <NodeShape formality={formality} cx={0} cy={0} r={formality === 'formal' ? r * 0.9 : r} deceased={Boolean(person.deceased)} focus={isClient} />
        <KindIcon kind={person.kind} cx={0} cy={0} size={isClient ? 26 : Math.round(r * 1.1)} />
      </g>
      {badges.length > 0 ? (
        <g data-part="badges">
          {badges.map((badge, i) => (
            <g
              key={badge.kind}
              data-part="badge"
              data-badge={badge.kind}
              transform={`translate(${f((i - (badges.length - 1) / 2) * 19)} ${f(-r - 7)})`}
            >
              <title>{badge.text}</title>
              <BadgeIcon badge={badge.kind} cx={0} cy={0} size={18} />
            </g>
          ))}
        </g>
      ) : null}
    </g>
  );
});

/** A person's name beside their node, shortened at a word boundary; drawn above every node so no node hides it. */
function NodeLabel({ label, isClient, revealed, number }: { label: PlacedLabel; isClient: boolean; revealed?: boolean; number?: number }): ReactElement {
  return (
    <text
      data-part="node-label"
      data-id={label.id}
      data-client={isClient ? '' : undefined}
      data-truncated={label.truncated ? '' : undefined}
      data-side={label.side}
      data-revealed={revealed ? '' : undefined}
      x={f(label.x)}
      y={f(label.y)}
      textAnchor={label.anchor}
    >
      {/* On paper only: the number of this shortened name in the key. */}
      {number !== undefined ? (
        <tspan data-part="node-number-inline" data-export="include">
          {`${number} `}
        </tspan>
      ) : null}
      {label.text}
    </text>
  );
}
