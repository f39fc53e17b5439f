/**
 * What every view's handle and image options share (issue 14: one public API): a host that
 * knows one view knows them all.
 */

/** Options of `toPNG` on every view. */
export interface KringPNGOptions {
  /**
   * Pixels per pixel of the exported SVG (whose own size is the drawing's: the Ecogram's
   * square in layout units, the Lifeline's chart as laid out on screen). Default 2.
 * @defaultValue 2
 */
  scale?: number;
  /** Background colour; default the theme's background; `null` = transparent. */
  background?: string | null;
}

/** The imperative handle (via `ref`) every view has. */
export interface KringViewHandle {
  /**
   * The current drawing as a self-contained SVG document ('' when nothing is drawn, e.g. the
   * list view). A promise since 0.3.0: the export's code loads on first use (issue 16).
   */
  toSVG(): Promise<string>;
  /** The current drawing as a PNG image. Rejects when nothing is drawn or there is no canvas. */
  toPNG(options?: KringPNGOptions): Promise<Blob>;
  /** Undo the last edit (announced; nothing when read-only or there is nothing to undo). */
  undo(): void;
  /** Redo the last undone edit. */
  redo(): void;
  /**
   * Open the browser's print dialog (`window.print()`): the page as the host lays it out, with
   * the view's paper form — title block, legend, key; no toolbar or screen-only text.
   */
  print(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Show the whole drawing. */
  fit(): void;
  /** Move keyboard focus into the view (to the selected item, else the first). */
  focus(): void;
}
