/**
 * The levenslijn: a client's life events and periods on a time line, highs above and
 * lows below, drawn, listed, edited and navigated by mouse, touch or keyboard alone.
 *
 * This file is composition only: the document (`../document`: reading the network, one undo
 * history, the live region, the error boundary), the state hook (`useLifelineState`), where
 * things stand (`useLifelineScale`), the words (`useLifelineLabels`), focus
 * (`useLifelineFocus`), the behaviour hook (`useLifelineCommands`, with the editor session
 * `useLifelineEditor`), keys (`useLifelineKeyboard`), paper and the handle
 * (`useLifelineExport`), and the parts they feed.
 */
import { forwardRef, useId, useRef, type ForwardedRef, type ReactElement } from 'react';
import type { Network } from '@kring/core';
import { TitleBlock, paperOrientation } from '../paper';
import { InvalidNetwork, LiveRegion, useAnnouncer, useNetworkSource, ViewErrorBoundary } from '../document';
import { lazyPart } from '../utils/lazyPart';
import { RedactionGate } from '../redaction/RedactionGate';
import { useHandleProxy } from '../document/useHandleProxy';
import { LocaleGate } from '../locales';
import { useResolvedLocale } from '../i18n/provider';
import { LifelineNotices } from './LifelineNotices';
import { LifelineTimeline } from './LifelineTimeline';
import { LifelineToolbar } from './LifelineToolbar';
import { useLifelineText, type LifelineText } from './text';
import type { LifelineChange, LifelineHandle, LifelineProps } from './types';
import { useLifelineCommands } from './useLifelineCommands';
import { useLifelineExport, useLifelineHandle } from './useLifelineExport';
import { useLifelineFocus } from './useLifelineFocus';
import { useLifelineKeyboard } from './useLifelineKeyboard';
import { useLifelineLabels } from './useLifelineLabels';
import { useLifelineScale } from './useLifelineScale';
import { useLifelineState } from './useLifelineState';

export { LIFELINE_NARROW } from './useLifelineScale';

const EMPTY_NETWORK: Network = { format: 'kring.network', version: 1, focus: '', people: [], ties: [], groups: [], events: [] };

/** The editor popover with its forms (@floating-ui/react): loaded when an editor first opens; a read-only Lifeline never loads it. */
const LifelineEditorsPart = /* @__PURE__ */ lazyPart('LifelineEditors', () => import('./LifelineEditors').then((m) => m.LifelineEditors));
/** The list view loads when it is first chosen (as the Ecogram's): a timeline-only page never fetches it. */
const LifelineListPart = /* @__PURE__ */ lazyPart('LifelineList', () => import('./LifelineList').then((m) => m.LifelineList));

/**
 * The levenslijn (life-line) of a network's focus person.
 *
 * Controlled (`network` + `onChange`) or uncontrolled (`defaultNetwork`); every edit goes
 * through the core operations and can be undone. Works with the keyboard alone: Tab to
 * the chart (arrows pan, + − 0 zoom) and to the events (arrows move between events in
 * time order, Enter edits, Delete removes, N adds, Ctrl+Z undoes). A list view gives the
 * same content as an ordered list.
 */
export const Lifeline = /* @__PURE__ */ forwardRef<LifelineHandle, LifelineProps>(function Lifeline(props, ref) {
  const t = useLifelineText(props.locale, props.messages);
  const asked = useResolvedLocale(props.locale);
  // While the language or the redaction loads: the status in the Lifeline's frame (one place).
  const loadingFrame = (status: ReactElement): ReactElement => (
    <div className="kring-lifeline" data-part="root" data-kring-theme={props.theme}>{status}</div>
  );
  // The handle exists from the first render (while the language or the redaction loads too).
  const viewRef = useHandleProxy<LifelineHandle>(ref, (inner) => ({ addEvent: () => inner.current?.addEvent() }));
  // Read with core's parseNetwork, like every view (the same rules as the Ecogram).
  const { parsed, source, commit } = useNetworkSource<LifelineChange>(props, EMPTY_NETWORK);
  const content = !parsed.ok ? (
      <div className="kring-lifeline" data-part="root" data-kring-theme={props.theme}>
        <InvalidNetwork issues={parsed.errors} texts={{ title: t('lifeline.invalidNetwork'), more: (count) => t('lifeline.invalidMore', { count }), issue: t.issue }} />
      </div>
  ) : (
    <ViewErrorBoundary
      view="lifeline"
      resetKey={source}
      fallback={(retry) => (
        <div className="kring-lifeline" data-part="root" role="alert">
          <p data-part="invalid">{t('lifeline.renderError')}</p>
          <button type="button" data-part="button" data-action="retry" onClick={retry}>
            {t('lifeline.retry')}
          </button>
        </div>
      )}
    >
      <RedactionGate
        redacted={Boolean(props.redacted)}
        fallback={loadingFrame(<p data-part="loading" role="status">{t('lifeline.loading')}</p>)}
      >
        <LifelineInner {...props} network={parsed.network} onCommit={commit} handleRef={viewRef} t={t} />
      </RedactionGate>
    </ViewErrorBoundary>
  );
  return (
    <LocaleGate
      locale={asked}
      loading={t.overrides?.['lifeline.loading']}
      frame={loadingFrame}
    >
      {content}
    </LocaleGate>
  );
});

interface InnerProps extends Omit<LifelineProps, 'network' | 'onChange'> {
  network: Network;
  onCommit: (next: Network, change: LifelineChange) => void;
  t: LifelineText;
  handleRef: ForwardedRef<LifelineHandle>;
}

function LifelineInner(props: InnerProps): ReactElement {
  const { t, network, showHelp = true, showLegend = false } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = 'kl' + useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { announce, message: announcement } = useAnnouncer();
  const state = useLifelineState({ props, network, t, announce });
  const { shown, readOnly, view, selectedId, select } = state;
  const sized = useLifelineScale({ rootRef, svgRef, props, shown, t });
  const { items, scale, zoom, layout } = sized;
  const labels = useLifelineLabels({ shown, t, ariaLabel: props['aria-label'], scale, zoomed: zoom.zoomed, domain: sized.domain });
  const focus = useLifelineFocus({ rootRef, svgRef, network, layout, selectedId, view });
  const commands = useLifelineCommands({ network, onCommit: props.onCommit, readOnly, rootRef, t, announce, focus, items, selectedId, select, view, scale, zoom });
  const { session, undo, redo, remove } = commands;
  const keyboard = useLifelineKeyboard({
    rootRef, items, scale, zoom, horizontal: sized.horizontal, view, readOnly, selectedId, select, pickDay: state.pickDay,
    undo, redo, openAdd: session.openAdd, openEdit: session.openEdit, remove, zoomFrom: focus.zoomFrom, focusLater: focus.focusLater,
  });
  const { paper, toSVG, toPNG } = useLifelineExport({ rootRef, svgRef, props, t, title: labels.title, rootLabel: labels.rootLabel, date: sized.todayString });
  useLifelineHandle(props.handleRef, { rootRef, toSVG, toPNG, zoom, tabStopId: focus.tabStopId, focusLater: focus.focusLater, openAdd: session.openAdd, undo, redo });

  return (
    <div
      ref={rootRef}
      className={`kring-lifeline${props.className ? ` ${props.className}` : ''}`}
      style={props.style}
      data-part="root"
      data-kring-theme={props.theme}
      data-orientation={sized.orientation}
      data-view={view}
      data-readonly={readOnly || undefined}
      data-redacted={state.redaction || undefined}
      data-paper={view === 'timeline' ? paperOrientation(sized.width, sized.chartHeight) : undefined}
      role="region"
      aria-label={labels.rootLabel}
      onKeyDown={keyboard.onRootKeyDown}
    >
      {/* Measures label text as drawn (see measureText.ts); never seen, never exported. */}
      <svg data-part="measure" aria-hidden="true" focusable="false" width={0} height={0}>
        <text data-part="measure-label">
          <tspan ref={sized.measureTitleRef} data-part="label-title" />
          <tspan ref={sized.measureDateRef} data-part="measure-date" />
        </text>
      </svg>
      <TitleBlock content={paper.content} />
      <LifelineToolbar
        t={t} readOnly={readOnly} view={view} setView={state.setView} canUndo={commands.canUndo} canRedo={commands.canRedo}
        onAdd={session.openAdd} onUndo={undo} onRedo={redo} zoom={zoom} zoomFrom={focus.zoomFrom}
        fileName={paper.fileName} toSVG={toSVG} toPNG={toPNG} onStatus={announce}
      />
      <LifelineNotices
        t={t} readOnly={readOnly} removed={commands.removed} canUndo={commands.canUndo} onUndo={undo} onClose={commands.closeNotice}
        markedDate={state.markedDate} markedInvalid={state.markedInvalid} empty={shown.events.length === 0}
      />
      {view === 'timeline' ? (
        <LifelineTimeline
          t={t} svgRef={svgRef} idPrefix={idPrefix} sized={sized} state={state} labels={labels} keyboard={keyboard} focus={focus}
          events={shown.events} showHelp={showHelp} showLegend={showLegend}
        />
      ) : (
        <LifelineListPart
          fallback={<p data-part="loading" role="status">{t('lifeline.loading')}</p>}
          network={shown} t={t} readOnly={readOnly} selectedId={selectedId} highlightPersonId={state.highlightPersonId} onSelect={select}
          onEdit={(id, anchor) => {
            select(id);
            session.openEdit(id, anchor);
          }}
          onDelete={remove}
        />
      )}
      <LiveRegion message={announcement} />
      {/* Loaded when an editor first opens (utils/lazyPart.tsx): focus stays where it was meanwhile. */}
      {session.editor ? (
        <LifelineEditorsPart
          fallback={<span data-part="visually-hidden" role="status">{t('lifeline.loading')}</span>}
          t={t} session={session} network={network} shown={shown} portalRoot={rootRef.current}
          onRemove={remove} onAdd={commands.addFromForm} onEdit={commands.editLive}
        />
      ) : null}
    </div>
  );
}
