/**
 * Dragging a name onto the live map with a pointer (mouse, pen, finger): press on a chip, move
 * (a few px before it counts as a drag, so a click stays a click), let go over a sector and
 * circle. While dragging, a label under the pointer says where it would land.
 */
import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import type { Person } from '@kring/core';
import { dropTarget, type DropCell } from '../map/dropTarget';

/** The drag under way: who, where the pointer is, and the cell under it. */
export interface ChipDrag {
  person: Person;
  x: number;
  y: number;
  cell: DropCell | null;
}

const SLOP = 5;

/** @internal */
export function useChipDrag(mapRef: RefObject<HTMLElement | null>, onDrop: (person: Person, cell: DropCell) => void) {
  const start = useRef<{ person: Person; x: number; y: number; moved: boolean } | null>(null);
  const [drag, setDrag] = useState<ChipDrag | null>(null);
  const dragged = useRef(false);

  const handlers = (person: Person) => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      start.current = { person, x: e.clientX, y: e.clientY, moved: false };
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      if (!s) return;
      if (!s.moved && Math.hypot(e.clientX - s.x, e.clientY - s.y) < SLOP) return;
      s.moved = true;
      setDrag({ person, x: e.clientX, y: e.clientY, cell: dropTarget(mapRef.current, e.clientX, e.clientY) });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      start.current = null;
      setDrag(null);
      if (!s?.moved) return;
      dragged.current = true;
      const cell = dropTarget(mapRef.current, e.clientX, e.clientY);
      if (cell) onDrop(s.person, cell);
    },
    onPointerCancel: () => {
      start.current = null;
      setDrag(null);
    },
  });

  /** The click that ends a drag is not also a click on the chip: `true` once after a drag. */
  const clickAfterDrag = (): boolean => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };

  return { drag, handlers, clickAfterDrag };
}
