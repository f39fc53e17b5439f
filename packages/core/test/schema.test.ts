import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as fixtures from '@kring/fixtures';
import { networkJsonSchema } from '@kring/core/schema';
import { parseNetwork, serializeNetwork, type Network } from '../src';
import { networkArbitrary, jsonArbitrary } from './arbitraries';
import { FORMAT_EXAMPLE } from './parse-format-example';
import { planNetworkArbitrary } from './plan-arbitrary';

/**
 * The committed schema file. Regenerate it with
 * `KRING_WRITE_SCHEMA=1 pnpm exec vitest run --project unit packages/core/test/schema.test.ts`.
 */
const SCHEMA_FILE = resolve(__dirname, '../schema/kring-network-v1.schema.json');
const schemaText = `${JSON.stringify(networkJsonSchema, null, 2)}\n`;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(networkJsonSchema);

function valid(doc: unknown): boolean {
  const ok = validate(doc);
  if (!ok) process.stderr.write(`${JSON.stringify(validate.errors, null, 2).slice(0, 1500)}\n`);
  return ok;
}

describe('networkJsonSchema', () => {
  it('is the committed file packages/core/schema/kring-network-v1.schema.json', () => {
    if (process.env.KRING_WRITE_SCHEMA === '1') {
      mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
      writeFileSync(SCHEMA_FILE, schemaText);
    }
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText);
  });

  it('is a draft 2020-12 schema that compiles in strict mode', () => {
    expect(networkJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it('accepts the example of FORMAT.md', () => {
    expect(valid(JSON.parse(FORMAT_EXAMPLE))).toBe(true);
  });

  it('accepts every fixture network, in memory and as written', () => {
    const networks = Object.values(fixtures).filter(
      (v): v is Network => typeof v === 'object' && v !== null && (v as { format?: unknown }).format === 'kring.network',
    );
    expect(networks).toContain(fixtures.samirNetwork);
    for (const network of networks) {
      expect(valid(network)).toBe(true);
      expect(valid(JSON.parse(serializeNetwork(network)))).toBe(true);
    }
  });

  it('accepts every generated valid network', () => {
    fc.assert(
      fc.property(networkArbitrary({ maxPeople: 5 }), (n) => {
        expect(valid(JSON.parse(serializeNetwork(n)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('accepts every generated valid network with a plan, and refuses an action with an empty about', () => {
    fc.assert(
      fc.property(planNetworkArbitrary({ maxPeople: 4 }), (n) => {
        expect(valid(JSON.parse(serializeNetwork(n)))).toBe(true);
      }),
      { numRuns: 200 },
    );
    const doc = JSON.parse(serializeNetwork(fixtures.planNetwork)) as { actions: { about: string[] }[] };
    doc.actions[0]!.about = [];
    expect(validate(doc)).toBe(false);
  }, 120_000);

  it.each([
    ['a wrong format', (d: Record<string, unknown>) => ({ ...d, format: 'fhir' })],
    ['version 2', (d: Record<string, unknown>) => ({ ...d, version: 2 })],
    ['no focus', ({ focus: _f, ...d }: Record<string, unknown>) => d],
    ['an unknown field', (d: Record<string, unknown>) => ({ ...d, colour: 'red' })],
    ['a bad enum', (d: Record<string, unknown>) => ({ ...d, people: [{ id: 'p', name: 'P', kind: 'alien' }] })],
    ['a bad date', (d: Record<string, unknown>) => ({ ...d, people: [{ id: 'p', name: 'P', kind: 'person', since: '2019-13' }] })],
    ['a tie with one end', (d: Record<string, unknown>) => ({ ...d, ties: [{ id: 't', between: ['p-samir'] }] })],
    ['valence 3', (d: Record<string, unknown>) => ({ ...d, events: [{ id: 'e', title: 'E', date: '2020', category: 'other', valence: 3 }] })],
    ['an event with date and start', (d: Record<string, unknown>) => ({ ...d, events: [{ id: 'e', title: 'E', date: '2020', start: '2020', category: 'other', valence: 0 }] })],
    ['an event with date and end', (d: Record<string, unknown>) => ({ ...d, events: [{ id: 'e', title: 'E', date: '2020', end: '2021', category: 'other', valence: 0 }] })],
    ['an event with neither', (d: Record<string, unknown>) => ({ ...d, events: [{ id: 'e', title: 'E', category: 'other', valence: 0 }] })],
    ['a text of 10,001 characters', (d: Record<string, unknown>) => ({ ...d, title: 'x'.repeat(10_001) })],
    ['an id "__proto__"', (d: Record<string, unknown>) => ({ ...d, people: [{ id: '__proto__', name: 'P', kind: 'person' }] })],
    ['__proto__ inside extensions', (d: Record<string, unknown>) => ({ ...d, extensions: JSON.parse('{"com.x":{"a":{"__proto__":{"b":1}}}}') })],
  ])('refuses %s', (_name, breakIt) => {
    expect(validate(breakIt(JSON.parse(FORMAT_EXAMPLE)))).toBe(false);
  });

  it('never refuses what parseNetwork accepts without warnings (it is not stricter than the reader)', () => {
    const mutated = fc.record({
      network: networkArbitrary({ maxPeople: 4, maxTies: 3 }),
      at: fc.nat(),
      value: fc.oneof(jsonArbitrary, fc.constantFrom('2019', 'p-0', '', 0, 2, -2, true)),
    });
    fc.assert(
      fc.property(mutated, ({ network, at, value }) => {
        const doc = JSON.parse(serializeNetwork(network)) as Record<string, unknown>;
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach((item, i) => (slots.push([v, i]), walk(item)));
          else if (v && typeof v === 'object') {
            for (const [k, item] of Object.entries(v)) {
              slots.push([v as Record<string, unknown>, k]);
              walk(item);
            }
          }
        };
        walk(doc);
        const [container, key] = slots[at % slots.length]!;
        (container as Record<string | number, unknown>)[key] = value;
        const result = parseNetwork(doc);
        if (result.ok && result.warnings.length === 0) expect(valid(doc)).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
