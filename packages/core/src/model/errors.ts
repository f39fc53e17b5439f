/**
 * Typed problems reported by the parser and the operations.
 */

/** Stable machine-readable codes. Hosts may switch on these; they never change meaning. */
export type IssueCode =
  | 'not-an-object'
  | 'wrong-format'
  | 'unsupported-version'
  | 'invalid-version'
  | 'required'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'self-tie'
  | 'duplicate-tie'
  | 'history-order'
  | 'period-order'
  | 'too-long'
  | 'too-deep'
  | 'forbidden-key'
  | 'unknown-field'
  | 'not-found'
  | 'focus-protected'
  /**
   * An action that means contacting (any intent but `limit` and `maintain`) a person whose
   * consent is `not-allowed`, or a meeting that invites one. Path: the `about` or `invited`
   * entry (`actions[2].about[0]`).
   */
  | 'consent-refused'
  /** Warning: the same for a person whose consent is `ask-first`: ask before contacting. */
  | 'consent-ask-first'
  /** The input string is not JSON. */
  | 'invalid-json'
  /** The whole document exceeds the size limits (see `PARSE_LIMITS`). */
  | 'too-large'
  /** The input could not be read (e.g. a getter or proxy threw). */
  | 'unreadable'
  /** Warning: an older format version was migrated on read; writing saves the current version. */
  | 'migrated'
  /**
   * A string holds a character that XML (and so an exported SVG or PNG) cannot hold: a
   * control character other than tab, line feed and carriage return, U+FFFE, U+FFFF or an
   * unpaired surrogate. An error in strict mode and always in ids; in lenient mode a
   * warning (the characters were removed).
   */
  | 'invalid-character'
  /**
   * Warning (lenient mode): a name or title was empty, blank or unreadable and was
   * replaced by the placeholder name (strict mode reports `required` instead).
   */
  | 'empty-name'
  /** Warning (lenient mode): a field was `null` and was read as absent. */
  | 'null-value';

/** One broken rule, with the JSON path of the field, e.g. `people[3].consent`. */
export interface NetworkIssue {
  code: IssueCode;
  /** JSON path, e.g. `ties[0].between[1]`; empty string for the document itself. */
  path: string;
  /**
   * The same path as segments, e.g. `['ties', 0, 'between', 1]` (`[]` for the document
   * itself): array positions are numbers, keys strings, so a key with dots or brackets
   * (`extensions["com.example"]` → `['extensions', 'com.example']`) needs no unquoting.
   */
  pathSegments: (string | number)[];
  /** A readable English explanation for developers. */
  message: string;
}

/** Result of an operation or parse that can fail without throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: NetworkIssue[] };

/** Build a JSON path string from segments. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/**
 * The segments of a JSON path written by {@link joinPath}: `people[3].location.area` →
 * `['people', 3, 'location', 'area']`, `extensions["com.example"]` → `['extensions',
 * 'com.example']`. Never throws: a part it cannot read is kept as one string segment.
 */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      i += 1;
      continue;
    }
    if (ch === '[' && path[i + 1] === '"') {
      const q = quotedEnd(path, i + 1);
      if (q < 0 || path[q + 1] !== ']') break;
      out.push(unquote(path.slice(i + 1, q + 1)));
      i = q + 2;
      continue;
    }
    if (ch === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) break;
      const inner = path.slice(i + 1, close);
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < path.length && path[end] !== '.' && path[end] !== '[') end += 1;
    out.push(path.slice(i, end));
    i = end;
  }
  if (i < path.length) out.push(path.slice(i));
  return out;
}

/** Index of the closing quote of the JSON string starting at `start` (`-1` if none). */
function quotedEnd(path: string, start: number): number {
  for (let i = start + 1; i < path.length; i++) {
    if (path[i] === '\\') i += 1;
    else if (path[i] === '"') return i;
  }
  return -1;
}

function unquote(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted;
  }
}

/** A {@link NetworkIssue} at `path` (its `pathSegments` are read from the path). */
export function issue(code: IssueCode, path: string, message: string): NetworkIssue {
  return { code, path, pathSegments: splitPath(path), message };
}
