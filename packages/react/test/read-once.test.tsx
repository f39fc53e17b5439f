/**
 * A network Kring made is not read again (issue 16): a host that updates with core's operations
 * and passes the result back is shown without `parseNetwork` (as the view's own edits are); a
 * host's own object, or a network changed after Kring made it, is read and checked as always.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { updatePerson, type Network } from '@kring/core';
import { fatimaNetwork } from '@kring/fixtures';
import { Ecogram } from '../src/ecogram';

const calls = vi.hoisted(() => ({ parse: 0 }));
vi.mock('@kring/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@kring/core')>();
  return {
    ...real,
    parseNetwork: (...args: Parameters<typeof real.parseNetwork>) => {
      calls.parse++;
      return real.parseNetwork(...args);
    },
  };
});

afterEach(cleanup);
const TODAY = '2025-06-01';

describe('a network Kring made', () => {
  it("is shown without being read again; the host's own object and a changed copy are read", () => {
    const host: Network = structuredClone(fatimaNetwork);
    const someone = host.people.find((p) => p.id !== host.focus)!;
    const view = render(<Ecogram network={host} onChange={() => {}} today={TODAY} />);
    // The host's own object: read.
    expect(calls.parse).toBe(1);
    const renamed = updatePerson(host, someone.id, { name: 'Anders Genoemd' });
    if (!renamed.ok) throw new Error('edit refused');
    view.rerender(<Ecogram network={renamed.network} onChange={() => {}} today={TODAY} />);
    expect(screen.getAllByText('Anders Genoemd').length).toBeGreaterThan(0);
    expect(calls.parse).toBe(1);
    // A copy with a person whose name is not text: not Kring's any more, read, and refused with its path.
    const broken = { ...renamed.network, people: [...renamed.network.people, { id: 'x', kind: 'person', name: 7 }] } as unknown as Network;
    view.rerender(<Ecogram network={broken} onChange={() => {}} today={TODAY} />);
    expect(calls.parse).toBe(2);
    expect(view.container.textContent).toContain(`people[${renamed.network.people.length}].name`);
  });
});
