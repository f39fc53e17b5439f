/**
 * The ties of the ecogram's drawing: one memoised {@link TieItem} per tie, so that an edit or
 * a drag re-renders only the ties that changed. Pure rendering.
 * @internal
 */
import { memo, type ReactElement } from 'react';
import type { Network, Tie } from '@kring/core';
import { TieLine, tieMidpoint } from '../symbols';
import { tieTrackPath } from './TieHits';
import { f, type Pt } from '../view/map/geometry';
import { tieKey, type TieEndsProps } from '../view/map/drawing';

/** Props of {@link TiesLayer}. */
export interface TiesLayerProps {
  network: Network;
  /** Where a person is drawn now (the dragged one at the pointer). */
  pos: (id: string) => Pt | undefined;
  /** The curve around people in the way, computed by the layout (absent = straight); re-routed live while dragging. */
  controlOf: (id: string) => Pt | undefined;
  letters: ReadonlyMap<string, string>;
  decor: { marks: ReadonlyMap<string, number>; calm: ReadonlyMap<string, [number, number][]>; warnSides: ReadonlyMap<string, 1 | -1> };
  /** Accessible names of the ties. */
  names: ReadonlyMap<string, string>;
  clientR: number;
  nodeR: number;
  rovingId: string;
  selectedId: string | null;
  openId: string | null;
  onItemClick: (id: string) => void;
  onItemFocus: (id: string) => void;
  /**
   * Ties drawn in the drag layer while their person is dragged: here they stay at rest, unseen
   * (`data-moving`), so that this layer does not change while the pointer moves.
   */
  moving?: ReadonlySet<string> | undefined;
  /**
   * Draw only these ties, as copies that follow the pointer (the drag layer, EcogramSvg.tsx):
   * no role, focus, name or id of their own — the resting originals keep those.
   */
  only?: ReadonlySet<string> | undefined;
}

/**
 * `<g data-part="ties">` with every tie (or, in the drag layer, the dragged person's). Memoised:
 * while a person is dragged the resting layer gets the same props at every move and is skipped.
 */
export const TiesLayer = /* @__PURE__ */ memo(function TiesLayer(props: TiesLayerProps): ReactElement {
  const { network, pos, clientR, nodeR, only, moving } = props;
  return (
    <g data-part="ties">
      {network.ties.map((tie) => {
        if (only && !only.has(tie.id)) return null;
        const a = pos(tie.between[0]);
        const b = pos(tie.between[1]);
        const control = props.controlOf(tie.id);
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
            letters={props.letters.get(tie.id)}
            middle={props.decor.marks.get(tie.id)}
            calm={props.decor.calm.get(tie.id)}
            warnSide={props.decor.warnSides.get(tie.id)}
            ra={tie.between[0] === network.focus ? clientR : nodeR}
            rb={tie.between[1] === network.focus ? clientR : nodeR}
            label={props.names.get(tie.id) ?? ''}
            tabbable={props.rovingId === tieKey(tie.id)}
            selected={props.selectedId === tie.id}
            expanded={props.openId === tie.id}
            moving={moving?.has(tie.id) ?? false}
            copy={only !== undefined}
            onClick={props.onItemClick}
            onFocus={props.onItemFocus}
          />
        );
      })}
    </g>
  );
});

/** One drawn tie: its ends and curve control (`EcogramLayout.ties[id].control`) as numbers for the memo. */
interface TieItemProps extends TieEndsProps {
  tie: Tie;
  /** Support letters to write on the line ("P G"); empty or absent = none. */
  letters: string | undefined;
  /** Where the middle mark sits (curve parameter; absent = 0.5): see tieMarks.ts. */
  middle: number | undefined;
  /** Where a zigzag runs straight (curve parameter ranges): see tieMarks.ts. */
  calm: readonly (readonly [number, number])[] | undefined;
  /** Side of the warning triangle beside a mark (see tieMarks.ts `tieMarkPlaces`). */
  warnSide: 1 | -1 | undefined;
  ra: number;
  rb: number;
  label: string;
  tabbable: boolean;
  selected: boolean;
  expanded: boolean;
  /** Drawn in the drag layer now: unseen here. */
  moving: boolean;
  /** A copy in the drag layer: drawing only. */
  copy: boolean;
  onClick: (id: string) => void;
  onFocus: (id: string) => void;
}

const TieItem = /* @__PURE__ */ memo(function TieItem({ tie, ax, ay, bx, by, cx, cy, letters, middle, calm, warnSide, ra, rb, label, tabbable, selected, expanded, moving, copy, onClick, onFocus }: TieItemProps): ReactElement | null {
  if (ax === undefined || ay === undefined || bx === undefined || by === undefined) return null;
  const a = { x: ax, y: ay };
  const b = { x: bx, y: by };
  const control = cx === undefined || cy === undefined ? undefined : { x: cx, y: cy };
  const key = tieKey(tie.id);
  // The focus and selection halo only on the tie that can take focus (the roving one: every
  // focus moves the roving tie first), is selected or has its editor open; the others draw
  // none (one path fewer per tie, and its track is not computed: issue 16's first render).
  const halo = tabbable || selected || expanded ? tieTrackPath(a, b, control, ra + 2, rb + 2) : null;
  const drawing = (
    <>
      {/* Focus and selection halo along the drawn path; not exported. */}
      {halo !== null ? <path data-part="tie-halo" data-export="exclude" d={halo} /> : null}
      {/* Drawn into this group (no tie-line group of its own); the drawn line and marks take the click (TieHits.tsx). */}
      <TieLine from={a} to={b} tie={tie} fromInset={ra + 2} toInset={rb + 2} control={control} letters={letters} middle={middle} calm={calm} warnSide={warnSide} bare />
    </>
  );
  if (copy) {
    // `data-copy-of`: the drag layer lights a copy as its original is (DragLayer.tsx).
    return (
      <g data-part="tie" data-copy-of={tie.id} data-strength={tie.strength ?? 'unknown'} data-quality={tie.quality ?? 'unknown'} data-status={tie.status ?? 'active'} data-selected={selected ? '' : undefined}>
        {drawing}
      </g>
    );
  }
  // B(0.5): where the marks sit; the editor opens next to it (data-mid, read by popoverAnchor:
  // an attribute, not an element per tie — issue 16's first render).
  const mid = tieMidpoint(a, b, control);
  return (
    <g
      data-part="tie"
      data-id={tie.id}
      data-key={key}
      data-moving={moving ? '' : undefined}
      data-strength={tie.strength ?? 'unknown'}
      data-quality={tie.quality ?? 'unknown'}
      data-status={tie.status ?? 'active'}
      data-selected={selected ? '' : undefined}
      data-curved={control ? '' : undefined}
      data-mid={`${f(mid.x)} ${f(mid.y)}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={() => onClick(key)}
      onFocus={() => onFocus(key)}
    >
      {drawing}
    </g>
  );
});
