/**
 * Error bodies (server/http.ts `publicIssues`) name where a problem is, never the request's
 * own text: an unknown key comes back as `…` in `path` and `pathSegments`.
 */
import { parseNetwork } from '@kring/core';
import { describe, expect, it } from 'vitest';
import { publicIssues } from '../server/http';

const marker = '<img src=x onerror=alert(1)>';

describe('publicIssues', () => {
  it('replaces an unknown field name by … in path and pathSegments', () => {
    const r = parseNetwork({ format: 'kring.network', version: 1, focus: 'p-1', people: [{ id: 'p-1', kind: 'person', name: 'A', [marker]: 1 }], [marker]: { [marker]: 2 } });
    const issues = r.ok ? r.warnings : r.errors;
    const unknown = publicIssues(issues, 'network').filter((e) => e.code === 'unknown-field');
    expect(unknown.length).toBeGreaterThan(0);
    expect(JSON.stringify(unknown)).not.toContain('img');
    expect(unknown.map((e) => e.pathSegments)).toContainEqual(['network', 'people', 0, '…']);
    expect(unknown.map((e) => e.path)).toContainEqual('network.people[0][…]');
  });

  it('keeps known keys and indexes, caps the number of segments and the path length', () => {
    const [kept] = publicIssues([{ code: 'required', path: 'people[3].name', pathSegments: ['people', 3, 'name'], message: 'x' }], 'network');
    expect(kept).toEqual({ code: 'required', path: 'network.people[3].name', pathSegments: ['network', 'people', 3, 'name'], message: 'Invalid (required).' });
    const deep = Array.from({ length: 500 }, () => 'extensions');
    const [long] = publicIssues([{ code: 'invalid-value', path: deep.join('.'), pathSegments: deep, message: 'x' }]);
    expect(long?.pathSegments.length).toBeLessThanOrEqual(32);
    expect(long?.path.length).toBeLessThanOrEqual(300);
  });
});
