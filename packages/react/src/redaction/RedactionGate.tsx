/**
 * Renders its children only once core's redaction has loaded (redactModule.ts) when names are
 * to be hidden; meanwhile `fallback` (an announced "loading" status). Without redaction the
 * children render at once. A failed load goes to the view's error boundary (its retry loads again).
 * @internal
 */
import type { ReactElement, ReactNode } from 'react';
import { useLazyModule } from '../utils/lazyPart';
import { redactModule } from './redactModule';

export function RedactionGate({ redacted, fallback, children }: { redacted: boolean; fallback: ReactNode; children: ReactNode }): ReactElement {
  const loaded = useLazyModule(redactModule, redacted, 'the redaction') !== null;
  return <>{!redacted || loaded ? children : fallback}</>;
}
