import type { ReactElement } from 'react';
import { balanceBidi } from './bidi';

/**
 * User text (a name, a note, a title someone typed) inside Kring's own HTML: a `<bdi>`, so
 * that a right-to-left name keeps its direction and nothing in it (an override such as
 * U+202E, an unclosed embedding) reorders the Kring words or the other names around it. The
 * text is {@link balanceBidi balanced} first: Chromium ends a `<bdi>`'s isolate at a stray
 * PDI (U+2069) inside it. Rendered as text, never as HTML. For strings (aria-label, titles,
 * announcements) use `isolate` from `./bidi`.
 * @internal
 */
export function UserText({ children, part }: { children: string; part?: string | undefined }): ReactElement {
  return <bdi data-part={part}>{balanceBidi(children)}</bdi>;
}
