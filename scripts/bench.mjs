// `pnpm bench`: registers the TypeScript hooks (bench/ts-hooks.mjs) and runs bench/index.ts.
// Extra arguments are passed on, e.g. `pnpm bench -- --runs 31`.
import { register } from 'node:module';

register('../bench/ts-hooks.mjs', import.meta.url);
await import('../bench/index.ts');
