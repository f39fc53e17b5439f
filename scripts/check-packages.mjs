#!/usr/bin/env node
// publint and @arethetypeswrong/cli over every published (non-private) package, and its license:
// a `license` field, and a LICENSE file of that license in what `npm pack` would publish.
// Not checked by attw: CSS files and `@kring/elements/standalone`, a browser-only <script type=module> bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// `--license-only`: just the license checks (seconds; publint and attw take minutes).
const licenseOnly = process.argv.includes('--license-only');
let failed = false;
for (const dir of readdirSync('packages')) {
  const pkgDir = join('packages', dir);
  let pkg;
  try { pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')); } catch { continue; }
  if (pkg.private) continue;
  // ESM-only packages (the custom elements are for browsers) are checked with attw's esm-only profile.
  const root = pkg.exports?.['.'];
  const profile = root && typeof root === 'object' && 'require' in root ? 'node16' : 'esm-only';
  const cssEntries = Object.keys(pkg.exports ?? {}).filter((k) => k.endsWith('.css')).map((k) => k.replace(/^\.\//, ''));
  if (cssEntries.length === 0) cssEntries.push('styles.css');
  const licenseProblems = checkLicense(pkgDir, pkg);
  if (licenseProblems.length) failed = true;
  console.log(`${pkg.name} license: ${licenseProblems.length ? `FAILED\n${licenseProblems.join('\n')}` : 'ok'}`);
  if (licenseOnly) continue;
  for (const [cmd, args] of [
    ['publint', ['--strict', pkgDir]],
    // Stylesheets (styles.css and one per component) are not modules: attw has nothing to check in them.
    ['attw', ['--pack', pkgDir, '--profile', profile, '--format', 'table-flipped', '--exclude-entrypoints', ...cssEntries, 'standalone']],
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

/** The license field, the LICENSE file beside package.json, and LICENSE among the files `npm pack` lists. */
function checkLicense(pkgDir, pkg) {
  const problems = [];
  if (typeof pkg.license !== 'string' || !pkg.license) problems.push('no "license" field');
  let text = '';
  try { text = readFileSync(join(pkgDir, 'LICENSE'), 'utf8'); } catch { problems.push('no LICENSE file'); }
  if (text && pkg.license === 'MIT' && !/^MIT License/.test(text)) problems.push('LICENSE is not the MIT text the license field names');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  if (!packed[0]?.files?.some((f) => f.path === 'LICENSE')) problems.push('LICENSE is not in the packed files');
  return problems;
}
