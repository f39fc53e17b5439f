/**
 * Benchmark page: React Flow (`@xyflow/react`), React 19, production build. Nodes are the
 * default node type, styled as small circles centred (nodeOrigin 0.5) on the coordinates of
 * `@kring/core/layout`; edges are straight; `fitView` shows them all. Nodes and edges live in
 * `useNodesState`/`useEdgesState`, so dragging goes through `onNodesChange` as documented.
 */
import { useEffect, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { centreOf, frameRecorder, paintedWhen, type BenchInput, type BenchPage } from './api';

const container = document.getElementById('root') as HTMLElement;
type SetNodes = ReturnType<typeof useNodesState<Node>>[1];
let setNodesOutside: SetNodes | null = null;

const NODE_STYLE = { width: 24, height: 24, padding: 0, borderRadius: '50%', fontSize: 6, lineHeight: '24px', overflow: 'visible' };

function Flow({ input }: { input: BenchInput }): ReactElement {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>(
    input.nodes.map((n) => ({ id: n.id, position: { x: n.x, y: n.y }, data: { label: n.label }, style: NODE_STYLE })),
  );
  const [edges, , onEdgesChange] = useEdgesState<Edge>(input.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: 'straight' })));
  useEffect(() => {
    setNodesOutside = setNodes;
  }, [setNodes]);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} nodeOrigin={[0.5, 0.5]} fitView minZoom={0.05} />
  );
}

const nodeOf = (id: string) => container.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

const page: BenchPage = {
  async mount(input) {
    const start = performance.now();
    createRoot(container).render(<Flow input={input} />);
    const end = await paintedWhen(() => {
      const nodes = container.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length !== input.nodes.length) return false;
      for (const node of nodes) if (node.style.visibility === 'hidden') return false;
      return container.querySelectorAll('.react-flow__edge').length === input.edges.length;
    });
    return end - start;
  },
  async edit(id, label) {
    const start = performance.now();
    if (!setNodesOutside) throw new Error('not mounted');
    setNodesOutside((nodes) => nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, label } } : n)));
    const end = await paintedWhen(() => nodeOf(id)?.textContent === label);
    return end - start;
  },
  position: (id) => centreOf(nodeOf(id)),
  grabbable(id) {
    const p = page.position(id);
    const hit = p ? document.elementFromPoint(p.x, p.y) : null;
    return hit?.closest('.react-flow__node')?.getAttribute('data-id') === id;
  },
  ...frameRecorder(),
};
window.kringBench = page;
