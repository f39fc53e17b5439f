import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dennisNoNetwork, fatimaNetwork, generateNetwork, generateRealisticNetwork, samirNetwork, yonasNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';
import { positionsOf } from '../src/ecogram/EcogramSvg';
import { mapLayout, mapNodeRadius } from '../src/view/map/mapLayout';
import { ecogramLabels, keyNumbers, labelFontFor, labelOrder, placeLabels, ringLabelAngles, type Box, type LabelInput, type PlacedLabel } from '../src/view/labels/labelPlan';
import { segmentHitsBox } from '../src/view/labels/labelGeometry';
import { hyphenatedLines, hyphenBreaks, isRtl, shortenToFit, splitLines, wrapAndShorten } from '../src/view/labels/labelText';

const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function labelsOf(network: Network, emphasis: string[] = [], fontSize = 13): Map<string, PlacedLabel> {
  const layout = mapLayout(network, mapNodeRadius(network));
  return ecogramLabels(network, layout, positionsOf(network, layout), {
    nodeR: mapNodeRadius(network),
    clientR: 30,
    emphasis: new Set(emphasis),
    margin: 32,
    fontSize,
    numbers: keyNumbers(network, layout),
    ringLabels: ['Binnenste cirkel', 'Middelste cirkel', 'Buitenste cirkel'],
    sectorLabels: { family: 'Familie', friends: 'Vrienden', peers: 'Lotgenoten/medebewoners', community: 'Buurt en samenleving', work: 'Werk, school, dagbesteding', care: 'Zorg en hulpverlening', other: 'Overig' },
  });
}

function visibleOverlaps(labels: Map<string, PlacedLabel>): string[] {
  const shown = [...labels.values()].filter((l) => !l.hidden);
  const bad: string[] = [];
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      if (overlap(shown[i]!.box, shown[j]!.box)) bad.push(`${shown[i]!.id} × ${shown[j]!.id}`);
    }
  }
  return bad;
}

describe('name labels on the ecogram', () => {
  it.each([20, 100, 300])('no two visible labels overlap in a generated network of %i people; the client is always shown', (n) => {
    const network = generateNetwork(n, 7);
    const labels = labelsOf(network);
    expect(labels.size).toBe(network.people.length);
    expect(visibleOverlaps(labels)).toEqual([]);
    expect(labels.get(network.focus)?.hidden).toBe(false);
    // the placer does not give up early: a good share of the names is shown
    const shown = [...labels.values()].filter((l) => !l.hidden).length;
    expect(shown).toBeGreaterThan(Math.min(n, 40) / 2);
  });

  // Up to 80 people. The client's name is always drawn: when the inner circle leaves it no free
  // spot (generated networks of 43+ people with everyone close by), it takes the spot that
  // covers the fewest — at most one person (found by a scan of sizes 1–80 × 12 seeds).
  // About 25 s of CPU on the 2-core machine: a generous guard against a hang, not a speed
  // assertion (a fresh-clone run with helpers' builds alongside took 116 s at the 60 s default).
  it('holds for any seed and size up to 80 people (property): no overlap, no label on another node, leaders cross no label', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 10_000 }), (n, seed) => {
        const network = generateNetwork(n, seed);
        const labels = labelsOf(network, [], 16);
        const layout = mapLayout(network, mapNodeRadius(network));
        const positions = positionsOf(network, layout);
        const shown = [...labels.values()].filter((l) => !l.hidden);
        for (const l of shown) {
          let covered = 0;
          for (const [id, p] of positions) {
            if (id === l.id || id === network.focus) continue;
            const dx = Math.max(l.box.x0 - p.x, 0, p.x - l.box.x1);
            const dy = Math.max(l.box.y0 - p.y, 0, p.y - l.box.y1);
            if (Math.hypot(dx, dy) < mapNodeRadius(network)) covered++;
          }
          if (covered > (l.id === network.focus ? 1 : 0)) return false;
          for (const o of shown) if (o !== l && l.leader && segmentHitsBox(l.leader, o.box)) return false;
        }
        return visibleOverlaps(labels).length === 0 && labels.get(network.focus)?.hidden === false;
      }),
      { numRuns: 14 },
    );
  });

  it('is deterministic, whatever the order of the input', () => {
    const network = generateNetwork(100, 3);
    const a = labelsOf(network);
    const b = labelsOf({ ...network, people: [...network.people].reverse() });
    expect([...b.entries()].sort(([x], [y]) => (x < y ? -1 : 1))).toEqual([...a.entries()].sort(([x], [y]) => (x < y ? -1 : 1)));
  });

  it.each([13, 16.5])('draws every name in full in the seeds’ networks and small generated ones (font %s): wrapped, never shortened', (font) => {
    for (const network of [fatimaNetwork, samirNetwork, yonasNetwork, dennisNoNetwork, generateNetwork(10, 7), generateNetwork(20, 7)]) {
      const labels = labelsOf(network, [], font);
      const short = [...labels.values()].filter((l) => l.hidden || l.numbered || l.truncated).map((l) => l.id);
      expect(short, network.id).toEqual([]);
      // the lines read back as the name (a break after a hyphen keeps the hyphen and has no space)
      const joined = (lines: string[]) => lines.reduce((acc, l) => (acc === '' ? l : acc + (acc.endsWith('-') ? '' : ' ') + l), '');
      for (const person of network.people) expect(joined(labels.get(person.id)?.lines ?? [])).toBe(person.name.trim().replace(/\s+/g, ' '));
      expect(visibleOverlaps(labels)).toEqual([]);
    }
    // "Dagbesteding Het Atelier aan de Amstel" wraps at a space onto two lines
    expect(labelsOf(fatimaNetwork, [], font).get('o-dagbesteding')?.lines.length).toBeGreaterThan(1);
  });

  it('gives a selected or focused person a spot before the others', () => {
    // 60 people: crowded enough that names compete, not so packed that nodes leave no room.
    const network = generateNetwork(60, 7);
    const without = [...labelsOf(network).values()].filter((l) => l.hidden || l.numbered).map((l) => l.id);
    expect(without.length).toBeGreaterThan(0);
    // Other labels never push an emphasised name away (only nodes can leave it no room).
    const freed = without.slice(0, 30).filter((id) => {
      const l = labelsOf(network, [id]).get(id);
      return l?.hidden === false && !l.numbered;
    });
    expect(freed.length).toBeGreaterThan(0);
  });

  it('orders client, emphasised, closer circles, then name', () => {
    const item = (id: string, extra: Partial<LabelInput>): LabelInput => ({ id, x: 0, y: 0, r: 1, text: id, ...extra });
    const order = labelOrder([item('b', { rank: 1 }), item('a', { rank: 1 }), item('c', { rank: 0 }), item('d', { rank: 2, emphasis: true }), item('z', { client: true, rank: -1 })]);
    expect(order.map((i) => i.id)).toEqual(['z', 'd', 'c', 'a', 'b']);
  });

  it('never puts a name where it reads as the next person’s, and hides it when nothing is free', () => {
    const node = (id: string, x: number, y: number): LabelInput => ({ id, x, y, r: 10, text: 'Anna', rank: id === 'a' ? 0 : 1 });
    // Two nodes 50 apart, one above the other: a name between them would belong to both.
    const two = placeLabels([node('a', 0, 0), node('b', 0, 50)]);
    expect(two.get('a')?.side).toBe('above');
    expect(two.get('b')?.side).toBe('below');
    // a ring of neighbours leaves the middle node no room at all
    const crowd = [node('a', 0, 0), ...[0, 60, 120, 180, 240, 300].map((deg, i) => node(`n${i}`, 22 * Math.cos((deg * Math.PI) / 180), 22 * Math.sin((deg * Math.PI) / 180)))];
    const placed = placeLabels(crowd.map((c) => (c.id === 'a' ? { ...c, rank: 5 } : c)));
    expect(placed.get('a')?.hidden).toBe(true);
    // with a gap in the ring, its number goes out through the gap on a leader line
    const open = placeLabels(crowd.filter((c) => c.id !== 'n0').map((c) => (c.id === 'a' ? { ...c, rank: 5, number: 7 } : c)));
    expect(open.get('a')?.hidden).toBe(false);
  });

  it('uses measured widths when given', () => {
    const wide = placeLabels([{ id: 'a', x: 0, y: 0, r: 10, text: 'Al', measure: () => 100 }]);
    const box = wide.get('a')!.box;
    expect(box.x1 - box.x0).toBeCloseTo(104);
  });

  it('wraps at spaces, keeps a long surname whole, and shortens only a name too long for the lines', () => {
    const w = (s: string) => Array.from(s).length * 10; // 10 units a character
    expect(splitLines('Dagbesteding Het Atelier aan de Amstel', 2, 220, w)).toEqual(['Dagbesteding Het', 'Atelier aan de Amstel']);
    expect(splitLines('Dagbesteding Het Atelier aan de Amstel', 2, 200, w)).toBeNull();
    expect(splitLines('Dagbesteding Het Atelier aan de Amstel', 3, 150, w)).toEqual(['Dagbesteding', 'Het Atelier', 'aan de Amstel']);
    expect(splitLines('Mohammed El Khattabi', 2, 120, w)).toEqual(['Mohammed', 'El Khattabi']);
    expect(splitLines('Eén', 2, 100, w)).toBeNull();
    // a double surname breaks after its hyphen, the hyphen kept
    expect(splitLines('Kwakernaak-Tjon-A-Fong', 2, 120, w)).toEqual(['Kwakernaak-', 'Tjon-A-Fong']);
    const long = 'Wilhelmina '.repeat(18).trim();
    const cut = wrapAndShorten(long, 150, w);
    expect(cut.truncated).toBe(true);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]).toMatch(/…$/);
    for (const line of cut.lines) expect(w(line)).toBeLessThanOrEqual(150);
    // one word wider than a line: broken inside the word, not dropped
    const word = wrapAndShorten('Kwakernaak-Tjon-A-Fong', 150, w);
    expect(word.lines.join('')).toBe('Kwakernaak-Tjon-A-Fong');
    expect(word.truncated).toBe(false);
    expect(shortenToFit('Jan de Vries', 1000, w)).toBe('Jan de Vries');
  });

  it('breaks a long word with a hyphen between syllables, only where nothing else fits', () => {
    const broken = (word: string): string[] => hyphenBreaks(word).map((i) => `${Array.from(word).slice(0, i).join('')}-${Array.from(word).slice(i).join('')}`);
    expect(broken('Bewindvoerderskantoor')).toEqual(['Bewind-voerderskantoor', 'Bewindvoer-derskantoor', 'Bewindvoerders-kantoor', 'Bewindvoerderskan-toor']);
    // A group of consonants that can start a word stays together: "prak", not "p-rak".
    expect(broken('Huisartsenpraktijk')).toContain('Huisartsen-praktijk');
    expect(broken('Huisartsenpraktijk')).not.toContain('Huisartsenp-raktijk');
    // Never inside "ch", "ng" or the Dutch "ij"; four letters at least on either side.
    expect(broken('Woldemichael')).toEqual(['Wolde-michael', 'Woldemi-chael']);
    expect(broken('Schuldhulpverlening')).not.toContain('Schuldhulpverleni-ng');
    expect(broken('Leefstijlcoach')).toEqual(['Leef-stijlcoach', 'Leefstijl-coach']);
    // Inside the pieces of a hyphenated word; not in other scripts or short words.
    expect(broken('Oost-Watergraafsmeer')).toContain('Oost-Water-graafsmeer');
    expect(hyphenBreaks('محمدالعمراني')).toEqual([]);
    expect(hyphenBreaks('Anna')).toEqual([]);
    const w = (s: string) => Array.from(s).length * 10;
    // The narrowest lines win: here the word breaks at "voer-ders", still between syllables.
    const lines = hyphenatedLines('Bewindvoerderskantoor Amstelland', 150, w)!;
    expect(lines).toEqual(['Bewindvoer-', 'derskantoor', 'Amstelland']);
    for (const line of lines) expect(w(line)).toBeLessThanOrEqual(150);
    expect(hyphenatedLines('Jan de Vries', 150, w)).toBeNull();
    // In the placer it is a last resort: a name that fits whole is never hyphenated.
    const roomy = placeLabels([{ id: 'p', x: 400, y: 400, r: 18, text: 'Bewindvoerderskantoor Amstelland' }], { fontSize: 13 });
    expect(roomy.get('p')!.lines.join(' ')).toBe('Bewindvoerderskantoor Amstelland');
  });

  it('draws every name in full on generated networks of 25–40 people (not fixtures), at the font sizes of 1280 px', { timeout: 120_000 }, () => {
    const missing: string[] = [];
    for (const fontSize of [13, 14]) {
      for (const n of [25, 30, 35, 40]) {
        for (let seed = 1; seed <= 20; seed++) {
          const network = generateRealisticNetwork(n, seed);
          for (const l of labelsOf(network, [], fontSize).values()) {
            if (l.numbered || l.truncated || l.hidden) missing.push(`${n}/${seed} at ${fontSize}: ${network.people.find((p) => p.id === l.id)?.name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('a 200-character name gets two lines, the second shortened, and its number', () => {
    const name = `${'Wilhelmina Johanna '.repeat(10)}van Oranje`;
    const labels = placeLabels([{ id: 'p', x: 0, y: 0, r: 18, text: name, number: 12 }], { fontSize: 16 });
    const l = labels.get('p')!;
    expect(l.lines).toHaveLength(2);
    expect(l.truncated).toBe(true);
    expect(l.lines[1]).toMatch(/…$/);
    expect(l.box.x1 - l.box.x0).toBeLessThan(16 * 14);
  });

  it('knows which names read right to left', () => {
    expect(isRtl('لطيفة بنت محمد')).toBe(true);
    expect(isRtl('שרה כהן')).toBe(true);
    expect(isRtl('👩‍👧‍👦 سارة')).toBe(true); // emoji are neutral
    expect(isRtl('Dr. محمد Amrani')).toBe(false); // the first letter decides
    expect(isRtl('Jan')).toBe(false);
    expect(placeLabels([{ id: 'a', x: 0, y: 0, r: 10, text: 'لطيفة' }]).get('a')).toMatchObject({ rtl: true, anchor: 'middle' });
  });

  it('numbers the key round the map (slice by slice, circle by circle from the inside, clockwise), for everyone but the client', () => {
    for (const network of [fatimaNetwork, generateNetwork(120, 4), generateNetwork(300, 1)]) {
      const layout = mapLayout(network, mapNodeRadius(network));
      const numbers = keyNumbers(network, layout);
      expect(numbers.has(network.focus)).toBe(false);
      expect(numbers.size).toBe(network.people.length - 1);
      expect([...numbers.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: numbers.size }, (_, i) => i + 1));
      const sectorAt = (id: string) => layout.sectors.findIndex((s) => s.sector === layout.nodes[id]!.sector);
      const ringAt = (id: string) => layout.rings.findIndex((r) => r.closeness === layout.nodes[id]!.closeness);
      const turn = (id: string) => {
        const start = layout.sectors[sectorAt(id)]!.startAngle;
        return (((layout.nodes[id]!.angle - start) % 360) + 360) % 360;
      };
      const walk = [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
      for (let i = 1; i < walk.length; i++) {
        const [a, b] = [walk[i - 1]!, walk[i]!];
        const key = (id: string) => [sectorAt(id), ringAt(id), turn(id)];
        const [ka, kb] = [key(a), key(b)];
        const later = ka[0]! < kb[0]! || (ka[0] === kb[0] && (ka[1]! < kb[1]! || (ka[1] === kb[1] && ka[2]! <= kb[2]!)));
        expect(later, `${a} (${ka.join('/')}) before ${b} (${kb.join('/')})`).toBe(true);
      }
    }
  });

  it('keeps every key number when someone is renamed', () => {
    const network = generateNetwork(80, 2);
    const layout = mapLayout(network, mapNodeRadius(network));
    const person = network.people.find((p) => p.id !== network.focus)!;
    const renamed = { ...network, people: network.people.map((p) => (p === person ? { ...p, name: 'Aaaa Aaaa' } : p)) };
    expect(keyNumbers(renamed, mapLayout(renamed, mapNodeRadius(renamed)))).toEqual(keyNumbers(network, layout));
  });

  it('sizes names so they are drawn at 12 px or more on the fitted map', () => {
    expect(labelFontFor(undefined)).toBe(13);
    expect(labelFontFor(1.2)).toBe(13);
    expect(labelFontFor(0.766) * 0.766).toBeGreaterThanOrEqual(12);
    expect(labelFontFor(0.69) * 0.69).toBeGreaterThanOrEqual(12); // a hint above the map (Dennis) shrinks it
    expect(labelFontFor(0.2)).toBe(18);
  });

  it('places 150 people fast (no quadratic search)', () => {
    const network = generateNetwork(150, 7);
    const layout = mapLayout(network, mapNodeRadius(network));
    const positions = positionsOf(network, layout);
    const run = () => ecogramLabels(network, layout, positions, { nodeR: mapNodeRadius(network), clientR: 30, margin: 32, fontSize: 16, numbers: keyNumbers(network, layout) });
    run();
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      run();
      best = Math.min(best, performance.now() - t0);
    }
    // The best of five. A guard against a quadratic search, not the target itself: the target
    // is a few ms (measured 17–30 ms best case on a 2-core machine under load 15–25, where
    // everything runs ~5–10× slow), so the bound is generous.
    expect(best).toBeLessThan(250);
  });
});

describe('ring names', () => {
  const names = ['Binnenste cirkel', 'Middelste cirkel', 'Buitenste cirkel'];
  const setup = (network: Network) => {
    const layout = mapLayout(network, mapNodeRadius(network));
    return { layout, positions: positionsOf(network, layout), nodeR: mapNodeRadius(network) };
  };
  /** Nodes whose disc touches the name's arc (same geometry as the drawing: 16 inside the ring's edge). */
  const covered = (network: Network, angles: number[]): string[] => {
    const { layout, positions, nodeR } = setup(network);
    const hits: string[] = [];
    layout.rings.forEach((ring, i) => {
      const r = ring.outer - 16;
      const span = (((Array.from(names[i]!).length * 12 * 0.62) / 2) / r) * (180 / Math.PI);
      for (let deg = angles[i]! - span; deg <= angles[i]! + span; deg += 0.5) {
        for (const radius of [r, r + 6]) {
          const a = (deg * Math.PI) / 180;
          const x = layout.center.x + radius * Math.sin(a);
          const y = layout.center.y - radius * Math.cos(a);
          for (const [id, p] of positions) if (Math.hypot(p.x - x, p.y - y) < nodeR) hits.push(`${names[i]} × ${id}`);
        }
      }
    });
    return [...new Set(hits)];
  };

  it('stay at the top of their ring when nobody sits there', () => {
    const { layout, positions, nodeR } = setup(fatimaNetwork);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(fatimaNetwork, angles)).toEqual([]);
    expect(angles.filter((a) => a === 0).length).toBeGreaterThan(0);
    const empty = ringLabelAngles(layout, new Map(), names, nodeR);
    expect(empty).toEqual([0, 0, 0]);
  });

  it.each([20, 40])('move along the ring so that no node covers them (generated network of %i people)', (n) => {
    const network = generateNetwork(n, 7);
    const { layout, positions, nodeR } = setup(network);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(network, angles)).toEqual([]);
    for (const a of angles) expect(Math.abs(a)).toBeLessThanOrEqual(50);
    // deterministic
    expect(ringLabelAngles(layout, positions, names, nodeR)).toEqual(angles);
  });

  it.each([100, 150])('on a crowded map (%i people) take the spot that covers fewest, never more than at the top', (n) => {
    // Every angle of a crowded slice holds someone (the fan), so no spot may be free: the
    // ring names are then drawn over the people, with a halo (EcogramSvg's ring-labels group).
    const network = generateNetwork(n, 7);
    const { layout, positions, nodeR } = setup(network);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(network, angles).length).toBeLessThanOrEqual(covered(network, [0, 0, 0]).length);
    expect(ringLabelAngles(layout, positions, names, nodeR)).toEqual(angles);
  });

  it('where every spot is taken (300 people), take the one that covers fewest', () => {
    const network = generateNetwork(300, 7);
    const { layout, positions, nodeR } = setup(network);
    const angles = ringLabelAngles(layout, positions, names, nodeR);
    expect(covered(network, angles).length).toBeLessThan(covered(network, [0, 0, 0]).length);
  });
});

describe('ring names in the drawing', () => {
  it('are drawn after the people and the ties, so nobody covers them', async () => {
    const { render } = await import('@testing-library/react');
    const { createElement } = await import('react');
    const { Ecogram } = await import('../src/ecogram');
    const { container } = render(createElement(Ecogram, { defaultNetwork: generateNetwork(100, 7) }));
    const ring = container.querySelector('[data-part="ring-label"]');
    const nodes = container.querySelector('[data-part="nodes"]');
    const ties = container.querySelector('[data-part="ties"]');
    expect(ring && nodes && ties).toBeTruthy();
    expect(nodes!.compareDocumentPosition(ring!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ties!.compareDocumentPosition(ring!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('a shortened name carries its key number', () => {
  it('the box kept free holds the number drawn in front of the first line', () => {
    const measure = (s: string, fs: number) => s.length * fs * 0.6;
    const long = 'Wilhelmina Johanna Fatima Zahra Ramdin-Sewdien van den Hoogenband-El Khattabi '.repeat(3).trim();
    const placed = placeLabels([{ id: 'p', x: 400, y: 400, r: 18, text: long, number: 17 }], { fontSize: 13, measure, bounds: { x0: 0, y0: 0, x1: 800, y1: 800 } }).get('p')!;
    expect(placed.truncated).toBe(true);
    const first = placed.lines[0]!;
    expect(placed.box.x1 - placed.box.x0).toBeGreaterThanOrEqual(measure(`17 ${first}`, 13));
  });
});
