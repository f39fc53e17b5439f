/**
 * The legibility instrument: what a person at the table sees in a rendered ecogram, counted
 * from the SVG geometry in the page (client px), never from the component's own data. Plain
 * DOM code: bundled into the benchmark page (`bench/legibility/page.tsx`) and called there by
 * `pnpm bench --only legibility` and `tests/browser/legibility.test.ts` alike.
 *
 * What it reads (the drawing's own markers, nothing else):
 * - people: `[data-part="node"][data-id]`; their drawn shape is the plate `[data-fill="node"]`
 *   (or the first child of a `[data-part="node-shape"]`; a circle, or a rounded square for
 *   professionals); their
 *   target is `[data-part="hit-area"]`;
 * - ties: `[data-part="tie"][data-id]`; every visible stroked `path`/`line`/`polyline` in it
 *   is sampled with getTotalLength/getPointAtLength every {@link SAMPLE_PX} screen px;
 * - names: visible `text` in `[data-part="node-labels"]`, tied to a person by the nearest
 *   `data-id`; a text of digits only is a number, resolved by a visible `li` (`value`, or a
 *   leading number) that contains the person's full name;
 * - ring and sector names: `[data-part="ring-label"]`, `[data-part="sector-label"]` (per glyph).
 * The input gives only what the drawing cannot: a tie's two ends and a person's full name.
 */

/** What the caller knows from the network: the two ends of each tie and each person's full name. */
export interface MeasureInput {
  /** tie id → its two ends (person ids). */
  ends: Record<string, [string, string]>;
  /** person id → full name (the client included). */
  names: Record<string, string>;
}

/** One counted problem, for reading what went wrong. */
export interface Finding {
  kind: 'through' | 'no-name' | 'cut' | 'nearer-other' | 'label-label' | 'label-node' | 'label-grid';
  /** Person or tie ids involved. */
  ids: string[];
  detail: string;
}

/** The counts of one rendered ecogram. */
export interface LegibilityCounts {
  people: number;
  /** People with a visible node. */
  drawnPeople: number;
  /**
   * The map is zoomed or panned: some person's shape is not wholly inside the map's box. Names
   * clipped by the map's edge then count as off screen (reachable by panning), not as cut.
   */
  panned: boolean;
  /** People whose drawn name is partly or wholly outside the map's box while {@link panned}. */
  offScreen: number;
  /** Of {@link offScreen}: names partly visible, cut by the map's edge (a reader sees "…nloophuis De Kl"). */
  partlyOffScreen: number;
  /** People whose full name is visible text in the root outside the SVG (a list or table shown instead of, or beside, the map). */
  namesInText: number;
  ties: number;
  /** Ties whose visible line enters the drawn shape of a person who is not one of its ends. */
  tiesThroughPerson: number;
  /** (tie, person) pairs behind {@link tiesThroughPerson}. */
  throughPairs: number;
  /** People whose name is neither drawn near their node nor given by a number that a visible key resolves. */
  noName: number;
  /** People named only by a number beside their node that a visible key resolves (not counted in {@link noName}). */
  numberedOnly: number;
  /** People whose drawn name, with no leader line, is closer to another person's shape than to their own (a name that reads as someone else's). */
  nearerOther: number;
  /** Drawn names shorter than the full name, with "…", or clipped by the edge of the map. */
  cut: number;
  /** Name line boxes of two different labels intersecting. */
  labelLabel: number;
  /** A name line box over another person's drawn shape. */
  labelNode: number;
  /** A name line box over a ring or sector name. */
  labelGrid: number;
  /** labelLabel + labelNode + labelGrid. */
  overlaps: number;
  /** Smallest rendered font size of a visible name, screen px (font-size × CTM scale); null when no name is drawn. */
  smallestNamePx: number | null;
  /** Smallest person target (hit area's box, the smaller side), screen px; null when no person is drawn. */
  smallestTargetPx: number | null;
  /**
   * Smallest tap area that is really the person's, screen px: twice the smallest distance, in
   * 8 directions from the centre of their shape, up to which `elementFromPoint` still finds
   * their node (another person's hit area or anything drawn on top ends it). Only people whose
   * shape is wholly inside the window and the map's box; null when there are none.
   */
  smallestTapPx: number | null;
  findings: Finding[];
}

/** Tie lines are sampled every this many screen px. */
export const SAMPLE_PX = 2;
/** First pass over each tie line: a sample every this many screen px (see {@link measureLegibility}). */
const COARSE_PX = 12;
/** A leader line joins a name to a person when its ends come this close (screen px) to the shape's edge and to the name. */
export const LEADER_PX = 8;
/**
 * Boxes that share less than this (px, along either axis) do not count as overlapping: the
 * text halo and glyph cells touch without covering anything.
 */
export const OVERLAP_TOLERANCE_PX = 1;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Counts the legibility problems of the ecogram inside `root` (an element holding one
 * `[data-part="svg"]` or `svg`). Call it after the drawing has settled.
 */
export function measureLegibility(root: Element, input: MeasureInput): LegibilityCounts {
  const findings: Finding[] = [];
  const style = (el: Element) => getComputedStyle(el);
  // Visible: no ancestor display:none or opacity 0, own visibility visible.
  const visible = (el: Element): boolean => {
    const own = style(el);
    if (own.visibility !== 'visible') return false;
    for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
      const s = style(e);
      if (s.display === 'none' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const transparent = (paint: string): boolean => paint === 'none' || paint === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(paint);
  const box = (r: DOMRect): Box => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
  const area = (b: Box): number => Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
  const overlap = (a: Box, b: Box, tol = OVERLAP_TOLERANCE_PX): boolean =>
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tol && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tol;
  const union = (list: Box[]): Box => ({
    x0: Math.min(...list.map((b) => b.x0)), y0: Math.min(...list.map((b) => b.y0)),
    x1: Math.max(...list.map((b) => b.x1)), y1: Math.max(...list.map((b) => b.y1)),
  });
  const gapBetween = (a: Box, b: Box): number =>
    Math.hypot(Math.max(0, a.x0 - b.x1, b.x0 - a.x1), Math.max(0, a.y0 - b.y1, b.y0 - a.y1));
  const scaleOf = (el: SVGGraphicsElement): number => {
    const m = el.getScreenCTM();
    return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
  };
  // Invisible marks do not make a name shorter: spaces and line breaks, soft hyphens, and the
  // direction marks and isolates (U+200E/F, U+202A–E, U+2066–9) that keep a right-to-left
  // name from reordering Kring's own text.
  const norm = (s: string): string => s.normalize('NFC').replace(/[\s\u00ad\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069-]+/g, '');

  // People: drawn shape (circle or square) and target.
  interface Node { id: string; cx: number; cy: number; r: number; circle: boolean; box: Box; target: number }
  const nodes: Node[] = [];
  for (const el of root.querySelectorAll<SVGGElement>('[data-part="node"][data-id]')) {
    if (!visible(el)) continue;
    const shape = el.querySelector('[data-fill="node"], [data-part="node-shape"] > *') ?? el;
    const b = box(shape.getBoundingClientRect());
    if (area(b) === 0) continue;
    const hit = el.querySelector('[data-part="hit-area"]');
    const hr = (hit ?? shape).getBoundingClientRect();
    nodes.push({
      id: el.getAttribute('data-id') as string,
      cx: (b.x0 + b.x1) / 2, cy: (b.y0 + b.y1) / 2, r: Math.max(b.x1 - b.x0, b.y1 - b.y0) / 2,
      circle: shape.tagName.toLowerCase() === 'circle', box: b, target: Math.min(hr.width, hr.height),
    });
  }
  const nodeById = new Map(nodes.map((n) => [n.id, n] as const));
  const inside = (n: Node, x: number, y: number): boolean =>
    n.circle ? Math.hypot(x - n.cx, y - n.cy) < n.r : x > n.box.x0 && x < n.box.x1 && y > n.box.y0 && y < n.box.y1;
  const boxOverNode = (b: Box, n: Node): boolean => {
    if (!overlap(b, n.box, 0.5)) return false;
    if (!n.circle) return true;
    const dx = Math.max(b.x0 - n.cx, 0, n.cx - b.x1);
    const dy = Math.max(b.y0 - n.cy, 0, n.cy - b.y1);
    return Math.hypot(dx, dy) < n.r - 0.5;
  };

  // Ties through a person who is not one of their ends.
  let tiesThroughPerson = 0;
  let throughPairs = 0;
  const tieEls = [...root.querySelectorAll<SVGGElement>('[data-part="tie"][data-id]')];
  for (const tie of tieEls) {
    const id = tie.getAttribute('data-id') as string;
    const ends: string[] = input.ends[id] ?? [];
    if (!visible(tie)) continue;
    const hits = new Set<string>();
    for (const line of tie.querySelectorAll<SVGGeometryElement>('path, line, polyline')) {
      if (!visible(line)) continue;
      const s = style(line);
      if (transparent(s.stroke) || Number(s.strokeOpacity) === 0 || parseFloat(s.strokeWidth) === 0) continue;
      const m = line.getScreenCTM();
      if (!m) continue;
      const length = line.getTotalLength();
      const perPx = 1 / Math.max(1e-6, scaleOf(line));
      const at = (l: number): DOMPoint => line.getPointAtLength(Math.max(0, Math.min(l, length))).matrixTransform(m);
      // Coarse samples every COARSE_PX. A line entering a shape between two coarse samples
      // passes within COARSE_PX / 2 of one of them, so only the people within their half
      // diagonal + COARSE_PX / 2 (+1) of either end of a stretch are candidates, and only such
      // stretches are walked every SAMPLE_PX (once, for all candidates).
      const coarse = COARSE_PX * perPx;
      const reach = (n: Node, p: DOMPoint): boolean => Math.hypot(p.x - n.cx, p.y - n.cy) <= n.r * Math.SQRT2 + COARSE_PX / 2 + 1;
      let previous = at(0);
      for (let l = coarse; l < length + coarse; l += coarse) {
        const next = at(l);
        const candidates = nodes.filter((n) => !ends.includes(n.id) && !hits.has(n.id) && (reach(n, previous) || reach(n, next)));
        for (let f = l - coarse; candidates.length > 0 && f <= Math.min(l, length) + 1e-9; f += SAMPLE_PX * perPx) {
          const q = at(f);
          for (let i = candidates.length - 1; i >= 0; i--) {
            const n = candidates[i] as Node;
            if (inside(n, q.x, q.y)) {
              hits.add(n.id);
              candidates.splice(i, 1);
            }
          }
        }
        previous = next;
      }
    }
    if (hits.size > 0) {
      tiesThroughPerson++;
      throughPairs += hits.size;
      findings.push({ kind: 'through', ids: [id, ...hits], detail: `tie ${id} (${ends.join('–')}) passes through ${[...hits].join(', ')}` });
    }
  }

  // Text: visible characters and their line boxes (glyph cells, grouped by baseline), client px.
  interface Line { box: Box }
  const glyphBoxes = (text: SVGTextContentElement): { box: Box; y: number }[] => {
    const m = text.getScreenCTM();
    const out: { box: Box; y: number }[] = [];
    if (!m) return out;
    const count = text.getNumberOfChars();
    for (let i = 0; i < count; i++) {
      let e: DOMRect;
      let start: DOMPoint;
      try {
        e = text.getExtentOfChar(i);
        start = text.getStartPositionOfChar(i);
      } catch {
        continue;
      }
      if (e.width === 0 && e.height === 0) continue;
      const corners = [[e.x, e.y], [e.x + e.width, e.y], [e.x, e.y + e.height], [e.x + e.width, e.y + e.height]]
        .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
      out.push({ box: { x0: Math.min(...corners.map((c) => c.x)), y0: Math.min(...corners.map((c) => c.y)), x1: Math.max(...corners.map((c) => c.x)), y1: Math.max(...corners.map((c) => c.y)) }, y: start.y });
    }
    return out;
  };
  const linesOf = (text: SVGTextContentElement): Line[] => {
    const byBaseline = new Map<number, Box[]>();
    for (const g of glyphBoxes(text)) {
      const key = Math.round(g.y * 2) / 2;
      const list = byBaseline.get(key);
      if (list) list.push(g.box);
      else byBaseline.set(key, [g.box]);
    }
    return [...byBaseline.values()].map((list) => ({ box: union(list) }));
  };
  // The text a reader sees: text nodes whose element is visible and paints its glyphs.
  const drawnText = (text: Element): string => {
    let out = '';
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentElement;
      if (!parent || !visible(parent)) continue;
      const s = style(parent);
      if (transparent(s.fill) || Number(s.fillOpacity) === 0 || parseFloat(s.fontSize) === 0) continue;
      out += `${t.textContent ?? ''} `;
    }
    return out.replace(/\s+/g, ' ').trim();
  };

  // Name labels and numbers.
  interface Label { id: string; el: SVGTextElement; text: string; lines: Line[]; box: Box; number: boolean }
  const labels: Label[] = [];
  let smallestNamePx: number | null = null;
  for (const group of root.querySelectorAll('[data-part="node-labels"]')) {
    for (const el of group.querySelectorAll<SVGTextElement>('text')) {
      if (!visible(el)) continue;
      const text = drawnText(el);
      if (!text) continue;
      const lines = linesOf(el);
      if (lines.length === 0) continue;
      const id = el.closest('[data-id]')?.getAttribute('data-id') ?? '';
      const number = /^\d+$/.test(text);
      labels.push({ id, el, text, lines, box: union(lines.map((l) => l.box)), number });
      if (!number) {
        const scale = scaleOf(el);
        for (const part of [el, ...el.querySelectorAll('tspan')]) {
          if (!visible(part) || !drawnText(part)) continue;
          const px = parseFloat(style(part).fontSize) * scale;
          if (smallestNamePx === null || px < smallestNamePx) smallestNamePx = px;
        }
      }
    }
  }
  const svg = root.querySelector('[data-part="svg"]') ?? root.querySelector('svg');
  const svgBox = svg ? box(svg.getBoundingClientRect()) : null;
  const within = (b: Box, outer: Box): boolean => b.x0 >= outer.x0 - 1 && b.x1 <= outer.x1 + 1 && b.y0 >= outer.y0 - 1 && b.y1 <= outer.y1 + 1;
  const panned = svgBox !== null && nodes.some((n) => !within(n.box, svgBox));
  let offScreen = 0;
  let partlyOffScreen = 0;
  // Leader lines drawn in the name layer (a visible line/path/polyline tied to a person by
  // data-id): their two ends in screen px.
  const leaders = new Map<string, [DOMPoint, DOMPoint][]>();
  for (const group of root.querySelectorAll('[data-part="node-labels"]')) {
    for (const g of group.querySelectorAll<SVGGeometryElement>('line, path, polyline')) {
      const id = g.closest('[data-id]')?.getAttribute('data-id');
      const m = g.getScreenCTM();
      if (!id || !m || !visible(g) || transparent(style(g).stroke)) continue;
      const length = g.getTotalLength();
      leaders.set(id, [...(leaders.get(id) ?? []), [g.getPointAtLength(0).matrixTransform(m), g.getPointAtLength(length).matrixTransform(m)]]);
    }
  }
  const pointBox = (p: DOMPoint): Box => ({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
  /**
   * A name is drawn near its person when its box is within twice the radius + 4 px of the
   * shape, or a leader line runs from within LEADER_PX of the shape's edge to within
   * LEADER_PX of the name.
   */
  const joined = (label: Label, node: Node): boolean =>
    (leaders.get(node.id) ?? []).some(([a, b]) => [[a, b], [b, a]].some(([atNode, atLabel]) =>
      Math.hypot((atNode as DOMPoint).x - node.cx, (atNode as DOMPoint).y - node.cy) <= node.r + LEADER_PX &&
      gapBetween(pointBox(atLabel as DOMPoint), label.box) <= LEADER_PX));
  const near = (label: Label, node: Node): boolean => gapBetween(label.box, node.box) <= 2 * node.r + 4 || joined(label, node);
  // A visible key line (`li`) resolving a number to a full name.
  const keyLines = [...document.querySelectorAll('li')].filter((li) => {
    const r = li.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.left < window.innerWidth && visible(li);
  });
  // The number an `ol` shows in front of an item: its `value`, or one more than the item before.
  const ordinal = (li: HTMLLIElement, ol: HTMLOListElement): number => {
    let n = ol.start;
    for (const item of ol.children) {
      if (!(item instanceof HTMLLIElement)) continue;
      if (item.hasAttribute('value')) n = item.value;
      if (item === li) return n;
      n++;
    }
    return NaN;
  };
  const keyResolves = (num: number, name: string): boolean =>
    keyLines.some((li) => {
      const text = li.textContent ?? '';
      const n = li.parentElement instanceof HTMLOListElement ? ordinal(li, li.parentElement) : Number(/^\s*(\d+)/.exec(text)?.[1] ?? NaN);
      return n === num && norm(text).includes(norm(name));
    });

  const labelsById = new Map<string, Label[]>();
  for (const l of labels) labelsById.set(l.id, [...(labelsById.get(l.id) ?? []), l]);
  let noName = 0;
  let cut = 0;
  let numberedOnly = 0;
  let nearerOther = 0;
  for (const [id, name] of Object.entries(input.names)) {
    const node = nodeById.get(id);
    const own = node ? (labelsById.get(id) ?? []).filter((l) => near(l, node)) : [];
    const names = own.filter((l) => !l.number);
    if (names.length > 0) {
      const drawn = names.map((l) => l.text).join(' ');
      const outside = svgBox !== null && names.some((l) => l.lines.some((line) => !within(line.box, svgBox)));
      if (outside && panned) offScreen++;
      if (outside && panned && names.some((l) => l.lines.some((line) => svgBox !== null && overlap(line.box, svgBox, 0)))) partlyOffScreen++;
      const clipped = outside && !panned;
      const shortened = drawn.includes('…') || !norm(drawn).includes(norm(name));
      // A name without a leader line that sits closer to someone else's shape than to its own.
      const other = names.map((l) => {
        if (joined(l, node as Node)) return null;
        const gap = gapBetween(l.box, (node as Node).box);
        return nodes.find((o) => o.id !== id && gapBetween(l.box, o.box) < gap - 1) ?? null;
      }).find((o) => o !== null);
      if (other) {
        nearerOther++;
        findings.push({ kind: 'nearer-other', ids: [id, other.id], detail: `${JSON.stringify(drawn)} is closer to ${other.id} than to its own person` });
      }
      if (shortened || clipped) {
        cut++;
        findings.push({ kind: 'cut', ids: [id], detail: `${JSON.stringify(drawn)} for ${JSON.stringify(name)}${clipped ? ' (clipped by the edge of the map)' : ''}` });
      }
      continue;
    }
    const numbered = own.some((l) => l.number && keyResolves(Number(l.text), name));
    if (numbered) numberedOnly++;
    else {
      noName++;
      findings.push({ kind: 'no-name', ids: [id], detail: `${JSON.stringify(name)}: ${node ? 'no name drawn near the node' : 'no node drawn'}${own.some((l) => l.number) ? ' (a number without a visible key)' : ''}` });
    }
  }

  // Overlaps: name lines against other names, other people's shapes, ring and sector names.
  const names = labels.filter((l) => !l.number);
  let labelLabel = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i] as Label;
      const b = names[j] as Label;
      if (a.lines.some((la) => b.lines.some((lb) => overlap(la.box, lb.box)))) {
        labelLabel++;
        findings.push({ kind: 'label-label', ids: [a.id, b.id], detail: `${JSON.stringify(a.text)} / ${JSON.stringify(b.text)}` });
      }
    }
  }
  let labelNode = 0;
  for (const l of names) {
    for (const n of nodes) {
      if (n.id === l.id || !l.lines.some((line) => boxOverNode(line.box, n))) continue;
      labelNode++;
      findings.push({ kind: 'label-node', ids: [l.id, n.id], detail: `${JSON.stringify(l.text)} over ${n.id}` });
    }
  }
  const grid: { text: string; boxes: Box[] }[] = [];
  for (const el of root.querySelectorAll<SVGTextElement>('[data-part="ring-label"], [data-part="sector-label"]')) {
    if (!visible(el) || !drawnText(el)) continue;
    grid.push({ text: drawnText(el), boxes: glyphBoxes(el).map((g) => g.box) });
  }
  let labelGrid = 0;
  for (const l of names) {
    for (const g of grid) {
      if (!l.lines.some((line) => g.boxes.some((b) => overlap(line.box, b)))) continue;
      labelGrid++;
      findings.push({ kind: 'label-grid', ids: [l.id], detail: `${JSON.stringify(l.text)} over ${JSON.stringify(g.text)}` });
    }
  }

  // Full names readable as visible HTML text outside the SVG (a list or table view).
  const namesInText = (): number => {
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentElement;
      if (!parent || parent.closest('svg') || !visible(parent)) continue;
      const r = parent.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) text += ` ${t.textContent ?? ''}`;
    }
    const all = norm(text);
    return Object.values(input.names).filter((name) => all.includes(norm(name))).length;
  };
  const targets = nodes.map((n) => n.target);
  const smallestTap = (): number | null => {
    let smallest: number | null = null;
    const owner = (x: number, y: number): string | null =>
      document.elementFromPoint(x, y)?.closest('[data-part="node"][data-id]')?.getAttribute('data-id') ?? null;
    // People on screen, inside the map's box; the most crowded first, so that the smallest
    // area found early bounds the walk for everyone after.
    const windowBox: Box = { x0: 0, y0: 0, x1: window.innerWidth, y1: window.innerHeight };
    const onScreen = nodes.filter((n) => within(n.box, windowBox) && (!svgBox || within(n.box, svgBox)));
    const nearest = (n: Node): number => Math.min(...nodes.filter((o) => o !== n).map((o) => Math.hypot(o.cx - n.cx, o.cy - n.cy)));
    const order = onScreen.map((n) => [n, nearest(n)] as const).sort((a, b) => a[1] - b[1]).map(([n]) => n);
    for (const n of order) {
      if (owner(n.cx, n.cy) !== n.id) return 0;
      let reach = Math.min(smallest === null ? Infinity : smallest / 2, Math.max(n.target, 2 * n.r) / 2 + 2);
      for (let k = 0; k < 8 && reach > 0; k++) {
        const dx = Math.cos((k * Math.PI) / 4);
        const dy = Math.sin((k * Math.PI) / 4);
        const mine = (d: number): boolean => owner(n.cx + dx * d, n.cy + dy * d) === n.id;
        // 4 px strides, then 1 px within the last stride.
        let d = 0;
        while (d + 4 <= reach && mine(d + 4)) d += 4;
        while (d + 1 <= reach && mine(d + 1)) d++;
        reach = Math.min(reach, d);
      }
      if (smallest === null || 2 * reach < smallest) smallest = 2 * reach;
    }
    return smallest;
  };
  return {
    people: Object.keys(input.names).length,
    drawnPeople: nodes.length,
    panned,
    offScreen,
    partlyOffScreen,
    namesInText: namesInText(),
    ties: tieEls.length,
    tiesThroughPerson,
    throughPairs,
    noName,
    numberedOnly,
    nearerOther,
    cut,
    labelLabel,
    labelNode,
    labelGrid,
    overlaps: labelLabel + labelNode + labelGrid,
    smallestNamePx,
    smallestTargetPx: targets.length > 0 ? Math.min(...targets) : null,
    smallestTapPx: smallestTap(),
    findings,
  };
}
