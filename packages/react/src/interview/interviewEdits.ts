/**
 * The data side of the guided interview: which people were named at which step, and the
 * edits (through core operations) that add, link and take back people.
 */
import {
  addPerson, addTie, removePerson, removeTie, updateTie,
  type Network, type OperationResult, type Person, type PersonInput, type SupportType, type Tie, type TieInput,
  type TiePatch, type TieStatus,
} from '@kring/core';
import type { InterviewPrompt, InterviewText } from './types';
import type { Locale } from '../i18n/types';

/**
 * Key in `network.extensions` where the interview keeps who was named at which step, so an
 * interview can be resumed later: `{ added: { [promptId]: personId[] }, mentioned: { … } }`.
 * `added`: people the interview created at that step; `mentioned`: people already in the
 * network who were named there too. Ids of people removed elsewhere are ignored.
 */
export const INTERVIEW_EXTENSION = 'kring.interview';

/** What the interview keeps in `network.extensions[INTERVIEW_EXTENSION]`. */
export interface InterviewRecord {
  added: Record<string, string[]>;
  mentioned: Record<string, string[]>;
}

/** The text of an {@link InterviewText} in a locale (then Dutch, then English, then ''). */
export function textIn(text: InterviewText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.nl ?? text.en ?? '';
}

function idLists(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** The interview record of a network (empty when there is none or it is damaged). Never throws. */
export function readInterviewRecord(network: Network): InterviewRecord {
  const raw = network.extensions?.[INTERVIEW_EXTENSION];
  if (typeof raw !== 'object' || raw === null) return { added: {}, mentioned: {} };
  const r = raw as Record<string, unknown>;
  return { added: idLists(r.added), mentioned: idLists(r.mentioned) };
}

function withRecord(network: Network, record: InterviewRecord): Network {
  const ids = new Set(network.people.map((p) => p.id));
  const clean = (lists: Record<string, string[]>): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(lists)) {
      const kept = [...new Set(v)].filter((id) => ids.has(id));
      if (kept.length) out[k] = kept;
    }
    return out;
  };
  return { ...network, extensions: { ...network.extensions, [INTERVIEW_EXTENSION]: { added: clean(record.added), mentioned: clean(record.mentioned) } } };
}

function edit(lists: Record<string, string[]>, promptId: string, change: (ids: string[]) => string[]): Record<string, string[]> {
  return { ...lists, [promptId]: change(lists[promptId] ?? []) };
}

/** One person named at a step: created there (`added`) or already known (`mentioned`). */
export interface NamedPerson {
  person: Person;
  how: 'added' | 'mentioned';
  /** The tie between the client and this person, if any. */
  tie?: Tie;
}

/** The tie between the client and `personId`, if any. */
export function clientTie(network: Network, personId: string): Tie | undefined {
  return network.ties.find((t) => t.between.includes(network.focus) && t.between.includes(personId) && personId !== network.focus);
}

/** The people named at a step, in the order they were named. */
export function namedAt(network: Network, promptId: string): NamedPerson[] {
  const record = readInterviewRecord(network);
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const out: NamedPerson[] = [];
  const seen = new Set<string>();
  const push = (id: string, how: NamedPerson['how']) => {
    const person = byId.get(id);
    if (!person || seen.has(id) || id === network.focus) return;
    seen.add(id);
    const tie = clientTie(network, id);
    out.push(tie ? { person, how, tie } : { person, how });
  };
  for (const id of record.added[promptId] ?? []) push(id, 'added');
  for (const id of record.mentioned[promptId] ?? []) push(id, 'mentioned');
  return out;
}

/** Compares names the way people say them: trimmed, case- and accent-insensitive. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

/** Someone (not the client) in the network with this name. */
export function findByName(network: Network, name: string): Person | undefined {
  return network.people.find((p) => p.id !== network.focus && sameName(p.name, name));
}

function copySupport(support: TieInput['support']): TieInput['support'] {
  if (!support) return undefined;
  const out: NonNullable<TieInput['support']> = {};
  if (support.receives) out.receives = [...support.receives];
  if (support.gives) out.gives = [...support.gives];
  return out;
}

/** The tie fields of a prompt (a fresh copy), with the chosen status on top. */
export function promptTieFields(prompt: InterviewPrompt, status?: TieStatus): Omit<TieInput, 'between'> {
  const fields: Omit<TieInput, 'between'> = { ...prompt.defaults?.tie };
  delete (fields as { id?: string }).id;
  const support = copySupport(fields.support);
  if (support) fields.support = support;
  const chosen = status ?? fields.status ?? prompt.statusChoices?.[0] ?? 'active';
  fields.status = chosen;
  return fields;
}

/** The status a step starts with (its default tie status, else its first choice). */
export function startStatus(prompt: InterviewPrompt): TieStatus | undefined {
  if (!prompt.statusChoices?.length) return undefined;
  const s = prompt.defaults?.tie?.status;
  return s && prompt.statusChoices.includes(s) ? s : prompt.statusChoices[0];
}

/**
 * Adds a person named at a step: the person (form values on top of the prompt's person
 * defaults; `source: 'client'` unless set) and a tie from the client with the prompt's tie
 * fields, recorded under the step. One result: both succeed or nothing changes.
 */
export function addNamedPerson(network: Network, prompt: InterviewPrompt, input: PersonInput, status?: TieStatus): OperationResult {
  const person: PersonInput = { source: 'client', ...prompt.defaults?.person, ...input };
  const added = addPerson(network, person);
  if (!added.ok || added.id === undefined) return added;
  const personId = added.id;
  const tied = addTie(added.network, { ...promptTieFields(prompt, status), between: [network.focus, personId] });
  if (!tied.ok) return tied;
  const record = readInterviewRecord(tied.network);
  const next = withRecord(tied.network, { ...record, added: edit(record.added, prompt.id, (ids) => [...ids, personId]) });
  return { ok: true, network: next, id: personId };
}

/** How to take back a link: the tie as it was before (or `null` when there was none). */
export interface LinkUndo {
  tieId: string;
  before: Tie | null;
}

function union(a: readonly SupportType[] | undefined, b: readonly SupportType[] | undefined): SupportType[] | undefined {
  if (!a?.length && !b?.length) return a ? [...a] : undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/**
 * Names someone already in the network at a step: the prompt's support types are added to
 * their tie with the client (made when missing), a non-active prompt status (e.g. "lost
 * touch") is set, and the person is recorded under the step. Not recorded as tie history:
 * this describes the present. Returns the result and how to undo it.
 */
export function linkNamedPerson(network: Network, prompt: InterviewPrompt, personId: string, status?: TieStatus): { result: OperationResult; undo?: LinkUndo } {
  const fields = promptTieFields(prompt, status);
  const existing = clientTie(network, personId);
  let result: OperationResult;
  let undo: LinkUndo | undefined;
  if (!existing) {
    result = addTie(network, { ...fields, between: [network.focus, personId] });
    if (result.ok && result.id) undo = { tieId: result.id, before: null };
  } else {
    const fromClient = existing.between[0] === network.focus;
    const current = existing.support ?? {};
    const clientGets = fromClient ? current.receives : current.gives;
    const clientGives = fromClient ? current.gives : current.receives;
    const gets = union(clientGets, fields.support?.receives);
    const gives = union(clientGives, fields.support?.gives);
    const support: NonNullable<Tie['support']> = {};
    const [r, g] = fromClient ? [gets, gives] : [gives, gets];
    if (r) support.receives = r;
    if (g) support.gives = g;
    const patch: TiePatch = {};
    if ((support.receives || support.gives) && JSON.stringify(support) !== JSON.stringify(existing.support ?? {})) patch.support = support;
    if (fields.status !== 'active' && fields.status !== (existing.status ?? 'active')) patch.status = fields.status;
    result = Object.keys(patch).length ? updateTie(network, existing.id, patch, { recordHistory: false }) : { ok: true, network };
    undo = { tieId: existing.id, before: existing };
  }
  if (!result.ok) return { result };
  const record = readInterviewRecord(result.network);
  const next = withRecord(result.network, { ...record, mentioned: edit(record.mentioned, prompt.id, (ids) => [...ids, personId]) });
  return undo ? { result: { ok: true, network: next, id: personId }, undo } : { result: { ok: true, network: next, id: personId } };
}

/** Takes a person added at a step out of the network again (with their ties). */
export function removeNamedPerson(network: Network, promptId: string, personId: string): OperationResult {
  const removed = removePerson(network, personId);
  if (!removed.ok) return removed;
  const record = readInterviewRecord(removed.network);
  const drop = (ids: string[]) => ids.filter((id) => id !== personId);
  return { ok: true, network: withRecord(removed.network, { ...record, added: edit(record.added, promptId, drop) }) };
}

/**
 * Takes back a link made at a step: the tie is put back as it was (`undo`, when known in this
 * session) and the person is no longer listed under the step. The person stays.
 */
export function unlinkNamedPerson(network: Network, promptId: string, personId: string, undo?: LinkUndo): OperationResult {
  let n = network;
  if (undo) {
    const now = network.ties.find((t) => t.id === undo.tieId);
    if (now && undo.before === null) {
      const r = removeTie(n, undo.tieId);
      if (!r.ok) return r;
      n = r.network;
    } else if (now && undo.before) {
      const patch: TiePatch = { support: undo.before.support, status: undo.before.status };
      const r = updateTie(n, undo.tieId, patch, { recordHistory: false });
      if (!r.ok) return r;
      n = r.network;
    }
  }
  const record = readInterviewRecord(n);
  const drop = (ids: string[]) => ids.filter((id) => id !== personId);
  return { ok: true, network: withRecord(n, { ...record, mentioned: edit(record.mentioned, promptId, drop) }) };
}
