import type { CSSProperties } from 'react';
import type { Network } from '@kring/core';
import type { Locale } from '../i18n/types';
import type { PaperPage } from '../paper/content';
import type { LifelineTextKey } from './messages';
import type { KringPNGOptions, KringViewHandle } from '../document/viewTypes';

/** What kind of edit produced a new network (second argument of `onChange`). */
export type LifelineChangeType = 'add-event' | 'update-event' | 'remove-event' | 'undo' | 'redo';

/** Describes one change reported through {@link LifelineProps.onChange}. */
export interface LifelineChange {
  type: LifelineChangeType;
  /** The event concerned (absent for undo/redo). */
  id?: string;
  /** The sentence announced to screen-reader users, in the current locale. */
  message: string;
}

/** The two views: the drawn time line and the ordered list. */
export type LifelineView = 'timeline' | 'list';

/** How names are hidden: initials, roles only, or not at all. */
export type LifelineRedaction = 'initials' | 'role' | false;

/** Props of {@link Lifeline}. */
export interface LifelineProps {
  /** Controlled network (the host stores it and passes every `onChange` result back). */
  network?: Network;
  /** Initial network when uncontrolled. */
  defaultNetwork?: Network;
  /** Every edit (also undo and redo): the next network and what changed. */
  onChange?: (next: Network, change: LifelineChange) => void;
  /** Controlled selected event (`null` = none). Inside a `KringLinkProvider` the link is used when absent. */
  selectedId?: string | null;
  /** Initial selected event when uncontrolled. */
  defaultSelectedId?: string | null;
  /** The selection changed (click, arrow keys, list). */
  onSelectionChange?: (id: string | null) => void;
  /** Highlight the events this person was involved in (the others fade). Default: the link's selected person. */
  highlightPersonId?: string | null;
  /**
   * The date the views look at, marked on the time axis (e.g. the Ecogram's time): a fuzzy
   * date; `null` = now (nothing marked). Controlled when given (also `null`); inside a
   * `KringLinkProvider` the link's date when absent. One that is not a fuzzy date is not
   * marked, and a visible message says so (`lifeline.invalidMarkedDate`).
   */
  at?: string | null;
  /** Initial date when uncontrolled (`null` or absent = now). */
  defaultAt?: string | null;
  /**
   * Clicking the time ruler (or Enter on the focused chart) picks a date (a fuzzy
   * `YYYY-MM-DD`): reported here; inside a `KringLinkProvider` the link's date is set too.
   */
  onAtChange?: (at: string | null) => void;
  /** No editing UI at all (no add, edit or remove; selection and zoom still work). */
  readOnly?: boolean;
  /**
   * Hide names: `'initials'` or `'role'` (uses core `redactNetwork`; implies read-only).
   * Opaque ids (`e1`, `p1`) in the DOM and exports; `selectedId`, `highlightPersonId` and
   * `onSelectionChange` stay in the host's ids.
   */
  redacted?: LifelineRedaction;
  /**
   * UI language. Default `'nl'` (or the nearest `MessagesProvider`).
   * @defaultValue 'nl'
   */
  locale?: Locale;
  /**
   * Override any text the Lifeline shows: its own keys (`lifeline.*`) and those of the parts it
   * uses (the shared labels and field names, editor and symbol words, paper).
   */
  messages?: Partial<Record<LifelineTextKey, string>>;
  /** Colour scheme; sets `data-kring-theme` (`'auto'` follows the operating system). Default: inherit. */
  theme?: 'light' | 'dark' | 'auto';
  /** Controlled view. */
  view?: LifelineView;
  /**
   * Initial view when uncontrolled. Default `'timeline'`.
   * @defaultValue 'timeline'
   */
  defaultView?: LifelineView;
  /** The view changed. */
  onViewChange?: (view: LifelineView) => void;
  /**
   * `'auto'` (default): vertical (time top to bottom) when the component is narrower than
   * 480 px, else horizontal.
   */
  orientation?: 'auto' | 'horizontal' | 'vertical';
  /**
   * Height of the vertical layout in pixels (it grows to fit labels). Default 560.
   * @defaultValue 560
   */
  verticalHeight?: number;
  /** Today's date (fuzzy `YYYY-MM-DD`): where open periods end and "now" is drawn. Default: the real today. */
  today?: string;
  /**
   * Show the keyboard help line under the chart. Default `true`.
   * @defaultValue true
   */
  showHelp?: boolean;
  /**
   * Show the legend under the chart on screen. Default `false`, like the Ecogram: paper and exports always carry it.
   * @defaultValue false
   */
  showLegend?: boolean;
  /**
   * Who made the life-line (e.g. the caseworker's name): printed and exported in the title
   * block ("Opgesteld door …"). Left out when absent. Text only.
   */
  author?: string;
  /**
   * The page line of the printed title block: which sheet of the host's print-out this is.
   * Default "Pagina 1 van 1" (the component fits one A4 sheet, printed on its own). A host
   * that prints it among pages of its own passes `{ page, pages }`, or `false` to leave the
   * line out. Not in exported images (they have no pages).
   * @defaultValue "Pagina 1 van 1"
   */
  paperPage?: PaperPage;
  /**
   * Accessible name; default "Levenslijn van {client}".
   * @defaultValue "Levenslijn van {client}"
   */
  'aria-label'?: string;
  className?: string;
  style?: CSSProperties;
}

/** Options of {@link LifelineHandle.toPNG} (the same for every view). */
export type LifelinePNGOptions = KringPNGOptions;

/**
 * Imperative handle of {@link Lifeline} (via `ref`): the handle every view has
 * ({@link KringViewHandle}: `toSVG` is the visible time range, '' in the list view), plus
 * `addEvent`.
 */
export interface LifelineHandle extends KringViewHandle {
  /** Open the editor for a new event (no-op when read-only). */
  addEvent(): void;
}
