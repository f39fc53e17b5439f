import type { CSSProperties } from 'react';
import type { Network } from '@kring/core';
import type { SectorSizing } from '@kring/core/layout';
import type { Locale } from '../i18n/types';
import type { PaperPage } from '../paper/content';
import type { EcogramTextKey } from './messages';
import type { EcogramViewProps } from './view-types';
import type { KringPNGOptions, KringViewHandle } from '../document/viewTypes';

/** What kind of edit produced a new network (second argument of `onChange`). */
export type EcogramChangeType =
  | 'add-person'
  | 'update-person'
  | 'remove-person'
  | 'place-person'
  | 'add-tie'
  | 'update-tie'
  | 'remove-tie'
  /** "Actie toevoegen" in a person's or a tie's popover added an action to the plan (`id`: the person or tie). */
  | 'add-action'
  | 'undo'
  | 'redo';

/** Describes one change reported through {@link EcogramProps.onChange}. */
export interface EcogramChange {
  type: EcogramChangeType;
  /** The person or tie concerned (absent for undo/redo). */
  id?: string;
  /** The sentence announced to screen-reader users, in the current locale. */
  message: string;
}

/** How names are hidden: initials, roles only, or not at all. */
export type EcogramRedaction = 'initials' | 'role' | false;

/** The two views: the drawn map and the non-visual list. */
export type EcogramView = 'map' | 'list';

/** Props of {@link Ecogram}. */
export interface EcogramProps extends EcogramViewProps {
  /** Controlled network. Validated when it changes; problems are shown instead of the map. */
  network?: Network;
  /** Initial network when uncontrolled. */
  defaultNetwork?: Network;
  /** Every edit: the next network and what changed. Controlled hosts must pass `next` back as `network`. */
  onChange?: (next: Network, change: EcogramChange) => void;
  /** Controlled selection (a person or tie id, `null` for none). */
  selectedId?: string | null;
  /** Initial selection when uncontrolled. */
  defaultSelectedId?: string | null;
  /** Selection changes. */
  onSelectionChange?: (id: string | null) => void;
  /** No editing UI at all (no toolbar edit buttons, no drag, no editor). */
  readOnly?: boolean;
  /**
   * How the seven slices share the circle: `content` (default) sizes each by the people it
   * holds (an empty slice keeps a minimum angle so its name stays readable); `equal` gives
   * every slice a seventh. See `@kring/core/layout`.
   */
  sectorSizing?: SectorSizing;
  /**
   * Show the network as it was on this fuzzy date (`networkAt`); read-only when in the past.
   * Controlled. A value that is not a fuzzy date (`"gisteren"`, `"2019-13"`) shows the network
   * as it is now, read-only, with a visible message saying the date could not be read
   * (`ecogram.invalidAt`), never silently "now". `null` = now (still controlled: a host
   * brings the map back to now with `null`); `undefined` = not controlled.
   */
  at?: string | null;
  /** Initial date when uncontrolled (`null` or absent = now). */
  defaultAt?: string | null;
  /** The date changed (from the time slider); `null` = now. */
  onAtChange?: (at: string | null) => void;
  /** Show the time slider under the map. */
  showTimeSlider?: boolean;
  /**
   * Show the legend next to the map on screen. Default `false`, like the Lifeline: paper and exports always carry it.
   * @defaultValue false
   */
  showLegend?: boolean;
  /**
   * Write the kinds of support on the ties as Dutch practice does: P praktisch, G gezelschap,
   * A advies/informatie, E emotioneel, F financieel, H huisvesting (English: P, C, A, E, F, H;
   * messages `symbol.supportLetter.*`). Default true: it is how caseworkers draw an ecogram
   * by hand. Not drawn on crowded maps (more than 50 people); always in the accessible names.
   * @defaultValue true
   */
  supportLetters?: boolean;
  /**
   * Hide names: `'initials'` or `'role'` (for printing and sharing; read-only). Shows core
   * `redactNetwork`'s copy: no notes or extensions, and opaque ids (`p1`, `t1`) in the DOM and
   * exports; `selectedId` and `onSelectionChange` stay in the host's ids.
   */
  redacted?: EcogramRedaction;
  /**
   * Who made the map (e.g. the caseworker's name): printed and exported in the title block
   * ("Opgesteld door …"). Left out when absent. Text only.
   */
  author?: string;
  /**
   * The page line of the printed title block: which sheet of the host's print-out this is.
   * Default "Pagina 1 van 1" (the component fits one A4 sheet, printed on its own); a crowded
   * map whose key is too long for one sheet flows on to the next and reads "Pagina 1 — vervolg
   * op de volgende pagina". A host that prints it among pages of its own passes
   * `{ page, pages }`, or `false` to leave the line out. Not in exported images (they have no pages).
   * @defaultValue "Pagina 1 van 1"
   */
  paperPage?: PaperPage;
  /**
   * Draw the network plan on the map: intent markers on ties (the tie's `intent` and those of
   * open actions about it) and beside people (open actions about them), and each person's
   * number of open actions. Each also in the accessible names ("doel: Versterken",
   * "2 open acties"). Default true.
   * @defaultValue true
   */
  planMarks?: boolean;
  /**
   * Draw each group (support group, base team, chat, other) as a named outline round its
   * members, a dash pattern per kind. Default true; `false` hides the outlines.
   * @defaultValue true
   */
  groupOutlines?: boolean;
  /**
   * "Wat is er veranderd sinds": show on the map what changed since this fuzzy date (new,
   * gone, stronger, weaker, restored, broken — a symbol and a word each), comparing
   * `networkAt(network, changesSince)` with the network shown; the list view describes the same
   * in sentences. Controlled; `null` = off (the default); an unreadable date counts as off.
   * The toolbar offers the network's history dates (`networkDates`).
   */
  changesSince?: string | null;
  /** Initial date of the change overlay when uncontrolled (default off). */
  defaultChangesSince?: string | null;
  /** The user chose another date for the change overlay (or `null`: off). */
  onChangesSinceChange?: (since: string | null) => void;
  /**
   * An earlier saved version of the network to compare with instead of
   * `networkAt(network, changesSince)` (which cannot know people since removed): e.g. the
   * document as it was at the last meeting; `changesSince` is then its date. Ignored when
   * names are redacted.
   */
  changesBase?: Network;
  /**
   * UI language. Default `'nl'`.
   * @defaultValue 'nl'
   */
  locale?: Locale;
  /**
   * Override any text the Ecogram shows: its own keys (`ecogram.*`) and those of the parts it
   * renders (editors, list view, legend, time slider, paper, the shared labels and symbol words).
   */
  messages?: Partial<Record<EcogramTextKey, string>>;
  /**
   * Colour scheme; sets `data-kring-theme` on the ecogram: `'dark'` uses the dark variables,
   * `'auto'` follows the operating system. Default: inherit from the page.
   */
  theme?: 'light' | 'dark' | 'auto';
  /** Controlled view: map or list. */
  view?: EcogramView;
  /**
   * Initial view when uncontrolled. Default `'map'`.
   * @defaultValue 'map'
   */
  defaultView?: EcogramView;
  /** The view changed. */
  onViewChange?: (view: EcogramView) => void;
  /** Today's date (fuzzy `YYYY-MM-DD`) for deciding whether `at` lies in the past; default the real today. */
  today?: string;
  /**
   * Accessible name of the map; default "Ecogram van {client}".
   * @defaultValue "Ecogram van {client}"
   */
  'aria-label'?: string;
  className?: string;
  style?: CSSProperties;
}

/** Options of {@link EcogramHandle.toPNG} (the same for every view). */
export type EcogramPNGOptions = KringPNGOptions;

/**
 * Imperative handle of {@link Ecogram} (via `ref`): the handle every view has
 * ({@link KringViewHandle}: `focus` goes to the selected person or the client), plus
 * `addPerson`.
 */
export interface EcogramHandle extends KringViewHandle {
  /** Open the form for a new person (no-op when read-only). */
  addPerson(): void;
}
