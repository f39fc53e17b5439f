/**
 * One live region per view: what the view says to screen readers (an edit done, a zoom
 * level, a filter applied). The same message twice is announced twice: a no-break space is
 * added or dropped, so the region's text changes.
 */
import { useCallback, useState, type ReactElement } from 'react';

/** What {@link useAnnouncer} returns. */
export interface Announcer {
  /** Say `message` (politely: after what the screen reader is reading). */
  announce: (message: string) => void;
  /** The text in the live region now. */
  message: string;
}

/** @internal */
export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    setMessage((prev) => (prev === next ? `${next}\u00a0` : next));
  }, []);
  return { announce, message };
}

/**
 * The live region: a polite, atomic status, hidden on screen and on paper. Render it once per
 * view, from the first render on (a region added with its text is not read by every reader).
 * @internal
 */
export function LiveRegion({ message, className }: { message: string; className?: string }): ReactElement {
  return (
    <div data-part="live-region" data-screen-only="" role="status" aria-live="polite" aria-atomic="true" className={className}>
      {message}
    </div>
  );
}
