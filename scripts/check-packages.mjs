#!/usr/bin/env node
// publint and @arethetypeswrong/cli over every published (non-private) package.
// Not checked by attw: CSS files and `@kring/elements/standalone`, a browser-only <script type=module> bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

let failed = false;
for (const dir of readdirSync('packages')) {
  const pkgDir = join('packages', dir);
  let pkg;
  try { pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')); } catch { continue; }
  if (pkg.private) continue;
  // ESM-only packages (the custom elements are for browsers) are checked with attw's esm-only profile.
  const root = pkg.exports?.['.'];
  const profile = root && typeof root === 'object' && 'require' in root ? 'node16' : 'esm-only';
  for (const [cmd, args] of [
    ['publint', ['--strict', pkgDir]],
    ['attw', ['--pack', pkgDir, '--profile', profile, '--format', 'table-flipped', '--exclude-entrypoints', 'styles.css', 'standalone']],
  ]) {
    try {
      const out = execFileSync('pnpm', ['exec', cmd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`${pkg.name} ${cmd}: ok`);
      if (process.env.VERBOSE) console.log(out);
    } catch (e) {
      failed = true;
      console.log(`${pkg.name} ${cmd}: FAILED\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}
process.exit(failed ? 1 : 0);
