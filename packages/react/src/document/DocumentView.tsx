/**
 * The frame every editing view shares around its content: read the host's network
 * (`useNetworkSource`: controlled or uncontrolled, parsed with core's rules), show the problems
 * with their paths instead of the view when it cannot be read (`InvalidNetwork`), and keep a
 * rendering error inside the view with a retry (`ViewErrorBoundary`). The view gives its words
 * and renders its content from the network that was read and the `commit` that hands an edit
 * back. One place for what the NetworkPlan, the MeetingPlanner and the interview each wrote out.
 * @internal
 */
import type { CSSProperties, ReactElement } from 'react';
import type { Network } from '@kring/core';
import { InvalidNetwork } from './InvalidNetwork';
import { ViewErrorBoundary } from './ErrorBoundary';
import { useNetworkSource, type NetworkSourceProps } from './useNetworkSource';
import { LocaleGate } from '../locales';
import { useResolvedLocale } from '../i18n/provider';
import type { Locale } from '../i18n/types';

/** The words of the frame, in the view's language. @internal */
export interface DocumentViewTexts {
  /** Title above the problems of a network that cannot be read. */
  invalid: string;
  /** "and 3 more problems". */
  invalidMore: (count: number) => string;
  /** Words for a core issue code. */
  issue: (code: string) => string;
  /** Said when the view failed to render. */
  renderError: string;
  /** The retry button. */
  retry: string;
}

/** Props of {@link DocumentView}. @internal */
export interface DocumentViewProps<C> {
  /** The view's props: `network` / `defaultNetwork` / `onChange`. */
  source: NetworkSourceProps<C>;
  /** Used when the host gives neither `network` nor `defaultNetwork` (a module constant). */
  fallback?: Network;
  /** The view's `data-part` (on the problems and the error message too). */
  part: string;
  /** The view's name in the developer's warning ("plan", "meeting", …). */
  view: string;
  texts: DocumentViewTexts;
  /** The language of the texts shown (`t.locale`). */
  lang: string;
  /** The locale the view is asked to show (its `locale` prop; else its provider's): the frame waits for its texts. */
  locale?: Locale | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  /** The view's `theme`, so the problems show in its colours. */
  theme?: string | undefined;
  /** The view itself, from the network read and the function that hands an edit to the host. */
  children: (network: Network, commit: (next: Network, change: C) => void) => ReactElement;
}

/** See the module comment. Waits for the texts of a locale that loads on first use (src/locales). @internal */
export function DocumentView<C>(props: DocumentViewProps<C>): ReactElement {
  return (
    <LocaleGate
      locale={useResolvedLocale(props.locale)}
      frame={(status) => (
        <section data-part={props.part} data-state="loading" className={props.className} style={props.style} data-kring-theme={props.theme} lang={props.lang}>
          {status}
        </section>
      )}
    >
      <DocumentViewBody {...props} />
    </LocaleGate>
  );
}

function DocumentViewBody<C>(props: DocumentViewProps<C>): ReactElement {
  const { parsed, source, commit } = useNetworkSource<C>(props.source, props.fallback);
  const { texts, part } = props;
  if (!parsed.ok) {
    return (
      <section data-part={part} data-state="invalid" className={props.className} style={props.style} data-kring-theme={props.theme} lang={props.lang}>
        <InvalidNetwork issues={parsed.errors} texts={{ title: texts.invalid, more: texts.invalidMore, issue: texts.issue }} />
      </section>
    );
  }
  return (
    <ViewErrorBoundary
      view={props.view}
      resetKey={source}
      fallback={(retry) => (
        <div role="alert" data-part={part} data-state="error">
          <p>{texts.renderError}</p>
          <button type="button" data-part="button" onClick={retry}>
            {texts.retry}
          </button>
        </div>
      )}
    >
      {props.children(parsed.network, commit)}
    </ViewErrorBoundary>
  );
}
