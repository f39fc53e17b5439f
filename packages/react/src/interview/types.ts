import type { CSSProperties } from 'react';
import type {
  Closeness, Consent, Network, PersonInput, PersonKind, Sector, TieInput, TieStatus,
} from '@kring/core';
import type { Locale } from '../i18n/types';
import type { InterviewTextKey } from './messages';

/**
 * Text in one or more languages. A plain string is used for every language; with an object,
 * the current locale is used, then Dutch, then English.
 */
export type InterviewText = string | Partial<Record<Locale, string>>;

/**
 * What is filled in for everyone added at one step of the interview. `kind`, `sector`,
 * `closeness` and `consent` are the start values of the add form (the caseworker can change
 * them per person); `person` and `tie` are written as they are.
 */
export interface InterviewDefaults {
  /** Start value of "what is it" in the form. Default `person`.
 * @defaultValue person
 */
  kind?: PersonKind;
  /** Start value of the sector in the form. */
  sector?: Sector;
  /** Start value of the circle in the form. */
  closeness?: Closeness;
  /**
   * Start value of consent in the form. Default `unknown`.
   * @defaultValue unknown
   */
  consent?: Consent;
  /**
   * Other person fields set on everyone added, e.g. `{ channels: ['whatsapp'] }`. `source`
   * defaults to `client` (the client named them).
   */
  person?: Partial<Omit<PersonInput, 'id' | 'name' | 'kind' | 'sector' | 'closeness' | 'consent'>>;
  /**
   * Fields of the tie made between the client and each person added (`status`, `strength`,
   * `support`, `contact`, `intent`, …). Support is seen from the client: `receives` is what
   * the client gets, `gives` what the client gives. Without `tie` an active tie is made.
   */
  tie?: Partial<Omit<TieInput, 'id' | 'between'>>;
}

/** One question of the guided interview. Hosts may pass their own list (`prompts`). */
export interface InterviewPrompt {
  /**
   * Stable id, unique in the list. It is stored with the people named at this step (see
   * `INTERVIEW_EXTENSION`), so keep it the same between versions of a host's list.
   */
  id: string;
  /** Short name of the step for the list of questions, e.g. "Weekend". */
  label: InterviewText;
  /** The question, in plain words, said to the client. */
  text: InterviewText;
  /** Examples or a tip under the question. */
  hint?: InterviewText;
  /**
   * Words of reassurance; default "Het is oké als je niemand weet." (`interview.reassurance`).
   * @defaultValue "Het is oké als je niemand weet."
   */
  reassurance?: InterviewText;
  /** What is filled in for everyone added at this step. */
  defaults?: InterviewDefaults;
  /**
   * Tie statuses to choose between at this step, e.g. `['faded', 'broken']` for "people you
   * lost touch with". The chosen one is the tie's `status`; the start value is
   * `defaults.tie.status` or the first choice.
   */
  statusChoices?: TieStatus[];
}

/** What kind of edit produced a new network (in {@link InterviewChange}). */
export type InterviewChangeType =
  /** A new person (and their tie with the client) was added. */
  | 'add-person'
  /** Someone already in the network was named at this step too (tie fields merged). */
  | 'link-person'
  /** A person added at this step was taken out again (undo). */
  | 'remove-person'
  /** A link made at this step was taken back (the tie restored when known). */
  | 'unlink-person'
  /** The last step was undone (Ctrl/⌘+Z), here or in a linked view of the same network. */
  | 'undo'
  /** An undone step was done again (Ctrl/⌘+Shift+Z or Ctrl/⌘+Y). */
  | 'redo'
  /** A name was changed (a chip edited) in the names-first interview. */
  | 'rename-person'
  /** Someone was placed in a sector and circle (a chip dragged onto the map, or by keys). */
  | 'place-person'
  /** A detail of a person or their tie with the client (strength, kind, support, consent). */
  | 'update-details'
  /** An edit made on the live map beside the interview (e.g. a person dragged there). */
  | 'map-edit';

/** Describes one change reported through {@link NetworkInterviewProps.onChange}. */
export interface InterviewChange {
  type: InterviewChangeType;
  /** The person concerned (absent for undo/redo). */
  personId?: string;
  /** The id of the prompt (step) where it happened (absent for undo/redo). */
  promptId?: string;
  /** The sentence announced to screen-reader users, in the current locale. */
  message: string;
}

/** Text overrides: keys of `interviewMessages`, the shared labels, symbol and editor words (what the interview shows). */
export type InterviewMessages = Partial<Record<InterviewTextKey, string>>;

/**
 * How the interview goes:
 * - `'names'` (default, issue 15): names first. 1 "Namen" — type a name, Enter, the next (or
 *   paste a list); 2 "Plaatsen" — drag each name into a sector and circle on the live map, or
 *   two keys; 3 "Details" — an optional card per person; 4 "Wie zou een rol kunnen spelen" —
 *   lost contacts, people who could help, places. "Ik heb geen netwerk" at step 1 starts at
 *   step 4 with places and people from the past.
 * - `'questions'`: one conversation question at a time (`prompts`), each with the full add form.
 */
export type InterviewFlow = 'names' | 'questions';

/** Props of {@link NetworkInterview}. */
export interface NetworkInterviewProps {
  /** How the interview goes; default `'names'`. See {@link InterviewFlow}.
 * @defaultValue 'names'
 */
  flow?: InterviewFlow;
  /**
   * Show the live map (an Ecogram of the same network) beside the interview, below it on a
   * narrow screen. Default `true`. Names can be dragged onto it at the "Plaatsen" step.
   * @defaultValue true
   */
  showMap?: boolean;
  /** Controlled network. The host passes every `onChange` result back. */
  network?: Network;
  /**
   * Initial network when uncontrolled. It must hold the client (its `focus`). `network` and
   * `defaultNetwork` are read with core's `parseNetwork`; a network that is not valid shows
   * the list of problems, each with the path of the bad field, like every view.
   */
  defaultNetwork?: Network;
  /** Every edit, undo and redo: the next network and what changed. */
  onChange?: (next: Network, change: InterviewChange) => void;
  /**
   * The questions. Default {@link defaultInterviewPrompts}. In the `'names'` flow they are the
   * conversation hooks shown beside the name field ("Andere vraag" shows the next one).
   */
  prompts?: readonly InterviewPrompt[];
  /**
   * Controlled step. `'names'` flow: `0` names, `1` placing, `2` details, `3` "who could play
   * a role". `'questions'` flow: `0` … `prompts.length - 1` are the questions,
   * `prompts.length` is the closing overview. Out-of-range values are clamped. Store it to
   * resume later.
   */
  step?: number;
  /**
   * Initial step when uncontrolled. Default 0.
   * @defaultValue 0
   */
  defaultStep?: number;
  /** The step changed (back, next, skip, or a question chosen from the list). */
  onStepChange?: (step: number) => void;
  /** Shows an "Afronden" button on the overview (the last step); called when it is pressed. */
  onDone?: () => void;
  /**
   * Heading level of the title; the questions use the next level. Default 2.
   * @defaultValue 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Title; default "Wie is voor jou belangrijk?".
   * @defaultValue "Wie is voor jou belangrijk?"
   */
  title?: string;
  /** UI language. Default: the nearest `MessagesProvider`, else Dutch. */
  locale?: Locale;
  /** Override any text. */
  messages?: InterviewMessages;
  className?: string;
  style?: CSSProperties;
}
