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
  type ActionInput, type Meeting, type MeetingInput, type Network, type NetworkIssue, type OperationResult,
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

/** What the client's consent says about an action in the form: the refusal or the "ask first", in words. */
function consentLines(network: Network, d: ActionDraft, t: MeetingText, client: string): { refused?: string; askFirst?: string } {
  if (!d.about) return {};
  const check = actionConsent(network, [d.about], d.intent);
  const refused = check.refused[0];
  const ask = check.askFirst[0];
  return {
    ...(refused ? { refused: t('meeting.actionRefused', { client, name: refused.name }) } : {}),
    ...(ask ? { askFirst: t('meeting.actionAskFirst', { client, name: ask.name }) } : {}),
  };
}

/** The action to write for the form, linked to its meeting; or why not (an empty step, no one, a refusal). */
function actionInput(network: Network, meeting: Meeting, d: ActionDraft, t: MeetingText, client: string): { input: ActionInput } | { problems: ActionErrors } {
  const problems: ActionErrors = {};
  if (!d.step.trim()) problems.step = t('meeting.actionNeedStep');
  const refused = consentLines(network, d, t, client).refused;
  if (!d.about) problems.about = t('meeting.actionNeedAbout');
  else if (refused) problems.about = refused;
  if (problems.step || problems.about || !d.about) return { problems };
  return {
    input: {
      about: [d.about],
      intent: d.intent,
      step: d.step.trim(),
      ...(d.owner ? { owner: d.owner } : {}),
      ...(d.due ? { due: d.due } : {}),
      extensions: { [MEETING_EXTENSION]: { meeting: meeting.id } },
    },
  };
}

/** The meeting the form describes — the invitees always core's `invitationList(...).invite` — or the form's problems. */
function meetingInput(draft: MeetingDraft, t: MeetingText): { input: MeetingInput } | { errors: DraftErrors } {
  const f = draft.fields;
  const invited = draft.invitation.invite.map((p) => p.id);
  const errors: DraftErrors = {};
  if (!f.date) errors.date = t('meeting.needDate');
  if (invited.length === 0) errors.invitees = t('meeting.needInvitee');
  if (errors.date || errors.invitees || !f.date) return { errors };
  // A group's meeting keeps its group; so does a meeting being changed (its invitees may differ from the group's).
  const group = f.source === 'group' || f.editing ? f.group : undefined;
  return { input: { title: f.title.trim() || t.label('meetingKind', f.kind), date: f.date, kind: f.kind, invited, ...(group ? { group } : {}) } };
}

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
    const made = meetingInput(draft, t);
    setErrors('errors' in made ? made.errors : {});
    if ('errors' in made) return false;
    const { input } = made;
    const message = t(f.editing ? 'meeting.updated' : 'meeting.saved', { title: input.title, date: formatFuzzyDate(input.date, t.locale) });
    const ok = f.editing
      ? apply(updateMeeting(network, f.editing, { ...input, group: input.group }), { type: 'update-meeting', meetingId: f.editing, message })
      : apply(addMeeting(network, input), { type: 'add-meeting', message });
    if (!ok) return false;
    setStatus(message);
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

  const checkAction = (d: ActionDraft) => consentLines(network, d, t, client);

  const addActionFor = (meeting: Meeting, d: ActionDraft): ActionErrors | null => {
    const made = actionInput(network, meeting, d, t, client);
    if ('problems' in made) return made.problems;
    const result = addAction(network, made.input);
    const change: MeetingChange = { type: 'add-action', meetingId: meeting.id, message: t('meeting.actionAdded', { step: made.input.step }) };
    if (result.ok && result.id) change.actionId = result.id;
    if (!editable) return { general: [t('meeting.failed')] };
    const applied = editing.apply(result, change);
    return applied.ok ? null : { general: issueTexts(applied.errors, t) };
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
