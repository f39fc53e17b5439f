/**
 * Reading, checking and writing Kring network documents (FORMAT.md).
 *
 * One rule set, one place: `parseNetwork` and `validateNetwork` run the same two passes —
 * the structural pass (`structure.ts`, driven by the spec tables in `spec.ts`) and the
 * rules pass (`rules.ts`). They differ only in what comes before (JSON text, migration
 * of older versions) and in how unknown fields are treated: on read they are kept under
 * `extensions["kring.unknown"]` with a warning; in memory they are errors, because
 * `serializeNetwork` would not write them.
 */
import { issue, splitPath, type NetworkIssue } from '../model/errors';
import { FORMAT_NAME, FORMAT_VERSION, type Network } from '../model/types';
import { BudgetExceeded, ReadContext } from './context';
import { describeType, isRecord, own } from './json';
import { MIGRATIONS, OLDEST_VERSION } from './migrate';
import { resolveLimits, type ParseLimits } from './spec';
import { isBlank, removeInvalidCharacters } from './text';
import { checkFormat, describeError, readBody, takeOverFrom } from './body';
import { ITEM_LISTS, markChecked, readAsChecked, rememberEqual } from './known';

export { isMadeByKring } from './known';
export { validateNetwork, type ValidateOptions } from './validate';

export { serializeNetwork } from './serialize';
export { PARSE_LIMITS, UNKNOWN_FIELDS_KEY, type ParseLimits } from './spec';
export { OLDEST_VERSION } from './migrate';
export { findInvalidCharacter, removeInvalidCharacters } from './text';

/** The name {@link parseNetwork} gives a nameless person, group or event in lenient mode. */
export const PLACEHOLDER_NAME = 'Naamloos';

/** Options of {@link parseNetwork}. */
export interface ParseOptions {
  /**
   * `'strict'` (default): every broken rule is an error and the document is refused.
   * `'lenient'`: for real records (database exports, hand-edited files): what only hurts
   * one field or item is repaired with a warning at its path (`null` → absent, a broken
   * optional value left out, invalid characters removed, a broken tie, group, event or
   * history entry left out, a nameless person named {@link ParseOptions.placeholderName});
   * only what makes the document meaningless is refused. See the package README.
   */
  mode?: 'strict' | 'lenient';
  /**
   * Lenient mode: the name given to a person or group without a usable name, and the
   * title of such an event (with an `empty-name` warning). Default {@link PLACEHOLDER_NAME}
   * ("Naamloos", the Dutch UI's word); pass your UI language's word. It is stored in the
   * network, so it must be a name: not empty or blank.
   */
  placeholderName?: string;
  /**
   * Raise (or lower) the limits against abusive input for this read: the defaults are
   * {@link PARSE_LIMITS} (at most 10,000 items in any list, 10,000 characters in a text, 20
   * million characters of JSON, 2 million values). A host that keeps networks of more than
   * 10,000 people or ties passes e.g. `{ maxArrayLength: 50_000, maxValues: 10_000_000 }` —
   * and the same to `validateNetwork`. Values that are not positive numbers keep the default.
   */
  limits?: Partial<ParseLimits>;
  /**
   * A network Kring found valid before (anything else is ignored): one this function returned
   * or read without changing anything, one `validateNetwork` passed, or an operation's result.
   * Each person, tie, group, event, action and meeting of the input that holds exactly what the
   * one with the same id there held when it was found valid (key order aside) is taken over as
   * it is — not read again, and the result shares that object. For a view that reads its host's
   * network after every edit: one rename is one person read, and every other item keeps its
   * identity (so memoised drawing redraws one node). The rules between items (ids, references,
   * the client) are checked as always, every limit of this read still holds for what is taken
   * over, and an item added to one of its lists afterwards is read. Objects given to or returned
   * by Kring must not be changed in place (React's rule for state; `Network` is treated as
   * immutable everywhere in Kring): an item changed in place keeps what was checked before.
   * Strict mode only: lenient reads ignore it.
   */
  previous?: Network;
}

/**
 * The result of {@link parseNetwork}: the network and any warnings, or every error found.
 * Warnings (`unknown-field`, `migrated`) never make a document invalid.
 */
export type ParseResult =
  | { ok: true; network: Network; warnings: NetworkIssue[] }
  | { ok: false; errors: NetworkIssue[] };

function failure(errors: NetworkIssue[]): ParseResult {
  return { ok: false, errors };
}

function parseDocument(input: unknown, ctx: ReadContext): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > ctx.limits.maxDocumentChars) {
      return failure([issue('too-large', '', `The JSON text is longer than ${ctx.limits.maxDocumentChars} characters.`)]);
    }
    try {
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return failure([issue('invalid-json', '', `The text is not JSON: ${describeError(error)}`)]);
    }
  }
  if (!isRecord(value)) {
    return failure([issue('not-an-object', '', `Expected a Kring network (a JSON object), got ${describeType(value)}.`)]);
  }

  let doc: Record<string, unknown> = value;
  checkFormat(doc, ctx);
  const version = own(doc, 'version');
  const pathMaps: ((path: string) => string)[] = [];
  if (version === undefined) {
    ctx.error('required', 'version', `version is required (the current version is ${FORMAT_VERSION}).`);
  } else if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    ctx.error('invalid-version', 'version', `version must be a whole number from ${OLDEST_VERSION}, got ${typeof version === 'number' ? String(version) : describeType(version)}.`);
  } else if (version > FORMAT_VERSION) {
    ctx.error(
      'unsupported-version',
      'version',
      `This document is format version ${version}; this @kring/core reads versions ${OLDEST_VERSION} to ${FORMAT_VERSION}. Update @kring/core to open it.`,
    );
    return failure(ctx.errors);
  } else if (version < FORMAT_VERSION) {
    for (const migration of MIGRATIONS) {
      if (migration.from < version) continue;
      doc = migration.migrate(doc, ctx);
      pathMaps.unshift(migration.mapPath);
    }
    ctx.warn('migrated', 'version', `Read as format version ${version} and migrated to ${FORMAT_VERSION}; writing saves version ${FORMAT_VERSION}.`);
  }

  const errorsBefore = ctx.errors.length;
  const warningsBefore = ctx.warnings.length;
  const draft = readBody(doc, ctx);
  const toInputPath = (list: NetworkIssue[], from: number): NetworkIssue[] =>
    list.map((item, i) => {
      if (i < from || pathMaps.length === 0) return item;
      const path = pathMaps.reduce((p, map) => map(p), item.path);
      return { ...item, path, pathSegments: splitPath(path) };
    });

  if (ctx.errors.length > 0) return failure(toInputPath(ctx.errors, errorsBefore));
  const network = { format: FORMAT_NAME, version: FORMAT_VERSION, ...draft } as Network;
  return { ok: true, network, warnings: toInputPath(ctx.warnings, warningsBefore) };
}

/** Each item of `input`, read as it is, holds what the item read from it holds (`shareUnchanged` need not compare them). */
function rememberItems(input: Record<string, unknown>, network: Network): void {
  for (const key of ITEM_LISTS) {
    const from = input[key];
    const read = network[key];
    if (!Array.isArray(from) || !Array.isArray(read) || from.length !== read.length) continue;
    from.forEach((item, i) => {
      if (isRecord(item)) rememberEqual(item, read[i] as object);
    });
  }
}

/**
 * Read a Kring network document: an object, or JSON text. Never throws.
 *
 * Strict by default: any broken rule refuses the document. With `{ mode: 'lenient' }`
 * what only hurts one field or item is repaired with a warning carrying its path (see
 * {@link ParseOptions}); an empty `people`, a `focus` that names no person, duplicate ids
 * and ids holding invalid characters are still refused.
 *
 * Reports every broken rule of FORMAT.md at once, each with its JSON path
 * (`people[3].consent`) and a stable {@link IssueCode}. Older format versions are
 * migrated (warning `migrated`); a newer version is refused with `unsupported-version`.
 * Missing `ties`, `groups` and `events` become `[]`. Fields outside the format are kept
 * under the owning entity's `extensions["kring.unknown"]` (keyed by their path relative
 * to the entity) with an `unknown-field` warning, so nothing is silently dropped.
 * The result is a fresh object: the input is never changed, and shared only where it holds
 * the very items of `options.previous` (which the result then shares), or — for what
 * `parseNetwork` returned before under limits as strict, still holding what it held then — the
 * very items of the input: reading it again would give an equal network, so it is not walked
 * again (a new object with new lists holding the same items).
 */
export function parseNetwork(input: unknown, options: ParseOptions = {}): ParseResult {
  const given = removeInvalidCharacters(options.placeholderName ?? '');
  const placeholder = isBlank(given) ? PLACEHOLDER_NAME : given;
  const ctx = new ReadContext('parse', options.mode === 'lenient', placeholder, resolveLimits(options.limits));
  // A network Kring made before (what parseNetwork returned, under limits as strict), unchanged
  // since: reading it again would give it back as it is.
  const known = readAsChecked(input, ctx.limits);
  if (known) return { ok: true, network: known as unknown as Network, warnings: [] };
  if (!ctx.lenient) takeOverFrom(ctx, options.previous);
  try {
    const result = parseDocument(input, ctx);
    if (result.ok) {
      // Read as it is (nothing moved, repaired, migrated or added, nothing to warn about): the
      // input itself is valid too, and reading it or the result again gives it back unchanged.
      const asRead = !ctx.defaulted && result.warnings.length === 0;
      markChecked(result.network, ctx.limits, asRead);
      // The input is the host's: remembered as valid only (a read of it copies it).
      if (!ctx.lenient && asRead && isRecord(input)) {
        markChecked(input, ctx.limits, false);
        rememberItems(input, result.network);
      }
    }
    return result;
  } catch (error) {
    if (error instanceof BudgetExceeded) return failure([...ctx.errors, issue('too-large', '', error.reason)]);
    return failure([...ctx.errors, issue('unreadable', '', `The input could not be read: ${describeError(error)}`)]);
  }
}

