/**
 * `@kring/elements`: Kring's Ecogram and Lifeline as custom elements for pages without
 * React (and `<kring-summary>`, the network in numbers). Call {@link defineKringElements} once (or import `@kring/elements/define`, or load
 * the standalone `kring-elements.js` with one `<script type="module">`).
 * @packageDocumentation
 */
import type { EcogramChange, PlanChange } from '@kring/react';
import type { LifelineChange } from './lifeline';
import type { KringAtChangeDetail, KringChangeDetail, KringSelectDetail } from './base';
import { KringEcogramElement } from './ecogram';
import { KringLifelineElement } from './lifeline';
import { KringSummaryElement } from './summary';
import { KringNetworkPlanElement } from './plan';
import { setStylesheetUrl } from './styles';

export { KringElement } from './base';
export type { KringAtChangeDetail, KringChangeDetail, KringRedaction, KringSelectDetail, KringTheme } from './base';
export { KringEcogramElement } from './ecogram';
export { KringLifelineElement } from './lifeline';
export { KringSummaryElement } from './summary';
export { KringNetworkPlanElement } from './plan';
export { KRING_ELEMENTS_CSS } from './styles';
export type { EcogramChange, PlanChange } from '@kring/react';
export type { LifelineChange } from './lifeline';
export type { Network, NetworkIssue } from '@kring/core';

/** The tag names and their classes. */
export const KRING_ELEMENTS = {
  'kring-ecogram': KringEcogramElement,
  'kring-lifeline': KringLifelineElement,
  'kring-summary': KringSummaryElement,
  'kring-network-plan': KringNetworkPlanElement,
} as const;

/** Options of {@link defineKringElements}. */
export interface DefineKringElementsOptions {
  /**
   * URL of `kring-elements.css`, used only in browsers without constructable stylesheets
   * (then each shadow root links it). Default: next to the loaded script.
   */
  stylesheetUrl?: string;
  /** The registry to define in (default `window.customElements`). */
  registry?: CustomElementRegistry;
}

/**
 * Register the Kring elements. Safe to call more than once, and safe when another copy of
 * this package has registered them already (the first one stays). Does nothing where there
 * is no `customElements` (server rendering).
 */
export function defineKringElements(options: DefineKringElementsOptions = {}): void {
  if (options.stylesheetUrl !== undefined) setStylesheetUrl(options.stylesheetUrl);
  const registry = options.registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  if (!registry) return;
  for (const [name, element] of Object.entries(KRING_ELEMENTS)) {
    if (!registry.get(name)) registry.define(name, element);
  }
}

/** A `kring-change` event of `<kring-ecogram>`. */
export type KringEcogramChangeEvent = CustomEvent<KringChangeDetail<EcogramChange>>;
/** A `kring-change` event of `<kring-lifeline>`. */
export type KringLifelineChangeEvent = CustomEvent<KringChangeDetail<LifelineChange>>;
/** A `kring-change` event of `<kring-network-plan>`. */
export type KringNetworkPlanChangeEvent = CustomEvent<KringChangeDetail<PlanChange>>;
/** A `kring-since-change` event of `<kring-summary>`. */
export type KringSinceChangeEvent = CustomEvent<{ since: string | null }>;
/** A `kring-select` event. */
export type KringSelectEvent = CustomEvent<KringSelectDetail>;
/** A `kring-at-change` event. */
export type KringAtChangeEvent = CustomEvent<KringAtChangeDetail>;

declare global {
  interface HTMLElementTagNameMap {
    'kring-ecogram': KringEcogramElement;
    'kring-lifeline': KringLifelineElement;
    'kring-summary': KringSummaryElement;
    'kring-network-plan': KringNetworkPlanElement;
  }
}
