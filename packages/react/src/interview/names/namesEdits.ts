/**
 * The data side of the names-first interview (no React, no DOM): the steps where people are
 * named (each a prompt, so the interview record says where a name came from), splitting a
 * pasted list, who is placed, and the edits as core operations.
 */
import {
  CLOSENESSES, SECTORS, updatePerson, updateTie,
  type Closeness, type Network, type OperationResult, type Person, type PersonPatch, type Sector, type TiePatch,
} from '@kring/core';
import { addNamedPerson, clientTie, readInterviewRecord } from '../interviewEdits';
import type { InterviewPrompt } from '../types';

/** Step 1 "Namen": a name, nothing else; an active tie with the client. Placed at step 2. */
export const NAMES_PROMPT: InterviewPrompt = {
  id: 'names',
  label: { nl: 'Namen', en: 'Names' },
  text: { nl: 'Wie zijn er in je leven?', en: 'Who is in your life?' },
  defaults: { tie: { status: 'active' } },
};

/** Step 4, people from the past: a faded tie, the outer circle until placed otherwise. */
export const LOST_PROMPT: InterviewPrompt = {
  id: 'lost-touch',
  label: { nl: 'Contact kwijt', en: 'Lost touch' },
  text: { nl: 'Met wie had je vroeger contact, maar nu niet meer?', en: 'Who were you in touch with before, but not any more?' },
  defaults: { closeness: 'outer', tie: { status: 'faded' } },
};

/** Step 4, someone who could play a role: a potential tie, the outer circle. */
export const POTENTIAL_PROMPT: InterviewPrompt = {
  id: 'potential',
  label: { nl: 'Zou kunnen helpen', en: 'Could help' },
  text: { nl: 'Wie zou kunnen helpen?', en: 'Who could help?' },
  defaults: { closeness: 'outer', tie: { status: 'potential' } },
};

/** Step 4, places: a place in "buurt en samenleving", the outer circle (placed already). */
export const PLACES_PROMPT: InterviewPrompt = {
  id: 'places',
  label: { nl: 'Plekken', en: 'Places' },
  text: { nl: 'Waar kom je mensen tegen?', en: 'Where do you meet people?' },
  defaults: { kind: 'place', sector: 'community', closeness: 'outer', tie: { status: 'active', support: { receives: ['companionship'] } } },
};

/** The prompts of the names-first interview, in the order of its steps. */
export const NAMES_FLOW_PROMPTS: readonly InterviewPrompt[] = [NAMES_PROMPT, LOST_PROMPT, POTENTIAL_PROMPT, PLACES_PROMPT];

/**
 * The names in a pasted text: one per line, or separated by commas or semicolons; list
 * bullets ("- ", "• ", "1. ") and surrounding spaces dropped, empty entries left out.
 */
export function splitNames(text: string): string[] {
  return text
    .split(/[\r\n,;]+/)
    .map((s) => s.replace(/^\s*(?:[-•*·]|\d+[.)])\s+/u, '').trim().replace(/\s+/g, ' '))
    .filter((s) => s.length > 0);
}

/** Does a pasted text hold more than one name? */
export function isList(text: string): boolean {
  return splitNames(text).length > 1;
}

/** Is someone on the map in a sector and circle they were given? */
export function isPlaced(person: Person): boolean {
  return person.sector !== undefined && person.closeness !== undefined;
}

/**
 * The people this interview is about: everyone named at any of its steps (in the order they
 * were named), then everyone else in the network except the client.
 */
export function interviewPeople(network: Network): Person[] {
  const record = readInterviewRecord(network);
  const order = [...Object.values(record.added).flat(), ...Object.values(record.mentioned).flat()];
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const out: Person[] = [];
  const seen = new Set<string>([network.focus]);
  for (const id of order) {
    const p = byId.get(id);
    if (p && !seen.has(id)) {
      seen.add(id);
      out.push(p);
    }
  }
  for (const p of network.people) if (!seen.has(p.id)) out.push(p);
  return out;
}

/**
 * Adds several names at a step as one change (a pasted list): each a person with a tie to
 * the client, in order. Stops at the first refusal (nothing changes then).
 */
export function addNames(network: Network, prompt: InterviewPrompt, names: readonly string[], kind?: Person['kind']): OperationResult & { ids?: string[] } {
  let n = network;
  const ids: string[] = [];
  for (const name of names) {
    const r = addNamedPerson(n, prompt, { name, kind: kind ?? prompt.defaults?.kind ?? 'person', sector: prompt.defaults?.sector, closeness: prompt.defaults?.closeness });
    if (!r.ok) return r;
    n = r.network;
    if (r.id) ids.push(r.id);
  }
  return { ok: true, network: n, id: ids.at(-1), ids };
}

/** Places someone in a sector and circle (core `updatePerson`); the layout puts them there. */
export function placeIn(network: Network, personId: string, sector: Sector, closeness: Closeness): OperationResult {
  return updatePerson(network, personId, { sector, closeness });
}

/** The sector for a key `1`–`7` (in the order of `SECTORS`), or `undefined`. */
export function sectorForKey(key: string): Sector | undefined {
  const i = Number(key) - 1;
  return Number.isInteger(i) && i >= 0 && i < SECTORS.length ? SECTORS[i] : undefined;
}

/** The circle for a key `1`–`3` (inner, middle, outer), or `undefined`. */
export function closenessForKey(key: string): Closeness | undefined {
  const i = Number(key) - 1;
  return Number.isInteger(i) && i >= 0 && i < CLOSENESSES.length ? CLOSENESSES[i] : undefined;
}

/** Changes a person's own fields (name, consent). */
export function changePerson(network: Network, personId: string, patch: PersonPatch): OperationResult {
  return updatePerson(network, personId, patch);
}

/**
 * Changes the tie between the client and a person (strength, quality, support). Describes the
 * present, so not recorded as tie history. No tie (someone named elsewhere without one):
 * `not-found`.
 */
export function changeClientTie(network: Network, personId: string, patch: TiePatch): OperationResult {
  const tie = clientTie(network, personId);
  if (!tie) return { ok: false, errors: [{ code: 'not-found', path: 'ties', pathSegments: ['ties'], message: `No tie between the client and ${personId}` }] };
  return updateTie(network, tie.id, patch, { recordHistory: false });
}
