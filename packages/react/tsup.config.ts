import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@kring/core'],
} as const;

export default defineConfig([
  // ESM, one file per source module (issue 16): the host's bundler keeps only what is used and
  // turns each `import()` of a part that loads on first use (utils/lazyPart.tsx) into a chunk of
  // its own. A single bundle would tie those parts to the entry again: every public component
  // is exported from it.
  {
    ...shared,
    entry: ['src/**/*.ts', 'src/**/*.tsx'],
    format: ['esm'],
    bundle: true,
    splitting: true,
    treeshake: false,
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
  },
  // CommonJS: one bundle (no code splitting there; a part's import() is inlined).
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    treeshake: true,
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
  },
]);
