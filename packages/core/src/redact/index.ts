/**
 * Redaction: a copy of the network that can leave the building (print, share, hand to the
 * client) without anyone's name, notes, host data or name-made ids — one a host can share
 * without reviewing it first. See the README's "Redaction" section for every decision.
 *
 * The work is split by concern: `names.ts` finds names in text (the matching rule),
 * `initials.ts` makes unique initials, `ids.ts` the opaque ids, `fields.ts` the field policy
 * (what a redacted copy carries). This file puts them together.
 */
import type { Network, Person } from '../model/types';
import { PARSE_LIMITS } from '../parse/spec';
import {
  redactedAction, redactedEvent, redactedGroup, redactedLayout, redactedMeeting, redactedPerson, redactedTie, keptExtensions,
  type FieldContext,
} from './fields';
import { opaqueIds } from './ids';
import { nameInitials, uniqueInitials } from './initials';
import { createNameMatcher, type NameMatch, type NameMatcher, type NameVisitor } from './names';

export { nameInitials } from './initials';

/** How {@link redactNetwork} replaces names. */
export type RedactionMode = 'initials' | 'role';

/** Options of {@link redactNetwork}. */
export interface RedactOptions {
  /**
   * Extension keys (reverse-domain names, e.g. `"org.example.zorgplan"`) to keep, on the
   * document and on every person, tie, group and event. Every other extension is left out,
   * `kring.unknown` (the fields the parser did not know) included. A kept extension is copied
   * as it is, without searching its text for names: list only keys that hold no personal data.
   * Default: none.
   */
  keepExtensions?: readonly string[];
}

/** A redacted network and how its ids map to the original ones. */
export interface Redaction {
  /** The redacted network (the result of {@link redactNetwork}). */
  network: Network;
  /**
   * Original id → opaque id, for every person, tie, group, event, action and meeting. A view that shows the
   * redacted network uses it to translate ids at its boundary (a host's selection in,
   * selection callbacks out); it must never be shared with the redacted copy.
   */
  ids: ReadonlyMap<string, string>;
}

const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** At most the format's longest string (a replacement can be longer than the name it replaces). */
function clip(text: string): string {
  const max = PARSE_LIMITS.maxStringLength;
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Any white space but a lone space (U+0020). */
const UNTIDY_SPACE = /[^\S ]| {2}/u;

/** The text trimmed, every run of white space one space ("zus  van\tA." → "zus van A."); most roles are tidy already and are not copied. */
function tidySpaces(text: string): string {
  const trimmed = text.trim();
  return UNTIDY_SPACE.test(trimmed) ? trimmed.replace(/\s+/gu, ' ') : trimmed;
}

/** A text's words that may name several people, and their initials. */
interface AmbiguousWords {
  words: string;
  initials: string;
  /** The next cached words with the same hash. */
  collide: AmbiguousWords | undefined;
}

/**
 * Initials of the words found, for words that may name several people, cached: the same few
 * words recur ("Mohammed", "familie El Amrani"). Keyed by a hash of the text's code units and
 * confirmed in place, so a repeat costs no string.
 */
const ambiguousInitials = new Map<number, AmbiguousWords>();

function initialsOfWords(text: string, start: number, end: number): string {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  for (let e = ambiguousInitials.get(hash); e !== undefined; e = e.collide) {
    if (e.words.length === end - start && text.startsWith(e.words, start)) return e.initials;
  }
  const words = text.slice(start, end);
  const initials = nameInitials(words);
  if (ambiguousInitials.size > 10_000) ambiguousInitials.clear();
  ambiguousInitials.set(hash, { words, initials, collide: ambiguousInitials.get(hash) });
  return initials;
}

const endsWithDot = (form: string): boolean => form.charCodeAt(form.length - 1) === 0x2e;

/**
 * Replaces every name a matcher finds in a text by the form of the one person it names
 * (initials of the words when they may name several). One per set of forms, reused for every
 * text; the matcher hands it each name as found, without a list of matches.
 */
class Scrubber {
  private text = '';
  private out = '';
  private at = 0;
  /** Does each form end with a full stop? Asked once per form, not per name found: a form may be a long label still in pieces. */
  private readonly dots: readonly boolean[];

  constructor(
    private readonly matcher: NameMatcher,
    private readonly forms: readonly string[],
  ) {
    this.dots = forms.map(endsWithDot);
  }

  /** `text` with every name replaced; `found`: its names, when already known. */
  scrub(text: string, found?: readonly NameMatch[]): string {
    this.text = text;
    this.out = '';
    this.at = 0;
    if (found) for (const { start, end, owners } of found) this.replace(start, end, owners, owners.length === 1 ? (owners[0] as number) : -1);
    else this.matcher.forEach(text, this.replace);
    if (this.at === 0) return text; // no name (a name ends after its first character)
    const out = clip(this.out + text.slice(this.at));
    this.text = this.out = '';
    return out;
  }

  private readonly replace: NameVisitor = (start, end, _owners, sole) => {
    const { text } = this;
    const only = sole >= 0 ? this.forms[sole] : undefined;
    const form = only ?? initialsOfWords(text, start, end);
    this.out += text.slice(this.at, start) + form;
    // "Ahmed Jr." → "A.J.", not "A.J..": a full stop right after the name goes with it.
    const dot = only === undefined ? endsWithDot(form) : (this.dots[sole] as boolean);
    this.at = dot && text.charCodeAt(end) === 0x2e ? end + 1 : end;
  };
}

/**
 * The redacted display name of each person, by position. Initials mode: unique initials.
 * Role mode: the role ("zus"), numbered when shared ("broer 1", "broer 2"); a role that
 * holds a name ("zus van Ahmed") is shown with that name replaced ("zus van A.B."); a person
 * without a role gets unique initials (core has no words of its own).
 */
function redactedNames(people: readonly Person[], mode: RedactionMode, matcher: NameMatcher, roles: readonly string[], found: readonly NameMatch[][]): { labels: string[]; roles: string[] } {
  const clean = roles.map((role, i) => role !== '' && found[i]?.length === 0);
  const names = people.map((p, i) => (clean[i] ? null : stringOr(p.name, '')));
  const forms = uniqueInitials(names) as string[];
  const count = new Map<string, number>();
  roles.forEach((role, i) => {
    if (clean[i]) count.set(role.toLocaleLowerCase(), (count.get(role.toLocaleLowerCase()) ?? 0) + 1);
  });
  const seen = new Map<string, number>();
  roles.forEach((role, i) => {
    if (!clean[i]) return;
    const key = role.toLocaleLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    forms[i] = (count.get(key) ?? 0) > 1 ? `${role} ${n}` : role;
  });
  if (mode !== 'role') return { labels: distinctLabels(forms), roles: [] };
  // A role holding a name: the name replaced by the forms above (initials or a clean role) —
  // also the person's own name ("王伟的哥哥" of 王伟 is "?.的哥哥", not their label inside their label).
  const scrubber = new Scrubber(matcher, forms);
  const scrubbed = roles.map((role, i) => (role !== '' && !clean[i] ? scrubber.scrub(role, found[i]) : role));
  return { labels: distinctLabels(forms.map((form, i) => (roles[i] !== '' && !clean[i] ? (scrubbed[i] as string) : form))), roles: scrubbed };
}

/** How a reader tells labels apart: letters, digits and "?" only, case and accents ignored ("M.1." and "M.1", "broer 1" and "Broer1" look alike). */
function labelKey(label: string): string {
  // Most labels are ASCII (a role with initials in it): NFKD leaves them as they are, and their letters and digits are [A-Za-z0-9].
  if (isAscii(label)) return label.replace(/[^A-Za-z0-9?]+/g, '').toLowerCase();
  return label.normalize('NFKD').replace(/[^\p{L}\p{N}?]+/gu, '').toLowerCase();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Labels that no two people share: the first person with a label keeps it, a later one that
 * looks alike gets " (2)", " (3)", … — a suffix no label in use has (a role written "broer 1"
 * next to a numbered "broer 1", a name "M. 1" next to a numbered "M.1").
 */
function distinctLabels(labels: readonly string[]): string[] {
  const keys = labels.map(labelKey); // once per label: NFKD of a long role is not free
  const used = new Set(keys);
  const taken = new Set<string>();
  return labels.map((label, i) => {
    const key = keys[i] as string;
    if (!taken.has(key)) {
      taken.add(key);
      return label;
    }
    let n = 2;
    let candidate = `${label} (${n})`;
    while (used.has(labelKey(candidate))) candidate = `${label} (${++n})`;
    used.add(labelKey(candidate));
    taken.add(labelKey(candidate));
    return candidate;
  });
}

/**
 * Like {@link redactNetwork}, and also returns the id map (original → opaque), for views
 * that show the redacted copy but talk to their host in the original ids.
 */
export function redactNetworkWithIds(network: Network, mode: RedactionMode, options: RedactOptions = {}): Redaction {
  const people: readonly Person[] = Array.isArray(network.people) ? network.people : [];
  const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
  const matcher = createNameMatcher(people.map((p) => (p && typeof p === 'object' ? p.name : undefined)));
  // Role mode: each role (spaces tidied) is searched once, for the label and for the person's `role` field.
  const roles = people.map((p) => (mode === 'role' && typeof p.role === 'string' ? tidySpaces(p.role) : ''));
  const roleNames = roles.map((role) => (role === '' ? [] : matcher.find(role)));
  const { labels: names, roles: scrubbedRoles } = redactedNames(people, mode, matcher, roles, roleNames);
  const scrubber = new Scrubber(matcher, names);
  const ids = opaqueIds(network);
  const ctx: FieldContext = {
    ids,
    scrub: (text) => (typeof text === 'string' ? scrubber.scrub(text) : undefined),
    namesIn: (text) => matcher.find(text).length > 0,
    keepExtensions: new Set(options.keepExtensions ?? []),
  };

  const peopleIds = new Map<string, string>();
  const redactedPeople = people.map((p, i) => {
    if (p && typeof p.id === 'string' && !peopleIds.has(p.id)) peopleIds.set(p.id, ids.entity('people', i));
    const role = p?.role;
    // Role mode: the role as its label reads it (a role is searched once).
    const scrubbed = typeof role === 'string' && role !== '' && role === roles[i] ? scrubbedRoles[i] : ctx.scrub(role);
    return redactedPerson(p, i, names[i] ?? '?', scrubbed, ctx);
  });
  const result: Network = {
    format: network.format,
    version: network.version,
    focus: ids.ref(network.focus),
    people: redactedPeople,
    ties: list(network.ties).map((t, i) => redactedTie(t, i, ctx)),
    groups: list(network.groups).map((g, i) => redactedGroup(g, i, ctx)),
    events: list(network.events).map((e, i) => redactedEvent(e, i, ctx)),
  };
  // The plan lists are optional: absent stays absent.
  if (Array.isArray(network.actions)) result.actions = network.actions.map((a, i) => redactedAction(a, i, ctx));
  if (Array.isArray(network.meetings)) result.meetings = network.meetings.map((m, i) => redactedMeeting(m, i, ctx));
  const title = ctx.scrub(network.title);
  if (title !== undefined) result.title = title;
  const layout = redactedLayout(network.layout, peopleIds);
  if (layout !== undefined) result.layout = layout;
  const extensions = keptExtensions(network.extensions, ctx);
  if (extensions !== undefined) result.extensions = extensions;
  return { network: result, ids: ids.map };
}

/**
 * A copy of the network for printing or sharing that names no one and carries nothing a
 * host would have to review first. Pure; the input is not mutated; never throws on a
 * network that skipped validation. A valid network gives a valid copy (`validateNetwork`
 * finds nothing), and the same network always gives the same copy.
 *
 * - **Names** of all people — the client included, since a printed copy may leave the
 *   building — and of every kind (organisations and places too) become:
 *   - `'initials'`: "Jan de Vries" → "J.d.V.", "Latifa" → "L." (see {@link nameInitials}).
 *     Initials are unique within the network: people whose initials look alike (ignoring
 *     case and accents) are all numbered in network order, "Moeder" and "Moskee" → "M.1",
 *     "M.2";
 *   - `'role'`: the person's `role` ("zus"), numbered in network order when shared ("broer
 *     1", "broer 2"); a person without a role gets unique initials (core has no words of
 *     its own, no i18n).
 * - **Names in free text are replaced** by the redacted form of the person they name, in the
 *   network `title`, every `role`, group `name` and event `title`, and the plan's action
 *   `step` and free-text `owner` and meeting `title` and `outcome` (the texts that stay):
 *   "Ruzie met Latifa" → "Ruzie met L." (or "… met zus"). Every part of every name is found
 *   — given name, surname alone ("familie El Amrani"), initials with dots ("A. El Amrani") —
 *   whatever the case, accents, hyphens or spaces ("aisha el-amrani" for "Aïsha El Amrani").
 *   Words that may name several people become the initials of the words ("familie E.A.").
 *   Name particles alone ("de", "van") are left as words. See `names.ts` for the exact rule.
 * - **Ids are opaque**: people `p1`, `p2`, … in network order, ties `t1`, …, groups `g1`, …,
 *   events `e1`, …, actions `a1`, …, meetings `m1`, …, with every reference rewritten (ids are often made from names and end up
 *   in the DOM and in exported files). The document `id` is left out.
 * - **Notes are removed** (person, `boundary`, tie, tie history, group, event, action); the `boundary`
 *   object stays so "limit contact" still shows.
 * - **Extensions are removed**, on the document and every entity — and with them the fields
 *   the parser did not know (`kring.unknown`) — except the keys in
 *   {@link RedactOptions.keepExtensions}.
 * - **Everything else is kept** when it has the format's shape: kinds, sectors, closeness,
 *   codes, consent, dates, ties' strength, quality, status, support and history, layout hints,
 *   order.
 *
 * The cost is linear in the total length of the texts and names (one matcher for all names,
 * each text scanned once): 2,000 people with long texts take tens of milliseconds.
 *
 * @param network - the network to redact
 * @param mode - `'initials'` or `'role'`
 * @param options - see {@link RedactOptions}
 */
export function redactNetwork(network: Network, mode: RedactionMode, options?: RedactOptions): Network {
  return redactNetworkWithIds(network, mode, options).network;
}
