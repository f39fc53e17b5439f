import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marcoIntakeDate, marcoNetwork, samirNetwork } from '@kring/fixtures';
import { SUPPORT_TYPES, type Network } from '../src';
import { networkMetrics } from '../src/metrics';
import { networkAt } from '../src/time';
import { networkArbitrary } from './arbitraries';
import { networkArb } from './time-arbitrary';

const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);

/** 1000 generated networks take a few seconds on a busy 2-core machine. */
const PROPERTY_TIMEOUT = 60_000;

describe('networkMetrics', () => {
  it('Samir: counts of the FORMAT.md example', () => {
    expect(networkMetrics(samirNetwork)).toEqual({
      people: 4,
      byKind: { person: 2, organisation: 0, place: 1, group: 0, animal: 1 },
      bySector: { family: 2, friends: 0, peers: 0, community: 1, work: 0, care: 1, other: 0 },
      byCloseness: { inner: 2, middle: 1, outer: 1 },
      withoutSector: 0,
      withoutCloseness: 0,
      formal: 1,
      informal: 3,
      deceased: [],
      clientTies: 1,
      byStatus: { active: 1, faded: 0, broken: 0, ended: 0, potential: 0 },
      byStrength: { strong: 1, moderate: 0, weak: 0 },
      byQuality: { supportive: 1, ambivalent: 0, stressful: 0, harmful: 0 },
      faded: [],
      broken: [],
      ended: [],
      potential: [],
      tiesBetweenOthers: 0,
      reciprocity: { receives: 1, gives: 1, mutual: 1, share: 1 },
      overloaded: [],
      strained: ['p-latifa'],
      notAllowed: [],
      askFirst: [],
      consentUnknown: ['p-jan'],
      withBoundary: [],
      abroad: ['p-latifa'],
      needsInterpreter: [],
      supportCovered: ['emotional', 'practical'],
      supportMissing: ['informational', 'companionship', 'financial', 'housing'],
      supportFrom: {
        emotional: ['p-latifa'], practical: ['p-latifa'], informational: [], companionship: [], financial: [], housing: [],
      },
      supportGroupSize: 2,
    });
  });

  it('Marco now: a summary of eighteen people', () => {
    const m = networkMetrics(marcoNetwork);
    expect(m.people).toBe(18);
    expect(m.byKind).toEqual({ person: 14, organisation: 2, place: 1, group: 0, animal: 1 });
    expect(m.bySector).toEqual({ family: 7, friends: 2, peers: 2, community: 1, work: 1, care: 5, other: 0 });
    expect(m.byCloseness).toEqual({ inner: 3, middle: 6, outer: 9 });
    expect([m.formal, m.informal]).toEqual([4, 14]); // the volunteer buddy (care, formality informal) is informal
    expect(m.clientTies).toBe(18);
    expect(m.byStatus).toEqual({ active: 12, faded: 2, broken: 1, ended: 2, potential: 1 });
    expect(m.faded).toEqual(['p-rob', 'p-erwin']);
    expect(m.broken).toEqual(['p-sandra']);
    expect(m.ended).toEqual(['p-ewa', 'p-karin']);
    expect(m.potential).toEqual(['p-wim']);
    expect(m.tiesBetweenOthers).toBe(4);
    expect(m.deceased).toEqual(['p-ewa']);
    expect(m.overloaded).toEqual(['p-anouk']);
    expect(m.strained).toEqual(['p-mehmet']);
    expect(m.notAllowed).toEqual(['p-sandra', 'p-kees']);
    expect(m.askFirst).toEqual(['p-lisa', 'p-joyce', 'p-karin']);
    expect(m.consentUnknown).toEqual(['p-rob', 'p-erwin']);
    expect(m.withBoundary).toEqual(['p-sandra', 'p-kees']);
    expect(m.abroad).toEqual(['p-basia']);
    expect(m.needsInterpreter).toEqual(['p-basia']);
    expect(m.reciprocity).toEqual({ receives: 10, gives: 6, mutual: 5, share: 0.5 });
    expect(m.supportCovered).toEqual(['emotional', 'practical', 'informational', 'companionship', 'financial']);
    expect(m.supportMissing).toEqual(['housing']);
    expect(m.supportFrom.emotional).toEqual(['p-anouk', 'p-basia', 'p-fatima']); // not the late mother
    expect(m.supportGroupSize).toBe(3);
  });

  it('Marco at intake: fewer people, two broken ties, no financial help yet', () => {
    const m = networkMetrics(networkAt(marcoNetwork, marcoIntakeDate));
    expect(m.people).toBe(14);
    expect(m.broken).toEqual(['p-lisa', 'p-sandra']);
    expect(m.supportMissing).toEqual(['financial', 'housing']);
    expect(m.supportGroupSize).toBe(3);
  });

  it('a network with only the client', () => {
    const alone: Network = { format: 'kring.network', version: 1, focus: 'c', people: [{ id: 'c', name: 'C', kind: 'person' }], ties: [], groups: [], events: [] };
    const m = networkMetrics(alone);
    expect(m.people).toBe(0);
    expect(m.reciprocity).toEqual({ receives: 0, gives: 0, mutual: 0, share: null });
    expect(m.supportMissing).toEqual([...SUPPORT_TYPES]);
  });

  it('reads support from the client\'s side whichever way round the tie is written', () => {
    const n: Network = {
      format: 'kring.network', version: 1, focus: 'c',
      people: [{ id: 'c', name: 'C', kind: 'person' }, { id: 'a', name: 'A', kind: 'person' }],
      ties: [{ id: 't', between: ['a', 'c'], support: { receives: ['housing'], gives: ['financial'] } }],
      groups: [], events: [],
    };
    const m = networkMetrics(n);
    expect(m.supportCovered).toEqual(['financial']); // a gives financial support to c
    expect(m.reciprocity).toEqual({ receives: 1, gives: 1, mutual: 1, share: 1 });
    expect(m.byStatus.active).toBe(1); // no status counts as active
  });

  it('adds up on any network (property)', () => {
    fc.assert(
      fc.property(fc.oneof(networkArb(), networkArbitrary()), (n) => {
        const m = networkMetrics(n);
        const others = new Set(n.people.filter((p) => p.id !== n.focus).map((p) => p.id));
        expect(m.people).toBe(others.size);
        expect(m.formal + m.informal).toBe(m.people);
        expect(sum(m.byKind)).toBe(m.people);
        expect(sum(m.bySector)).toBe(m.people);
        expect(sum(m.byCloseness)).toBe(m.people);
        expect(sum(m.byStatus)).toBe(m.clientTies);
        expect(m.faded.length + m.broken.length + m.ended.length + m.potential.length + m.byStatus.active).toBe(m.clientTies);
        expect(m.clientTies + m.tiesBetweenOthers).toBe(n.ties.length);
        expect([...m.supportCovered, ...m.supportMissing].sort()).toEqual([...SUPPORT_TYPES].sort());
        expect(m.reciprocity.mutual).toBeLessThanOrEqual(Math.min(m.reciprocity.gives, m.reciprocity.receives));
        if (m.reciprocity.share !== null) expect(m.reciprocity.share).toBeGreaterThanOrEqual(0);
        if (m.reciprocity.share !== null) expect(m.reciprocity.share).toBeLessThanOrEqual(1);
        const lists = [m.deceased, m.faded, m.broken, m.ended, m.potential, m.overloaded, m.strained, m.notAllowed, m.askFirst,
          m.consentUnknown, m.withBoundary, m.abroad, m.needsInterpreter, ...Object.values(m.supportFrom)];
        for (const list of lists) for (const id of list) expect(others.has(id)).toBe(true);
        expect(m.supportGroupSize).toBeLessThanOrEqual(m.people);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);
});
