import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { samirNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';
import { NetworkList } from '../src/network-list';
import { listOrder } from '../src/view/listOrder';

afterEach(cleanup);

const net: Network = {
  ...samirNetwork,
  people: [
    ...samirNetwork.people,
    { id: 'p-z', name: 'Zora', kind: 'person', sector: 'family', closeness: 'inner' },
    { id: 'p-a', name: 'Anna', kind: 'person', sector: 'family', closeness: 'inner' },
    { id: 'p-10', name: 'Buur 10', kind: 'person', sector: 'other', closeness: 'outer' },
    { id: 'p-2', name: 'Buur 2', kind: 'person', sector: 'other', closeness: 'outer' },
    { id: 'p-none', name: 'Zonder kring', kind: 'person' },
  ],
};

describe('listOrder', () => {
  it('is the order of the rows NetworkList renders (the client not included)', () => {
    const { container } = render(<NetworkList network={net} locale="nl" />);
    const rows = Array.from(container.querySelectorAll('tr[data-person-id]'), (tr) => tr.getAttribute('data-person-id'));
    const order = listOrder(net, 'nl');
    expect(order).toEqual(rows);
    expect(order).not.toContain(net.focus);
    expect(order.indexOf('p-a')).toBeLessThan(order.indexOf('p-z'));
    expect(order.indexOf('p-2')).toBeLessThan(order.indexOf('p-10'));
    expect(order[order.length - 1]).toBe('p-none');
  });
});
