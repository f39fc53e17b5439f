/**
 * The handle's `print()` (every view): the browser's print dialog. The page prints as the
 * host lays it out; each view prints its paper form (title block, legend, key; no toolbar or
 * screen-only text — `paper.css`). Nothing happens on the server. Parts that load on first use
 * (the legend on paper) are loaded first: the dialog opens once they are drawn.
 * @internal
 */
import { partsDrawn, partsLoaded } from '../utils/lazyPart';

export function printPage(): void {
  if (typeof window === 'undefined' || typeof window.print !== 'function') return;
  if (partsLoaded()) {
    window.print();
    return;
  }
  void partsDrawn().then(() => window.print(), () => window.print());
}
