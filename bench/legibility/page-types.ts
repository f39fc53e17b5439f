/** The functions the legibility page (`page.tsx`) puts on `window.kringLegibility`. */
import type { LegibilityCounts, MeasureInput } from './measure';

export interface LegibilityPage {
  /** Renders the network (a `Network`); resolves once every person is drawn and the drawing has settled. */
  mount(network: unknown, readOnly: boolean): Promise<void>;
  /** Measures what is drawn in the page's root. */
  measure(input: MeasureInput): LegibilityCounts;
  /** Replaces the page's content with `markup` (the self-test's hand-made SVG). */
  mountMarkup(markup: string): void;
}

declare global {
  interface Window {
    kringLegibility?: LegibilityPage;
  }
}
