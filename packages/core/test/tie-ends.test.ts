import { describe, expect, it } from 'vitest';
import { samirNetwork } from '@kring/fixtures';
import { FORMAT_NAME, FORMAT_VERSION, networkMetrics, otherEnd, supportSeenFrom, type Network, type Tie } from '../src';

const tie: Tie = { id: 't', between: ['a', 'b'], support: { receives: ['emotional'], gives: ['practical'] } };

describe('reading a tie from one end', () => {
  it('otherEnd names the other person, and between[0] for someone who is neither end', () => {
    expect(otherEnd(tie, 'a')).toBe('b');
    expect(otherEnd(tie, 'b')).toBe('a');
    expect(otherEnd(tie, 'x')).toBe('a');
  });

  it('supportSeenFrom turns support round for the second person', () => {
    const samir = samirNetwork.ties[0]!;
    expect(supportSeenFrom(samir, 'p-samir')).toEqual({ receives: ['emotional', 'practical'], gives: ['companionship'] });
    expect(supportSeenFrom(samir, 'p-latifa')).toEqual({ receives: ['companionship'], gives: ['emotional', 'practical'] });
    expect(supportSeenFrom(tie, 'x')).toEqual({ receives: ['emotional'], gives: ['practical'] });
    expect(supportSeenFrom({ between: ['a', 'b'] }, 'b')).toEqual({ receives: [], gives: [] });
  });

  it('is the rule the summary counts by: a client second in `between` receives what the other gives', () => {
    const network: Network = {
      format: FORMAT_NAME, version: FORMAT_VERSION, focus: 'c', groups: [], events: [],
      people: [{ id: 'c', name: 'C', kind: 'person' }, { id: 'p', name: 'P', kind: 'person' }],
      ties: [{ id: 't', between: ['p', 'c'], status: 'active', support: { gives: ['financial'] } }],
    };
    const m = networkMetrics(network);
    expect(m.supportFrom.financial).toEqual(['p']);
    expect(m.reciprocity).toMatchObject({ receives: 1, gives: 0 });
  });
});
