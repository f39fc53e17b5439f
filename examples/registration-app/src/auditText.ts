/**
 * The audit log in words: what kind of entry (changed, created, read, exported, …) and, per
 * change, one Dutch sentence. The server logs changes as data (`server/summary.ts`); the words
 * for enum values and fields come from Kring's own Dutch labels (`getMessages('nl')` of
 * `@kring/react`), so the log says "Geeft spanning" where the map's legend does, and never
 * `stressful`. Plain functions without React, so tests and other pages can use them.
 *
 * Unknown things never show as raw data: an entry type this version does not know reads
 * "Andere handeling (…)", a change of an unknown kind "Andere wijziging".
 */
import { formatFuzzyDate, isFuzzyDate } from '@kring/core';
import { getMessages, valueLabel, type KringMessageKey, type KringMessages, type LabelGroup } from '@kring/react';
import type { AuditChange, AuditEntity, AuditValue } from '../server/summary';

const messages: KringMessages = getMessages('nl');

/**
 * Entry types and their Dutch titles. The server sends a `kind` (`write`, `read`, `export`,
 * `print`, `import`, `refused`, `create`) and a Dutch `action`; the title comes from the kind
 * when this version knows it, else from the action's first word (Dutch participles and
 * English codes alike: `read`, `export-fhir`, `geëxporteerd`), else "Andere handeling (…)".
 */
const ACTIONS: readonly [title: string, codes: readonly string[]][] = [
  ['Netwerk gewijzigd', ['write', 'gewijzigd', 'wijziging', 'opgeslagen', 'update', 'updated', 'save', 'saved', 'edit', 'edited', 'changed', 'change']],
  ['Dossier aangemaakt', ['create', 'aangemaakt', 'nieuw', 'created', 'new']],
  ['Netwerk geïmporteerd', ['import', 'geimporteerd', 'imported']],
  ['Dossier bekeken', ['read', 'gelezen', 'bekeken', 'geopend', 'view', 'viewed', 'open', 'opened']],
  ['Netwerk geëxporteerd', ['export', 'geexporteerd', 'gedownload', 'exported', 'download', 'downloaded']],
  ['Afdrukweergave geopend', ['print', 'afdrukweergave', 'afgedrukt', 'printed']],
  ['Geweigerd', ['refused', 'geweigerd', 'rejected', 'denied', 'forbidden', 'refuse', 'reject', 'deny', 'conflict']],
];
const REFUSED = new Set(ACTIONS.find(([title]) => title === 'Geweigerd')?.[1] ?? []);

/** Lower case, without accents, split into words (`Geëxporteerd` → `geexporteerd`; `export-fhir` → `export`, `fhir`). */
function words(code: string): string[] {
  return code.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

const titleOf = (word: string | undefined): string | undefined => (word === undefined ? undefined : ACTIONS.find(([, codes]) => codes.includes(word))?.[0]);

/**
 * The Dutch title of an entry: "Netwerk gewijzigd", "Dossier bekeken", "Import geweigerd", …;
 * "Andere handeling (…)" for a type this version does not know.
 */
export function describeAction(action: string, kind?: string): string {
  const all = [...(kind ? words(kind) : []), ...words(action)];
  if (all.some((w) => REFUSED.has(w))) {
    // What was refused, when the action says ("import geweigerd", "write-refused"); else just "Geweigerd".
    const what = words(action).map(titleOf).find((t) => t !== undefined && t !== 'Geweigerd');
    if (what === 'Netwerk geïmporteerd') return 'Import geweigerd';
    if (what === 'Netwerk gewijzigd') return 'Wijziging geweigerd';
    return 'Geweigerd';
  }
  const title = titleOf(kind === undefined ? undefined : words(kind)[0]) ?? titleOf(words(action)[0]);
  if (title) return title;
  const shown = action.trim() || kind?.trim() || '';
  return shown ? `Andere handeling (${shown})` : 'Handeling zonder naam';
}

/** Fields whose form label is a question ("Wat gebeurde er"); the log names them as a field. */
const LOG_FIELD: Partial<Record<string, string>> = {
  'event.title': 'Titel',
  'event.valence': 'Hoe het was',
  'tie.quality': 'Kwaliteit',
  'person.burden': 'Belasting',
  'person.source': 'Bron',
  'person.consent': 'Toestemming voor contact',
  'person.location.area': 'Woonplaats',
  'person.location.country': 'Land',
  'tie.support.receives': 'Steun die de persoon krijgt',
  'tie.support.gives': 'Steun die de persoon geeft',
  'network.title': 'Titel',
};

/** Fields holding one of core's enum values (or a list of them), and their label group in Kring's messages. */
export const ENUM_FIELDS: Readonly<Record<string, LabelGroup>> = {
  'person.kind': 'kind', 'person.sector': 'sector', 'person.formality': 'formality', 'person.closeness': 'closeness',
  'person.consent': 'consent', 'person.source': 'source', 'person.burden': 'burden', 'person.location.area': 'area',
  'person.channels': 'channel',
  'tie.strength': 'strength', 'tie.quality': 'quality', 'tie.status': 'status', 'tie.intent': 'intent', 'tie.contact': 'contact',
  'tie.support.receives': 'support', 'tie.support.gives': 'support',
  'group.kind': 'groupKind', 'group.channel': 'channel',
  'event.category': 'category', 'event.valence': 'valence',
  'action.intent': 'actionIntent', 'action.status': 'actionStatus', 'meeting.kind': 'meetingKind',
};

const DATE_FIELDS = new Set(['person.consentDate', 'person.deceased', 'person.since', 'tie.since', 'event.date', 'event.start', 'event.end', 'action.due', 'action.done', 'meeting.date']);

/** The name of a field in the log, e.g. `event.date` → "Datum". Unknown fields show their format name. */
export function fieldName(entity: AuditEntity, field: string): string {
  const key = `${entity}.${field}`;
  const own = LOG_FIELD[key];
  if (own) return own;
  const lastDot = field.lastIndexOf('.');
  const kring = lastDot < 0 ? `field.${key}` : `field.${field}`; // nested: `field.location.area`, `field.support.gives`
  return messages[kring as KringMessageKey] ?? field;
}

/** An enum value in Dutch (`stressful` → "Geeft spanning"); unknown values stay as they are. */
export function valueWord(group: LabelGroup, value: string | number): string {
  return valueLabel(messages, group, value);
}

/** A value of `entity.field` for a sentence: enum words and free text in quotes, dates and yes/no as they read. */
export function formatValue(entity: AuditEntity, field: string, value: AuditValue): string {
  const key = `${entity}.${field}`;
  const group = ENUM_FIELDS[key];
  const one = (v: string | number | boolean): string => {
    if (typeof v === 'boolean') return v ? 'ja' : 'nee';
    if (group) return `‘${valueWord(group, v)}’`;
    if (typeof v === 'string' && DATE_FIELDS.has(key) && isFuzzyDate(v)) return formatFuzzyDate(v, 'nl');
    return typeof v === 'number' ? String(v) : `‘${v}’`;
  };
  if (Array.isArray(value)) return value.length === 0 ? '(niemand of niets)' : value.map(one).join(', ');
  return one(value);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Whom a line is about: "Latifa", "Contact met Latifa", "Gebeurtenis ‘Verhuizing’". */
function subject(entity: AuditEntity, name: string, other?: string): string {
  switch (entity) {
    case 'person': return name;
    case 'tie': return other === undefined ? `Contact met ${name}` : `Contact ${name} – ${other}`;
    case 'group': return `Groep ‘${name}’`;
    case 'event': return `Gebeurtenis ‘${name}’`;
    case 'action': return `Actie over ${name}`;
    case 'meeting': return `Bijeenkomst ‘${name}’`;
    case 'network': return 'Netwerk';
  }
}

/** "Gebeurtenis ‘Verhuizing’: datum gewijzigd van mei 2019 naar juni 2019" (or "… ingevuld: …", "… gewist (was …)"). */
export function fieldSentence(entity: AuditEntity, name: string, field: string, from?: AuditValue, to?: AuditValue, hidden = false, other?: string): string {
  const what = `${subject(entity, name, other)}: ${lowerFirst(fieldName(entity, field))}`;
  if (hidden || (from === undefined && to === undefined)) return `${what} gewijzigd`;
  if (from === undefined) return `${what} ingevuld: ${formatValue(entity, field, to as AuditValue)}`;
  if (to === undefined) return `${what} gewist (was ${formatValue(entity, field, from)})`;
  return `${what} gewijzigd van ${formatValue(entity, field, from)} naar ${formatValue(entity, field, to)}`;
}

function names(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} en ${list.length - 5} anderen` : shown;
}

/** One change as a Dutch sentence. */
function changeSentence(c: AuditChange): string {
  switch (c.kind) {
    case 'person-added': return `${c.name} toegevoegd`;
    case 'person-removed': return `${c.name} verwijderd`;
    case 'person-moved': return fieldSentence('person', c.name, c.field ?? 'closeness', c.from, c.to);
    case 'tie-added': return `${subject('tie', c.name, c.other)} toegevoegd`;
    case 'tie-removed': return `${subject('tie', c.name, c.other)} verwijderd`;
    case 'tie-strengthened': return `${subject('tie', c.name, c.other)} sterker: van ${formatValue('tie', 'strength', c.from ?? '?')} naar ${formatValue('tie', 'strength', c.to ?? '?')}`;
    case 'tie-weakened': return `${subject('tie', c.name, c.other)} zwakker: van ${formatValue('tie', 'strength', c.from ?? '?')} naar ${formatValue('tie', 'strength', c.to ?? '?')}`;
    case 'tie-restored': return `${subject('tie', c.name, c.other)} hersteld`;
    case 'tie-broken': return `${subject('tie', c.name, c.other)} verbroken`;
    case 'tie-faded': return `${subject('tie', c.name, c.other)} verwaterd`;
    case 'tie-status-changed': return fieldSentence('tie', c.name, 'status', c.from, c.to, false, c.other);
    case 'tie-quality-changed': return fieldSentence('tie', c.name, 'quality', c.from, c.to, false, c.other);
    case 'action-added': return 'Actie toegevoegd aan het netwerkplan';
    case 'action-removed': return 'Actie verwijderd uit het netwerkplan';
    case 'action-done': return 'Actie afgerond';
    case 'action-dropped': return 'Actie geschrapt';
    case 'action-reopened': return 'Actie weer open';
    case 'meeting-added': return 'Bijeenkomst gepland';
    case 'meeting-removed': return 'Bijeenkomst verwijderd';
    case 'meeting-held': return 'Uitkomst van een bijeenkomst vastgelegd';
    case 'field-changed': return fieldSentence(c.entity, c.name, c.field, c.from, c.to, c.hidden === true, c.other);
    case 'event-added': return `Gebeurtenis ‘${c.name}’${c.date && isFuzzyDate(c.date) ? ` (${formatFuzzyDate(c.date, 'nl')})` : ''} toegevoegd aan de levenslijn`;
    case 'event-removed': return `Gebeurtenis ‘${c.name}’${c.date && isFuzzyDate(c.date) ? ` (${formatFuzzyDate(c.date, 'nl')})` : ''} verwijderd van de levenslijn`;
    case 'group-added': return `Groep ‘${c.name}’ toegevoegd`;
    case 'group-removed': return `Groep ‘${c.name}’ verwijderd`;
    case 'layout-changed': return `Plaats op de kaart aangepast: ${names(c.names)}`;
    case 'imported': return `Geïmporteerd uit ${c.format === 'fhir' ? 'FHIR-bundel' : 'Kring JSON'}`;
    case 'client-created': return `Nieuw dossier voor ${c.name}; het netwerk bevat alleen de cliënt`;
    case 'no-change': return 'Geen wijziging';
    case 'other': return 'Overige gegevens gewijzigd';
  }
}

/** Shapes the server may send that this version does not know: never shown as raw data. */
function isKnownChange(item: object): item is AuditChange {
  const c = item as { kind?: unknown; name?: unknown; names?: unknown; entity?: unknown; field?: unknown };
  if (typeof c.kind !== 'string') return false;
  if (c.kind === 'layout-changed') return Array.isArray(c.names);
  if (c.kind === 'field-changed') return typeof c.name === 'string' && typeof c.field === 'string'
    && ['person', 'tie', 'group', 'event', 'action', 'meeting', 'network'].includes(String(c.entity));
  if (['imported', 'no-change', 'other'].includes(c.kind)) return true;
  return KINDS_WITH_NAME.has(c.kind) && typeof c.name === 'string';
}

const KINDS_WITH_NAME = new Set([
  'person-added', 'person-removed', 'person-moved', 'tie-added', 'tie-removed', 'tie-strengthened', 'tie-weakened',
  'tie-restored', 'tie-broken', 'tie-faded', 'tie-status-changed', 'tie-quality-changed',
  'event-added', 'event-removed', 'group-added', 'group-removed', 'client-created',
  'action-added', 'action-removed', 'action-done', 'action-dropped', 'action-reopened', 'meeting-added', 'meeting-removed', 'meeting-held',
]);

/**
 * Lines that older versions of the server wrote with enum values in them ("Status contact met
 * Latifa: active → broken"): the values are put into words when the line says which kind.
 */
const LEGACY: readonly [RegExp, LabelGroup][] = [
  [/ verplaatst \(sector: \S+ → \S+\)$/u, 'sector'],
  [/ verplaatst \(cirkel: \S+ → \S+\)$/u, 'closeness'],
  [/^Contact met .+ (sterker|zwakker) \(\S+ → \S+\)$/u, 'strength'],
  [/^Status contact met .+: \S+ → \S+$/u, 'status'],
  [/^Kwaliteit contact met .+: \S+ → \S+$/u, 'quality'],
];

function legacyLine(line: string): string {
  const group = LEGACY.find(([re]) => re.test(line))?.[1];
  if (!group) return line;
  const word = (v: string) => (v === '–' ? '–' : valueWord(group, v));
  return line.replace(/([^\s(]+) → ([^\s)]+)(\)?)$/u, (_all, a: string, b: string, close: string) => `${word(a)} → ${word(b)}${close}`);
}

/**
 * One line of an entry in Dutch: a logged change, or a sentence the server wrote (older
 * entries, free notes), shown as it is. Anything else reads "Andere wijziging".
 */
export function describeItem(item: unknown): string {
  if (typeof item === 'string') return legacyLine(item);
  if (typeof item === 'object' && item !== null && isKnownChange(item)) return changeSentence(item);
  return 'Andere wijziging';
}

/** An audit entry in words: its title and one line per change. */
export function describeEntry(entry: { action: string; kind?: string | null; summary?: readonly unknown[] | null }): { title: string; lines: string[] } {
  return {
    title: describeAction(typeof entry.action === 'string' ? entry.action : '', entry.kind ?? undefined),
    lines: Array.isArray(entry.summary) ? entry.summary.map(describeItem) : [],
  };
}
