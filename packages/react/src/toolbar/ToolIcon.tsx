/**
 * The toolbar's line icons (16×16, decorative: every button has its words as its name).
 * @internal
 */
import type { ReactElement } from 'react';

/** The icons a toolbar button can carry. */
export type ToolIconName = 'plus' | 'undo' | 'redo' | 'zoom-in' | 'zoom-out' | 'fit' | 'close';

const PATHS: Readonly<Record<ToolIconName, string>> = {
  plus: 'M8 3v10M3 8h10',
  undo: 'M6 3 2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7',
  redo: 'M10 3l3.5 3.5L10 10M13 6.5H6.5a4 4 0 0 0 0 8H9',
  'zoom-in': 'M8 3v10M3 8h10',
  'zoom-out': 'M3 8h10',
  fit: 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4',
  close: 'M4 4l8 8M12 4l-8 8',
};

/** One toolbar icon. */
export function ToolIcon({ name }: { name: ToolIconName }): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
