import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planNetwork } from '@kring/fixtures';
import {
  ACTION_INTENTS, CONSENTS, actionConsent, actionPeople, invitationList, isActionOverdue, isContactingIntent, openActionCounts,
  planMetrics, validateNetwork, type Network,
} from '../src';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('the plan read for a form: consent', () => {
  it('contacting the father who said no is refused; limiting that contact is not', () => {
    expect(names(actionConsent(planNetwork, ['p-vader'], 'reactivate').refused)).toEqual(['Youssef']);
    expect(actionConsent(planNetwork, ['p-vader'], 'limit').refused).toEqual([]);
    expect(actionConsent(planNetwork, ['t-2'], 'maintain').refused).toEqual([]);
    // A tie means its other end, never the client.
    expect(names(actionConsent(planNetwork, ['t-2'], 'meet').refused)).toEqual(['Youssef']);
    expect(names(actionConsent(planNetwork, ['t-3', 'p-tante'], 'ask').askFirst)).toEqual(['Fatima']);
  });

  it('only limit and maintain do not contact', () => {
    expect(ACTION_INTENTS.filter((i) => !isContactingIntent(i))).toEqual(['maintain', 'limit']);
  });

  it('agrees with the read rule: the form refuses exactly what validateNetwork calls consent-refused', () => {
    const people = ['p-samir', 'p-latifa', 'p-jan', 'p-vader', 'p-tante', 'o-kloof'];
    const refs = [...people.slice(1), 't-1', 't-2', 't-3'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...refs), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...ACTION_INTENTS),
        fc.array(fc.constantFrom(...CONSENTS), { minLength: 6, maxLength: 6 }),
        (about, intent, consents) => {
          const n: Network = structuredClone(planNetwork);
          n.people.forEach((p, i) => { if (i > 0) p.consent = consents[i]!; });
          n.actions = [{ id: 'a-x', about, intent, step: 'stap' }];
          n.meetings = [];
          const errors = validateNetwork(n).filter((e) => e.code === 'consent-refused');
          expect(actionConsent(n, about, intent).refused.length > 0).toBe(errors.length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the plan read for a meeting: invitations', () => {
  it('leaves out who said no (for the caseworker only), flags ask-first, takes a group by its members, never the client', () => {
    const list = invitationList(planNetwork, ['p-samir', 'g-steun', 'p-vader', 'p-tante', 'p-latifa']);
    expect(names(list.invite)).toEqual(['Latifa', 'Jan de Vries', 'Fatima']);
    expect(names(list.askFirst)).toEqual(['Fatima']);
    expect(names(list.excluded)).toEqual(['Youssef']);
  });

  it('leaves deceased people out without calling them excluded', () => {
    const n = structuredClone(planNetwork);
    n.people[1]!.deceased = '2025';
    const list = invitationList(n, ['p-latifa', 'p-jan']);
    expect(names(list.invite)).toEqual(['Jan de Vries']);
    expect(list.excluded).toEqual([]);
  });
});

describe('the plan read for a list: overdue and counts', () => {
  it('an open action is overdue from the day after its due date ends', () => {
    expect(isActionOverdue({ due: '2026-11' }, '2026-11-30')).toBe(false);
    expect(isActionOverdue({ due: '2026-11' }, '2026-12-01')).toBe(true);
    expect(isActionOverdue({ due: '~2026-11-02' }, '2026-11-03')).toBe(true);
    expect(isActionOverdue({ due: '2026-11-02', status: 'done' }, '2027-01-01')).toBe(false);
    expect(isActionOverdue({ due: '2026-11-02', status: 'dropped' }, '2027-01-01')).toBe(false);
    expect(isActionOverdue({}, '2027-01-01')).toBe(false);
  });

  it('counts open actions per person, through ties, not the client', () => {
    expect(actionPeople(planNetwork, { about: ['p-tante', 't-3'] })).toEqual(['p-tante']);
    expect(Object.fromEntries(openActionCounts(planNetwork))).toEqual({ 'p-vader': 1, 'p-tante': 1 });
  });

  it('gives the plan\'s numbers on a date', () => {
    const m = planMetrics(planNetwork, '2024-06-15');
    expect(m).toMatchObject({ open: 2, done: 1, dropped: 1, overdue: 0, meetings: 2, upcomingMeetings: 1 });
    expect(m.openByIntent).toEqual({ limit: 1, reactivate: 1 });
    expect(m.limitedPeople).toEqual(['p-vader']);
    expect(m.groupMembers).toEqual({ 'g-steun': ['p-latifa', 'p-jan'] });
    const later = planMetrics(planNetwork, '2024-08-01');
    expect(later).toMatchObject({ overdue: 2, overdueIds: ['a-2', 'a-3'], upcomingMeetings: 1 });
  });
});
