/**
 * The Lifeline on paper and in files, and its imperative handle. Print and export carry the
 * same title block as the Ecogram's (src/paper); an export shows the visible time range, with
 * the legend.
 */
import { useCallback, useImperativeHandle, useMemo, type ForwardedRef, type RefObject } from 'react';
import { exportsOf } from '../export/exportModule';
import { usePaper, type Paper } from '../paper';
import { printPage } from '../paper/print';
import type { LifelineText } from './text';
import type { LifelineHandle, LifelinePNGOptions, LifelineProps } from './types';
import type { TimeZoom } from './useTimeZoom';

/** What {@link useLifelineExport} returns. @internal */
export interface LifelineExport {
  paper: Paper;
  toSVG: () => Promise<string>;
  toPNG: (options?: LifelinePNGOptions) => Promise<Blob>;
}

/** @internal */
export function useLifelineExport(options: {
  rootRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  props: Pick<LifelineProps, 'author' | 'paperPage'>;
  t: LifelineText;
  /** The title on paper ("Levenslijn van …") and the export's accessible title. */
  title: string;
  rootLabel: string;
  /** Today (the title block's date). */
  date: string;
}): LifelineExport {
  const { rootRef, svgRef, props, t, title, rootLabel, date } = options;
  const paper = usePaper({ drawing: 'lifeline', title, date, author: props.author, page: props.paperPage, t });
  const exportOptions = useCallback(
    () => ({ resetView: false, title: rootLabel, titleBlock: paper.exportBlock, legend: rootRef.current?.querySelector('[data-part="legend"]') }),
    [rootLabel, paper, rootRef],
  );
  // The export loads on first use (export/exportModule.ts); the drawing is read once it is here.
  const { toSVG, toPNG } = useMemo(() => exportsOf<ReturnType<typeof exportOptions>, LifelinePNGOptions>(() => svgRef.current, exportOptions, 'Nothing is drawn (list view)'), [exportOptions, svgRef]);
  return useMemo(() => ({ paper, toSVG, toPNG }), [paper, toSVG, toPNG]);
}

/** The Lifeline's imperative handle (`ref`). @internal */
export function useLifelineHandle(
  handleRef: ForwardedRef<LifelineHandle>,
  options: {
    rootRef: RefObject<HTMLDivElement | null>;
    toSVG: LifelineExport['toSVG'];
    toPNG: LifelineExport['toPNG'];
    zoom: TimeZoom;
    tabStopId: string | null;
    focusLater: (target: string) => void;
    openAdd: (anchor: Element | null) => void;
    undo: () => void;
    redo: () => void;
  },
): void {
  const { rootRef, toSVG, toPNG, zoom, tabStopId, focusLater, openAdd, undo, redo } = options;
  useImperativeHandle(
    handleRef,
    () => ({
      toSVG,
      toPNG,
      zoomIn: () => zoom.zoomIn(),
      zoomOut: () => zoom.zoomOut(),
      fit: zoom.reset,
      focus: () => focusLater(tabStopId ?? '#chart'),
      addEvent: () => openAdd(rootRef.current?.querySelector('[data-action="add-event"]') ?? null),
      undo: () => undo(),
      redo: () => redo(),
      print: () => printPage(),
    }),
    [toSVG, toPNG, zoom, tabStopId, focusLater, openAdd, rootRef, undo, redo],
  );
}
