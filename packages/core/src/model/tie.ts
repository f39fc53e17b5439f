/**
 * Reading a tie from one of its ends. A tie is stored once, as `between: [a, b]`, with its
 * support seen from `a`; views, summaries and editors look at it from either side (usually the
 * client's). These are the rules for turning it round, in one place.
 */
import type { SupportType, Tie } from './types';

/**
 * The other person of a tie, seen from `personId`: `between[1]` when `personId` is
 * `between[0]`, otherwise `between[0]` (also when `personId` is neither end).
 */
export function otherEnd(tie: Pick<Tie, 'between'>, personId: string): string {
  return tie.between[0] === personId ? tie.between[1] : tie.between[0];
}

/**
 * Support on a tie seen from `personId` (one of `between`): what they receive from the other
 * person and what they give. `support` in the format is written from `between[0]`'s side; this
 * turns it round when `personId` is `between[1]`. Seen from anyone else, it is as written.
 * Missing lists are empty; the lists returned are the tie's own (not copies).
 */
export function supportSeenFrom(tie: Pick<Tie, 'between' | 'support'>, personId: string): { receives: SupportType[]; gives: SupportType[] } {
  const receives = tie.support?.receives ?? [];
  const gives = tie.support?.gives ?? [];
  return tie.between[1] === personId && tie.between[0] !== personId ? { receives: gives, gives: receives } : { receives, gives };
}
