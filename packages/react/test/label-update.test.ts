/**
 * Names placed again after an edit (labelUpdate.ts): from the placement shown before, so that a
 * rename moves no one else's name, and still with no overlap, no name on another person and the
 * right key numbers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { updatePerson, type Network } from '@kring/core';
import { generateNetwork } from '@kring/fixtures';
import { positionsOf } from '../src/ecogram/EcogramSvg';
import { mapLayout, mapNodeRadius } from '../src/view/map/mapLayout';
import { ecogramLabelPlan, keyNumbers, type Box, type EcogramLabelPlan, type PlacedLabel } from '../src/view/labels/labelPlan';
import { segmentHitsBox } from '../src/view/labels/labelGeometry';
import { placeLabelsRemembered, type LabelInput } from '../src/view/labels/labelPlacer';
import { updateLabels } from '../src/view/labels/labelUpdate';

const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function planOf(network: Network, previous: EcogramLabelPlan | null, emphasis: string[] = []): EcogramLabelPlan {
  const nodeR = mapNodeRadius(network);
  const layout = mapLayout(network, nodeR);
  return ecogramLabelPlan(network, layout, positionsOf(network, layout), {
    nodeR,
    clientR: 30,
    margin: 32,
    fontSize: 16,
    numbers: keyNumbers(network, layout),
    emphasis: new Set(emphasis),
    ringLabels: ['Binnenste cirkel', 'Middelste cirkel', 'Buitenste cirkel'],
    sectorLabels: { family: 'Familie', friends: 'Vrienden', care: 'Zorg en hulpverlening', other: 'Overig' },
    previous,
  });
}

/** What a reader would take for false: overlapping names, a name on someone else, a leader through a name, a wrong number. */
function problems(network: Network, labels: ReadonlyMap<string, PlacedLabel>): string[] {
  const nodeR = mapNodeRadius(network);
  const layout = mapLayout(network, nodeR);
  const positions = positionsOf(network, layout);
  const numbers = keyNumbers(network, layout);
  const shown = [...labels.values()].filter((l) => !l.hidden);
  const out: string[] = [];
  if (labels.size !== network.people.length) out.push(`labels for ${labels.size} of ${network.people.length}`);
  if (labels.get(network.focus)?.hidden !== false) out.push('client hidden');
  for (const l of shown) {
    for (const [id, p] of positions) {
      if (id === l.id || id === network.focus) continue;
      const dx = Math.max(l.box.x0 - p.x, 0, p.x - l.box.x1);
      const dy = Math.max(l.box.y0 - p.y, 0, p.y - l.box.y1);
      if (Math.hypot(dx, dy) < nodeR && l.id !== network.focus) out.push(`${l.id} on ${id}`);
    }
    for (const o of shown) {
      if (o === l) continue;
      if (overlap(l.box, o.box) && l.id < o.id) out.push(`${l.id} × ${o.id}`);
      if (l.leader && segmentHitsBox(l.leader, o.box)) out.push(`leader ${l.id} through ${o.id}`);
    }
    if (l.numbered && l.text !== String(numbers.get(l.id))) out.push(`${l.id} shows ${l.text}, key says ${numbers.get(l.id)}`);
    const person = network.people.find((p) => p.id === l.id)!;
    if (!l.numbered && !l.truncated && l.lines.join('').replace(/[-\s]/g, '') !== person.name.replace(/[-\s]/g, '')) out.push(`${l.id} shows "${l.text}" for "${person.name}"`);
  }
  return out;
}

const rename = (network: Network, id: string, name: string): Network => {
  const result = updatePerson(network, id, { name });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.network;
};

const missing = (labels: ReadonlyMap<string, PlacedLabel>): number => [...labels.values()].filter((l) => l.hidden || l.numbered || l.truncated).length;

describe('names placed again after a rename', () => {
  it('keep every other name where it was; the renamed one shows the new name', () => {
    const network = generateNetwork(30, 3);
    const before = planOf(network, null);
    const person = network.people.find((p) => p.id !== network.focus && !before.labels.get(p.id)!.numbered)!;
    const renamed = rename(network, person.id, 'Ans');
    const after = planOf(renamed, before);
    expect(problems(renamed, after.labels)).toEqual([]);
    expect(after.labels.get(person.id)!.text).toBe('Ans');
    for (const p of network.people) {
      if (p.id === person.id) continue;
      const a = before.labels.get(p.id)!;
      const b = after.labels.get(p.id)!;
      // a full name never moves; a number may follow the renumbering, at the same spot or a free one
      if (!a.numbered && !a.hidden) expect(b.box, p.name).toEqual(a.box);
    }
    // the ring names stay
    expect(after.ringAngles).toEqual(before.ringAngles);
  });

  it('on a crowded map (300 people) change no number and move no other label: numbers follow places, not names', () => {
    const network = generateNetwork(300, 1);
    const before = planOf(network, null);
    const nodeR = mapNodeRadius(network);
    const numbersBefore = keyNumbers(network, mapLayout(network, nodeR));
    // the first in the alphabet goes last (a key by name renumbered everyone in between)
    const first = [...network.people].filter((p) => p.id !== network.focus).sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const renamed = rename(network, first.id, 'Zwaantje Zwart');
    expect(keyNumbers(renamed, mapLayout(renamed, nodeR))).toEqual(numbersBefore);
    const after = planOf(renamed, before);
    expect(problems(renamed, after.labels)).toEqual([]);
    const numbered = [...before.labels.values()].filter((l) => l.numbered && !l.hidden).length;
    expect(numbered).toBeGreaterThan(100);
    const moved = network.people.filter((p) => {
      if (p.id === first.id) return false;
      const a = before.labels.get(p.id)!;
      const b = after.labels.get(p.id)!;
      return a.hidden !== b.hidden || a.text !== b.text || a.box.x0 !== b.box.x0 || a.box.y0 !== b.box.y0;
    });
    // only what the renamed label's new spot pushed away, if anything
    expect(moved.length).toBeLessThanOrEqual(3);
    expect(missing(after.labels)).toBeLessThanOrEqual(missing(planOf(renamed, null).labels));
  });

  it('holds for any map and any renames (property): no overlap, no name on another person, the key numbers right', { timeout: 300_000 }, () => {
    const names = fc.constantFrom('Al', 'Ans', 'Jan de Vries', 'Bewindvoerderskantoor Amstelland', 'Dr. محمد Amrani', 'Marie-Louise van den Heuvel-Brouwer', 'Zeynep', 'Émile');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 10_000 }), fc.array(fc.tuple(fc.nat(), names, fc.boolean()), { minLength: 1, maxLength: 4 }), (n, seed, edits) => {
        let network = generateNetwork(n, seed);
        let plan = planOf(network, null);
        for (const [k, name, select] of edits) {
          const person = network.people[k % network.people.length]!;
          network = rename(network, person.id, name);
          plan = planOf(network, plan);
          if (problems(network, plan.labels).length > 0) return false;
          if (select) {
            const selected = planOf(network, plan, [person.id]);
            if (problems(network, selected.labels).length > 0) return false;
          }
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it('the client renamed twice keeps a name clear of every other (found by the property above)', () => {
    let network = generateNetwork(32, 1);
    let plan = planOf(network, null);
    for (const name of ['Marie-Louise van den Heuvel-Brouwer', 'Al']) {
      network = rename(network, network.focus, name);
      plan = planOf(network, plan);
      expect(problems(network, plan.labels)).toEqual([]);
    }
    expect(plan.labels.get(network.focus)!.text).toBe('Al');
  });

  it('a selected name takes its best spot, and only the names in its way move', () => {
    // 80 people: crowded enough that names compete (at 16 units the 60 of the whole-placement test all fit).
    const network = generateNetwork(80, 7);
    const base = planOf(network, null);
    const candidates = network.people.filter((p) => base.labels.get(p.id)!.numbered || base.labels.get(p.id)!.hidden);
    expect(candidates.length).toBeGreaterThan(5);
    let shown = 0;
    for (const p of candidates.slice(0, 20)) {
      const selected = planOf(network, base, [p.id]);
      expect(problems(network, selected.labels)).toEqual([]);
      const l = selected.labels.get(p.id)!;
      if (!l.hidden && !l.numbered) shown++;
      const moved = network.people.filter((q) => q.id !== p.id && selected.labels.get(q.id) !== base.labels.get(q.id));
      // the ones that moved were in the way of the selected name
      for (const q of moved) {
        const old = base.labels.get(q.id)!;
        expect(old.hidden || overlap(old.box, l.box) || (l.leader !== undefined && segmentHitsBox(l.leader, old.box)) || !selected.labels.get(q.id)!.hidden).toBe(true);
      }
    }
    expect(shown).toBeGreaterThan(2);
  });

  it('gives a name back when a rename makes room', () => {
    // The client's long name (three lines below her) takes the spots b needs: b is a number.
    const a: LabelInput = { id: 'a', x: 55, y: 25, r: 10, text: 'Alexandra Wilhelmina van Oranje-Nassau', rank: -1, client: true };
    const b: LabelInput = { id: 'b', x: 55, y: 105, r: 10, text: 'Bernadette', number: 2, rank: 1 };
    const options = { bounds: { x0: 0, y0: 0, x1: 110, y1: 120 }, leaders: false };
    const before = placeLabelsRemembered([a, b], options);
    expect(before.labels.get('b')!.text).toBe('2');
    const after = updateLabels(before.memory, [{ ...a, text: 'Al' }, b], options);
    expect(after.labels.get('a')!.text).toBe('Al');
    expect(after.labels.get('b')!.text).toBe('Bernadette');
    expect(after.labels.get('b')!.hidden).toBe(false);
  });

  it('places everything again when most names change at once (every name turned into its number and back)', () => {
    const network = generateNetwork(60, 5);
    const nodeR = mapNodeRadius(network);
    const layout = mapLayout(network, nodeR);
    const positions = positionsOf(network, layout);
    const options = { nodeR, clientR: 30, margin: 32, fontSize: 16, numbers: keyNumbers(network, layout), ringLabels: ['Binnenste cirkel', 'Middelste cirkel', 'Buitenste cirkel'] };
    const names = ecogramLabelPlan(network, layout, positions, options);
    const numbers = ecogramLabelPlan(network, layout, positions, { ...options, numbersOnly: true, previous: names });
    const whole = ecogramLabelPlan(network, layout, positions, { ...options, numbersOnly: true, ringAngles: names.ringAngles });
    expect(numbers.labels).toEqual(whole.labels);
    const back = ecogramLabelPlan(network, layout, positions, { ...options, previous: numbers });
    expect(missing(back.labels)).toBe(missing(ecogramLabelPlan(network, layout, positions, { ...options, ringAngles: names.ringAngles }).labels));
  });

  it('places everything again when someone is added (the map itself changed)', () => {
    const network = generateNetwork(40, 2);
    const before = planOf(network, null);
    const bigger = generateNetwork(41, 2);
    expect(planOf(bigger, before).labels).toEqual(planOf(bigger, null).labels);
  });
});
