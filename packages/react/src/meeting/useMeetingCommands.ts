/**
 * What the caseworker can do in the planner (the behaviour hook): save a meeting (core
 * `addMeeting` / `updateMeeting`), remove one, record its outcome, add the actions agreed
 * (core `addAction`, consent checked first with `actionConsent`), undo and redo. Every edit is
 * one step on the network's one history (`useNetworkEditing`), said in the live region once
 * the host shows it, and handed to the host as a {@link MeetingChange}.
 *
 * The invitation written is always core's `invitationList(...).invite`: a person the client
 * does not want contacted is never sent, whatever the form held (the reader would refuse it).
 * @internal
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  actionConsent, addAction, addMeeting, formatFuzzyDate, removeMeeting, updateMeeting,
  type ActionInput, type Meeting, type Network, type NetworkIssue, type OperationResult,
} from '@kring/core';
import { useNetworkEditing, viewKeyCommand } from '../document';
import type { MeetingText } from './messages';
import { MEETING_EXTENSION, type MeetingChange } from './types';
import type { MeetingDraft } from './useMeetingDraft';

/** Problems of the meeting form, per field. */
export interface DraftErrors {
  date?: string;
  invitees?: string;
  /** A refused edit's issues, in words. */
  general?: string[];
}

/** An action as the form holds it, before it is checked and written. */
export interface ActionDraft {
  about: string | undefined;
  intent: ActionInput['intent'];
  step: string;
  owner: string | undefined;
  due: string | undefined;
}

/** Why an action cannot be added yet, per field; empty when it can. */
export interface ActionErrors {
  about?: string;
  step?: string;
  general?: string[];
}

/** What {@link useMeetingCommands} returns. @internal */
export interface MeetingCommands {
  /** Save the form as a new meeting or as changes; `true` when written. */
  save: () => boolean;
  errors: DraftErrors;
  /** The last thing done, in words, for the form's status line. */
  status: string;
  remove: (meeting: Meeting) => void;
  saveOutcome: (meeting: Meeting, outcome: string | undefined) => boolean;
  /** Check an action against the client's consent: what the form shows under "Over wie". */
  checkAction: (draft: ActionDraft) => { refused?: string; askFirst?: string };
  addAction: (meeting: Meeting, draft: ActionDraft) => ActionErrors | null;
  undo: () => void;
  canUndo: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/** What {@link useMeetingCommands} needs. @internal */
export interface MeetingCommandsOptions {
  network: Network;
  onCommit: (next: Network, change: MeetingChange) => void;
  editable: boolean;
  t: MeetingText;
  announce: (message: string) => void;
  draft: MeetingDraft;
  client: string;
}

const issueTexts = (issues: readonly NetworkIssue[], t: MeetingText) => [...new Set(issues.map((i) => t.issue(i.code)))];

/** @internal */
export function useMeetingCommands(options: MeetingCommandsOptions): MeetingCommands {
  const { network, onCommit, editable, t, announce, draft, client } = options;
  const messages = useMemo(
    () => ({ undone: t('meeting.undone'), redone: t('meeting.redone'), nothingToUndo: t('meeting.nothingToUndo'), nothingToRedo: t('meeting.nothingToRedo') }),
    [t],
  );
  const editing = useNetworkEditing<MeetingChange>({ network, commit: onCommit, editable, announce, messages });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState('');
  const dateText = (d: string) => formatFuzzyDate(d, t.locale);

  const apply = (result: OperationResult, change: MeetingChange): boolean => {
    if (!editable) return false;
    const applied = editing.apply(result, change);
    if (!applied.ok) {
      setErrors({ general: issueTexts(applied.errors, t) });
      announce(t('meeting.failed'));
      return false;
    }
    return true;
  };

  const save = (): boolean => {
    const f = draft.fields;
    const invite = draft.invitation.invite.map((p) => p.id);
    const next: DraftErrors = {};
    if (!f.date) next.date = t('meeting.needDate');
    if (invite.length === 0) next.invitees = t('meeting.needInvitee');
    setErrors(next);
    if (next.date || next.invitees || !f.date) return false;
    const title = f.title.trim() || t.label('meetingKind', f.kind);
    const fields = { title, date: f.date, kind: f.kind, invited: invite, group: f.source === 'group' || f.editing ? f.group : undefined };
    const say = (key: 'meeting.saved' | 'meeting.updated') => t(key, { title, date: dateText(f.date ?? '') });
    const ok = f.editing
      ? apply(updateMeeting(network, f.editing, fields), { type: 'update-meeting', meetingId: f.editing, message: say('meeting.updated') })
      : apply(addMeeting(network, fields.group ? fields : { title, date: f.date, kind: f.kind, invited: invite }), { type: 'add-meeting', message: say('meeting.saved') });
    if (!ok) return false;
    setStatus(say(f.editing ? 'meeting.updated' : 'meeting.saved'));
    draft.reset();
    return true;
  };

  const remove = (meeting: Meeting) => {
    const message = t('meeting.removed', { title: meeting.title });
    if (apply(removeMeeting(network, meeting.id), { type: 'remove-meeting', meetingId: meeting.id, message })) {
      setStatus(message);
      if (draft.fields.editing === meeting.id) draft.reset();
    }
  };

  const saveOutcome = (meeting: Meeting, outcome: string | undefined): boolean => {
    const text = outcome?.trim() ? outcome : undefined;
    return apply(updateMeeting(network, meeting.id, { outcome: text }), { type: 'update-meeting', meetingId: meeting.id, message: t('meeting.outcomeSaved', { title: meeting.title }) });
  };

  const checkAction = (d: ActionDraft) => {
    if (!d.about) return {};
    const check = actionConsent(network, [d.about], d.intent);
    const refused = check.refused[0];
    const ask = check.askFirst[0];
    return {
      ...(refused ? { refused: t('meeting.actionRefused', { client, name: refused.name }) } : {}),
      ...(ask ? { askFirst: t('meeting.actionAskFirst', { client, name: ask.name }) } : {}),
    };
  };

  const addActionFor = (meeting: Meeting, d: ActionDraft): ActionErrors | null => {
    const problems: ActionErrors = {};
    if (!d.step.trim()) problems.step = t('meeting.actionNeedStep');
    if (!d.about) problems.about = t('meeting.actionNeedAbout');
    else if (checkAction(d).refused) problems.about = checkAction(d).refused;
    if (problems.step || problems.about || !d.about) return problems;
    const input: ActionInput = {
      about: [d.about],
      intent: d.intent,
      step: d.step.trim(),
      ...(d.owner ? { owner: d.owner } : {}),
      ...(d.due ? { due: d.due } : {}),
      extensions: { [MEETING_EXTENSION]: { meeting: meeting.id } },
    };
    const result = addAction(network, input);
    const change: MeetingChange = { type: 'add-action', meetingId: meeting.id, actionId: result.ok ? (result.id ?? undefined) : undefined, message: t('meeting.actionAdded', { step: input.step }) };
    if (!change.actionId) delete change.actionId;
    const applied = editable ? editing.apply(result, change) : null;
    if (!applied) return { general: [t('meeting.failed')] };
    if (!applied.ok) return { general: issueTexts(applied.errors, t) };
    return null;
  };

  const undo = () => {
    editing.undo();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const command = viewKeyCommand(e, e.target as Element);
    if (command !== 'undo' && command !== 'redo') return;
    e.preventDefault();
    if (command === 'undo') editing.undo();
    else editing.redo();
  };
  return { save, errors, status, remove, saveOutcome, checkAction, addAction: addActionFor, undo, canUndo: editing.canUndo, onKeyDown };
}
