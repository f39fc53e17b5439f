/**
 * Lifeline and NetworkSummary are being finished in @kring/react; the host shows them
 * when this version exports them and leaves them out otherwise.
 */
import type { ComponentType } from 'react';
import type { Network } from '@kring/core';
import * as kring from '@kring/react';

/** The props this host passes; both components take more (see their TSDoc). */
type NetworkView = ComponentType<{
  network: Network;
  onChange?: (next: Network) => void;
  readOnly?: boolean;
  redacted?: 'initials' | 'role' | boolean;
  headingLevel?: 2 | 3 | 4;
}>;
const exported = kring as unknown as Record<string, unknown>;
const pick = (name: string): NetworkView | undefined => (typeof exported[name] === 'function' || typeof exported[name] === 'object' ? exported[name] as NetworkView : undefined);

/** `Lifeline` from @kring/react, when exported. */
export const Lifeline = pick('Lifeline');
/** `NetworkSummary` from @kring/react, when exported. */
export const NetworkSummary = pick('NetworkSummary');
