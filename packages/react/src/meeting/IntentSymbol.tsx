/**
 * The intent's one symbol (symbols/IntentIcon) as a small inline image beside its words.
 * @internal
 */
import type { ReactElement } from 'react';
import type { ActionIntent } from '@kring/core';
import { IntentIcon } from '../symbols/IntentIcon';

/** A 16 px intent marker, decorative (the intent is written next to it). */
export function IntentSymbol({ intent }: { intent: ActionIntent }): ReactElement {
  return (
    <svg data-part="meeting-intent" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <IntentIcon intent={intent} />
    </svg>
  );
}
