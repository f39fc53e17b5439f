/**
 * Reading a person (no DOM, no operation): which part of the network they belong to. In a
 * module of its own so that a view that draws people (every view) does not carry the
 * operations that edit them (`operations/people.ts`, which re-exports this).
 */
import type { Formality, Person } from './types';

/**
 * Whether a person belongs to the formal (professional) or informal network: their own
 * `formality` when set, otherwise `formal` for the `care` sector and `informal` for the rest.
 */
export function effectiveFormality(person: Person): Formality {
  if (typeof person !== 'object' || person === null) return 'informal';
  if (person.formality === 'formal' || person.formality === 'informal') return person.formality;
  return person.sector === 'care' ? 'formal' : 'informal';
}
