/**
 * The planner's two marks, drawn as shapes (not colour) and always next to their words:
 * "ask first" (a question mark on a square plate) and "do not invite" (a no-entry disc).
 * Decorative: the words beside them say the same.
 * @internal
 */
import type { ReactElement } from 'react';

/** A question mark on a square plate: ask the client first. */
export function AskFirstMark(): ReactElement {
  return (
    <svg data-part="meeting-mark" data-mark="ask-first" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="0.75" y="0.75" width="14.5" height="14.5" rx="3" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.6 6.1a2.4 2.4 0 1 1 3.6 2.1c-.8.5-1.2.9-1.2 1.7v.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12.4" r="1" fill="currentColor" />
    </svg>
  );
}

/** A disc with a bar across: no contact, not invited. */
export function NoContactMark(): ReactElement {
  return (
    <svg data-part="meeting-mark" data-mark="no-contact" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M4.2 8h7.6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
