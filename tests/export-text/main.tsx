/**
 * The page of the export check in tests/browser/hostile-text.test.ts (issue 13, point 2): a
 * network whose names, roles, notes and title hold every kind of text a database export
 * brings (control characters, U+FFFE/U+FFFF, lone surrogates, right-to-left, combining marks,
 * emoji, markup), read with `parseNetwork(…, { mode: 'lenient' })` and drawn by the Ecogram.
 * The test calls `window.kringExport()` to save it as SVG and PNG. Bundled by the test with
 * esbuild from the sources (no Storybook build needed).
 */
import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { parseNetwork } from '@kring/core';
import { Ecogram, svgStringToPNG, type EcogramHandle } from '@kring/react';
import '@kring/react/styles.css';

const HOSTILE = [
  'La\u0000tifa\u0007', 'Jan\uD83D', '\uDE00Oma', 'Truus\uFFFE\uFFFF', 'لطيفة بنت محمد', 'e\u0301e\u0308 Zoë',
  '👩‍👧‍👦 Familie', '<b>&amp;]]></b>', '\u001B[31mrood', '   ',
];

const read = parseNetwork({
  format: 'kring.network',
  version: 1,
  title: 'Netwerk\u0001 van Samir',
  focus: 'p-0',
  people: [
    { id: 'p-0', name: 'Samir\u000B', kind: 'person' },
    ...HOSTILE.map((name, i) => ({ id: `p-${i + 1}`, name, role: name, note: name, kind: 'person', sector: 'family', closeness: 'inner' })),
  ],
  ties: HOSTILE.map((name, i) => ({ id: `t-${i + 1}`, between: ['p-0', `p-${i + 1}`], note: name })),
  groups: [{ id: 'g-1', name: 'Steun\u0002groep', kind: 'support-group', members: ['p-1', 'p-2'] }],
}, { mode: 'lenient' });

const handle = createRef<EcogramHandle>();
const root = document.getElementById('root');
if (!read.ok) {
  if (root) root.textContent = `refused: ${JSON.stringify(read.errors)}`;
} else if (root) {
  createRoot(root).render(<Ecogram ref={handle} network={read.network} today="2025-06-01" showLegend />);
}

/** What the test checks: the SVG text, and the PNGs' type, size and pixel size once decoded. */
async function kringExport(): Promise<{ svg: string; png: { type: string; bytes: number; width: number; height: number }[] }> {
  const svg = (await handle.current?.toSVG()) ?? '';
  const blobs = [
    await (handle.current?.toPNG({ scale: 1 }) ?? Promise.reject(new Error('Nothing is drawn'))),
    // Any SVG string, also one a host built with a lone surrogate (was a URIError).
    await svgStringToPNG(svg.replace('</svg>', '<text x="10" y="20">Lat\uD800ifa</text></svg>'), document, 1),
  ];
  const png = [];
  for (const blob of blobs) {
    const bitmap = await createImageBitmap(blob);
    png.push({ type: blob.type, bytes: blob.size, width: bitmap.width, height: bitmap.height });
  }
  return { svg, png };
}

(window as unknown as { kringExport: typeof kringExport }).kringExport = kringExport;
