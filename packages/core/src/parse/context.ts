/**
 * Collects issues while a document is read, and keeps the size budget.
 */
import { issue, type IssueCode, type NetworkIssue } from '../model/errors';
import { PARSE_LIMITS } from './spec';

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

/** State of one read. */
export class ReadContext {
  readonly mode: ReadMode;
  readonly errors: NetworkIssue[] = [];
  readonly warnings: NetworkIssue[] = [];
  private values = 0;
  private chars = 0;
  private dropped = false;

  constructor(mode: ReadMode) {
    this.mode = mode;
  }

  /** Report a broken rule. */
  error(code: IssueCode, path: string, message: string): void {
    this.push(this.errors, issue(code, path, message));
  }

  /** Report something the host should know about that does not make the document invalid. */
  warn(code: IssueCode, path: string, message: string): void {
    this.push(this.warnings, issue(code, path, message));
  }

  private push(list: NetworkIssue[], item: NetworkIssue): void {
    if (list.length < PARSE_LIMITS.maxIssues) {
      list.push(item);
    } else if (!this.dropped) {
      this.dropped = true;
      list.push(issue('too-large', '', `More than ${PARSE_LIMITS.maxIssues} problems; the rest are not listed.`));
    }
  }

  /** Count one value read (and the characters of a string). Throws `BudgetExceeded` when over budget. */
  charge(chars = 0): void {
    this.values += 1;
    this.chars += chars;
    if (this.values > PARSE_LIMITS.maxValues) {
      throw new BudgetExceeded(`The document has more than ${PARSE_LIMITS.maxValues} values.`);
    }
    if (this.chars > PARSE_LIMITS.maxDocumentChars) {
      throw new BudgetExceeded(`The document has more than ${PARSE_LIMITS.maxDocumentChars} characters of text.`);
    }
  }
}
