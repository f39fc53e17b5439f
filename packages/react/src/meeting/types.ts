import type { CSSProperties } from 'react';
import type { Network } from '@kring/core';
import type { Locale } from '../i18n/types';
import type { MeetingTextKey } from './messages';

/** What kind of edit produced a new network (in {@link MeetingChange}). */
export type MeetingChangeType =
  /** A meeting was planned (core `addMeeting`). */
  | 'add-meeting'
  /** A meeting was changed: its fields, its invitation list, or its outcome (core `updateMeeting`). */
  | 'update-meeting'
  /** A meeting was removed (core `removeMeeting`). */
  | 'remove-meeting'
  /** An action agreed at a meeting was added to the plan (core `addAction`). */
  | 'add-action'
  /** The last step was undone (Ctrl/⌘+Z or the Undo button). */
  | 'undo'
  /** An undone step was done again (Ctrl/⌘+Shift+Z or Ctrl/⌘+Y). */
  | 'redo';

/** Describes one change reported through {@link MeetingPlannerProps.onChange}. */
export interface MeetingChange {
  type: MeetingChangeType;
  /** The sentence announced to screen-reader users, in the current locale. */
  message: string;
  /** The meeting concerned (absent for undo/redo). */
  meetingId?: string;
  /** The action added (`add-action` only). */
  actionId?: string;
}

/** Text overrides: keys of `meetingMessages`, the shared labels, editor and paper words (what the planner shows). */
export type MeetingMessages = Partial<Record<MeetingTextKey, string>>;

/**
 * Where an action agreed at a meeting keeps the meeting it came from:
 * `action.extensions["kring.meeting"] = { meeting: "m-1" }`. An extension, not a format field:
 * FORMAT.md's actions have no meeting reference; every reader keeps extensions as they are.
 */
export const MEETING_EXTENSION = 'kring.meeting';

/** Props of {@link MeetingPlanner}. */
export interface MeetingPlannerProps {
  /** Controlled network. The host passes every `onChange` result back. */
  network?: Network;
  /** Initial network when uncontrolled (read with `parseNetwork`, like every view). */
  defaultNetwork?: Network;
  /** Every edit, undo and redo: the next network and what changed. */
  onChange?: (next: Network, change: MeetingChange) => void;
  /**
   * Plan from a group: the id of a support group or base team whose members are the
   * invitees. Default: the first support group or base team, when `people` is not given.
   */
  group?: string;
  /**
   * Plan from a selection: people ids the host (e.g. the map's selection) starts the list
   * with. The caseworker can add and remove people with the checkbox list.
   */
  people?: readonly string[];
  /**
   * Show the planned and held meetings, with their outcome and actions. Default true.
   * @defaultValue true
   */
  showMeetings?: boolean;
  /** Show the meetings and their outcome only; nothing can be planned or changed. */
  readOnly?: boolean;
  /**
   * Today as a fuzzy date (default: the real today, UTC): which meetings are planned and
   * which were held, and the "Stand per" of the printed list.
   */
  today?: string;
  /** Who made the list: printed in the title block ("Opgesteld door …"). */
  author?: string;
  /**
   * Heading level of the title; parts use the next levels. Default 2.
   * @defaultValue 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Title; default "Meedenkbijeenkomst plannen".
   * @defaultValue "Meedenkbijeenkomst plannen"
   */
  title?: string;
  /** UI language. Default: the nearest `MessagesProvider`, else Dutch. */
  locale?: Locale;
  /** Override any text. */
  messages?: MeetingMessages;
  className?: string;
  style?: CSSProperties;
}
