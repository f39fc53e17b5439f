/**
 * What the user can do in the names-first interview (the behaviour hook): add names (one, or a
 * pasted list), take one back, rename, place in a sector and circle, change a detail, undo
 * and redo. Every edit is a core operation committed through the shell's `useNetworkEditing`
 * (one undo step on the network's one history, shared with the live map), announced once the
 * host shows it, and handed to the host: the host's `onChange` sees every name.
 */
import type { KeyboardEvent } from 'react';
import type { Closeness, Network, OperationResult, Person, PersonPatch, Sector, TiePatch } from '@kring/core';
import { viewKeyCommand, type ApplyOptions, type NetworkEditing } from '../../document';
import type { Text } from '../../i18n';
import { removeNamedPerson } from '../interviewEdits';
import type { InterviewTextKey } from '../messages';
import type { InterviewChange, InterviewPrompt } from '../types';
import { addNames, changeClientTie, changePerson, placeIn } from './namesEdits';

/** What {@link useNamesCommands} returns. @internal */
export interface NamesCommands {
  /** Adds names at a step (each a person on the map); the new ids, or `null` when refused. */
  add: (prompt: InterviewPrompt, names: readonly string[], kind?: Person['kind']) => string[] | null;
  /** Takes someone added at a step out again (with their tie). */
  remove: (promptId: string, person: Person) => boolean;
  /** A new name for someone (empty or unchanged: nothing happens). */
  rename: (person: Person, name: string) => boolean;
  /** Puts someone in a sector and circle. */
  place: (person: Person, sector: Sector, closeness: Closeness) => boolean;
  /** Changes a person's consent (or another own field). `field` names it in the announcement. */
  updatePerson: (person: Person, patch: PersonPatch, field: string) => boolean;
  /** Changes the tie with the client (strength, quality, support). */
  updateTie: (person: Person, patch: TiePatch, field: string) => boolean;
  /** Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z and Ctrl/⌘+Y redo (not in a text field: that undoes typing). */
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/** @internal */
export function useNamesCommands(options: {
  network: Network;
  t: Text<InterviewTextKey>;
  announce: (message: string) => void;
  editing: NetworkEditing<InterviewChange>;
  onFailed?: () => void;
}): NamesCommands {
  const { network, t, announce, editing } = options;

  const commit = (result: OperationResult, change: InterviewChange, applyOptions?: ApplyOptions): boolean => {
    const applied = editing.apply(result, change, applyOptions);
    if (!applied.ok) {
      announce(t('interview.failed'));
      options.onFailed?.();
      return false;
    }
    return true;
  };

  const add: NamesCommands['add'] = (prompt, names, kind) => {
    if (names.length === 0) return null;
    const result = addNames(network, prompt, names, kind);
    const message = names.length === 1 ? t('interview.added', { name: names[0] ?? '' }) : t('names.addedMany', { count: names.length });
    const change: InterviewChange = { type: 'add-person', promptId: prompt.id, message };
    if (result.ok && result.id) change.personId = result.id;
    return commit(result, change) && result.ok ? (result.ids ?? []) : null;
  };

  const remove: NamesCommands['remove'] = (promptId, person) =>
    commit(removeNamedPerson(network, promptId, person.id), { type: 'remove-person', personId: person.id, promptId, message: t('interview.removed', { name: person.name }) });

  const rename: NamesCommands['rename'] = (person, name) => {
    const next = name.trim().replace(/\s+/g, ' ');
    if (!next || next === person.name) return false;
    return commit(changePerson(network, person.id, { name: next }), { type: 'rename-person', personId: person.id, message: t('names.renamed', { name: next }) });
  };

  const place: NamesCommands['place'] = (person, sector, closeness) => {
    const where = `${t.label('sector', sector)} · ${t.label('closeness', closeness)}`;
    return commit(placeIn(network, person.id, sector, closeness), { type: 'place-person', personId: person.id, message: t('names.placedAt', { name: person.name, place: where }) });
  };

  const updatePerson: NamesCommands['updatePerson'] = (person, patch, field) =>
    commit(changePerson(network, person.id, patch), { type: 'update-details', personId: person.id, message: t('names.detailsSaved', { field }) }, { coalesceKey: `details-${person.id}-${field}` });

  const updateTie: NamesCommands['updateTie'] = (person, patch, field) =>
    commit(changeClientTie(network, person.id, patch), { type: 'update-details', personId: person.id, message: t('names.detailsSaved', { field }) }, { coalesceKey: `details-${person.id}-${field}` });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const command = viewKeyCommand(e, e.target as Element);
    if (command !== 'undo' && command !== 'redo') return;
    e.preventDefault();
    if (command === 'undo') editing.undo();
    else editing.redo();
  };

  return { add, remove, rename, place, updatePerson, updateTie, onKeyDown };
}
