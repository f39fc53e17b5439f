import { joinPath } from '../model/errors';
import type { LifeEvent, Network } from '../model/types';
import {
  applyPatch, checkPatch, finish, idFor, indexOfId, notFound, operate, recordWithId, removeAt, replaceAt,
  type Obj,
} from './internal';
import type { EventInput, EventPatch, OperationResult } from './types';

/**
 * Add a life event (with `date`) or period (with `start`, optional `end`) to the levenslijn.
 * The id is `input.id` or the next free `e-<n>`. Linked `people` must exist.
 */
export function addEvent(network: Network, input: EventInput): OperationResult {
  return operate(network, (n) => {
    const id = idFor(n, input, 'e-');
    const event = recordWithId(id, input) as unknown as LifeEvent;
    return finish({ ...n, events: [...n.events, event] }, id as string);
  });
}

/**
 * Change fields of a life event. Keys set to `undefined` are removed (so
 * `{ date: undefined, start: '2019' }` turns an event into a period); the id cannot change.
 * Unknown id: `not-found` (path `events`).
 */
export function updateEvent(network: Network, id: string, patch: EventPatch): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.events, id);
    if (index < 0) return notFound('events', id);
    const refused = checkPatch(patch, id, joinPath('events', index));
    if (refused) return refused;
    const event = n.events[index] as LifeEvent;
    const next = applyPatch(event, patch as Obj);
    return finish(next === event ? n : { ...n, events: replaceAt(n.events, index, next) });
  });
}

/** Remove a life event. Unknown id: `not-found` (path `events`). */
export function removeEvent(network: Network, id: string): OperationResult {
  return operate(network, (n) => {
    const index = indexOfId(n.events, id);
    if (index < 0) return notFound('events', id);
    return finish({ ...n, events: removeAt(n.events, index) });
  });
}
