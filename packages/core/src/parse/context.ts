/**
 * Collects issues while a document is read, and keeps the size budget.
 */
import { issue, type IssueCode, type NetworkIssue } from '../model/errors';
import { PARSE_LIMITS, type ParseLimits } from './spec';

/** Thrown inside the reader (and caught by it) when the size budget is used up. */
export class BudgetExceeded {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/**
 * `parse`: host input; unknown fields are moved into `extensions["kring.unknown"]` with a warning.
 * `validate`: an in-memory network; unknown fields are errors (they would be lost on write).
 */
export type ReadMode = 'parse' | 'validate';

/** The items of a network Kring found valid before, for a read to take over (`ParseOptions.previous`). */
export interface TakeOver {
  /** The earlier check was under limits at least as strict as these: the very same object is taken over unwalked. */
  readonly trusted: boolean;
  /** Whether `item` is one of the items of this item spec (a person, a tie…) found valid then. */
  checked(spec: object, item: object): boolean;
  /** The item of this spec with this id found valid then. */
  earlier(spec: object, id: string): Record<string, unknown> | undefined;
}

/**
 * Marks an array item left out in lenient mode. The structural pass keeps positions (so the
 * rules pass reports the input's paths); `compactDraft` removes the holes at the end.
 */
export const HOLE: unique symbol = Symbol('kring.hole');

/** Errors no repair may hide, in any mode (see `ReadContext.canRepair`). */
const FATAL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>(['forbidden-key', 'too-large', 'unreadable', 'duplicate-id']);

/** State of one read. */
export class ReadContext {
  readonly mode: ReadMode;
  /** Lenient reading (`parseNetwork(…, { mode: 'lenient' })`): repairs instead of refusing. */
  readonly lenient: boolean;
  /** The name given to people and groups without one (lenient mode). */
  readonly placeholderName: string;
  readonly errors: NetworkIssue[] = [];
  readonly warnings: NetworkIssue[] = [];
  /** Something was left out (a `HOLE` is in the draft). */
  holes = false;
  /** A missing list was given its default (`ties: []`): the result differs from the input. */
  defaulted = false;
  private values = 0;
  private chars = 0;
  private dropped = false;
  private readonly fatal = new WeakSet<NetworkIssue>();
  /** The limits of this read (see `PARSE_LIMITS`; a host may raise them). */
  readonly limits: ParseLimits;
  /** Items of an earlier read to take over instead of reading again (`parseNetwork`'s `previous`). */
  takeOver: TakeOver | null = null;

  constructor(mode: ReadMode, lenient = false, placeholderName = '', limits: ParseLimits = PARSE_LIMITS) {
    this.mode = mode;
    this.limits = limits;
    this.lenient = lenient && mode === 'parse';
    this.placeholderName = placeholderName;
  }

  /**
   * Report a broken rule. `fatal`: no lenient repair may turn it into a warning (an id
   * that holds an invalid character: references to it could not be repaired).
   */
  error(code: IssueCode, path: string, message: string, fatal = false): void {
    const item = issue(code, path, message);
    if (fatal || FATAL_CODES.has(code)) this.fatal.add(item);
    this.push(this.errors, item);
  }

  /** Where the error list stands now, for {@link canRepair} and {@link downgrade}. */
  mark(): number {
    return this.errors.length;
  }

  /** Lenient mode, and the errors since `mark` are there and can all be repaired. */
  canRepair(mark: number): boolean {
    if (!this.lenient || this.errors.length <= mark || this.dropped) return false;
    for (let i = mark; i < this.errors.length; i++) {
      if (this.fatal.has(this.errors[i] as NetworkIssue)) return false;
    }
    return true;
  }

  /** Turn the errors since `mark` into warnings, each message followed by `note`. */
  downgrade(mark: number, note: string): void {
    for (const item of this.errors.splice(mark)) {
      this.push(this.warnings, { ...item, message: `${item.message} ${note}` });
    }
  }

  /** Report something the host should know about that does not make the document invalid. */
  warn(code: IssueCode, path: string, message: string): void {
    this.push(this.warnings, issue(code, path, message));
  }

  private push(list: NetworkIssue[], item: NetworkIssue): void {
    if (list.length < this.limits.maxIssues) {
      list.push(item);
    } else if (!this.dropped) {
      this.dropped = true;
      list.push(issue('too-large', '', `More than ${this.limits.maxIssues} problems; the rest are not listed.`));
    }
  }

  /** Count one value read (and the characters of a string). Throws `BudgetExceeded` when over budget. */
  charge(chars = 0): void {
    this.values += 1;
    this.chars += chars;
    if (this.values > this.limits.maxValues) {
      throw new BudgetExceeded(`The document has more than ${this.limits.maxValues} values.`);
    }
    if (this.chars > this.limits.maxDocumentChars) {
      throw new BudgetExceeded(`The document has more than ${this.limits.maxDocumentChars} characters of text.`);
    }
  }
}

/**
 * Remove the `HOLE`s lenient mode left in the draft's arrays (in place). Extensions are
 * copies of JSON and hold none, so they are not walked.
 */
export function compactDraft(value: unknown, depth = 0): void {
  if (depth > 4 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    const items = value as unknown[];
    let n = 0;
    for (const item of items) {
      if (item === HOLE) continue;
      compactDraft(item, depth + 1);
      items[n++] = item;
    }
    items.length = n;
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key !== 'extensions' && key !== 'layout') compactDraft(item, depth + 1);
  }
}
