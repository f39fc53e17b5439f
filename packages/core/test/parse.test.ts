import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import * as fixtures from '@kring/fixtures';
import { parseNetwork, serializeNetwork, validateNetwork, type Network, type NetworkIssue } from '../src';
import { FORMAT_EXAMPLE } from './parse-format-example';


const FORMAT_MD = resolve(__dirname, '../../../../shared/FORMAT.md');

function ok(input: unknown): { network: Network; warnings: NetworkIssue[] } {
  const result = parseNetwork(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors, null, 2)}`);
  return result;
}

describe('parseNetwork: the FORMAT.md example', () => {
  it('is the example in FORMAT.md', () => {
    if (!existsSync(FORMAT_MD)) return; // a clone without ../shared: the copy above stands
    const md = readFileSync(FORMAT_MD, 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(md)?.[1];
    expect(block).toBe(FORMAT_EXAMPLE);
  });

  it('parses with no errors and no warnings, as JSON text and as an object', () => {
    const fromText = ok(FORMAT_EXAMPLE);
    expect(fromText.warnings).toEqual([]);
    const fromObject = ok(JSON.parse(FORMAT_EXAMPLE));
    expect(fromObject.warnings).toEqual([]);
    expect(fromObject.network).toEqual(fromText.network);
    expect(fromText.network.people).toHaveLength(5);
    expect(fromText.network.events[1]).toEqual({
      id: 'e-2', title: 'In de opvang', start: '2019-06', end: '~2021', category: 'housing', valence: -1,
    });
    expect(validateNetwork(fromText.network)).toEqual([]);
  });

  it('equals the samir fixture', () => {
    expect(ok(FORMAT_EXAMPLE).network).toEqual(samirNetwork);
  });

  it('writes back the same JSON as the example (same keys in the same order)', () => {
    const written = serializeNetwork(ok(FORMAT_EXAMPLE).network);
    expect(JSON.parse(written)).toEqual(JSON.parse(FORMAT_EXAMPLE));
    expect(written).toBe(JSON.stringify(JSON.parse(FORMAT_EXAMPLE), null, 2));
  });
});

describe('parseNetwork: every fixture network', () => {
  const networks = Object.entries(fixtures).filter(
    (entry): entry is [string, Network] =>
      typeof entry[1] === 'object' && entry[1] !== null && (entry[1] as { format?: unknown }).format === 'kring.network',
  );
  it('finds the fixtures', () => {
    expect(networks.map(([name]) => name)).toContain('samirNetwork');
  });
  it.each(networks)('%s is valid, parses without warnings (but ask-first consent notes) and round-trips', (_name, network) => {
    expect(validateNetwork(network)).toEqual([]);
    const parsed = ok(network);
    expect(parsed.warnings.filter((w) => w.code !== 'consent-ask-first')).toEqual([]);
    expect(parsed.network).toEqual(network);
    expect(ok(serializeNetwork(network)).network).toEqual(network);
  });
});
