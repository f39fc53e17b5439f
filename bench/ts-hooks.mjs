// Node module hooks for `pnpm bench`: run the benchmarks' TypeScript directly, without a
// build and without an extra dependency. TypeScript (already a dev dependency) strips the
// types; workspace packages resolve to their sources through the `@kring/source` export
// condition, as in vitest and Storybook; extensionless relative imports get `.ts`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE_CONDITION = '@kring/source';

export async function resolve(specifier, context, nextResolve) {
  const ctx = { ...context, conditions: [SOURCE_CONDITION, ...context.conditions] };
  try {
    return await nextResolve(specifier, ctx);
  } catch (error) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:');
    if (!relative || !['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error?.code)) throw error;
    for (const suffix of ['.ts', '.tsx', '/index.ts', '/index.tsx']) {
      try {
        return await nextResolve(specifier + suffix, ctx);
      } catch {
        // try the next suffix
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (!/\.tsx?$/.test(url) || !url.startsWith('file:')) return nextLoad(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, 'utf8'), {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      sourceMap: false,
      inlineSourceMap: true,
      inlineSources: true,
    },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
