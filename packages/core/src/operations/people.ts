import { joinPath } from '../model/errors';
import type { LayoutHint, Network, Person } from '../model/types';
import {
  applyPatch, checkPatch, cloneInput, fail, finish, idFor, indexOfId, isObject, notFound, operate, recordWithId,
  replaceAt, type Obj,
} from './internal';
import type { OperationResult, PersonInput, PersonPatch, Placement } from './types';
import { withoutPeople } from './cascade';

/**
 * Add a person (or organisation, place, group, animal). The id is `input.id` or the next
 * free `p-<n>`; `result.id` tells which. The new person is appended to `people`, so errors
 * about the input carry paths like `people[5].kind`.
 */
export function addPerson(network: Network, input: PersonInput): OperationResult {
  return operate(network, (n) => {
    const id = idFor(n, input, 'p-');
    const person = recordWithId(id, input) as unknown as Person;
    return finish({ ...n, people: [...n.people, person] }, id as string);
  });
}

/**
 * Change fields of a person. Keys set to `undefined` are removed; the id cannot change.
 * Unknown id: `not-found` (path `people`).
 */
export function updatePerson(network: Network, id: string, patch: PersonPatch): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.people, id);
    if (index < 0) return notFound('people', id);
    const path = joinPath('people', index);
    const refused = checkPatch(patch, id, path);
    if (refused) return refused;
    const person = n.people[index] as Person;
    const next = applyPatch(person, patch as Obj);
    return finish(next === person ? n : { ...n, people: replaceAt(n.people, index, next) });
  });
}

/**
 * Remove a person and everything that points at them: their ties, their group memberships
 * (the groups stay), their links from life events (an event left with no people loses its
 * `people` field) and their layout entry. The focus (the client) cannot be removed:
 * `focus-protected`. Unknown id: `not-found` (path `people`).
 */
export function removePerson(network: Network, id: string): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.people, id);
    if (index < 0) return notFound('people', id);
    if (id === n.focus) {
      return fail('focus-protected', joinPath('people', index), 'The client at the centre of the network cannot be removed.');
    }
    return finish(withoutPeople(n, new Set([id])));
  });
}

function patchHint(hint: LayoutHint | undefined, patch: Obj): LayoutHint | undefined {
  const next = applyPatch(hint ?? {}, patch);
  if (next === hint) return hint;
  return Object.keys(next).length === 0 ? undefined : next;
}

function withHint(n: Network, id: string, hint: LayoutHint | undefined): Network {
  const layout = isObject(n.layout) ? (n.layout as Record<string, LayoutHint>) : undefined;
  const current = layout && Object.prototype.hasOwnProperty.call(layout, id) ? layout[id] : undefined;
  if (hint === current) return n;
  if (hint === undefined) {
    if (!layout || current === undefined) return n;
    const { [id]: _gone, ...rest } = layout;
    return { ...n, layout: rest };
  }
  const next: Record<string, LayoutHint> = { ...layout };
  Object.defineProperty(next, id, { value: hint, enumerable: true, writable: true, configurable: true });
  return { ...n, layout: next };
}

/**
 * Place a person where they were dropped on the ecogram, as one change (one undo step):
 * `closeness` and `sector` are written on the person, `angle` and `radius` into their layout
 * hint (other hint fields, like `pinned`, are kept). Keys absent from `place` stay as they
 * are; keys set to `undefined` are removed. Unknown id: `not-found` (path `people`).
 */
export function placePerson(network: Network, id: string, place: Placement): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.people, id);
    if (index < 0) return notFound('people', id);
    if (!isObject(place)) return fail('wrong-type', joinPath('people', index), 'A placement must be an object.');
    const personPatch: Obj = {};
    const hintPatch: Obj = {};
    for (const key of ['closeness', 'sector'] as const) if (key in place) personPatch[key] = place[key];
    for (const key of ['angle', 'radius'] as const) if (key in place) hintPatch[key] = place[key];
    const person = n.people[index] as Person;
    const nextPerson = applyPatch(person, personPatch);
    let next: Network = nextPerson === person ? n : { ...n, people: replaceAt(n.people, index, nextPerson) };
    const layout = isObject(n.layout) ? (n.layout as Record<string, LayoutHint>) : undefined;
    const hint = layout && Object.prototype.hasOwnProperty.call(layout, id) ? layout[id] : undefined;
    next = withHint(next, id, patchHint(hint, hintPatch));
    return finish(next);
  });
}

/**
 * Set (replace) or, with `undefined`, remove the layout hint of a person. Unknown person:
 * `not-found` (path `people`). An empty `layout` object stays in place.
 */
export function setLayoutHint(network: Network, personId: string, hint: LayoutHint | undefined): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.people, personId);
    if (index < 0) return notFound('people', personId);
    if (hint !== undefined && !isObject(hint)) {
      return fail('wrong-type', joinPath('layout', personId), 'A layout hint must be an object or undefined.');
    }
    const copy = hint === undefined ? undefined : (cloneInput(hint) as LayoutHint);
    return finish(withHint(n, personId, copy));
  });
}

export { effectiveFormality } from '../model/person';
