#!/usr/bin/env node
// Size budgets: bundles each public entry from its built `dist/` the way a host's application
// build does (Vite's production build of an app: Rolldown, minified, code splitting; every
// dependency included, React excluded), gzips each chunk (level 9) and compares with the ceilings.
// An application build, not Vite's library mode: library mode leaves the whitespace of an ES
// module unminified (its output is meant for another bundler), which is not what a page loads —
// it measured `{ Ecogram }` about 10 KB gzip larger (docs/SIZE.md, session 24). `--lib` measures
// the library-mode way, for comparing with the tables before session 24.
// Prints one table; with `--enforce` (CI) an entry over a ceiling fails the run.
// `--why` also prints, per entry, what its initial chunks are made of (package or file,
// rendered bytes before minifying).
//
// Two sizes per entry (issue 16):
// - `initial`: the entry's chunk and every chunk it imports statically — what a page that
//   imports it loads before anything is on screen;
// - `lazy`: the chunks only reached through `import()` — parts that load on first use
//   (packages/react/src/utils/lazyPart.tsx: editors and their popover, list view, legend, time
//   slider, the pan/zoom instance).
// Ceilings (enforced): the measured size of the release plus a small margin, so that growth is
// a decision (raise the ceiling in the same commit, with the reason) and never an accident.
// Targets: the budgets of the issues (docs/SIZE.md says which are met).
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];
const entries = [
  { name: '@kring/core (model)', code: "export * from '@kring/core';", initial: 28, target: 8 },
  { name: '@kring/core + layout', code: "export * from '@kring/core'; export * from '@kring/core/layout';", initial: 35, target: 16 },
  { name: '@kring/react (all deps)', code: "export * from '@kring/react';", initial: 178.5, lazy: 50.5, target: 45 },
  { name: '  only { Ecogram }', code: "export { Ecogram } from '@kring/react';", initial: 76, lazy: 98, target: 55 },
  { name: '  only { Lifeline }', code: "export { Lifeline } from '@kring/react';", initial: 41.5, lazy: 68.5, target: 45 },
  { name: '@kring/fhir', code: "export * from '@kring/fhir';", initial: 27 },
  { name: '@kring/elements (react excluded)', code: "export * from '@kring/elements';", initial: 160.5, lazy: 68.5 },
  { name: '@kring/elements/standalone (React inside)', code: "import '@kring/elements/standalone';", initial: 281, external: [] },
  // Peers, measured the same way in the same run (reported, not enforced): the benchmark's own
  // dev dependencies, resolved from bench/ (issue 16 compares `{ Ecogram }` with React Flow).
  { name: 'peer: React Flow { ReactFlow }', code: "export { ReactFlow } from '@xyflow/react';", from: 'bench', peer: true },
  { name: 'peer: Cytoscape.js', code: "export { default } from 'cytoscape';", from: 'bench', peer: true },
];

const missing = ['core', 'react', 'fhir', 'elements'].filter((p) => !existsSync(`packages/${p}/dist`));
if (missing.length) {
  console.error(`Build first (pnpm build): no dist/ in ${missing.map((p) => `packages/${p}`).join(', ')}`);
  process.exit(1);
}

const enforce = process.argv.includes('--enforce');
const why = process.argv.includes('--why');
const libMode = process.argv.includes('--lib');
// The entry files live in the repository (the packages resolve from its node_modules; a peer's
// from bench/node_modules).
const dirOf = (from) => join(process.cwd(), ...(from ? [from] : []), 'node_modules', '.cache', 'kring-size');
for (const d of [dirOf(), dirOf('bench')]) {
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
}
let failed = false;
const rows = [];
const details = [];
for (const [i, e] of entries.entries()) {
  if (e.peer && !existsSync(join('bench', 'node_modules', e.code.match(/from '([^']+)'/)[1]))) {
    rows.push(`| ${e.name} | not installed (pnpm install) | | | | | | |`);
    continue;
  }
  const file = join(dirOf(e.from), `entry-${i}.js`);
  writeFileSync(file, e.code);
  const result = await build({
    configFile: false, logLevel: 'silent', root: process.cwd(),
    build: libMode
      ? {
          write: false, minify: true, sourcemap: false, reportCompressedSize: false,
          lib: { entry: file, formats: ['es'], fileName: `entry-${i}` },
          rollupOptions: { external: e.external ?? REACT },
        }
      : {
          // The entry keeps its exports (a page's own code would use them); no preload helper.
          write: false, minify: true, sourcemap: false, reportCompressedSize: false, modulePreload: false,
          rollupOptions: { input: file, external: e.external ?? REACT, preserveEntrySignatures: 'strict' },
        },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const initialFiles = new Set();
  const walk = (c) => {
    if (initialFiles.has(c.fileName)) return;
    initialFiles.add(c.fileName);
    for (const f of c.imports) if (byFile.has(f)) walk(byFile.get(f));
  };
  walk(chunks.find((c) => c.isEntry));
  let initial = 0;
  let lazy = 0;
  let minified = 0;
  for (const c of chunks) {
    const gz = gzipSync(Buffer.from(c.code), { level: 9 }).length / 1024;
    if (initialFiles.has(c.fileName)) {
      initial += gz;
      minified += c.code.length / 1024;
    } else lazy += gz;
  }
  if (e.peer) {
    rows.push(`| ${e.name} | ${minified.toFixed(1)} KB | ${initial.toFixed(2)} KB | – | ${lazy.toFixed(2)} KB | – | peer | |`);
    continue;
  }
  const okInitial = initial <= e.initial;
  const okLazy = e.lazy === undefined ? lazy < 0.5 : lazy <= e.lazy;
  if (!okInitial || !okLazy) failed = true;
  const target = e.target === undefined ? '' : `${e.target} KB${initial <= e.target ? '' : ' (not met)'}`;
  rows.push(
    `| ${e.name} | ${minified.toFixed(1)} KB | ${initial.toFixed(2)} KB | ${e.initial} KB | ${lazy.toFixed(2)} KB | ${e.lazy === undefined ? '–' : `${e.lazy} KB`} | ${okInitial && okLazy ? 'ok' : 'OVER'} | ${target} |`,
  );
  if (why) details.push(breakdown(e.name.trim(), chunks, initialFiles));
}
for (const d of [dirOf(), dirOf('bench')]) rmSync(d, { recursive: true, force: true });
// Stylesheets (issue 16: a stylesheet per component): min + gzip of each built sheet, with a
// ceiling as for the scripts. A host that shows only the map loads ecogram.css, not styles.css.
const sheets = [
  { name: 'styles.css (every component)', file: 'packages/react/dist/styles.css', ceiling: 14 },
  { name: '  ecogram.css', file: 'packages/react/dist/sheets/ecogram.css', ceiling: 9 },
  { name: '  lifeline.css', file: 'packages/react/dist/sheets/lifeline.css', ceiling: 6 },
  { name: '  network-plan.css', file: 'packages/react/dist/sheets/network-plan.css', ceiling: 5 },
  { name: '  meeting-planner.css', file: 'packages/react/dist/sheets/meeting-planner.css', ceiling: 5 },
  { name: '  network-summary.css', file: 'packages/react/dist/sheets/network-summary.css', ceiling: 5 },
];
const sheetRows = sheets.map((s) => {
  if (!existsSync(s.file)) {
    failed = true;
    return `| ${s.name} | missing (pnpm build) | | ${s.ceiling} KB | OVER |`;
  }
  const css = readFileSync(s.file);
  const gz = gzipSync(css, { level: 9 }).length / 1024;
  if (gz > s.ceiling) failed = true;
  return `| ${s.name} | ${(css.length / 1024).toFixed(1)} KB | ${gz.toFixed(2)} KB | ${s.ceiling} KB | ${gz <= s.ceiling ? 'ok' : 'OVER'} |`;
});
console.log(
  '| entry | initial, minified | initial, min + gzip | ceiling | lazy, min + gzip | ceiling | | target (initial) |\n|---|---:|---:|---:|---:|---:|---|---|\n' +
    rows.join('\n'),
);
console.log('\n| stylesheet | minified | min + gzip | ceiling | |\n|---|---:|---:|---:|---|\n' + sheetRows.join('\n'));
if (why) console.log('\n' + details.join('\n\n'));
if (failed) {
  console.log(enforce ? 'Size ceiling exceeded: shrink the change, or raise the ceiling in scripts/size.mjs with the reason in the commit.' : 'Size ceiling exceeded (reported only; --enforce fails).');
}
process.exit(failed && enforce ? 1 : 0);

/** Rendered bytes (before minifying) of the initial chunks per npm package or file of ours, largest first. */
function breakdown(name, chunks, initialFiles) {
  const by = new Map();
  for (const c of chunks) {
    if (!initialFiles.has(c.fileName)) continue;
    for (const [id, m] of Object.entries(c.modules)) {
      const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id);
      const key = pkg && !id.includes('/packages/') ? pkg[1] : ourModule(id);
      by.set(key, (by.get(key) ?? 0) + m.renderedLength);
    }
  }
  const lines = [...by].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, b]) => `  ${(b / 1024).toFixed(1).padStart(6)} KB  ${k}`);
  return `${name} — initial chunks, rendered bytes before minifying (top 40):\n${lines.join('\n')}`;
}

/** A built chunk of ours named by the source files in it (from its source map), e.g. `@kring/react ecogram/Ecogram.tsx`. */
function ourModule(id) {
  const name = id.replace(/^.*?packages\/([^/]+)\/dist\//, '@kring/$1 ');
  const map = `${id}.map`;
  if (!existsSync(map)) return name;
  const sources = JSON.parse(readFileSync(map, 'utf8')).sources.map((src) => src.replace(/^.*?\/src\//, ''));
  return `${name.split(' ')[0]} ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? ', …' : ''}`;
}
