import type { CSSProperties } from 'react';
import type { Network } from '@kring/core';
import type { PlanFilter } from '../view/plan';
import type { Locale } from '../i18n/types';
import type { PaperPage } from '../paper';
import type { PlanTextKey } from './messages';

/** What kind of edit produced a new network (in {@link PlanChange}). */
export type PlanChangeType =
  | 'add-action'
  | 'update-action'
  | 'complete-action'
  | 'drop-action'
  | 'reopen-action'
  | 'remove-action'
  /** Undone or redone (Ctrl/⌘+Z, Shift+Ctrl/⌘+Z), here or in a linked view of the same network. */
  | 'undo'
  | 'redo';

/** Describes one change reported through {@link NetworkPlanProps.onChange}. */
export interface PlanChange {
  type: PlanChangeType;
  /** The action concerned (absent for undo/redo). */
  id?: string;
  /** The sentence announced to screen-reader users, in the current locale. */
  message: string;
}

/** Text overrides: keys of `planMessages`, the editors', the paper's and the shared labels. */
export type PlanMessages = Partial<Record<PlanTextKey, string>>;

/** Props of {@link NetworkPlan}. */
export interface NetworkPlanProps {
  /** Controlled network. The host passes every `onChange` result back. */
  network?: Network;
  /** Initial network when uncontrolled. Read with core's `parseNetwork`, like every view. */
  defaultNetwork?: Network;
  /** Every edit, undo and redo: the next network and what changed. */
  onChange?: (next: Network, change: PlanChange) => void;
  /** Show the plan, change nothing (no add, edit or status buttons). */
  readOnly?: boolean;
  /**
   * Hide names: `'initials'` or `'role'` (core `redactNetwork`: names, and names inside the
   * steps and notes, are replaced; read-only), for sharing and printing. `true` means
   * `'initials'`.
   * @defaultValue false
   */
  redacted?: 'initials' | 'role' | boolean;
  /** Which actions are shown (controlled; UI state, never written to the network). */
  filter?: PlanFilter;
  /** Initial filter when uncontrolled. Default: open actions. */
  defaultFilter?: PlanFilter;
  /** The filter changed. */
  onFilterChange?: (filter: PlanFilter) => void;
  /** Today as a fuzzy date `YYYY-MM-DD` (overdue, the "Gedaan" date, the title block). Default: today (UTC). */
  today?: string;
  /** Heading level of the title; the sections use the next level. Default 2. */
  headingLevel?: 2 | 3 | 4;
  /** Title on screen. Default "Netwerkplan". */
  title?: string;
  /** Who made the plan: printed in the title block. */
  author?: string;
  /** The page line of the printed title block (see the Ecogram's `paperPage`). */
  paperPage?: PaperPage;
  /** UI language. Default: the nearest `MessagesProvider`, else Dutch. */
  locale?: Locale;
  /** Override any text. */
  messages?: PlanMessages;
  /** `light`, `dark` or `auto` (follows the OS). */
  theme?: 'light' | 'dark' | 'auto';
  className?: string;
  style?: CSSProperties;
}
