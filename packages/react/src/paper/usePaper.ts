import { useCallback, useMemo } from 'react';
import type { Text } from '../i18n';
import type { PaperTextKey } from './messages';
import type { ExportTitleBlock } from '../export';
import { exportTitleLines, paperFileName, titleBlockContent, type PaperDrawing, type PaperPage, type TitleBlockContent } from './content';

/** What {@link usePaper} needs from the Ecogram or the Lifeline. */
export interface UsePaperOptions {
  drawing: PaperDrawing;
  /** The drawing's title as shown (redacted form when redacted). */
  title: string;
  /** The date the drawing shows (fuzzy). */
  date: string;
  author?: string | undefined;
  /** The host's `paperPage` prop. */
  page?: PaperPage | undefined;
  /** The print-out runs on to more sheets (a long key): the default page line says so. */
  continued?: boolean | undefined;
  /** The texts of the view (`paper.*` keys, in its locale). */
  t: Text<PaperTextKey>;
}

/** The title block and file names of one component, for its print-out, its export and its save buttons. */
export interface Paper {
  /** The title block's texts (for {@link TitleBlock}). */
  content: TitleBlockContent;
  /** The same title block for `exportSVG` / `exportPNG` (no page number). */
  exportBlock: ExportTitleBlock;
  /** `ecogram-2026-12-05.svg`. */
  fileName: (extension: 'svg' | 'png') => string;
}

/** The paper parts of a component, memoised on their inputs. */
export function usePaper({ drawing, title, date, author, page, continued = false, t }: UsePaperOptions): Paper {
  // The page line as primitives, so that an inline `paperPage={{ page: 2, pages: 3 }}` does not recompute every render.
  const pageNo = page === false ? 0 : page?.page;
  const pages = page === false ? 0 : page?.pages;
  const content = useMemo(
    () => titleBlockContent({ title, date, author, continued, page: pageNo === 0 ? false : pageNo === undefined || pages === undefined ? undefined : { page: pageNo, pages } }, t),
    [title, date, author, pageNo, pages, continued, t],
  );
  const exportBlock = useMemo(() => ({ title: content.title, lines: exportTitleLines(content) }), [content]);
  const fileName = useCallback((extension: 'svg' | 'png') => paperFileName(drawing, date, extension, t), [drawing, date, t]);
  return useMemo(() => ({ content, exportBlock, fileName }), [content, exportBlock, fileName]);
}
