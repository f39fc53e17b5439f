/**
 * The audit log's words (src/auditText.ts) over the server's change data (server/summary.ts):
 * every enum value core knows gets a Dutch word, a life event's change says what changed,
 * every entry type (also unknown ones) gets a Dutch title, and nothing shows as raw data.
 */
import * as core from '@kring/core';
import type { Network } from '@kring/core';
import { planNetwork, samirNetwork } from '@kring/fixtures';
import { describe, expect, it } from 'vitest';
import { ENUM_FIELDS, describeAction, describeEntry, describeItem, formatValue } from '../src/auditText';
import { summarize, type AuditEntity } from '../server/summary';

/** Each of core's exported value lists, and one field of the format that holds its values. */
const LISTS: Record<string, [AuditEntity, string]> = {
  PERSON_KINDS: ['person', 'kind'], SECTORS: ['person', 'sector'], FORMALITIES: ['person', 'formality'],
  CLOSENESSES: ['person', 'closeness'], CONSENTS: ['person', 'consent'], SOURCES: ['person', 'source'],
  BURDENS: ['person', 'burden'], AREAS: ['person', 'location.area'], CHANNELS: ['person', 'channels'],
  STRENGTHS: ['tie', 'strength'], QUALITIES: ['tie', 'quality'], TIE_STATUSES: ['tie', 'status'],
  INTENTS: ['tie', 'intent'], SUPPORT_TYPES: ['tie', 'support.gives'], CONTACT_FREQUENCIES: ['tie', 'contact'],
  GROUP_KINDS: ['group', 'kind'], EVENT_CATEGORIES: ['event', 'category'],
  ACTION_INTENTS: ['action', 'intent'], NON_CONTACT_INTENTS: ['action', 'intent'], ACTION_STATUSES: ['action', 'status'],
  MEETING_KINDS: ['meeting', 'kind'],
};

/** Every exported list of enum values in @kring/core (`SECTORS`, `QUALITIES`, …). */
const coreLists: [string, readonly string[]][] = Object.entries(core as Record<string, unknown>).flatMap(([name, value]) =>
  /^[A-Z_]+S$/.test(name) && Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')
    ? [[name, value as string[]] as [string, readonly string[]]] : []);

const edit = (n: Network, f: (copy: Network) => void): Network => {
  const copy = structuredClone(n);
  f(copy);
  return copy;
};
const lines = (a: Network, b: Network) => summarize(a, b).map(describeItem);

describe('audit wording: enum values', () => {
  it('knows a field for every value list core exports (a new list fails here)', () => {
    expect(coreLists.map(([name]) => name).sort()).toEqual(Object.keys(LISTS).sort());
  });

  it.each(coreLists)('%s: every value has a Dutch word of its own', (name, values) => {
    const [entity, field] = LISTS[name]!;
    expect(ENUM_FIELDS[`${entity}.${field}`]).toBeDefined();
    for (const value of values) {
      const word = formatValue(entity, field, value);
      // Quoted Kring label, never the format's code ("‘Geeft spanning’", not "stressful").
      expect(word, `${name} ${value}`).toMatch(/^‘.+’$/);
      expect(word.slice(1, -1), `${name} ${value}`).not.toBe(value);
    }
  });

  it('valence -2..2 in words', () => {
    expect([-2, -1, 0, 1, 2].map((v) => formatValue('event', 'valence', v))).toEqual(
      ['‘Heel moeilijk’', '‘Moeilijk’', '‘Niet goed of slecht’', '‘Goed’', '‘Heel goed’']);
  });
});

describe('audit wording: what changed', () => {
  it('a tie that became stressful reads in Dutch, without the code', () => {
    const after = edit(samirNetwork, (n) => { n.ties[0]!.quality = 'stressful'; });
    const text = lines(samirNetwork, after);
    expect(text).toEqual(['Contact met Latifa: kwaliteit gewijzigd van ‘Steunend’ naar ‘Geeft spanning’']);
  });

  it('moves, strength and status changes use Kring\'s words', () => {
    const after = edit(samirNetwork, (n) => {
      n.people[1]!.sector = 'friends';
      n.people[2]!.closeness = 'inner';
      n.ties[0]!.strength = 'weak';
      n.ties[0]!.status = 'ended';
    });
    const text = lines(samirNetwork, after);
    expect(text).toEqual([
      'Latifa: levensgebied gewijzigd van ‘Familie’ naar ‘Vrienden’',
      'Jan de Vries: cirkel gewijzigd van ‘Middelste cirkel’ naar ‘Binnenste cirkel’',
      'Contact met Latifa: status gewijzigd van ‘Actief’ naar ‘Afgesloten’',
      'Contact met Latifa zwakker: van ‘Sterk’ naar ‘Zwak’',
    ]);
    expect(text.join('\n')).not.toMatch(/\b(friends|inner|ended|weak|strong|active)\b/);
  });

  it('a life event: what changed, with dates as people write them', () => {
    const after = edit(samirNetwork, (n) => {
      const e = n.events[0] as { date: string; title: string; category: string; valence: number };
      e.date = '2019-06';
      e.title = 'Uit huis gezet (Haarlem)';
      e.category = 'family';
      e.valence = -1;
    });
    expect(lines(samirNetwork, after)).toEqual([
      'Gebeurtenis ‘Uit huis gezet’: titel gewijzigd van ‘Uit huis gezet’ naar ‘Uit huis gezet (Haarlem)’',
      'Gebeurtenis ‘Uit huis gezet’: datum gewijzigd van mei 2019 naar juni 2019',
      'Gebeurtenis ‘Uit huis gezet’: levensdomein gewijzigd van ‘Wonen’ naar ‘Familie’',
      'Gebeurtenis ‘Uit huis gezet’: hoe het was gewijzigd van ‘Heel moeilijk’ naar ‘Moeilijk’',
    ]);
  });

  it('life events added, removed, ended; people on an event by name', () => {
    const after = edit(samirNetwork, (n) => {
      n.events = n.events.filter((e) => e.id !== 'e-1');
      (n.events[0] as { end?: string }).end = '2021-03';
      n.events.push({ id: 'e-9', title: 'Eigen kamer', date: '~2022', category: 'housing', valence: 2, people: ['p-jan'] });
    });
    expect(lines(samirNetwork, after)).toEqual([
      'Gebeurtenis ‘Eigen kamer’ (ca. 2022) toegevoegd aan de levenslijn',
      'Gebeurtenis ‘Uit huis gezet’ (mei 2019) verwijderd van de levenslijn',
      'Gebeurtenis ‘In de opvang’: einde gewijzigd van ca. 2021 naar maart 2021',
    ]);
    const people = edit(samirNetwork, (n) => { n.events[0]!.people = ['p-latifa', 'p-jan']; });
    expect(lines(samirNetwork, people)).toEqual(['Gebeurtenis ‘Uit huis gezet’: betrokken mensen gewijzigd van ‘Latifa’ naar ‘Latifa’, ‘Jan de Vries’']);
  });

  it('other fields are named, notes are not quoted, nothing says "Details gewijzigd"', () => {
    const after = edit(samirNetwork, (n) => {
      n.people[1]!.role = 'oudere zus';
      n.people[1]!.note = 'Geheim: schuld bij de buren';
      n.people[1]!.consent = 'ask-first';
      delete n.people[1]!.burden;
      n.ties[0]!.contact = 'monthly';
      n.ties[0]!.support = { receives: ['emotional'], gives: ['companionship', 'housing'] };
      n.groups[0]!.name = 'Steungroep Haarlem';
      n.layout = { 'p-latifa': { angle: 90 } };
    });
    const text = lines(samirNetwork, after);
    expect(text).toEqual([
      'Latifa: rol gewijzigd van ‘zus’ naar ‘oudere zus’',
      'Latifa: toestemming voor contact gewijzigd van ‘Mag contact’ naar ‘Eerst vragen’',
      'Latifa: belasting gewist (was ‘Het is zwaar’)',
      'Latifa: notitie gewijzigd',
      'Contact met Latifa: steun die de persoon krijgt gewijzigd van ‘Emotioneel’, ‘Praktisch’ naar ‘Emotioneel’',
      'Contact met Latifa: steun die de persoon geeft gewijzigd van ‘Gezelschap’ naar ‘Gezelschap’, ‘Huisvesting’',
      'Contact met Latifa: hoe vaak contact gewijzigd van ‘Elke week’ naar ‘Elke maand’',
      'Groep ‘Steungroep’: naam gewijzigd van ‘Steungroep’ naar ‘Steungroep Haarlem’',
      'Plaats op de kaart aangepast: Latifa',
    ]);
    expect(JSON.stringify(summarize(samirNetwork, after))).not.toContain('Geheim');
    expect(text.join('\n')).not.toContain('Details gewijzigd');
  });

  it('a removed person keeps their name in the entry; no change says so', () => {
    const after = edit(samirNetwork, (n) => {
      n.people = n.people.filter((p) => p.id !== 'p-rex');
    });
    expect(lines(samirNetwork, after)).toEqual(['Rex verwijderd']);
    expect(lines(samirNetwork, samirNetwork)).toEqual(['Geen wijziging']);
  });
});

describe('audit wording: entries', () => {
  it.each([
    ['write', 'gewijzigd', 'Netwerk gewijzigd'],
    ['create', 'aangemaakt', 'Dossier aangemaakt'],
    ['read', 'bekeken', 'Dossier bekeken'],
    ['export', 'geëxporteerd', 'Netwerk geëxporteerd'],
    ['print', 'afdrukweergave geopend', 'Afdrukweergave geopend'],
    ['import', 'geïmporteerd', 'Netwerk geïmporteerd'],
    ['refused', 'geweigerd', 'Geweigerd'],
    ['refused', 'import geweigerd', 'Import geweigerd'],
    [undefined, 'write-refused', 'Wijziging geweigerd'],
    [undefined, 'read', 'Dossier bekeken'],
    [undefined, 'export:fhir', 'Netwerk geëxporteerd'],
    [undefined, 'geïmporteerd', 'Netwerk geïmporteerd'],
    ['archive', 'gearchiveerd', 'Andere handeling (gearchiveerd)'],
    [undefined, '  ', 'Handeling zonder naam'],
  ])('kind %s, action "%s" → %s', (kind, action, title) => {
    expect(describeAction(action, kind)).toBe(title);
  });

  it('unknown or broken lines read as "Andere wijziging", never as data', () => {
    expect(describeEntry({ action: 'gewijzigd', summary: [{ kind: 'tie-teleported', name: 'X' }, null, 42, { name: 'Y' }, ['a']] }).lines)
      .toEqual(['Andere wijziging', 'Andere wijziging', 'Andere wijziging', 'Andere wijziging', 'Andere wijziging']);
    expect(describeEntry({ action: 'bekeken', summary: null })).toEqual({ title: 'Dossier bekeken', lines: [] });
  });

  it('sentences the server wrote are shown as they are; older lines with codes get words', () => {
    expect(describeItem('Netwerk aangemaakt met 4 personen')).toBe('Netwerk aangemaakt met 4 personen');
    expect(describeItem('Status contact met Latifa: active → broken')).toBe('Status contact met Latifa: Actief → Verbroken');
    expect(describeItem('Kwaliteit contact met Latifa: supportive → stressful')).toBe('Kwaliteit contact met Latifa: Steunend → Geeft spanning');
    expect(describeItem('Latifa verplaatst (sector: family → friends)')).toBe('Latifa verplaatst (sector: Familie → Vrienden)');
    expect(describeItem('Rex verplaatst (cirkel: – → inner)')).toBe('Rex verplaatst (cirkel: – → Binnenste cirkel)');
    expect(describeItem('Contact met Latifa sterker (weak → strong)')).toBe('Contact met Latifa sterker (Zwak → Sterk)');
  });
});

describe('audit wording: the network plan', () => {
  it('a changed due date, owner and intent read in Dutch; the step is named as changed, not quoted', () => {
    const after = edit(planNetwork, (n) => {
      const a = n.actions!.find((x) => x.id === 'a-3')!;
      a.due = '2024-08';
      a.intent = 'ask';
      a.step = 'Iets anders';
      n.meetings![1]!.invited = ['p-latifa'];
    });
    const text = lines(planNetwork, after);
    expect(text).toContain('Actie over Fatima: doel gewijzigd van ‘Opnieuw betrekken’ naar ‘Vragen’');
    expect(text.some((l) => l.startsWith('Actie') && l.includes('wanneer klaar') && l.includes('augustus 2024'))).toBe(true);
    expect(text.some((l) => l.includes('stap') && !l.includes('Iets anders'))).toBe(true);
    expect(text.some((l) => l.startsWith('Bijeenkomst ‘Basisteam’: uitgenodigd'))).toBe(true);
    expect(text.join('\n')).not.toMatch(/ask|reactivate|p-latifa/);
  });
});
