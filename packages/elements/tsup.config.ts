import { readFileSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { build as esbuild, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const here = import.meta.dirname ?? dirname(new URL(import.meta.url).pathname);
const require = createRequire(join(here, 'package.json'));

/**
 * Resolve a package path the way the workspace does: the `@kring/source` export
 * condition first (TypeScript and CSS sources, no prior build needed), then `default`.
 */
function resolveSource(spec: string, fromDir: string): string {
  if (spec.startsWith('.')) return resolve(fromDir, spec);
  const match = /^(@[^/]+\/[^/]+|[^/]+)(\/.*)?$/.exec(spec);
  if (!match) throw new Error(`Cannot resolve ${spec}`);
  const [, name, sub = ''] = match;
  const pkgFile = require.resolve(`${name}/package.json`, { paths: [fromDir] });
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: Record<string, unknown> };
  const entry = pkg.exports?.[`.${sub}`];
  const target =
    typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? ((entry as Record<string, string>)['@kring/source'] ?? (entry as Record<string, string>).default) : undefined;
  if (!target) throw new Error(`${name} does not export .${sub}`);
  return join(dirname(pkgFile), target);
}

/** Bundle a stylesheet (its `@import`s included), minified, as text. */
async function bundleCss(file: string): Promise<string> {
  const out = await esbuild({ entryPoints: [file], bundle: true, minify: true, write: false, logLevel: 'silent', target: ['chrome100', 'firefox100', 'safari15'] });
  return out.outputFiles[0]?.text ?? '';
}

/** `import css from 'x.css?inline'` gives the bundled CSS as a string (as Vite does). */
const cssText: Plugin = {
  name: 'kring-css-text',
  setup(build) {
    // The path keeps its `?inline` so that tsup's own `.css` handling leaves it alone.
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: `${resolveSource(args.path.slice(0, -'?inline'.length), args.resolveDir)}?inline`,
      namespace: 'kring-css-text',
    }));
    build.onLoad({ filter: /\?inline$/, namespace: 'kring-css-text' }, async (args) => {
      const file = args.path.slice(0, -'?inline'.length);
      return { contents: await bundleCss(file), loader: 'text', watchFiles: [file] };
    });
  },
};

/** The `<link>` fallback stylesheet `dist/kring-elements.css`: the same CSS the elements adopt. */
async function writeFallbackCss(): Promise<void> {
  const out = await esbuild({
    entryPoints: [join(here, 'src/styles.ts')], bundle: true, write: false, format: 'esm', plugins: [cssText], logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { KRING_ELEMENTS_CSS: string };
  await mkdir(join(here, 'dist'), { recursive: true });
  await writeFile(join(here, 'dist/kring-elements.css'), mod.KRING_ELEMENTS_CSS);
}

const common = {
  target: 'es2022',
  sourcemap: true,
  treeshake: true,
  esbuildPlugins: [cssText],
  esbuildOptions(options: { conditions?: string[] }) {
    options.conditions = ['@kring/source'];
  },
} as const;

/** For bundlers: React, @kring/react and @kring/core stay imports (shared with the host's copy). */
const moduleBuild: Options = {
  ...common,
  entry: { index: 'src/index.ts', define: 'src/define.ts' },
  format: ['esm', 'cjs'],
  // Types of @kring/react and @kring/core from their built .d.ts (pnpm builds them first):
  // checking their sources again takes minutes.
  dts: { compilerOptions: { customConditions: [] } },
  // Only this build's files: the standalone build writes into dist/ at the same time.
  clean: ['index.*', 'define.*', 'chunk-*'],
  external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@kring/core', '@kring/react'],
  // …but the stylesheets (`@kring/react/styles.css?inline`) are text inside this package.
  noExternal: [/\?inline$/],
};

/** For pages without a bundler: one self-contained module that defines the elements, and its CSS. */
const standaloneBuild: Options = {
  ...common,
  entry: { 'kring-elements': 'src/define.ts' },
  format: ['esm'],
  // One file, as a page without a bundler loads it: the parts that load on first use in the
  // module build (@kring/react's editors, list, legend, slider, pan/zoom) are inside it here.
  splitting: false,
  dts: false,
  clean: ['kring-elements.*'],
  // esbuild's own tree shaking; tsup's extra Rollup pass takes long on a bundle with React.
  treeshake: false,
  minify: true,
  platform: 'browser',
  noExternal: [/.*/],
  env: { NODE_ENV: 'production' },
  async onSuccess() {
    await writeFallbackCss();
  },
};

// KRING_ELEMENTS_BUILD=standalone builds only kring-elements.js (+ .css): the browser test uses it.
export default defineConfig(process.env.KRING_ELEMENTS_BUILD === 'standalone' ? [standaloneBuild] : [moduleBuild, standaloneBuild]);
