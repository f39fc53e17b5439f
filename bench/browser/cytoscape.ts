/**
 * Benchmark page: Cytoscape.js (canvas renderer). Nodes are placed with the `preset` layout
 * at the coordinates of `@kring/core/layout` (fit to the container), so Cytoscape runs no
 * layout of its own; edges are straight lines; labels are the people's names.
 */
import cytoscape, { type Core } from 'cytoscape';
import { frameRecorder, paintedWhen, type BenchPage } from './api';

const container = document.getElementById('root') as HTMLElement;
let cy: Core | null = null;
/** Counts Cytoscape's `render` events (one per redraw of the canvas). */
let renders = 0;

const page: BenchPage = {
  async mount(input) {
    const start = performance.now();
    cy = cytoscape({
      container,
      elements: [
        ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label }, position: { x: n.x, y: n.y } })),
        ...input.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
      ],
      layout: { name: 'preset', fit: true, padding: 20 },
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 24, height: 24, 'font-size': 8, 'text-valign': 'bottom' } },
        { selector: 'edge', style: { width: 1, 'curve-style': 'straight' } },
      ],
    });
    cy.on('render', () => {
      renders++;
    });
    const end = await paintedWhen(() => renders > 0);
    return end - start;
  },
  async edit(id, label) {
    const start = performance.now();
    if (!cy) throw new Error('not mounted');
    const before = renders;
    cy.getElementById(id).data('label', label);
    const end = await paintedWhen(() => renders > before);
    return end - start;
  },
  position(id) {
    const node = cy?.getElementById(id);
    if (!node || node.empty()) return null;
    const p = node.renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  grabbable(id) {
    const p = page.position(id);
    if (!cy || !p) return false;
    const box = container.getBoundingClientRect();
    // The topmost node whose box contains the point (Cytoscape draws later nodes on top).
    const x = p.x - box.left;
    const y = p.y - box.top;
    const under = cy.nodes().filter((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
    });
    return under.length > 0 && under[under.length - 1]?.id() === id;
  },
  ...frameRecorder(),
};
window.kringBench = page;
