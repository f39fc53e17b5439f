/**
 * Renders its children only once core's redaction has loaded (redactModule.ts) when names are
 * to be hidden; meanwhile `fallback` (an announced "loading" status). Without redaction the
 * children render at once.
 * @internal
 */
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { redactModule } from './redactModule';

export function RedactionGate({ redacted, fallback, children }: { redacted: boolean; fallback: ReactNode; children: ReactNode }): ReactElement {
  const [, setVersion] = useState(0);
  const ready = !redacted || redactModule.get() !== null;
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    redactModule.load().then(
      () => live && setVersion((v) => v + 1),
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  // A failed load goes to the view's error boundary (its "try again" loads again).
  if (failure !== null) throw failure instanceof Error ? failure : new Error('Kring: the redaction could not be loaded');
  return <>{ready ? children : fallback}</>;
}
