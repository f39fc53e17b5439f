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
  /** The input string is not JSON. */
  | 'invalid-json'
  /** The whole document exceeds the size limits (see `PARSE_LIMITS`). */
  | 'too-large'
  /** The input could not be read (e.g. a getter or proxy threw). */
  | 'unreadable'
  /** Warning: an older format version was migrated on read; writing saves the current version. */
  | 'migrated';

/** One broken rule, with the JSON path of the field, e.g. `people[3].consent`. */
export interface NetworkIssue {
  code: IssueCode;
  /** JSON path, e.g. `ties[0].between[1]`; empty string for the document itself. */
  path: string;
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

export function issue(code: IssueCode, path: string, message: string): NetworkIssue {
  return { code, path, message };
}
