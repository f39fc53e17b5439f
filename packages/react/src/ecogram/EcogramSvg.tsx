/**
 * The drawing of the ecogram: circles, sectors, ties and people. Pure rendering
 * from props; interaction is wired by the parent (roving focus, click, keys).
 * @internal
 */
import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactElement, type Ref } from 'react';
import { effectiveFormality, type Network, type Person, type Tie } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { BadgeIcon, KindIcon, NodeShape, TieLine, supportLetters, tieMidpoint } from '../symbols';
import { TieHits, tieHitPath } from './TieHits';
import { badgeRow } from './badgeRow';
import { badgesOf, describePerson, describeTie, displayName, type Badge } from './describe';
import { f, polar, ringSlicePath, type Pt } from './geometry';
import { ecogramLabelPlan, ecogramLabels, keyNumbers, labelFontFor, ringLabelPath, RING_LABEL_INSET, type EcogramLabelPlan } from './labels';
import { keyEntries, LabelKey } from './LabelKey';
import { NodeLabels } from './NodeLabels';
import { useLabelMeasure } from './useLabelMeasure';
import { markSpots, zigzagCalm } from './tieMarks';
import type { EcogramText } from './messages';
import { useTieControls } from './useTieControls';
import { LINE_MARGIN } from './mapLayout';
import { isolate } from '../utils/bidi';

/** Node radius of a person on a map with room, layout units (crowded maps draw people smaller: `fitNodeRadius`). */
export const NODE_R = 18;

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
  /** Drawn radius of a person, layout units (from `fitNodeRadius`: smaller on crowded maps). */
  nodeRadius: number;
  positions: Map<string, Pt>;
  t: EcogramText;
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
  /** Names under nodes: always (numbers where there is no room), or numbers only, names for the focused/selected person (large networks). */
  labels: 'all' | 'focused';
  /** CSS px per layout unit of the map at its fitted size: names are sized to be ≥ 12 px there (labels.ts `labelFontFor`). */
  labelScale?: number | undefined;
  draggable: boolean;
  /** Draw only the rings and sectors for now: the map's size is not read yet (the first commit in a browser). */
  hold?: boolean | undefined;
  /** Write the kinds of support on the ties (P, G, A, E, F, H); see `EcogramProps.supportLetters`. Default true. */
  supportLetters?: boolean | undefined;
  svgRef: Ref<SVGSVGElement>;
  viewportRef: Ref<SVGGElement>;
  onItemClick: (id: string) => void;
  onItemFocus: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<SVGSVGElement>) => void;
}

function EcogramSvgImpl(props: EcogramSvgProps): ReactElement {
  const { network, layout, t, idPrefix, rovingId, selectedId, openId, drag, hitRadius } = props;
  const { center } = layout;
  const nodeR = props.nodeRadius;
  const R = layout.rings[layout.rings.length - 1]?.outer ?? layout.size / 2;
  const clientR = Math.min(CLIENT_R, (layout.rings[0]?.inner ?? CLIENT_R * 2) * 0.55);
  const pos = (id: string): Pt | undefined => (drag && drag.id === id ? drag : props.positions.get(id));
  const controlOf = useTieControls(network, layout, props.positions, drag, nodeR + LINE_MARGIN);
  const byId = new Map(network.people.map((p) => [p.id, p] as const));
  // Support letters per tie ("P G"). Not on crowded maps (the ties step back there, and the
  // letters would cover the people); the legend and the accessible names still say them.
  const showLetters = props.supportLetters !== false && nodeR >= NODE_R - 4;
  const letters = useMemo(() => {
    const out = new Map<string, string>();
    if (showLetters) for (const tie of network.ties) out.set(tie.id, supportLetters(tie, t));
    return out;
  }, [network, t, showLetters]);
  // Names measured as drawn where the browser can (useLabelMeasure.ts), sized for ≥ 12 px.
  // Until the font has been read (the first commit in a browser), only the rings and sectors
  // are drawn: people, ties and names are then laid out once, with measured names.
  const measureRef = useRef<SVGTextElement>(null);
  const { measure, ready: fontRead } = useLabelMeasure(measureRef);
  const ready = fontRead && !props.hold;
  // Marks of broken, ended and harmful ties moved along the tie, and zigzags drawn straight,
  // where they would reach into a person beside the line (tieMarks.ts); from the resting positions.
  const { ties, focus } = network;
  const decor = useMemo(() => {
    if (!ready) return NO_DECOR;
    const controlOf = (id: string) => layout.ties?.[id]?.control;
    const radiusOf = (id: string) => (id === focus ? clientR : nodeR);
    return { marks: markSpots(ties, props.positions, controlOf, radiusOf), calm: zigzagCalm(ties, props.positions, controlOf, radiusOf) };
    // The ties list keeps its identity through an edit that leaves the ties alone (shareUnchanged): a rename does not redo this.
  }, [ties, focus, props.positions, layout, clientR, nodeR, ready]);
  // Accessible names only change with the data, not while dragging or panning.
  const names = useMemo(() => {
    if (!ready) return NO_NAMES;
    const tieCount = new Map<string, number>();
    for (const tie of network.ties) for (const id of tie.between) tieCount.set(id, (tieCount.get(id) ?? 0) + 1);
    const people = new Map<string, string>();
    for (const person of network.people) {
      const placed = person.id === network.focus ? null : (layout.nodes[person.id] ?? null);
      people.set(person.id, describePerson(person, network, t, placed, tieCount.get(person.id) ?? 0));
    }
    const ties = new Map<string, string>();
    for (const tie of network.ties) ties.set(tie.id, describeTie(tie, network, t, letters.get(tie.id)));
    return { people, ties };
  }, [network, layout, t, letters, ready]);
  // Badges per person, reusing the previous array when a person's badges did not change, so
  // that one edit re-renders one node and not all of them.
  const badgeCache = useRef(new Map<string, readonly Badge[]>());
  const badges = useMemo(() => {
    if (!ready) return new Map<string, readonly Badge[]>();
    const previous = badgeCache.current;
    const next = new Map<string, readonly Badge[]>();
    for (const person of network.people) {
      const fresh = badgesOf(person, network, t);
      const old = previous.get(person.id);
      next.set(person.id, old && sameBadges(old, fresh) ? old : fresh.length === 0 ? NO_BADGES : fresh);
    }
    badgeCache.current = next;
    return next;
  }, [network, t, ready]);
  // Name labels: placed so that none overlaps another label or a node (labels.ts); the
  // selected person claims space first. Keyboard focus does not re-place them (arrowing
  // through a crowded map would make names jump); a focused person whose name had no room
  // gets it drawn on top instead, as on hover. Placed from the resting positions, so a drag
  // does not reshuffle the names under the pointer either.
  const ringNames = layout.rings.map((ring) => t.label('closeness', ring.closeness)).join('\n');
  const sectorNames = layout.sectors.map((s) => `${s.sector}\t${t.label('sector', s.sector)}`).join('\n');
  const labelFont = labelFontFor(props.labelScale);
  // Key numbers: everyone but the client by name, so a number never changes with the room.
  const numbers = useMemo(() => keyNumbers(network, t.locale), [network, t.locale]);
  const labelOptions = useMemo(
    () => ({
      nodeR,
      clientR,
      ringLabels: ringNames.split('\n'),
      sectorLabels: Object.fromEntries(sectorNames.split('\n').map((line) => line.split('\t') as [string, string])),
      margin: MARGIN,
      fontSize: labelFont,
      numbers,
      numbersOnly: props.labels === 'focused',
      nameOf: (person: Person) => displayName(person, t),
      ...(measure ? { measure } : {}),
    }),
    [nodeR, clientR, ringNames, sectorNames, labelFont, numbers, props.labels, measure, t],
  );
  // Names and ring names placed together (labels.ts): each ring's name goes along its ring to
  // where it pushes no one's name. Placed without the selection, so that selecting someone does
  // not move the ring names; the selected person's name then claims space first.
  const plan = useMemo(
    () => (ready ? ecogramLabelPlan(network, layout, props.positions, labelOptions) : NO_PLAN),
    [network, layout, props.positions, labelOptions, ready],
  );
  const ringAngles = plan.ringAngles;
  const placement = useMemo(
    () =>
      ready && selectedId && props.positions.has(selectedId)
        ? ecogramLabels(network, layout, props.positions, { ...labelOptions, emphasis: new Set([selectedId]), ringAngles })
        : plan.labels,
    [network, layout, props.positions, labelOptions, selectedId, ringAngles, plan, ready],
  );
  // The key (LabelKey.tsx): people shown as a number, a shortened name or not at all, on
  // screen beside the map, on paper under it, and in the SVG/PNG export (`exportKeyOf`).
  const keyed = useMemo(() => (ready ? keyEntries(network, placement, numbers) : []), [network, placement, numbers, ready]);
  const keyedNumbers = useMemo(() => new Map(keyed.map((k) => [k.person.id, k.number] as const)), [keyed]);
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
        {layout.rings.map((ring, i) => {
          const { from, to, r, sweep } = ringLabelPath(center, ring.outer - RING_LABEL_INSET, ringAngles[i] ?? 0);
          return (
            <path key={ring.closeness} id={`${idPrefix}-ring-${ring.closeness}`} d={`M${f(from.x)},${f(from.y)}A${f(r)},${f(r)} 0 0 ${sweep} ${f(to.x)},${f(to.y)}`} />
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
          {layout.sectors.map((s) => (
            <text key={s.sector} data-part="sector-label" data-sector={s.sector}>
              <textPath href={`#${idPrefix}-sector-${s.sector}`} startOffset="50%" textAnchor="middle">
                {t.label('sector', s.sector)}
              </textPath>
            </text>
          ))}
        </g>
        {ready ? (
          <>
        {/* Wide hit areas of all ties under all drawn lines (TieHits.tsx): a click on a visible line selects that line's tie. */}
        <TieHits network={network} positions={pos} controlOf={controlOf} clientR={clientR} nodeR={nodeR} onClick={props.onItemClick} />
        <g data-part="ties">
          {network.ties.map((tie) => {
            const a = pos(tie.between[0]);
            const b = pos(tie.between[1]);
            // The curve around people in the way, computed by the layout (absent = straight); re-routed live while dragging.
            const control = controlOf(tie.id);
            return (
            <TieItem
              key={tie.id}
              tie={tie}
              ax={a?.x}
              ay={a?.y}
              bx={b?.x}
              by={b?.y}
              cx={control?.x}
              cy={control?.y}
              letters={letters.get(tie.id)}
              middle={decor.marks.get(tie.id)}
              calm={decor.calm.get(tie.id)}
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
                t={t}
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
              t={t}
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
        {/* Ring names over people and lines (with a halo): on a crowded map no spot along the
            ring is free, and the name of a circle must stay readable. Name labels keep clear of them. */}
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
        <NodeLabels
          network={network}
          placement={placement}
          keyed={keyedNumbers}
          positions={props.positions}
          rovingId={rovingId}
          selectedId={selectedId}
          hoverId={hoverId}
          drag={drag}
        />
          </>
        ) : null}
        {/* Measures names as drawn (useLabelMeasure.ts); never seen, never exported. */}
        <text ref={measureRef} data-part="label-measure" data-export="exclude" aria-hidden="true" fontSize={100} visibility="hidden" />
      </g>
    </svg>
    {ready ? <LabelKey entries={keyed} layout={layout} t={t} /> : null}
    </>
  );
}

const NO_BADGES: readonly Badge[] = [];
const NO_NAMES = { people: new Map<string, string>(), ties: new Map<string, string>() };
const NO_DECOR = { marks: new Map<string, number>(), calm: new Map<string, [number, number][]>() };
const NO_PLAN: EcogramLabelPlan = { labels: new Map(), ringAngles: [] };
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
  /** Control point of the curve (`EcogramLayout.ties[id].control`), as numbers for the memo; absent = straight. */
  cx: number | undefined;
  cy: number | undefined;
  /** Support letters to write on the line ("P G"); empty or absent = none. */
  letters: string | undefined;
  /** Where the middle mark sits (curve parameter; absent = 0.5): see tieMarks.ts. */
  middle: number | undefined;
  /** Where a zigzag runs straight (curve parameter ranges): see tieMarks.ts. */
  calm: readonly (readonly [number, number])[] | undefined;
  ra: number;
  rb: number;
  label: string;
  tabbable: boolean;
  selected: boolean;
  expanded: boolean;
  onClick: (id: string) => void;
  onFocus: (id: string) => void;
}

const TieItem = /* @__PURE__ */ memo(function TieItem({ tie, ax, ay, bx, by, cx, cy, letters, middle, calm, ra, rb, label, tabbable, selected, expanded, onClick, onFocus }: TieItemProps): ReactElement | null {
  if (ax === undefined || ay === undefined || bx === undefined || by === undefined) return null;
  const a = { x: ax, y: ay };
  const b = { x: bx, y: by };
  const control = cx === undefined || cy === undefined ? undefined : { x: cx, y: cy };
  const key = tieKey(tie.id);
  const hit = tieHitPath(a, b, control, ra + 2, rb + 2);
  // B(0.5): where the marks sit; the editor opens next to it (tie-anchor, see popoverAnchor).
  const mid = tieMidpoint(a, b, control);
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
      {/* Focus and selection halo along the drawn path; not exported. */}
      <path data-part="tie-halo" data-export="exclude" d={hit} />
      {/* With a narrow hit stroke on the drawn line itself, above every wide hit area (TieHits). */}
      <TieLine from={a} to={b} tie={tie} fromInset={ra + 2} toInset={rb + 2} control={control} letters={letters} middle={middle} calm={calm} hitStroke />
      <circle data-part="tie-anchor" data-export="exclude" cx={f(mid.x)} cy={f(mid.y)} r={1} fill="none" />
    </g>
  );
});

interface NodeItemProps {
  person: Person;
  /** Texts (for the tooltip's "<name> · geen contact"). */
  t: EcogramText;
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
        <title>{isolate(displayName(person, props.t))}</title>
        <NodeShape formality={formality} cx={0} cy={0} r={formality === 'formal' ? r * 0.9 : r} deceased={Boolean(person.deceased)} focus={isClient} />
        <KindIcon kind={person.kind} cx={0} cy={0} size={isClient ? 26 : Math.round(r * 1.1)} />
      </g>
      {badges.length > 0 ? (
        <g data-part="badges">
          {badgeRow(badges.map((b) => b.kind), r).map((spot, i) => (
            <g
              key={spot.kind}
              data-part="badge"
              data-badge={spot.kind}
              transform={`translate(${f(spot.x)} ${f(spot.y)})`}
            >
              <title>{badges[i]?.text}</title>
              <BadgeIcon badge={spot.kind} cx={0} cy={0} size={spot.size} />
            </g>
          ))}
        </g>
      ) : null}
    </g>
  );
});

