/**
 * What the title block of a print or an exported image says, and how saved files are named.
 * Pure functions, shared by the Ecogram and the Lifeline (and by the SVG/PNG export).
 *
 * Decisions (issue 12, "Paper and images"):
 * - The title names the client as the component shows them: with `redacted` set, the
 *   redacted form (initials or role), never the full name.
 * - "Stand per <date>": the date the drawing shows, i.e. the time-travel date (`at`) when a
 *   past state is shown, otherwise today (the component's `today` prop, else the real today).
 * - The author line appears only when the host passes `author`.
 * - The page number: the component is laid out to fit one A4 page, and CSS page counters
 *   only work in `@page` margin boxes, which a component cannot set without changing the
 *   host's whole document; so the component cannot know which sheet of the host's print-out
 *   it lands on. It prints "Pagina 1 van 1" by default (printed on its own, as the example
 *   app's print page does); a host that prints it among pages of its own passes the right
 *   numbers (`paperPage={{ page: 3, pages: 4 }}`) or `paperPage={false}` to leave the line
 *   out. A crowded Ecogram whose key runs on to more sheets says so instead of "1 van 1"
 *   ("Pagina 1 — vervolg op de volgende pagina"). An exported image has no pages, so the
 *   export leaves the page number out; everything else is the same.
 * - Saved files are named `<drawing>-<date>.<ext>` (`ecogram-2026-12-05.svg`,
 *   `levenslijn-2026-12-05.png`), always without the client's name, redacted or not: file
 *   names are seen in download folders, mail attachments and shared drives by people who
 *   may not open the file. The name is inside the file, in its title block.
 */
import { formatFuzzyDate } from '@kring/core';
import type { Text } from '../i18n';
import type { PaperTextKey } from './messages';

/** Which drawing is printed or saved. */
export type PaperDrawing = 'ecogram' | 'lifeline';

/** What a host component knows for its title block. */
export interface PaperInfo {
  /** The drawing's title as shown, e.g. "Ecogram van Samir" (redacted form when redacted). */
  title: string;
  /** The date the drawing shows (fuzzy `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date: string;
  /** Who made the map (a host prop); left out when empty or absent. */
  author?: string | undefined;
  /** Which sheet of the print-out this is (default 1 of 1); `false`: no page line. */
  page?: PaperPage | undefined;
  /**
   * The drawing runs on to more sheets (the Ecogram's key of a crowded map): without a host's
   * `page`, the line reads "Pagina 1 — vervolg op de volgende pagina" instead of "1 van 1"
   * (how many sheets follow depends on the printer's margins, which the page cannot know).
   */
  continued?: boolean | undefined;
}

/**
 * The page line of a print-out's title block: which sheet of the host's print-out the
 * component is on, or `false` to leave the line out (a host that numbers its own pages).
 */
export type PaperPage = { page: number; pages: number } | false;

/** A valid page line: positive whole numbers with `page ≤ pages`; anything else falls back to 1 of 1. */
function pageLine(page: PaperPage | undefined): { page: number; pages: number } | null {
  if (page === false) return null;
  const ok = page !== undefined && Number.isInteger(page.page) && Number.isInteger(page.pages) && page.page >= 1 && page.page <= page.pages;
  return ok ? { page: page.page, pages: page.pages } : { page: 1, pages: 1 };
}

/** The lines of a title block, in the reading order of the page. */
export interface TitleBlockContent {
  title: string;
  /** "Stand per 5 december 2026". */
  date: string;
  /** "Opgesteld door …", absent without an author. */
  author?: string;
  /** "Vertrouwelijk — bevat persoonsgegevens". */
  confidential: string;
  /** "Pagina 1 van 1" (paper only); absent when the host passes `paperPage={false}`. */
  page?: string;
}

/** The title block's texts in the locale of `t`. */
export function titleBlockContent(info: PaperInfo, t: Text<PaperTextKey>): TitleBlockContent {
  const author = info.author?.trim();
  const page = pageLine(info.page);
  return {
    title: info.title,
    date: t('paper.standPer', { date: formatFuzzyDate(info.date, t.locale) }),
    ...(author ? { author: t('paper.author', { author }) } : {}),
    confidential: t('paper.confidential'),
    ...(page ? { page: info.continued && info.page === undefined ? t('paper.pageContinued', { page: 1 }) : t('paper.page', page) } : {}),
  };
}

/** The lines an exported image carries under its title (no page number: an image has no pages). */
export function exportTitleLines(content: TitleBlockContent): string[] {
  return [[content.date, content.author].filter(Boolean).join(' · '), content.confidential];
}

/**
 * The neutral file name of a saved drawing: `ecogram-2026-12-05.svg`. Never the client's
 * name (see the module comment). An approximate date loses its `~`.
 */
export function paperFileName(drawing: PaperDrawing, date: string, extension: 'svg' | 'png', t: Text<PaperTextKey>): string {
  const word = t(`paper.file.${drawing}`).replace(/[^\p{L}\p{N}-]+/gu, '-') || drawing;
  const day = date.replace(/[^0-9-]+/g, '');
  return `${word}${day ? `-${day}` : ''}.${extension}`;
}

/**
 * Page orientation by the drawing's shape: landscape when it is clearly wider than tall
 * (a horizontal life-line), portrait otherwise (the round ecogram with its key and legend
 * under it, a vertical life-line).
 */
export function paperOrientation(width: number, height: number): 'portrait' | 'landscape' {
  return width > 0 && height > 0 && width / height > 1.3 ? 'landscape' : 'portrait';
}
