/**
 * `pnpm bench`: runs the benchmark modules and prints markdown tables.
 *
 * Add a benchmark by writing a module that exports a {@link BenchModule} and listing it
 * in MODULES. Options: `--runs <n>` (timed runs per measurement, at least 15, default 15),
 * `--only <name>` (run one module).
 */
import os from 'node:os';
import { browserModule } from './browser';
import { fhirModule } from './fhir';
import { generatedModule } from './generated';
import { layoutModule } from './layout';
import { legibilityModule } from './legibility';
import { redactModule } from './redact';
import { scaleModule } from './scale';
import type { BenchModule, BenchTable } from './types';

const MODULES: BenchModule[] = [layoutModule, redactModule, scaleModule, fhirModule, browserModule, legibilityModule, generatedModule];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function markdown(table: BenchTable): string {
  const lines = [
    `## ${table.title}`,
    '',
    `| ${table.columns.join(' | ')} |`,
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  if (table.notes?.length) lines.push('', ...table.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const runs = Math.max(15, Number(arg('runs') ?? 15) || 15);
  const only = arg('only');
  const cpus = os.cpus();
  console.log('# Kring benchmarks');
  console.log('');
  console.log(`- date: ${new Date().toISOString()}`);
  console.log(`- machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length} (${os.platform()} ${os.release()}, ${os.arch()})`);
  console.log(`- node: ${process.version}; load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const module of MODULES) {
    if (only && module.name !== only) continue;
    const result = await module.run({ runs });
    for (const table of Array.isArray(result) ? result : [result]) {
      console.log('');
      console.log(markdown(table));
    }
  }
  console.log('');
  console.log(`- load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

await main();
