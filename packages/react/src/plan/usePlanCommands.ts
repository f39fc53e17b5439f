/**
 * What the user can do with the plan (the behaviour hook): add, edit, complete, drop, reopen
 * and remove actions, undo and redo. Every edit is a core operation committed through
 * `useNetworkEditing` — one undo step on the network's one history (shared with a linked
 * Ecogram inside a `KringLinkProvider`), announced in the live region once the host shows it,
 * handed to the host as a {@link PlanChange}. A refused operation changes nothing; its issues
 * are kept for the form or row that asked.
 * @internal
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  addAction, completeAction, dropAction, removeAction, updateAction,
  type Action, type ActionInput, type Network, type NetworkIssue, type OperationResult,
} from '@kring/core';
import { useNetworkEditing, viewKeyCommand } from '../document';
import type { Text } from '../i18n';
import type { PlanTextKey } from './messages';
import type { PlanChange, PlanChangeType } from './types';

/** Issues of a refused edit and what they belong to (`new` for the add form, else an action id). */
export interface PlanIssues {
  target: string;
  errors: NetworkIssue[];
}

/** What {@link usePlanCommands} returns. @internal */
export interface PlanCommands {
  add: (input: ActionInput) => string | null;
  update: (id: string, input: ActionInput) => boolean;
  complete: (id: string, date: string) => boolean;
  drop: (id: string) => boolean;
  reopen: (id: string) => boolean;
  remove: (id: string) => boolean;
  undo: () => boolean;
  redo: () => boolean;
  canUndo: boolean;
  canRedo: boolean;
  issues: PlanIssues | null;
  clearIssues: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/** An edit of the whole action: optional fields absent in `input` are removed. */
function fullPatch(input: ActionInput): Partial<Omit<Action, 'id'>> {
  return { about: input.about, intent: input.intent, step: input.step, owner: input.owner, due: input.due, note: input.note };
}

/** @internal */
export function usePlanCommands(options: {
  network: Network;
  onCommit: (next: Network, change: PlanChange) => void;
  readOnly: boolean;
  t: Text<PlanTextKey>;
  announce: (message: string) => void;
}): PlanCommands {
  const { network, onCommit, readOnly, t, announce } = options;
  const messages = useMemo(() => ({ undone: t('plan.undone'), redone: t('plan.redone'), nothingToUndo: t('plan.nothingToUndo'), nothingToRedo: t('plan.nothingToRedo') }), [t]);
  const editing = useNetworkEditing<PlanChange>({ network, commit: onCommit, editable: !readOnly, announce, messages });
  const [issues, setIssues] = useState<PlanIssues | null>(null);
  const stepOf = (id: string) => network.actions?.find((a) => a.id === id)?.step ?? '';

  const run = (target: string, result: OperationResult, type: PlanChangeType, message: string): string | null => {
    if (readOnly) return null;
    const applied = editing.apply(result, { type, message, ...(target !== 'new' ? { id: target } : {}) });
    if (!applied.ok) {
      setIssues({ target, errors: applied.errors });
      announce(t('plan.failed'));
      return null;
    }
    setIssues(null);
    return applied.id ?? target;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const command = viewKeyCommand(e, e.target as Element);
    if (command !== 'undo' && command !== 'redo') return;
    e.preventDefault();
    if (command === 'undo') editing.undo();
    else editing.redo();
  };

  return {
    add: (input) => run('new', addAction(network, input), 'add-action', t('plan.announce.added', { step: input.step })),
    update: (id, input) => run(id, updateAction(network, id, fullPatch(input)), 'update-action', t('plan.announce.updated', { step: input.step })) !== null,
    complete: (id, date) => run(id, completeAction(network, id, { date }), 'complete-action', t('plan.announce.done', { step: stepOf(id) })) !== null,
    drop: (id) => run(id, dropAction(network, id), 'drop-action', t('plan.announce.dropped', { step: stepOf(id) })) !== null,
    reopen: (id) => run(id, updateAction(network, id, { status: undefined, done: undefined }), 'reopen-action', t('plan.announce.reopened', { step: stepOf(id) })) !== null,
    remove: (id) => run(id, removeAction(network, id), 'remove-action', t('plan.announce.removed', { step: stepOf(id) })) !== null,
    undo: editing.undo,
    redo: editing.redo,
    canUndo: editing.canUndo,
    canRedo: editing.canRedo,
    issues,
    clearIssues: () => setIssues(null),
    onKeyDown,
  };
}
