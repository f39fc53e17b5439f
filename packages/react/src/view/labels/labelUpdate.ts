/**
 * The names placed again after an edit, from the placement before it (labelPlacer.ts), instead
 * of from an empty map. Pure: no DOM, no React.
 *
 * When nothing but what some labels say changed (a rename, who is selected; key numbers follow
 * places, so a rename changes none), every other label keeps its place — a name that moves because someone else
 * was renamed would be hard to find again — and only the changed ones are placed, in the
 * placer's order, among the ones that stayed: a selected person's name takes its best spot and
 * the names in its way move. A label that was left as a number or shortened and that now has
 * room, because a changed name gave some up, gets its name back, and the changed labels that
 * did not find room for their name try the placer's repair. Anything else (someone added,
 * moved or given a badge, another size or obstacle), or a change of most labels at once (the
 * whole map turned to numbers), places everything again from scratch.
 *
 * So the result can differ from a whole placement of the same input: it depends on what was
 * shown before, as a map that keeps its names where the reader saw them should.
 * @internal
 */
import { SHORTENED_COST } from './labelCandidates';
import { contains, overlaps, spaceOf, type Box } from './labelGeometry';
import { labelOrder, placeLabelsRemembered, withReveals, type LabelMemory } from './labelPlacer';
import { labelSearch, labelWorld, textKey, type LabelSearch } from './labelSearch';
import type { LabelInput, LabelOptions, PlacedLabel } from './labelTypes';

/**
 * Place the labels of `items`, starting from `previous` when only what labels say changed (see
 * the module comment), else from an empty map. Also returns what the next update starts from.
 */
export function updateLabels(
  previous: LabelMemory | null | undefined, items: readonly LabelInput[], options: LabelOptions,
): { labels: Map<string, PlacedLabel>; memory: LabelMemory } {
  const world = labelWorld(items, options, previous?.world);
  if (!previous || world !== previous.world) return placeLabelsRemembered(items, options, world);
  const search = labelSearch(world, items);
  const held = new Map<string, PlacedLabel>();
  const changed: LabelInput[] = [];
  for (const it of items) {
    const before = previous.inputs.get(it.id);
    const label = previous.labels.get(it.id);
    if (before && label && textKey(before) === textKey(it)) held.set(it.id, label);
    else changed.push(it);
  }
  // Most labels changed (e.g. names turned into numbers for the whole map): an update would be
  // one greedy pass where a whole placement tries several rounds; place everything.
  if (held.size < items.length / 2) return placeLabelsRemembered(items, options, world);
  search.hold(held, previous.costs);
  const evicted = makeWayForEmphasis(search, changed);
  const hardness = new Map([...changed, ...evicted].map((it) => [it.id, search.hardness(it)] as const));
  const order = labelOrder([...changed.filter((it) => !search.result().out.has(it.id)), ...evicted], hardness);
  for (const it of order) search.place(it);
  // Space given up: where the changed and moved labels were and are no longer.
  const freed: Box[] = [];
  for (const it of [...changed, ...evicted]) {
    const before = previous.labels.get(it.id);
    const now = search.result().out.get(it.id);
    if (before && !before.hidden && !(now && !now.hidden && contains(spaceOf(now), spaceOf(before)))) freed.push(spaceOf(before));
  }
  const regained = regainNames(search, freed);
  const failing = [...order, ...regained].filter((it) => !it.client && (search.result().costOf.get(it.id) ?? Infinity) >= SHORTENED_COST);
  search.repair(failing, failing.length);
  const { out, costOf } = search.result();
  // Labels still without a spot keep the hidden label they had (with its name to reveal).
  for (const [id, label] of held) if (label.hidden && !out.has(id)) out.set(id, label);
  const placedAgain = items.filter((it) => out.get(it.id) !== previous.labels.get(it.id));
  const sameReveal = (it: LabelInput): PlacedLabel | undefined => {
    const before = previous.inputs.get(it.id);
    const reveal = previous.labels.get(it.id)?.reveal;
    return before && reveal && textKey(before) === textKey(it) ? reveal : undefined;
  };
  const labels = withReveals(search, out, placedAgain, sameReveal);
  return { labels, memory: { world, inputs: new Map(items.map((it) => [it.id, it] as const)), labels, costs: costOf } };
}

/**
 * A changed label that goes first in a whole placement — the client's (always drawn) or an
 * emphasised one (the selected person) — takes its cheapest spot that nodes and obstacles leave
 * free and only movable names block, as it would on an empty map; the names in its way give up
 * their spot and are placed again. The client's name, when no spot is free of nodes, takes the
 * one that covers the fewest people, as in a whole placement.
 */
function makeWayForEmphasis(search: LabelSearch, changed: readonly LabelInput[]): LabelInput[] {
  const evicted: LabelInput[] = [];
  for (const it of [...changed].sort((a, b) => Number(Boolean(b.client)) - Number(Boolean(a.client)))) {
    if (!it.emphasis && !it.client) continue;
    const chosen = search.first(it, (label) => search.blockers(label.box, label.leader, it.id).every((c) => c.movable)) ?? (it.client ? search.leastCovering(it) : undefined);
    if (!chosen) continue;
    const label = search.labelOf(it, chosen);
    for (const c of search.blockers(label.box, label.leader, it.id)) {
      const other = search.itemOf.get(c.id);
      search.drop(c.id);
      if (other) evicted.push(other);
    }
    search.take(it, label, chosen.spec.cost);
  }
  return evicted;
}

/**
 * Labels shown as a number or shortened (or not at all) whose better spot overlaps the space
 * given up: each takes the cheapest better spot that is free now. Returns those still failing
 * near the freed space (they try the repair too).
 */
function regainNames(search: LabelSearch, freed: readonly Box[]): LabelInput[] {
  if (freed.length === 0) return [];
  const { out, costOf } = search.result();
  const fs = search.opts.fontSize;
  // How far a label's box can reach from its node: leader, gap and the widest line.
  const reach = (it: LabelInput): number => it.r + (it.gap ?? search.opts.gap) + (search.opts.leaders ? 10 * fs : 0) + 16 * (it.fontSize ?? fs);
  const near = (it: LabelInput): boolean => freed.some((b) => it.x > b.x0 - reach(it) && it.x < b.x1 + reach(it) && it.y > b.y0 - reach(it) && it.y < b.y1 + reach(it));
  const failing = search.items.filter((it) => !it.client && (costOf.get(it.id) ?? Infinity) >= SHORTENED_COST && near(it));
  const stillFailing: LabelInput[] = [];
  for (const it of labelOrder(failing)) {
    const current = costOf.get(it.id) ?? Infinity;
    const better = search.first(
      it,
      (label) => freed.some((b) => overlaps(b, label.box)) && !search.blocked(label.box, label.leader, it.id),
      current,
    );
    if (better) search.take(it, search.labelOf(it, better), better.spec.cost);
    if (!out.has(it.id) || (costOf.get(it.id) ?? Infinity) >= SHORTENED_COST) stillFailing.push(it);
  }
  return stillFailing;
}

