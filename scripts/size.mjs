#!/usr/bin/env node
// Size budgets: bundles each public entry from its built `dist/` with esbuild
// (minified, all dependencies included, react excluded), gzips it and compares
// with the budget. Prints a table; exits 1 when a budget is exceeded.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

const budgets = [
  { name: '@kring/core (model)', code: "export * from '@kring/core';", limit: 8 },
  { name: '@kring/core + layout', code: "export * from '@kring/core'; export * from '@kring/core/layout';", limit: 16 },
  { name: '@kring/react (all deps)', code: "export * from '@kring/react';", limit: 45 },
];
if (existsSync('packages/fhir/dist')) budgets.push({ name: '@kring/fhir', code: "export * from '@kring/fhir';", limit: 20 });
if (existsSync('packages/elements/dist')) budgets.push({ name: '@kring/elements (react excluded)', code: "export * from '@kring/elements';", limit: 60 });

let failed = false;
const rows = [];
for (const b of budgets) {
  const out = await build({
    stdin: { contents: b.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', treeShaking: true,
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
    conditions: ['import', 'module', 'default'],
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents;
  const gz = gzipSync(bytes, { level: 9 }).length / 1024;
  const ok = gz <= b.limit;
  if (!ok) failed = true;
  rows.push(`| ${b.name} | ${(bytes.length / 1024).toFixed(1)} KB | ${gz.toFixed(2)} KB | ${b.limit} KB | ${ok ? 'ok' : 'OVER'} |`);
}
console.log('| entry | minified | min + gzip | budget | |\n|---|---|---|---|---|\n' + rows.join('\n'));
// `--enforce` turns an exceeded budget into a failure (CI runs it once the budgets are met).
if (failed) console.log(process.argv.includes('--enforce') ? 'Size budget exceeded.' : 'Size budget exceeded (reported only; run with --enforce to fail).');
process.exit(failed && process.argv.includes('--enforce') ? 1 : 0);
