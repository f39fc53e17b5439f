/**
 * Redaction: a copy of the network that can leave the building (print, share, hand to the
 * client) without third parties' names or free-text notes.
 */
import type { Group, LifeEvent, Network, Person, Tie } from '../model/types';

/** How {@link redactNetwork} replaces names. */
export type RedactionMode = 'initials' | 'role';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** One user-perceived character: a base character and its combining marks. */
const FIRST_CHARACTER = /^[\p{L}\p{N}]\p{M}*/u;

function initialOf(part: string): string | null {
  const at = part.search(LETTER_OR_DIGIT);
  if (at < 0) return null;
  const match = FIRST_CHARACTER.exec(part.slice(at));
  return match ? `${match[0]}.` : null;
}

/**
 * Initials of a name: each word's first letter (or digit) followed by a full stop, without
 * spaces; letter case is kept, hyphenated words keep their hyphen. "Jan de Vries" →
 * "J.d.V.", "Latifa" → "L.", "Ewa Bakker-Nowak" → "E.B.-N.". A name without any letter or
 * digit becomes "?".
 */
export function nameInitials(name: string): string {
  const words = name.split(/\s+/u).filter((w) => w.length > 0);
  const out: string[] = [];
  for (const word of words) {
    const parts = word.split('-').map(initialOf).filter((s): s is string => s !== null);
    if (parts.length > 0) out.push(parts.join('-'));
  }
  return out.length > 0 ? out.join('') : '?';
}

/** Letters, digits and combining marks: what a word is made of. */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const WHITESPACE = /\s/;

/**
 * Lower-case each code point whose lower case has the same length, so that positions in the
 * folded text are positions in the original (a regular expression with the `i` and `u`
 * flags and `\p{…}` classes would do this too, but compiling one per call is slow).
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

function isWordCharacterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const code = s.charCodeAt(i - 1);
  const ch = code >= 0xdc00 && code <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.charAt(i - 1);
  return WORD_CHARACTER.test(ch);
}

function isWordCharacterAt(s: string, i: number): boolean {
  const cp = s.codePointAt(i);
  return cp !== undefined && WORD_CHARACTER.test(String.fromCodePoint(cp));
}

/** Where `key` (folded, single-spaced) ends when it starts at `i` in `folded`, or -1. A space matches any run of whitespace. */
function matchAt(folded: string, i: number, key: string): number {
  let j = i;
  for (let k = 0; k < key.length; k++) {
    const c = key.charAt(k);
    if (c === ' ') {
      if (!WHITESPACE.test(folded.charAt(j))) return -1;
      while (j < folded.length && WHITESPACE.test(folded.charAt(j))) j++;
    } else if (folded.charAt(j) === c) {
      j++;
    } else {
      return -1;
    }
  }
  return j;
}

/** Whole names and first names to look for in free text, each with the people it may mean. */
interface NameIndex {
  /** Folded, single-spaced name → ids of the people it names. Full names win over first names. */
  owners: Map<string, string[]>;
  /** The keys of `owners` by their first UTF-16 unit, longest first. */
  keysByFirst: Map<string, string[]>;
}

function nameKey(name: string): string {
  return fold(name.trim().replace(/\s+/gu, ' '));
}

function nameIndex(people: readonly Person[]): NameIndex {
  const full = new Map<string, string[]>();
  const first = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    map.set(key, [...(map.get(key) ?? []), id]);
  };
  for (const p of people) {
    if (typeof p.name !== 'string') continue;
    const name = nameKey(p.name);
    if (!LETTER_OR_DIGIT.test(name)) continue;
    add(full, name, p.id);
    const given = name.split(' ')[0] ?? '';
    if (p.kind === 'person' && given !== name && (given.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2) add(first, given, p.id);
  }
  const owners = new Map(full);
  for (const [key, ids] of first) if (!owners.has(key)) owners.set(key, ids);
  const keysByFirst = new Map<string, string[]>();
  for (const key of [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    keysByFirst.set(key.charAt(0), [...(keysByFirst.get(key.charAt(0)) ?? []), key]);
  }
  return { owners, keysByFirst };
}

/** Each name in `text` as whole words, case-insensitively, longest first, not overlapping. */
function findNames(index: NameIndex, text: string): { start: number; end: number; key: string }[] {
  const found: { start: number; end: number; key: string }[] = [];
  if (index.keysByFirst.size === 0) return found;
  const folded = fold(text);
  let i = 0;
  while (i < folded.length) {
    let next = i + ((folded.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    if (!isWordCharacterBefore(folded, i)) {
      for (const key of index.keysByFirst.get(folded.charAt(i)) ?? []) {
        const end = matchAt(folded, i, key);
        if (end > i && !isWordCharacterAt(folded, end)) {
          found.push({ start: i, end, key });
          next = end;
          break;
        }
      }
    }
    i = next;
  }
  return found;
}

/** Replace every name found in `text` by the redacted form of the person it names (initials when ambiguous). */
function scrubWith(index: NameIndex, forms: Map<string, string>, text: string): string {
  const found = findNames(index, text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end, key } of found) {
    const ids = index.owners.get(key) ?? [];
    const only = ids.length === 1 ? ids[0] : undefined;
    out += text.slice(at, start) + ((only !== undefined ? forms.get(only) : undefined) ?? nameInitials(text.slice(start, end)));
    at = end;
  }
  return out + text.slice(at);
}

function containsName(index: NameIndex, text: string): boolean {
  return findNames(index, text).length > 0;
}

/**
 * The redacted display name of each person, by id. In `role` mode a role that itself holds a
 * name ("zus van Ahmed") is shown with that name redacted ("zus van A.").
 */
function redactedNames(people: readonly Person[], mode: RedactionMode, index: NameIndex): Map<string, string> {
  const forms = new Map<string, string>();
  for (const p of people) forms.set(p.id, nameInitials(typeof p.name === 'string' ? p.name : ''));
  if (mode !== 'role') return forms;
  const roleOf = (p: Person): string => (typeof p.role === 'string' ? p.role.trim().replace(/\s+/gu, ' ') : '');
  const clean = people.filter((p) => roleOf(p) !== '' && !containsName(index, roleOf(p)));
  const count = new Map<string, number>();
  for (const p of clean) count.set(roleOf(p).toLocaleLowerCase(), (count.get(roleOf(p).toLocaleLowerCase()) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const p of clean) {
    const role = roleOf(p);
    const key = role.toLocaleLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    forms.set(p.id, (count.get(key) ?? 0) > 1 ? `${role} ${n}` : role);
  }
  const resolved = new Map(forms);
  for (const p of people) {
    const role = roleOf(p);
    if (role !== '' && containsName(index, role)) resolved.set(p.id, scrubWith(index, forms, role));
  }
  return resolved;
}

function withoutKey<T extends object>(obj: T, key: keyof T): T {
  if (!(key in obj)) return obj;
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/**
 * A copy of the network for printing or sharing, in which third parties (and the client)
 * cannot be recognised by name. Pure; the input is not mutated; never throws.
 *
 * - **Names** of all people — the client included, since a printed copy may leave the
 *   building — and of every kind (organisations and places too) become:
 *   - `'initials'`: "Jan de Vries" → "J.d.V.", "Latifa" → "L." (see {@link nameInitials});
 *   - `'role'`: the person's `role` ("zus"). When several people share a role they are
 *     numbered in network order ("broer 1", "broer 2"). Core has no words of its own (no
 *     i18n), so a person without a role falls back to initials.
 * - **Notes are removed**: person `note`, `boundary.note` (the `boundary` object itself stays,
 *   so the "limit contact" flag is still shown), tie `note`, tie `history[].note`, group
 *   `note`, event `note`.
 * - **Titles stay**: event titles are the client's own life events and the client's copy
 *   needs them, as does the network `title`; group names stay; `role` stays. In all four,
 *   any occurrence of a person's name (see below) is replaced by that person's redacted form:
 *   "Ruzie met Latifa" → "Ruzie met L." (or "Ruzie met zus").
 *   Names are matched whole-word and case-insensitively; for people of kind `person` a first
 *   name on its own is matched too. Nicknames or misspellings are not found: review before sharing.
 * - **Nothing else changes**: ids, kinds, sectors, ties, support, dates, consent, layout,
 *   order, and `extensions` (host data is the host's responsibility) are kept as they are.
 *
 * @param network - the network to redact
 * @param mode - `'initials'` or `'role'`
 */
export function redactNetwork(network: Network, mode: RedactionMode): Network {
  const index = nameIndex(network.people);
  const names = redactedNames(network.people, mode, index);
  // Text fields are checked at run time too: a network that skipped validation must not make this throw.
  const scrub = <T>(text: T): T => (typeof text === 'string' ? (scrubWith(index, names, text) as T) : text);

  const people = network.people.map((p): Person => {
    const next: Person = withoutKey({ ...p, name: names.get(p.id) ?? nameInitials(p.name) }, 'note');
    if (p.role !== undefined) next.role = scrub(p.role);
    if (p.boundary !== undefined) next.boundary = withoutKey(p.boundary, 'note');
    return next;
  });
  const ties = network.ties.map((t): Tie => {
    const next = withoutKey(t, 'note');
    if (!t.history) return next;
    return { ...next, history: t.history.map((h) => withoutKey(h, 'note')) };
  });
  const groups = network.groups.map((g): Group => ({ ...withoutKey(g, 'note'), name: scrub(g.name) }));
  const events = network.events.map((e): LifeEvent => ({ ...withoutKey(e, 'note'), title: scrub(e.title) }));

  const result: Network = { ...network, people, ties, groups, events };
  if (network.title !== undefined) result.title = scrub(network.title);
  return result;
}
