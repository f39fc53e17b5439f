/**
 * What the user can do in the interview (the behaviour hook): add someone named, link someone
 * already in the network, take either back, undo and redo. Every edit is a core operation
 * (`interviewEdits.ts`) committed through `useNetworkEditing` — one undo step on the network's
 * one history, shared with linked views of the same network (an add here is undone from the
 * Ecogram's Undo), announced in the live region once the host shows it, and handed to the
 * host as an {@link InterviewChange}.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Network, OperationResult, Person, PersonInput } from '@kring/core';
import { viewKeyCommand, type ApplyOptions, type NetworkEditing } from '../../document';
import type { SubmitAnswer } from '../../editor/AddPersonForm';
import type { Text } from '../../i18n';
import {
  addNamedPerson, findByName, linkNamedPerson, removeNamedPerson, unlinkNamedPerson, type LinkUndo, type NamedPerson,
} from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { InterviewChange } from '../types';
import type { InterviewSession } from './useInterviewSession';

/** What {@link useInterviewCommands} needs. @internal */
export interface InterviewCommandsOptions {
  /** The network shown (read by `useNetworkSource`). */
  network: Network;
  t: Text<InterviewTextKey>;
  announce: (message: string) => void;
  session: InterviewSession;
  /** The network's one history (made by the interview's shell, shared with the map beside it). */
  editing: NetworkEditing<InterviewChange>;
}

/** What {@link useInterviewCommands} returns. @internal */
export interface InterviewCommands {
  /** The add form's submit: added, or a question (same person?) / notice instead. */
  submit: (input: PersonInput) => SubmitAnswer;
  /** The answer to "is it the same person?". */
  resolveDuplicate: (same: boolean) => void;
  /** Take someone named at this step back out (a person added here) or off the step (a link). */
  takeBack: (item: NamedPerson) => void;
  undo: (from?: Element | null) => void;
  redo: (from?: Element | null) => void;
  canUndo: boolean;
  canRedo: boolean;
  /** The keys every view shares (document/keys.ts): Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z and Ctrl/⌘+Y redo. */
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

const linkKey = (promptId: string, personId: string) => `${promptId}\u0000${personId}`;

/** Undo, redo and their keys, on the network's one history. */
function historyCommands(editing: NetworkEditing<InterviewChange>, session: InterviewSession): Pick<InterviewCommands, 'undo' | 'redo' | 'onKeyDown'> {
  const after = (done: boolean, from: Element | null | undefined) => {
    if (!done) return;
    // What was said about the step before no longer holds after an undo or redo.
    session.resetStepUi();
    session.setAddedName(null);
    // Focus moves on (to "Genoemd bij deze vraag") when the element it was on is gone.
    if (from) session.focusAfter({ keepFrom: from });
  };
  const undo = (from?: Element | null) => after(editing.undo(), from);
  const redo = (from?: Element | null) => after(editing.redo(), from);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as Element;
    const command = viewKeyCommand(e, target);
    if (command !== 'undo' && command !== 'redo') return;
    e.preventDefault();
    if (command === 'undo') undo(target);
    else redo(target);
  };
  return { undo, redo, onKeyDown };
}

/** @internal */
export function useInterviewCommands(options: InterviewCommandsOptions): InterviewCommands {
  const { network, t, announce, session, editing } = options;
  const { prompt, status, named } = session;
  // How to put a tie back as it was before a link (the tie before it), per step and person.
  // Kept after a take-back: an undo can bring the link back, and then it can be taken back again.
  const linkUndos = useRef(new Map<string, LinkUndo>());

  const commit = (result: OperationResult, change: InterviewChange, applyOptions?: ApplyOptions): boolean => {
    const applied = editing.apply(result, change, applyOptions);
    if (!applied.ok) {
      session.setIssues(applied.errors);
      announce(t('interview.failed'));
      return false;
    }
    session.setIssues(undefined);
    return true;
  };

  const add = (input: PersonInput, fromForm: boolean): boolean => {
    if (!prompt) return false;
    const result = addNamedPerson(network, prompt, input, status);
    const change: InterviewChange = { type: 'add-person', personId: result.ok ? (result.id ?? '') : '', promptId: prompt.id, message: t('interview.added', { name: input.name }) };
    if (!commit(result, change)) return false;
    session.unskip(prompt.id);
    // The form's "… is toegevoegd." only once the host shows the person (not for a refused edit).
    session.setAddedName(null);
    if (fromForm) editing.whenShown(network, () => session.setAddedName(input.name));
    return true;
  };

  const link = (person: Person): boolean => {
    if (!prompt) return false;
    const { result, undo } = linkNamedPerson(network, prompt, person.id, status);
    if (!commit(result, { type: 'link-person', personId: person.id, promptId: prompt.id, message: t('interview.linked', { name: person.name }) })) return false;
    if (undo) linkUndos.current.set(linkKey(prompt.id, person.id), undo);
    session.unskip(prompt.id);
    session.setAddedName(null);
    return true;
  };

  const submit = (input: PersonInput): SubmitAnswer => {
    if (!prompt) return false;
    session.setDuplicate(null);
    session.setNotice('');
    const match = findByName(network, input.name);
    if (match) {
      if (named.some((n) => n.person.id === match.id)) {
        session.setNotice(t('interview.alreadyHere', { name: match.name }));
        return false;
      }
      session.setDuplicate({ input, match });
      return false;
    }
    return add(input, true);
  };

  const resolveDuplicate = (same: boolean) => {
    const duplicate = session.duplicate;
    if (!duplicate) return;
    const ok = same ? link(duplicate.match) : add(duplicate.input, false);
    if (!ok) return;
    session.setDuplicate(null);
    session.renewForm();
  };

  const takeBack = (item: NamedPerson) => {
    if (!prompt) return;
    const { id, name } = item.person;
    const ok =
      item.how === 'added'
        ? commit(removeNamedPerson(network, prompt.id, id), { type: 'remove-person', personId: id, promptId: prompt.id, message: t('interview.removed', { name }) })
        : commit(unlinkNamedPerson(network, prompt.id, id, linkUndos.current.get(linkKey(prompt.id, id))), { type: 'unlink-person', personId: id, promptId: prompt.id, message: t('interview.unlinked', { name }) });
    if (ok) session.focusAfter('named');
  };

  const { undo, redo, onKeyDown } = historyCommands(editing, session);
  return { submit, resolveDuplicate, takeBack, undo, redo, canUndo: editing.canUndo, canRedo: editing.canRedo, onKeyDown };
}
