import {
  CHANNELS, CLOSENESSES, CONSENTS, CONTACT_FREQUENCIES, INTENTS, QUALITIES, SECTORS, STRENGTHS, SUPPORT_TYPES, TIE_STATUSES,
  type Network, type Person, type Tie,
} from '@kring/core';

const ROLES = ['zus', 'broer', 'Moeder', 'vader', 'vriendin', 'buurman', 'partner', 'ex', 'oom', 'tante', 'neef', 'opa', 'oma', 'zoon', 'dochter', 'huisarts', 'kennis', 'mijn vriend', 'zus van moeder'];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

/**
 * A larger network that uses every field of the format: all kinds, sectors, formal and
 * informal, ties between other people, history, groups of every kind, events, layout,
 * vendor extensions, odd ids and Unicode names.
 */
export function largeNetwork(size = 60): Network {
  const people: Person[] = [{ id: 'p-focus', name: 'Dani\u00EBl \u201CDanny\u201D Ko\u00E7', kind: 'person', languages: ['nl', 'tr'], note: 'cli\u00EBnt' }];
  const ties: Tie[] = [];
  for (let i = 1; i < size; i++) {
    const kind = i % 13 === 0 ? 'animal' : i % 7 === 0 ? 'organisation' : i % 11 === 0 ? 'place' : i % 17 === 0 ? 'group' : 'person';
    const p: Person = { id: i % 5 === 0 ? `person/${i} \u00E9` : `p-${i}`, name: `Naaste ${i} \u{1F600}`, kind };
    p.sector = pick(SECTORS, i);
    if (i % 4 === 0) p.formality = i % 8 === 0 ? 'formal' : 'informal';
    p.closeness = pick(CLOSENESSES, i);
    if (i % 2 === 0) p.role = pick(ROLES, i);
    if (i % 9 === 0) p.relationCode = 'FRND';
    p.consent = pick(CONSENTS, i);
    if (i % 3 === 0) p.consentDate = `~20${10 + (i % 14)}`;
    if (i % 6 === 0) p.source = 'relative';
    if (i % 5 === 1) p.burden = 'overloaded';
    if (i % 10 === 3) p.boundary = i % 20 === 3 ? {} : { note: 'Niet bellen na 20:00 <b>echt</b>' };
    if (i % 4 === 1) p.location = i % 8 === 1 ? { area: 'abroad', country: 'MA' } : { area: 'same-city' };
    if (i % 12 === 5) p.location = { country: 'TR' };
    if (i % 3 === 1) p.languages = ['nl', 'ar-MA'];
    if (i % 7 === 3) p.interpreter = i % 14 === 3;
    if (i % 2 === 1) p.channels = [pick(CHANNELS, i), pick(CHANNELS, i + 2)].filter((c, k, a) => a.indexOf(c) === k);
    if (i % 19 === 4) p.deceased = '2020-02-29';
    if (i % 5 === 2) p.since = '2018-07';
    if (i % 6 === 1) p.note = `Notitie ${i}: "quotes" & \u00FC`;
    if (i % 8 === 5) p.extensions = { 'nl.ecd.vendor': { id: i, tags: ['a', 'b'], nested: { ok: true } } };
    people.push(p);
    if (i % 10 !== 9) {
      const t: Tie = { id: `t-${i}`, between: i % 3 === 0 ? [p.id, 'p-focus'] : ['p-focus', p.id] };
      t.strength = pick(STRENGTHS, i);
      t.quality = pick(QUALITIES, i);
      t.status = pick(TIE_STATUSES, i);
      if (i % 2 === 0) t.intent = pick(INTENTS, i);
      if (i % 3 === 1) t.support = { receives: [pick(SUPPORT_TYPES, i)], gives: [pick(SUPPORT_TYPES, i + 1), pick(SUPPORT_TYPES, i + 3)] };
      if (i % 6 === 2) t.support = { gives: ['housing'] };
      t.contact = pick(CONTACT_FREQUENCIES, i);
      if (i % 4 === 2) t.history = [{ date: '~2010', status: 'active' }, { date: '2019', status: 'broken', strength: 'weak', quality: 'harmful', note: 'ruzie' }, { date: '2024-03-01' }];
      if (i % 5 === 3) t.since = '2016-05-04';
      if (i % 7 === 2) t.note = 'band';
      if (i % 9 === 2) t.extensions = { 'nl.ecd.vendor': { x: [1, 2, 3] } };
      ties.push(t);
    }
  }
  // ties between other people
  for (let i = 1; i + 3 < size; i += 6) {
    ties.push({ id: `t-x-${i}`, between: [people[i]!.id, people[i + 3]!.id], strength: 'weak', quality: 'stressful', status: 'faded' });
  }
  const ids = people.map((p) => p.id);
  return {
    format: 'kring.network',
    version: 1,
    id: 'net-large',
    title: 'Groot netwerk',
    focus: 'p-focus',
    people,
    ties,
    groups: [
      { id: 'g-steun', name: 'Steungroep', kind: 'support-group', members: ['p-focus', ...ids.slice(1, 6)], channel: 'whatsapp', note: 'elke maand', extensions: { 'nl.ecd.vendor': { g: 1 } } },
      { id: 'g-basis', name: 'Basisteam', kind: 'base-team', members: ids.slice(6, 14) },
      { id: 'g-chat', name: 'Familie-app', kind: 'chat', members: ids.slice(1, 4), channel: 'whatsapp' },
      { id: 'g-leeg', name: 'Nog leeg', kind: 'support-group', members: [] },
      { id: 'g-ander', name: 'Anders', kind: 'other', members: [ids[13]!] },
    ],
    events: [
      { id: 'e-1', title: 'Uit huis gezet', date: '2019-05', category: 'housing', valence: -2, people: [ids[1]!] },
      { id: 'e-2', title: 'In de opvang', start: '2019-06', end: '~2021', category: 'housing', valence: -1 },
      { id: 'e-3', title: 'Werk gevonden', start: '2024', category: 'work', valence: 2, note: 'bij de bakker', extensions: { v: 1 } },
    ],
    layout: { [ids[1]!]: { angle: 40 }, [ids[5]!]: { angle: 200.5, radius: 0.8, pinned: true } },
    extensions: { 'com.example.vendor': { dossierId: 'A-1234' }, 'nl.other': [1, 'two', null] },
  };
}
