import { Fragment, type ReactNode } from 'react';

/**
 * Text that may break after a slash ("Lotgenoten/<wbr>medebewoners"): long Dutch compounds
 * joined by "/" would otherwise set the minimum width of a table column, or overflow a narrow
 * screen. `<wbr>` is invisible to screen readers and to copy and paste; the text stays text.
 * @internal
 */
export function breakAfterSlash(text: string): ReactNode {
  if (!text.includes('/')) return text;
  const parts = text.split('/');
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}
