/**
 * The handle's `print()` (every view): the browser's print dialog. The page prints as the
 * host lays it out; each view prints its paper form (title block, legend, key; no toolbar or
 * screen-only text — `paper.css`). Nothing happens on the server.
 * @internal
 */
export function printPage(): void {
  if (typeof window !== 'undefined' && typeof window.print === 'function') window.print();
}
