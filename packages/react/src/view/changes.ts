/**
 * "Wat is er veranderd?": the changes of `diffNetworks` as sentences a caseworker would
 * write in a report ("Het contact met Latifa is hersteld.").
 */
import {
  diffNetworks,
  type Closeness, type Network, type NetworkChange, type Person, type Tie,
} from '@kring/core';
import { isLabelValue } from '../i18n';
import type { SummaryText } from '../summary/messages';

/** One sentence about one change, with the change it describes. */
export interface ChangeSentence {
  /** A stable key for lists (unique within one result). */
  key: string;
  /** The sentence, plain text (render it as text). */
  text: string;
  /** The core change it describes; absent for a death (not a `diffNetworks` kind). */
  change?: NetworkChange;
}

const CLOSENESS_ORDER: Record<Closeness, number> = { inner: 0, middle: 1, outer: 2 };

function capitalize(s: string): string {
  return s.length ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s;
}

function isCloseness(v: string | undefined): v is Closeness {
  return v === 'inner' || v === 'middle' || v === 'outer';
}

/** A sector or status of a change as its label; a value from newer data as it is. */
function labelOf(t: SummaryText, group: 'sector' | 'status', value: string): string {
  return isLabelValue(group, value) ? t.label(group, value) : value;
}

/** The quality as a word inside a sentence; a value from newer data as it is. */
function qualityWord(t: SummaryText, q: string): string {
  return isLabelValue('quality', q) ? t(`summary.quality.${q}`) : q;
}

/**
 * Sentences for the changes from `before` (older) to `after` (newer), in the order of
 * `diffNetworks`. Names come from the networks (pass redacted networks to hide them). A new
 * person's tie with the client is not repeated ("Wim is nieuw in het netwerk" says it); a
 * person removed likewise. People who died in between are mentioned after the people changes.
 * @internal
 */
export function changeSentences(before: Network, after: Network, t: SummaryText, changes: NetworkChange[] = diffNetworks(before, after)): ChangeSentence[] {
  const older = new Map<string, Person>(before.people.map((p) => [p.id, p]));
  const newer = new Map<string, Person>(after.people.map((p) => [p.id, p]));
  const tiesAfter = new Map<string, Tie>(after.ties.map((x) => [x.id, x]));
  const focus = after.focus;
  const nameOf = (id: string | undefined): string => {
    if (id === undefined) return '?';
    return newer.get(id)?.name ?? older.get(id)?.name ?? id;
  };
  const client = nameOf(focus);
  const added = new Set(changes.filter((c) => c.kind === 'person-added').map((c) => c.personId));
  const removed = new Set(changes.filter((c) => c.kind === 'person-removed').map((c) => c.personId));
  const potentialTie = (personId: string | undefined) =>
    after.ties.some((x) => x.status === 'potential' && x.between.includes(focus) && personId !== undefined && x.between.includes(personId));

  const subject = (c: NetworkChange): string =>
    c.otherId === focus || c.otherId === before.focus
      ? t('summary.subjectClient', { name: nameOf(c.personId) })
      : t('summary.subjectBetween', { a: nameOf(c.personId), b: nameOf(c.otherId) });

  const out: ChangeSentence[] = [];
  const push = (key: string, text: string, change?: NetworkChange) => out.push(change ? { key, text: capitalize(text), change } : { key, text: capitalize(text) });

  const deaths: ChangeSentence[] = [];
  for (const p of after.people) {
    const was = older.get(p.id);
    if (was && was.deceased === undefined && p.deceased !== undefined) deaths.push({ key: `deceased:${p.id}`, text: capitalize(t('summary.change.deceased', { name: p.name })) });
  }
  let deathsDone = false;
  const flushDeaths = () => {
    if (deathsDone) return;
    deathsDone = true;
    out.push(...deaths);
  };

  changes.forEach((c, i) => {
    const key = `${c.kind}:${c.personId ?? ''}:${c.tieId ?? ''}:${c.field ?? ''}:${i}`;
    const name = nameOf(c.personId);
    const tieWithClient = c.otherId === focus;
    if (!c.kind.startsWith('person-')) flushDeaths();
    switch (c.kind) {
      case 'person-added':
        push(key, t(potentialTie(c.personId) ? 'summary.change.personAddedPotential' : 'summary.change.personAdded', { name }), c);
        break;
      case 'person-removed':
        push(key, t('summary.change.personRemoved', { name }), c);
        break;
      case 'person-moved':
        if (c.field === 'closeness') {
          if (isCloseness(c.to) && isCloseness(c.from)) {
            const closer = CLOSENESS_ORDER[c.to] < CLOSENESS_ORDER[c.from];
            push(key, t(closer ? 'summary.change.closer' : 'summary.change.further', { name, to: t(`summary.circle.${c.to}`), from: t(`summary.circle.${c.from}`) }), c);
          } else if (isCloseness(c.to)) {
            push(key, t('summary.change.circle', { name, to: t(`summary.circle.${c.to}`) }), c);
          } else {
            push(key, t('summary.change.circleUnset', { name }), c);
          }
        } else if (c.to !== undefined && c.from !== undefined) {
          push(key, t('summary.change.sector', { name, to: labelOf(t, 'sector', c.to), from: labelOf(t, 'sector', c.from) }), c);
        } else if (c.to !== undefined) {
          push(key, t('summary.change.sectorNew', { name, to: labelOf(t, 'sector', c.to) }), c);
        } else {
          push(key, t('summary.change.sectorUnset', { name }), c);
        }
        break;
      case 'tie-added': {
        if (tieWithClient && added.has(c.personId)) break; // "X is nieuw in het netwerk" says it
        if (!tieWithClient) {
          push(key, t('summary.change.tieAddedBetween', { a: nameOf(c.personId), b: nameOf(c.otherId) }), c);
        } else if (c.tieId !== undefined && tiesAfter.get(c.tieId)?.status === 'potential') {
          push(key, t('summary.change.tiePotential', { name }), c);
        } else {
          push(key, t('summary.change.tieAddedClient', { name, client }), c);
        }
        break;
      }
      case 'tie-removed':
        if (removed.has(c.personId) || removed.has(c.otherId)) break;
        push(key, t('summary.change.tieRemoved', { subject: subject(c) }), c);
        break;
      case 'tie-restored':
        push(key, t('summary.change.restored', { subject: subject(c) }), c);
        break;
      case 'tie-broken':
        push(key, t('summary.change.broken', { subject: subject(c) }), c);
        break;
      case 'tie-faded':
        push(key, t('summary.change.faded', { subject: subject(c) }), c);
        break;
      case 'tie-status-changed':
        if (c.to === 'ended') push(key, t('summary.change.ended', { subject: subject(c) }), c);
        else if (c.to === 'potential') push(key, t('summary.change.nowPotential', { subject: subject(c) }), c);
        else if (c.to === 'active' && c.from === 'potential') push(key, t('summary.change.started', { subject: subject(c) }), c);
        else push(key, t('summary.change.status', { subject: subject(c), to: labelOf(t, 'status', c.to ?? 'active').toLocaleLowerCase(t.locale) }), c);
        break;
      case 'tie-strengthened':
        push(key, t('summary.change.stronger', { subject: subject(c) }), c);
        break;
      case 'tie-weakened':
        push(key, t('summary.change.weaker', { subject: subject(c) }), c);
        break;
      case 'tie-quality-changed':
        if (c.to !== undefined && c.from !== undefined) push(key, t('summary.change.quality', { subject: subject(c), to: qualityWord(t, c.to), from: qualityWord(t, c.from) }), c);
        else if (c.to !== undefined) push(key, t('summary.change.qualityNew', { subject: subject(c), to: qualityWord(t, c.to) }), c);
        else push(key, t('summary.change.qualityUnset', { subject: subject(c) }), c);
        break;
      default:
        break;
    }
  });
  flushDeaths();
  return out;
}
