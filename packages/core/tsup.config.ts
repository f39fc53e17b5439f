import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'tsup';

const entries = { index: 'src/index.ts', layout: 'src/layout/index.ts', schema: 'src/schema/index.ts', redact: 'src/redact/index.ts' };
const shared = { sourcemap: true, target: 'es2022', dts: { entry: entries } } as const;

/** Every source module by its path (`layout/compute`), the public entries by their names (`layout`). */
function moduleEntries(): Record<string, string> {
  const out: Record<string, string> = {};
  const publicFile = new Map(Object.entries(entries).map(([name, file]) => [file, name]));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts') && !file.endsWith('.d.ts')) out[publicFile.get(file) ?? relative('src', file).replace(/\.ts$/, '')] = file;
    }
  };
  walk('src');
  return out;
}

export default defineConfig([
  // ESM, one file per source module (issue 16), as @kring/react: a host's bundler keeps only what
  // is used, and a view that loads the redaction on first use (`import('@kring/core/redact')`)
  // gets it in a chunk of its own. Bundled entries would share chunks that mix it with the parser.
  { ...shared, entry: moduleEntries(), format: ['esm'], bundle: true, splitting: true, treeshake: false, clean: true },
  // CommonJS: one bundle per public entry.
  { ...shared, entry: entries, format: ['cjs'], treeshake: true, clean: false },
]);
