/**
 * Placement of the name labels of the ecogram: a deterministic greedy placer with one repair
 * pass. Pure: no DOM, no React. Its types are in labelTypes.ts, the candidates (texts, spots,
 * costs, where a candidate puts the label) in labelCandidates.ts.
 *
 * Each label gets candidates, cheapest first, and takes the first that is free:
 * - texts: the name on one line (up to {@link LabelOptions.maxOneLine} em), the name wrapped
 *   over two lines at a space (≤ {@link LabelOptions.maxLine} em a line, then ≤
 *   {@link LabelOptions.maxWideLine} em), then — last resort — two lines with the second
 *   shortened by "…", then the person's number (when the caller gives one; the key lists it);
 * - spots: 16 directions around the node (below first, then above, right, left, the diagonals,
 *   the 22.5° steps between them), touching the node's edge plus the gap; then the same 16
 *   a little further out with a thin leader line from the node to the name.
 *
 * A spot is free when the label stays inside the drawing and covers no other label, no
 * leader line, no node (with clearance), no badge row and no obstacle (ring and sector names).
 * A name without a leader line must also be clearly nearer its own node than any other
 * ({@link LabelOptions.ownMargin}): a name that seems to belong to the next person states
 * something false about a real family.
 *
 * The client's name may move around its node like any other, but never becomes a number.
 *
 * Order: the client, the emphasised people (the selected one), then the people with the
 * fewest free spots (counted against nodes and obstacles only: the hardest first), then
 * closer circles, then by name. After the greedy pass, a label that got only a shortened
 * name or a number tries once to make room by moving one label in its way elsewhere.
 *
 * The search itself (candidates, claims, repair) is in labelSearch.ts, the fixed part of the map
 * it runs in in labelWorld.ts; after an edit that changes only what some labels say,
 * labelUpdate.ts places those among the others instead of everything again.
 * @internal
 */
import { labelAt, SHORTENED_COST, specsOf } from './labelCandidates';
import { FEW_FAILURES, labelSearch, labelWorld, type LabelSearch, type LabelWorld } from './labelSearch';
import type { LabelInput, LabelOptions, PlacedLabel } from './labelTypes';

export type { Box, Segment } from './labelGeometry';
export { CROWDED } from './labelSearch';
export type { LabelInput, LabelOptions, LabelSide, PlacedLabel } from './labelTypes';

/** Greedy rounds after the first, each with the labels that failed so far placed first. */
const ROUNDS = 6;

/** Compare strings by code unit: the same order on every machine and in every locale. */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order in which labels claim space without the hardness measure: client, emphasised, closer circles, name, id. */
export function labelOrder(items: readonly LabelInput[], hardness?: ReadonlyMap<string, number>): LabelInput[] {
  return [...items].sort(
    (a, b) =>
      Number(Boolean(b.client)) - Number(Boolean(a.client)) ||
      Number(Boolean(b.emphasis)) - Number(Boolean(a.emphasis)) ||
      (hardness ? (hardness.get(a.id) ?? 0) - (hardness.get(b.id) ?? 0) : 0) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      byCode(a.text, b.text) ||
      byCode(a.id, b.id),
  );
}

/**
 * What a placement leaves for the next one (labelUpdate.ts): the world it was made in (with
 * every candidate tested so far), what each label showed, and where each went at what cost.
 */
export interface LabelMemory {
  world: LabelWorld;
  inputs: ReadonlyMap<string, LabelInput>;
  labels: ReadonlyMap<string, PlacedLabel>;
  costs: ReadonlyMap<string, number>;
}

/**
 * Place the name labels of `items` so that no two shown labels overlap and no label covers a
 * node, badge row or obstacle. Deterministic: the same input (in any order) gives the same
 * output. Returns one entry per item, by id. Cost about O(n · c · k) with a grid (c ≤ 128
 * candidates, k = things near a spot); a few milliseconds for 150 people.
 */
export function placeLabels(items: readonly LabelInput[], options: LabelOptions = {}): Map<string, PlacedLabel> {
  return placeLabelsRemembered(items, options).labels;
}

/** {@link placeLabels}, with what the next placement may reuse (labelUpdate.ts). */
export function placeLabelsRemembered(
  items: readonly LabelInput[], options: LabelOptions, world?: LabelWorld | null,
): { labels: Map<string, PlacedLabel>; memory: LabelMemory } {
  const search = labelSearch(labelWorld(items, options, world), items);
  const { out, costOf } = placeAll(search);
  const labels = withReveals(search, out, items);
  return { labels, memory: { world: search.world, inputs: new Map(items.map((it) => [it.id, it] as const)), labels, costs: costOf } };
}

/**
 * Every label from an empty map: greedy rounds, each followed by a repair. More rounds for a map
 * that is not crowded (six when a few labels failed, else two): every label that was left
 * without its name in any round so far goes first (after the client and the emphasised, in the
 * order they first failed); the round with fewer such labels (then the lower total cost) wins.
 * Stops when a round adds no new label to that list. Deterministic: the rounds depend only on
 * the input.
 */
function placeAll(search: LabelSearch): { out: Map<string, PlacedLabel>; costOf: Map<string, number> } {
  const { items, greedy } = search;
  const crowded = search.opts.crowded;
  const hardness = new Map(items.map((it) => [it.id, search.hardness(it)] as const));
  const order = labelOrder(items, hardness);
  const failedOf = (r: { costOf: Map<string, number> }): LabelInput[] =>
    order.filter((it) => !it.client && (r.costOf.get(it.id) ?? Infinity) >= SHORTENED_COST);
  const total = (r: { costOf: Map<string, number> }): number => [...r.costOf.values()].reduce((x, y) => x + y, 0);
  let best = greedy(order);
  let last = best;
  const priority: LabelInput[] = [];
  const rounds = failedOf(best).length <= FEW_FAILURES ? ROUNDS : 2;
  for (let round = 0; round < rounds && !crowded; round++) {
    const fresh = failedOf(last).filter((it) => !it.emphasis && !priority.includes(it));
    if (failedOf(best).length === 0 || fresh.length === 0) break;
    priority.push(...fresh);
    const lead = order.filter((it) => it.client || it.emphasis);
    const rest = order.filter((it) => !it.client && !it.emphasis && !priority.includes(it));
    last = greedy([...lead, ...priority, ...rest]);
    const a = failedOf(last).length;
    const b = failedOf(best).length;
    if (a < b || (a === b && total(last) < total(best))) best = last;
  }
  return best;
}

/**
 * Nothing free at all: the label shows on hover, focus or selection only. A number (or no
 * label) gets the name to show then: below the node, over whatever is there. For the labels of
 * `of` (an update: those it placed again); the others are taken from `out` as they are. `known`
 * gives a name already laid out for it (an update: the one before, when the name is the same).
 */
export function withReveals(
  search: LabelSearch, out: ReadonlyMap<string, PlacedLabel>, of: Iterable<LabelInput>, known?: (it: LabelInput) => PlacedLabel | undefined,
): Map<string, PlacedLabel> {
  const result = new Map(out);
  for (const it of of) {
    const placed = out.get(it.id);
    if (placed && !placed.numbered) continue;
    const nameSpec = known?.(it) ? undefined : specsOf({ ...it, numberOnly: false }, { ...search.opts, leaders: false })[0];
    const reveal = known?.(it) ?? (nameSpec ? labelAt(it, nameSpec, search.opts) : undefined);
    if (placed && reveal) result.set(it.id, { ...placed, reveal });
    else if (!placed && reveal) result.set(it.id, { ...reveal, hidden: true, reveal });
  }
  return result;
}

