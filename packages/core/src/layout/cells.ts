/**
 * A uniform grid over points, as flat tables. Pure, no DOM.
 * @internal
 */

/** Points bucketed by square cells: see {@link bucketByCell}. */
export interface CellTable {
  /** Indices of the points, sorted by cell. */
  order: Int32Array;
  /** Occupied cell c holds `order[start[c]]` … `order[start[c + 1] - 1]`. */
  start: Int32Array;
  /** The occupied cell at column i, row j, or -1. */
  cellAt: (i: number, j: number) => number;
}

/**
 * Points bucketed by square cells of side `cell`, for "who is near this point" queries that look
 * at the 3 × 3 cells around it: the tie router here, and the map's tie marks and zigzags
 * (`@kring/react`). Flat tables of numbers, not a Map of object lists: a query is a few array
 * reads. The cell lookup is a flat table while the points' cells span a modest rectangle (a map:
 * a few thousand cells), else a Map (obstacles a host spreads far apart would make the table huge).
 */
export function bucketByCell(points: readonly { x: number; y: number }[], cell: number): CellTable {
  const n = points.length;
  const gi = points.map((p) => Math.floor(p.x / cell));
  const gj = points.map((p) => Math.floor(p.y / cell));
  let i0 = Infinity;
  let j0 = Infinity;
  let i1 = -Infinity;
  let j1 = -Infinity;
  for (let k = 0; k < n; k++) {
    i0 = Math.min(i0, gi[k]!);
    j0 = Math.min(j0, gj[k]!);
    i1 = Math.max(i1, gi[k]!);
    j1 = Math.max(j1, gj[k]!);
  }
  const cols = n > 0 ? i1 - i0 + 1 : 0;
  const rows = n > 0 ? j1 - j0 + 1 : 0;
  const keyOf = (i: number, j: number): number => (j - j0) * cols + (i - i0);
  const order = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => keyOf(gi[a]!, gj[a]!) - keyOf(gi[b]!, gj[b]!) || a - b);
  const starts: number[] = [];
  const ids = new Map<number, number>();
  order.forEach((index, k) => {
    const key = keyOf(gi[index]!, gj[index]!);
    if (!ids.has(key)) {
      ids.set(key, starts.length);
      starts.push(k);
    }
  });
  starts.push(n);
  const inside = (i: number, j: number): boolean => i >= i0 && i <= i1 && j >= j0 && j <= j1;
  if (cols * rows <= 8 * n + 4096) {
    const table = new Int32Array(cols * rows).fill(-1);
    for (const [key, id] of ids) table[key] = id;
    return { order, start: Int32Array.from(starts), cellAt: (i, j) => (inside(i, j) ? table[keyOf(i, j)]! : -1) };
  }
  return { order, start: Int32Array.from(starts), cellAt: (i, j) => (inside(i, j) ? ids.get(keyOf(i, j)) ?? -1 : -1) };
}
