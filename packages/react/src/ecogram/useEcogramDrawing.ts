/**
 * What the ecogram's drawing derives from its data, memoised so that a drag or a pan redoes
 * none of it: the support letters on the ties, the marks moved along them, the accessible
 * names, each person's badges, the placed name labels and the key of numbered names (as data:
 * drawn beside the map and written into the SVG/PNG export, see LabelKey.tsx).
 * @internal
 */
import { useMemo, useRef, useState, type RefObject } from 'react';
import { effectiveFormality, type Network, type Person } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { supportLetters } from '../symbols';
import { badgesOf, describePerson, describeTie, displayName, type Badge } from '../view/map/describeMap';
import { nameOf } from '../view/ties/describeTie';
import type { Pt } from '../view/map/geometry';
import { ecogramLabelPlan, keyNumbers, labelFontFor, type EcogramLabelPlan } from '../view/labels/labelPlan';
import { keyEntries, labelKeyData, type LabelKeyData } from './LabelKey';
import { useLabelMeasure } from './useLabelMeasure';
import { tieMarkPlaces, reachOf, zigzagCalm } from '../view/map/tieMarks';
import type { EcogramText } from './messages';
import { MARGIN, NODE_R } from '../view/map/drawing';
import { useKeptWhileEqual } from '../utils/useKeptWhileEqual';
import { NO_BADGES } from './NodesLayer';

/** What {@link useEcogramDrawing} needs. */
export interface DrawingInput {
  network: Network;
  layout: EcogramLayout;
  positions: Map<string, Pt>;
  t: EcogramText;
  nodeR: number;
  clientR: number;
  selectedId: string | null;
  labels: 'all' | 'focused';
  labelScale: number | undefined;
  hold: boolean | undefined;
  supportLetters: boolean | undefined;
}

/** The data the drawing's layers are rendered from. */
export interface Drawing {
  /** The font has been read and the map's size is known: people, ties and names are drawn. */
  ready: boolean;
  measureRef: RefObject<SVGTextElement | null>;
  letters: Map<string, string>;
  decor: { marks: Map<string, number>; calm: Map<string, [number, number][]>; warnSides: Map<string, 1 | -1> };
  names: { people: Map<string, string>; ties: Map<string, string> };
  badges: Map<string, readonly Badge[]>;
  ringAngles: number[];
  placement: EcogramLabelPlan['labels'];
  /** Key number of each person in the key (numbered, shortened or hidden names). */
  keyedNumbers: Map<string, number>;
  /** The key of numbered names, once for the screen, paper and the export. */
  key: LabelKeyData;
  /** Width of a text as drawn (absent: estimate); for the marks beside the names (useMapMarks.ts). */
  measure: ReturnType<typeof useLabelMeasure>['measure'];
  /** Font size of the names, layout units. */
  fontSize: number;
}

/** @internal */
export function useEcogramDrawing(input: DrawingInput): Drawing {
  const { network, t, nodeR } = input;
  // Support letters per tie ("P G"). Not on crowded maps (the ties step back there, and the
  // letters would cover the people); the legend and the accessible names still say them.
  const showLetters = input.supportLetters !== false && nodeR >= NODE_R - 4;
  // Of the network, only the ties matter: a rename (the same ties array) keeps the letters.
  const letters = useMemo(() => {
    const out = new Map<string, string>();
    if (showLetters) for (const tie of network.ties) out.set(tie.id, supportLetters(tie, t));
    return out;
  }, [network.ties, t, showLetters]);
  // Names measured as drawn where the browser can (useLabelMeasure.ts), sized for ≥ 12 px.
  // Until the font has been read (the first commit in a browser), only the rings and sectors
  // are drawn: people, ties and names are then laid out once, with measured names.
  const measureRef = useRef<SVGTextElement>(null);
  const { measure, ready: fontRead } = useLabelMeasure(measureRef);
  const ready = fontRead && !input.hold;
  const decor = useTieDecor(input, ready);
  const names = useAccessibleNames(input, letters, ready);
  const badges = useBadges(network, t, ready);
  const labels = useLabelPlacement(input, measure, ready);
  return { ready, measureRef, letters, decor, names, badges, measure, ...labels };
}

/**
 * Marks of broken, ended and harmful ties moved along the tie, and zigzags drawn straight,
 * where they would reach into a person beside the line (tieMarks.ts); from the resting positions.
 */
function useTieDecor({ network, layout, positions, clientR, nodeR }: DrawingInput, ready: boolean): Drawing['decor'] {
  const { ties, focus, people } = network;
  // Of the people, only who is formal (drawn square, reaching further) matters here: as a
  // string, so that an edit of someone's name or notes keeps it equal and the memo below holds.
  const formal = useMemo(() => reachKey(people), [people]);
  return useMemo(() => {
    if (!ready) return NO_DECOR;
    const controlOf = (id: string) => layout.ties?.[id]?.control;
    const radiusOf = reachOf({ people: formal.people, focus }, nodeR, clientR);
    const places = tieMarkPlaces(ties, positions, controlOf, radiusOf);
    return { marks: places.spots, warnSides: places.warnSides, calm: zigzagCalm(ties, positions, controlOf, radiusOf) };
    // The ties list keeps its identity through an edit that leaves the ties alone (shareUnchanged),
    // and the layout through one that changes nothing it reads: a rename does not redo this.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `formal.key` stands for `formal.people`
  }, [ties, focus, formal.key, positions, layout, clientR, nodeR, ready]);
}

/** The people as far as their reach goes (reachOf: formal or not), and that as a string. */
function reachKey(people: Network['people']): { key: string; people: Network['people'] } {
  return { key: people.map((p) => `${p.id}:${effectiveFormality(p)}`).join('\n'), people };
}

/**
 * Accessible names only change with the data, not while dragging or panning. Each person's and
 * tie's name is kept while what it says is the same (the same person or tie object, the same
 * place, tie count, end names and letters; the same words, groups and client): an edit
 * describes again only what it touched, not the 1,000 people and ties of a big map.
 */
function useAccessibleNames({ network, layout, t }: DrawingInput, letters: Map<string, string>, ready: boolean): Drawing['names'] {
  const [cache] = useState(nameCache);
  return useMemo(() => {
    if (!ready) return NO_NAMES;
    if (cache.t !== t || cache.groups !== network.groups || cache.focus !== network.focus) {
      Object.assign(cache, { t, groups: network.groups, focus: network.focus });
      cache.people.clear();
      cache.ties.clear();
    }
    const tieCount = new Map<string, number>();
    for (const tie of network.ties) for (const id of tie.between) tieCount.set(id, (tieCount.get(id) ?? 0) + 1);
    const people = new Map<string, string>();
    for (const person of network.people) {
      const placed = person.id === network.focus ? null : (layout.nodes[person.id] ?? null);
      const count = tieCount.get(person.id) ?? 0;
      const known = cache.people.get(person.id);
      if (known && known.person === person && known.placed === placed && known.count === count) {
        people.set(person.id, known.text);
        continue;
      }
      const text = describePerson(person, network, t, placed, count);
      cache.people.set(person.id, { person, placed, count, text });
      people.set(person.id, text);
    }
    const ties = new Map<string, string>();
    for (const tie of network.ties) {
      const a = nameOf(network, tie.between[0]);
      const b = nameOf(network, tie.between[1]);
      const said = letters.get(tie.id) ?? '';
      const known = cache.ties.get(tie.id);
      if (known && known.tie === tie && known.a === a && known.b === b && known.letters === said) {
        ties.set(tie.id, known.text);
        continue;
      }
      const text = describeTie(tie, network, t, letters.get(tie.id));
      cache.ties.set(tie.id, { tie, a, b, letters: said, text });
      ties.set(tie.id, text);
    }
    return { people, ties };
  }, [network, layout, t, letters, ready, cache]);
}

/** The accessible names already made (useAccessibleNames), valid for one `t`, group list and client. */
function nameCache(): {
  t?: EcogramText; groups?: Network['groups']; focus?: string;
  people: Map<string, { person: Person; placed: unknown; count: number; text: string }>;
  ties: Map<string, { tie: Network['ties'][number]; a: string; b: string; letters: string; text: string }>;
} {
  return { people: new Map(), ties: new Map() };
}

/**
 * Badges per person, reusing the previous array when a person's badges did not change, so
 * that one edit re-renders one node and not all of them.
 */
function useBadges(network: Network, t: EcogramText, ready: boolean): Map<string, readonly Badge[]> {
  const badgeCache = useRef({ t, groups: network.groups, people: new Map<string, { person: Person; badges: readonly Badge[] }>() });
  return useMemo(() => {
    if (!ready) return new Map<string, readonly Badge[]>();
    const previous = badgeCache.current;
    // A person's badges say only what the person, the groups and the words say.
    const same = previous.t === t && previous.groups === network.groups;
    const people = new Map<string, { person: Person; badges: readonly Badge[] }>();
    const next = new Map<string, readonly Badge[]>();
    for (const person of network.people) {
      const old = previous.people.get(person.id);
      let badges: readonly Badge[];
      if (same && old?.person === person) badges = old.badges;
      else {
        const fresh = badgesOf(person, network, t);
        badges = old && sameBadges(old.badges, fresh) ? old.badges : fresh.length === 0 ? NO_BADGES : fresh;
      }
      people.set(person.id, { person, badges });
      next.set(person.id, badges);
    }
    badgeCache.current = { t, groups: network.groups, people };
    return next;
  }, [network, t, ready]);
}

/**
 * Name labels: placed so that none overlaps another label or a node (labelPlan.ts); the selected
 * person claims space first. Keyboard focus does not re-place them (arrowing through a crowded
 * map would make names jump); a focused person whose name had no room gets it drawn on top
 * instead, as on hover. Placed from the resting positions, so a drag does not reshuffle the
 * names under the pointer either. With them, the key of the names shown as a number.
 */
function useLabelPlacement(
  input: DrawingInput,
  measure: ReturnType<typeof useLabelMeasure>['measure'],
  ready: boolean,
): Pick<Drawing, 'ringAngles' | 'placement' | 'keyedNumbers' | 'key' | 'fontSize'> {
  const { network, layout, positions, t, nodeR, clientR, selectedId } = input;
  const ringNames = layout.rings.map((ring) => t.label('closeness', ring.closeness)).join('\n');
  const sectorNames = layout.sectors.map((s) => `${s.sector}\t${t.label('sector', s.sector)}`).join('\n');
  const labelFont = labelFontFor(input.labelScale);
  // Key numbers: everyone but the client in the order of the map, so a number never changes
  // with the room or a rename (labelPlan.ts).
  const numbers = useNumbers(network, layout);
  const numbersOnly = input.labels === 'focused';
  const labelOptions = useMemo(
    () => ({
      nodeR,
      clientR,
      ringLabels: ringNames.split('\n'),
      sectorLabels: Object.fromEntries(sectorNames.split('\n').map((line) => line.split('\t') as [string, string])),
      margin: MARGIN,
      fontSize: labelFont,
      numbers,
      numbersOnly,
      nameOf: (person: Person) => displayName(person, t),
      ...(measure ? { measure } : {}),
    }),
    [nodeR, clientR, ringNames, sectorNames, labelFont, numbers, numbersOnly, measure, t],
  );
  // Names and ring names placed together (labelPlan.ts): each ring's name goes along its ring to
  // where it pushes no one's name. Placed without the selection, so that selecting someone does
  // not move the ring names; the selected person's name then claims space first.
  // After an edit that changes only what names say (a rename and the numbers after it), the
  // plan starts from the one before: the other names keep their place (labelUpdate.ts). A
  // cache, not state: any earlier plan is a valid start, also one of a render React dropped.
  const previousPlan = useRef<EcogramLabelPlan | null>(null);
  const plan = useMemo(() => {
    if (!ready) return NO_PLAN;
    const next = ecogramLabelPlan(network, layout, positions, { ...labelOptions, previous: previousPlan.current });
    previousPlan.current = next;
    return next;
  }, [network, layout, positions, labelOptions, ready]);
  const ringAngles = plan.ringAngles;
  // The selected person's name claims its best spot; only the names in its way move.
  const placement = useMemo(
    () =>
      ready && selectedId && positions.has(selectedId)
        ? ecogramLabelPlan(network, layout, positions, { ...labelOptions, emphasis: new Set([selectedId]), ringAngles, previous: plan }).labels
        : plan.labels,
    [network, layout, positions, labelOptions, selectedId, ringAngles, plan, ready],
  );
  // The key (LabelKey.tsx): people shown as a number, a shortened name or not at all, on
  // screen beside the map, on paper under it, and in the SVG/PNG export.
  const keyed = useMemo(() => (ready ? keyEntries(network, placement, numbers) : []), [network, placement, numbers, ready]);
  const keyedNumbers = useMemo(() => new Map(keyed.map((k) => [k.person.id, k.number] as const)), [keyed]);
  const key = useMemo(() => labelKeyData(keyed, layout, t), [keyed, layout, t]);
  return { ringAngles, placement, keyedNumbers, key, fontSize: labelFont };
}

/**
 * The key numbers (keyNumbers), the same Map while they are the same: an edit that moves no one
 * (a rename) keeps every number, and with it the label options the plan is keyed on.
 */
function useNumbers(network: Network, layout: EcogramLayout): Map<string, number> {
  const last = useRef<{ layout: EcogramLayout; people: Network['people']; focus: string; numbers: Map<string, number> } | null>(null);
  const numbers = useMemo(() => {
    // The numbers follow the layout, the people's order and, for someone the layout did not
    // place, their name: the same layout object and the same people in the same order (a
    // rename of someone placed) keep them without sorting everyone again.
    const before = last.current;
    if (before && before.layout === layout && before.focus === network.focus && sameForNumbers(before.people, network.people, layout)) {
      before.people = network.people;
      return before.numbers;
    }
    const next = keyNumbers(network, layout);
    last.current = { layout, people: network.people, focus: network.focus, numbers: next };
    return next;
  }, [network, layout]);
  return useKeptWhileEqual(numbers, (before, next) => before === next || (before.size === next.size && [...next].every(([id, n]) => before.get(id) === n)));
}

/** Whether `b` numbers as `a` did on `layout` (see useNumbers). */
function sameForNumbers(a: Network['people'], b: Network['people'], layout: EcogramLayout): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id) return false;
    if (x.name !== y.name && !Object.prototype.hasOwnProperty.call(layout.nodes, y.id)) return false;
  }
  return true;
}

const NO_NAMES = { people: new Map<string, string>(), ties: new Map<string, string>() };
const NO_DECOR = { marks: new Map<string, number>(), calm: new Map<string, [number, number][]>(), warnSides: new Map<string, 1 | -1>() };
const NO_PLAN: EcogramLabelPlan = { labels: new Map(), ringAngles: [] };
function sameBadges(a: readonly Badge[], b: readonly Badge[]): boolean {
  return a.length === b.length && a.every((x, i) => x.kind === b[i]!.kind && x.text === b[i]!.text);
}
