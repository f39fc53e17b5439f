/**
 * Paper and files: the title block every print and export carries (`paper/`: the name as
 * shown — redacted when redacted —, the date the map shows, the author) and the map as SVG or
 * PNG with the key of numbered names and the legend.
 */
import { useCallback, type RefObject } from 'react';
import { exportPNG, exportSVG, type ExportKey } from '../export';
import { usePaper, type Paper, type UsePaperOptions } from '../paper';
import { isolatedText } from '../utils/bidi';
import type { EcogramText } from './messages';
import type { EcogramPNGOptions } from './types';

/** What {@link useEcogramExport} returns. @internal */
export interface EcogramExport {
  paper: Paper;
  toSVG: () => string;
  toPNG: (options?: EcogramPNGOptions) => Promise<Blob>;
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
}): EcogramExport {
  const { t, svgRef, rootEl, ariaLabel, clientName } = o;
  const paper = usePaper({ drawing: 'ecogram', title: t('ecogram.label', { name: clientName }), date: o.date, author: o.author, page: o.paperPage, t });
  const exportOptions = useCallback(
    (svg: SVGSVGElement) => ({ title: ariaLabel, key: exportKeyOf(svg), titleBlock: paper.exportBlock, legend: rootEl?.querySelector('[data-part="legend-slot"] [data-part="legend"]') }),
    [ariaLabel, paper, rootEl],
  );
  const toSVG = useCallback(() => (svgRef.current ? exportSVG(svgRef.current, exportOptions(svgRef.current)) : ''), [exportOptions, svgRef]);
  const toPNG = useCallback(
    (o?: EcogramPNGOptions) =>
      svgRef.current ? exportPNG(svgRef.current, { ...exportOptions(svgRef.current), ...(o ?? {}) }) : Promise.reject(new Error('Nothing is drawn')),
    [exportOptions, svgRef],
  );
  return { paper, toSVG, toPNG };
}

/**
 * The key of names not drawn on the map, as rendered for print beside the SVG (numbered list
 * in `[data-part="print-key"]`), for the SVG/PNG export: a picture on file has no hover either.
 */
function exportKeyOf(svg: SVGSVGElement): ExportKey | undefined {
  const list = svg.parentElement?.querySelector(':scope > [data-part="print-key"]');
  if (!list) return undefined;
  const items = Array.from(list.querySelectorAll('li'), (li, i) => ({
    number: Number(li.getAttribute('value')) || i + 1,
    text: isolatedText(li), // the name's <bdi> comes back as FSI…PDI: the file has no <bdi>
  }));
  return { title: list.querySelector('[data-part="print-key-title"]')?.textContent ?? '', items };
}

