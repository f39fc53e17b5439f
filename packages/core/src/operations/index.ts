/**
 * Pure edit operations on a network. Each returns a new network (sharing the unchanged
 * parts) or typed errors; none mutates its input or throws. Every result is checked with
 * the one rule set, `validateNetwork`, before it is returned.
 *
 * @packageDocumentation
 */
export type {
  ActionInput, ActionPatch, CompleteActionOptions, MeetingInput, MeetingPatch,
  EventInput, EventPatch, GroupInput, GroupPatch, OperationResult, PersonInput, PersonPatch, Placement,
  TieInput, TiePatch, UpdateTieOptions,
} from './types';
export { addPerson, updatePerson, removePerson, placePerson, setLayoutHint, effectiveFormality } from './people';
export { addTie, updateTie, removeTie, changeTieStatus, tieStatusChangeKind } from './ties';
export type { ChangeTieStatusOptions, TieStatusChangeKind } from './ties';
export { addGroup, updateGroup, removeGroup } from './groups';
export { addEvent, updateEvent, removeEvent } from './events';
export { addAction, updateAction, removeAction, completeAction, dropAction } from './actions';
export { addMeeting, updateMeeting, removeMeeting } from './meetings';
