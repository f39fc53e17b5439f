/**
 * Paper and files: the title block every print and export carries (`paper/`: the name as
 * shown — redacted when redacted —, the date the map shows, the author) and the map as SVG or
 * PNG with the key of numbered names and the legend.
 */
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { exportsOf } from '../export/exportModule';
import { usePaper, type Paper, type UsePaperOptions } from '../paper';
import { exportKeyOf, keyFlowsOnPaper, type LabelKeyData } from './LabelKey';
import type { EcogramText } from './messages';
import type { EcogramPNGOptions } from './types';

/** What {@link useEcogramExport} returns. @internal */
export interface EcogramExport {
  paper: Paper;
  toSVG: () => Promise<string>;
  toPNG: (options?: EcogramPNGOptions) => Promise<Blob>;
  /** Give to `EcogramSvg`: the key of numbered names it draws, as data, for the files. */
  onKeyChange: (key: LabelKeyData | null) => void;
  /** The key is too long for one sheet: the print-out flows on (`data-paper-flow`, ecogram-print.css). */
  keyFlows: boolean;
}

/** @internal */
export function useEcogramExport(o: {
  t: EcogramText;
  svgRef: RefObject<SVGSVGElement | null>;
  rootEl: HTMLElement | null;
  ariaLabel: string;
  clientName: string;
  /** The date on paper: the date shown when in the past, else today. */
  date: string;
  author: string | undefined;
  paperPage: UsePaperOptions['page'];
  /** Brings what the file copies from the page up to date (the legend drawn for paper only). */
  beforeRead?: () => void;
}): EcogramExport {
  const { t, svgRef, rootEl, ariaLabel, clientName } = o;
  // A key too long for one sheet flows on to the next (LabelKey.tsx): the page line says so.
  const [flows, setFlows] = useState(false);
  const paper = usePaper({ drawing: 'ecogram', title: t('ecogram.label', { name: clientName }), date: o.date, author: o.author, page: o.paperPage, continued: flows, t });
  // The key of numbered names as the drawing computed it (LabelKey.tsx `labelKeyData`): the
  // one shown beside the map, not read back out of the page.
  const keyRef = useRef<LabelKeyData | null>(null);
  const onKeyChange = useCallback((key: LabelKeyData | null) => {
    keyRef.current = key;
    setFlows(keyFlowsOnPaper(key));
  }, []);
  const beforeRead = useRef(o.beforeRead);
  beforeRead.current = o.beforeRead;
  const exportOptions = useCallback(() => {
    beforeRead.current?.();
    return { title: ariaLabel, key: exportKeyOf(keyRef.current), titleBlock: paper.exportBlock, legend: rootEl?.querySelector('[data-part="legend-slot"] [data-part="legend"]') };
  }, [ariaLabel, paper, rootEl]);
  // The export loads on first use (export/exportModule.ts); the drawing is read once it is here.
  const { toSVG, toPNG } = useMemo(() => exportsOf<ReturnType<typeof exportOptions>, EcogramPNGOptions>(() => svgRef.current, exportOptions, 'Nothing is drawn'), [exportOptions, svgRef]);
  return { paper, toSVG, toPNG, onKeyChange, keyFlows: flows };
}
