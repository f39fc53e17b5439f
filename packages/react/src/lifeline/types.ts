import type { CSSProperties } from 'react';
import type { Network } from '@kring/core';
import type { Locale } from '../i18n/types';
import type { PaperPage } from '../paper/content';
import type { LifelineTextKey } from './messages';

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
  selectedEventId?: string | null;
  /** Initial selected event when uncontrolled. */
  defaultSelectedEventId?: string | null;
  /** The selection changed (click, arrow keys, list). */
  onSelectEvent?: (id: string | null) => void;
  /** Highlight the events this person was involved in (the others fade). Default: the link's selected person. */
  highlightPersonId?: string | null;
  /**
   * Clicking the time ruler (or Enter on the focused chart) picks a date: a fuzzy
   * `YYYY-MM-DD`. Inside a `KringLinkProvider` the link's date is set too.
   */
  onPickDate?: (date: string) => void;
  /**
   * A date to mark on the time axis (e.g. the Ecogram's time). Default: the link's date. One
   * that is not a fuzzy date is not marked, and a visible message says so (`lifeline.invalidMarkedDate`).
   */
  markedDate?: string | null;
  /** No editing UI at all (no add, edit or remove; selection and zoom still work). */
  readOnly?: boolean;
  /**
   * Hide names: `'initials'` or `'role'` (uses core `redactNetwork`; implies read-only). `true` =
   * initials. Opaque ids (`e1`, `p1`) in the DOM and exports; `selectedEventId`,
   * `highlightPersonId` and `onSelectEvent` stay in the host's ids.
   */
  redacted?: LifelineRedaction | true;
  /** UI language. Default `'nl'` (or the nearest `MessagesProvider`). */
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
  /** Initial view when uncontrolled. Default `'timeline'`. */
  defaultView?: LifelineView;
  /** The view changed. */
  onViewChange?: (view: LifelineView) => void;
  /**
   * `'auto'` (default): vertical (time top to bottom) when the component is narrower than
   * 480 px, else horizontal.
   */
  orientation?: 'auto' | 'horizontal' | 'vertical';
  /** Height of the vertical layout in pixels (it grows to fit labels). Default 560. */
  verticalHeight?: number;
  /** Today's date (fuzzy `YYYY-MM-DD`): where open periods end and "now" is drawn. Default: the real today. */
  today?: string;
  /** Show the keyboard help line under the chart. Default `true`. */
  showHelp?: boolean;
  /** Show the legend under the chart. Default `true`. */
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
   */
  paperPage?: PaperPage;
  /** Accessible name; default "Levenslijn van {client}". */
  'aria-label'?: string;
  className?: string;
  style?: CSSProperties;
}

/** Options of {@link LifelineHandle.toPNG}. */
export interface LifelinePNGOptions {
  /** Pixels per CSS pixel. Default 2. */
  scale?: number;
  /** Background colour; default the theme's background; `null` = transparent. */
  background?: string | null;
}

/** Imperative handle of {@link Lifeline} (via `ref`). */
export interface LifelineHandle {
  /** The current drawing (the visible time range) as a self-contained SVG document ('' in the list view). */
  toSVG(): string;
  /** The current drawing as PNG. Rejects in the list view or where there is no canvas. */
  toPNG(options?: LifelinePNGOptions): Promise<Blob>;
  zoomIn(): void;
  zoomOut(): void;
  /** Show the whole time range. */
  fit(): void;
  /** Move keyboard focus to the selected (or first) event, or the chart. */
  focus(): void;
  /** Open the editor for a new event (no-op when read-only). */
  addEvent(): void;
}
