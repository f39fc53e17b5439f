/**
 * Checking an in-memory network: `validateNetwork` for hosts, `checkNetwork` for what the
 * operations make (remembered as made by Kring, see `isMadeByKring`).
 */
import { issue, type NetworkIssue } from '../model/errors';
import { FORMAT_VERSION, type Network } from '../model/types';
import { checkFormat, describeError, readBody, takeOverFrom } from './body';
import { BudgetExceeded, ReadContext } from './context';
import { describeType, isRecord, own } from './json';
import { markChecked, stillValid } from './known';
import { resolveLimits, type ParseLimits } from './spec';

/** Options of {@link validateNetwork}. */
export interface ValidateOptions {
  /** The limits to check against (see `ParseOptions.limits`); default {@link PARSE_LIMITS}. */
  limits?: Partial<ParseLimits>;
  /**
   * A network `parseNetwork` or an operation returned before: items holding exactly what the
   * item with the same id there holds are not checked again (see `ParseOptions.previous`);
   * operations pass the network they changed, so an edit checks what it changed and the rules
   * between items.
   */
  previous?: Network;
}

/**
 * All broken rules of an in-memory network (`[]` = valid): the same checks as
 * {@link parseNetwork}, for a network that is already typed (operations call it on
 * every result). Here `version` must be the current one, and fields outside the format
 * are errors (`unknown-field`), since {@link serializeNetwork} would not write them.
 * Never throws.
 */
export function validateNetwork(network: Network, options: ValidateOptions = {}): NetworkIssue[] {
  return checkNetwork(network, options, false);
}

/**
 * {@link validateNetwork}, for what an operation made (`made`): found valid, and complete —
 * nothing defaulted, nothing to warn about — it is remembered as a network Kring made (see
 * {@link isMadeByKring}). A host's own object is only remembered as valid.
 * @internal
 */
export function checkNetwork(network: Network, options: ValidateOptions, made: boolean): NetworkIssue[] {
  const ctx = new ReadContext('validate', false, '', resolveLimits(options?.limits));
  // Found valid before under limits as strict, and unchanged since.
  if (stillValid(network, ctx.limits)) return [];
  takeOverFrom(ctx, options.previous);
  try {
    const value: unknown = network;
    if (!isRecord(value)) return [issue('not-an-object', '', `Expected a network object, got ${describeType(value)}.`)];
    checkFormat(value, ctx);
    const version = own(value, 'version');
    if (version !== FORMAT_VERSION) {
      ctx.error('invalid-version', 'version', `An in-memory network has version ${FORMAT_VERSION}; read older documents with parseNetwork.`);
    }
    readBody(value, ctx);
    // Complete when nothing had to be defaulted (or would be reported when read): a read gives it back as it is.
    if (ctx.errors.length === 0) markChecked(network, ctx.limits, made && !ctx.defaulted && ctx.warnings.length === 0);
    return ctx.errors;
  } catch (error) {
    if (error instanceof BudgetExceeded) return [...ctx.errors, issue('too-large', '', error.reason)];
    return [...ctx.errors, issue('unreadable', '', `The network could not be read: ${describeError(error)}`)];
  }
}
