/**
 * `Ecogram`: the network map. Controlled (`network` + `onChange`) or uncontrolled
 * (`defaultNetwork`); it keeps no data of its own. Bad data shows a readable
 * message; rendering errors stay inside the component.
 */
import { forwardRef, useCallback, useId, useImperativeHandle, useMemo, useRef, useState, type ForwardedRef, type ReactElement } from 'react';
import { effectiveFormality, formatFuzzyDate, parseFuzzyDate, type Network } from '@kring/core';
import { InvalidNetwork, LiveRegion, useAnnouncer, useNetworkSource, ViewErrorBoundary } from '../document';
import { activeElementOf } from '../utils/activeElement';
import { isMac } from '../utils/platform';
import type { ShownJob } from '../utils/useWhenShown';
import { SaveButtons, TitleBlock } from '../paper';
import { printPage } from '../paper/print';
import { EcogramSvg } from './EcogramSvg';
import { popoverAnchor } from '../view/map/tieAnchor';
import { usePreloadWhenIdle } from '../utils/lazyPart';
import { usePrintOnly, usePrintOnlyValue } from '../paper/usePrintOnly';
import { RedactionGate } from '../redaction/RedactionGate';
import { useHandleProxy } from '../document/useHandleProxy';
import { LocaleGate } from '../locales';
import { useResolvedLocale } from '../i18n/provider';
import { EcogramEditorLayerPart, FilterPanelPart, LegendPart, NetworkListPart, TimeSliderPart } from './parts';
import { useText } from '../i18n';
import { ECOGRAM_BUNDLES, type EcogramText } from './messages';
import type { EcogramChange, EcogramHandle, EcogramProps, EcogramView } from './types';
import { filterResultText, LEGEND_BESIDE, useEcogramFilter, useRail, useReadableZoom, useSpotlight } from './useEcogramView';
import { FilterButton, ScreenHintBar, SpotlightButton, useFilterDisclosure } from './ViewControls';
import { EcogramToolbar, KeyboardHelp } from './EcogramToolbar';
import type { EditorViewContext } from './EcogramEditors';
import { useEcogramState } from './useEcogramState';
import { useEcogramLayout } from './useEcogramLayout';
import { useEcogramFocus } from './useEcogramFocus';
import { useEcogramEditor } from './useEcogramEditor';
import { useEcogramCommands } from './useEcogramCommands';
import { useEcogramPointer } from './useEcogramPointer';
import { useEcogramKeyboard } from './useEcogramKeyboard';
import { useEcogramExport } from './useEcogramExport';
import { splitGhosts, useChangesOverlay } from './useChangesOverlay';
import { ChangesControl, ChangesStatus } from './ChangesControl';

/**
 * Above this many people the map zoomed out shows numbers only (names on focus, hover or zoom);
 * below it every name that has room is drawn and the others become numbers (labelPlan.ts).
 */
const LABEL_LIMIT = 100;

/** A host's date string, shortened for a message. */
function clipDate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * The ecogram: the client in the centre, three circles by closeness, sectors as
 * slices, people as nodes and ties with ecomap line conventions. Editable with
 * mouse, touch and keyboard alone; every change is announced and can be undone.
 */
export const Ecogram = /* @__PURE__ */ forwardRef<EcogramHandle, EcogramProps>(function Ecogram(props, ref) {
  const t = useText(ECOGRAM_BUNDLES, props.locale, props.messages);
  const locale = t.locale;
  const asked = useResolvedLocale(props.locale);
  const { parsed, source, commit } = useNetworkSource<EcogramChange>(props);

  const viewRef = useHandleProxy<EcogramHandle>(ref, (inner) => ({ addPerson: () => inner.current?.addPerson() }));

  return (
    <div
      data-part="ecogram"
      className={['kring-ecogram', props.className].filter(Boolean).join(' ')}
      data-kring-theme={props.theme}
      lang={locale}
      style={props.style}
    >
      <LocaleGate locale={asked} loading={t.overrides?.['ecogram.loading']}>
      <ViewErrorBoundary
        view="ecogram"
        resetKey={source}
        fallback={(retry) => (
          <div role="alert" data-part="invalid">
            <p>{t('ecogram.crashed')}</p>
            <button type="button" data-part="button" onClick={retry}>{t('ecogram.retry')}</button>
          </div>
        )}
      >
        {parsed.ok ? (
          <RedactionGate redacted={Boolean(props.redacted)} fallback={<p data-part="loading" role="status">{t('ecogram.loading')}</p>}>
            <EcogramBody {...props} network={parsed.network} t={t} onCommit={commit} handleRef={viewRef} />
          </RedactionGate>
        ) : (
          <InvalidNetwork
            issues={parsed.errors}
            texts={{
              title: t('ecogram.invalid.title'),
              intro: t('ecogram.invalid.intro'),
              more: (count) => t('ecogram.invalid.more', { count }),
              issue: t.issue,
            }}
          />
        )}
      </ViewErrorBoundary>
      </LocaleGate>
    </div>
  );
});

interface BodyProps extends Omit<EcogramProps, 'network' | 'onChange'> {
  network: Network;
  t: EcogramText;
  onCommit: (next: Network, change: EcogramChange) => void;
  handleRef: ForwardedRef<EcogramHandle>;
}

/**
 * The map and its controls, composed from the hooks of this folder: state
 * (`useEcogramState`) → layout (`useEcogramLayout`) → focus, editor session, commands,
 * pointer, keyboard, export → parts (`EcogramToolbar`, `EcogramSvg`, `NetworkList`,
 * `EditorPopover` with `editorViewOf`, `Legend`, `TimeSlider`).
 */
function EcogramBody(props: BodyProps): ReactElement {
  const { network, t, onCommit } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const instructionsId = `${uid}-instructions`;

  const state = useEcogramState(props);
  const { redacted, redaction, selectedId, setSelectedId, at, atGiven, atInvalid, setAt, view, setView, today, past, editable, shown } = state;
  const overlay = useChangesOverlay(props, redaction.network, shown, Boolean(redacted));
  const laidOut = useEcogramLayout(overlay.layoutInput, props.sectorSizing, t);
  const { layout, nodeR } = laidOut;
  const { positions: allPositions, ghosts } = useMemo(() => splitGhosts(laidOut.allPositions, overlay.changes), [laidOut.allPositions, overlay.changes]);
  const nameOf = useCallback((id: string) => shown.people.find((p) => p.id === id)?.name ?? id, [shown]);
  const clientName = nameOf(shown.focus);
  const undoKey = isMac() ? '⌘Z' : 'Ctrl+Z';

  const { announce, message: announcement } = useAnnouncer();
  // Filters (view only; people keep their places): what is drawn and keyboard-navigable.
  const { drawn, positions, ...filtering } = useEcogramFilter(props, shown, layout, allPositions, announce, t);
  const filterDisclosure = useFilterDisclosure();

  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);
  const spot = useSpotlight(svgRef, drawn, announce, t, nameOf);
  const focus = useEcogramFocus({
    drawn,
    positions,
    initial: redaction.toShown(props.selectedId ?? props.defaultSelectedId) ?? redaction.network.focus,
    client: shown.focus,
    view,
    rootEl,
    svgRef,
  });
  const { rovingId, setRoving, elementFor, focusItem, pendingFocus } = focus;

  // The editor session needs the history's "after the last edit", the commands need the
  // editor's issues: the history lives in the commands, reached through a ref.
  const afterLastEditRef = useRef<(job: ShownJob) => void>((job) => job(network));
  const afterLastEdit = useCallback((job: ShownJob) => afterLastEditRef.current(job), []);
  const editorSession = useEcogramEditor({ network, editable, t, nameOf, rootEl, rovingId, pendingFocus, setRoving, elementFor, setSelectedId, announce, afterLastEdit });
  const { editor, openEditor, closeEditor, openFor, onItemClick } = editorSession;
  const commands = useEcogramCommands({
    network, onCommit, editable, t, announce, setIssues: editorSession.setIssues, layout, positions, nameOf, selectedId, setSelectedId, focusItem, view, undoKey,
  });
  const { editing, undo, redo } = commands;
  afterLastEditRef.current = editing.afterLastEdit;

  // Before the pointer hook: the map's size (and so the names') follows the rail.
  const railDecided = useRail(rootEl, props.mode !== 'table' && view === 'map', props.showLegend ? LEGEND_BESIDE : 0);
  const rail = railDecided ?? false;
  const pointer = useEcogramPointer({ svgRef, viewportRef, rootEl, rail: railDecided, view, editable, people: shown.people.length - 1, layout, place: commands.place });
  const { panZoom, zoomK } = pointer;
  // Phone: open zoomed in on the client with readable names (or the list below `listBelow`).
  const screen = useReadableZoom({ props, rootEl, svgRef, panZoom, zoomReady: pointer.zoomReady, view, viewControlled: props.view !== undefined, setView, center: layout.center, positions, zoomK });

  const { onSvgKeyDown, onRootKeyDown } = useEcogramKeyboard({
    t, shown, drawn, layout, positions, editable, view, rootEl, rovingId, selectedId, setSelectedId, editor, openEditor, openFor, elementFor, focusItem, pendingFocus,
    historyFocus: commands.historyFocus, moveRing: commands.moveRing, moveSector: commands.moveSector, removeItem: commands.removeItem, undo, redo, panZoom, spot, nameOf, announce,
  });

  const ariaLabel = props['aria-label'] ?? t('ecogram.label', { name: clientName });
  const legendDrawn = usePrintOnly(Boolean(props.showLegend));
  // The legend is drawn on paper even when it is not on screen (see below); hidden on screen, the legend follows edits when the browser is idle (or printing starts).
  const legendData = useMemo(() => ({ network: shown, changes: overlay.changes, since: overlay.since }), [shown, overlay.changes, overlay.since]);
  const legendOf = usePrintOnlyValue(legendData, Boolean(props.showLegend));
  // An export copies the legend out of the page: drawn and brought up to date first.
  const beforeExport = useCallback(() => {
    legendDrawn.drawNow();
    legendOf.flush();
  }, [legendDrawn, legendOf]);
  const { paper, toSVG, toPNG, onKeyChange, keyFlows } = useEcogramExport({
    t, svgRef, rootEl, ariaLabel, clientName, date: past && at ? at : today, author: props.author, paperPage: props.paperPage, beforeRead: beforeExport,
  });
  useImperativeHandle(
    props.handleRef,
    () => ({
      toSVG,
      toPNG,
      zoomIn: () => panZoom.current?.zoomIn(),
      zoomOut: () => panZoom.current?.zoomOut(),
      fit: () => panZoom.current?.fit(),
      focus: () => focusItem(rovingId),
      undo: () => undo(),
      redo: () => redo(),
      print: () => printPage(),
      addPerson: () => {
        if (editable) openEditor({ kind: 'add-person', anchor: rootEl?.querySelector('[data-action="add-person"]') ?? null });
      },
    }),
    [toSVG, toPNG, focusItem, rovingId, panZoom, undo, redo, editable, openEditor, rootEl],
  );

  /** The user picks a view: a focus still waiting for its element is dropped (it would pull focus away from the button). */
  const switchView = (next: EcogramView): void => {
    pendingFocus.current = null;
    setView(next);
  };
  const zoom = {
    zoomIn: () => panZoom.current?.zoomIn(),
    zoomOut: () => panZoom.current?.zoomOut(),
    fit: () => panZoom.current?.fit(),
  };

  const openId = editor?.kind === 'person' || editor?.kind === 'tie' ? editor.id : null;
  // Focus on one person: the one in focus, else the selected or focused person, else the client.
  const spotTarget = spot.spotlight?.id ?? (selectedId && positions.has(selectedId) ? selectedId : positions.has(rovingId) ? rovingId : shown.focus);
  const empty = shown.people.length <= 1;
  // Conversation hooks from the method ("Ik heb geen netwerk"): shown while the informal
  // network on the map is one person or none.
  const fewInformal =
    shown.people.filter((p) => p.id !== shown.focus && effectiveFormality(p) === 'informal' && p.kind !== 'place' && p.kind !== 'organisation').length <= 1;
  const labels = shown.people.length > LABEL_LIMIT && zoomK < 1.8 ? 'focused' : 'all';
  const editorContext: EditorViewContext = {
    editor,
    closeWithoutFocus: () => editorSession.setEditor(null),
    network,
    issues: editorSession.issues,
    t,
    today,
    session: editorSession.session,
    addedName: editorSession.addedName,
    setAddedName: editorSession.setAddedName,
    nameOf,
    apply: commands.apply,
    removeItem: commands.removeItem,
    ringText: commands.ringText,
    sectorText: commands.sectorText,
    setSelectedId,
    whenShown: editing.whenShown,
  };
  // The legend is drawn on paper even when it is not on screen: fetched and drawn once the
  // browser is idle after the first render, or when printing starts (paper/usePrintOnly.ts).
  usePreloadWhenIdle(LegendPart);
  const loading = <p data-part="loading" role="status">{t('ecogram.loading')}</p>;
  // "Veranderd sinds …" sits in the Filter panel (what the map shows); without the Filter control, in the toolbar.
  const changesControl = <ChangesControl t={t} network={network} today={today} value={overlay.since} onChange={overlay.setSince} />;

  return (
    // On paper (paper.css): the map on one A4 page (square, so portrait); the list view runs
    // over as many pages as it needs.
    <div data-part="body" data-rail={rail ? '' : undefined} data-paper={view === 'map' ? 'portrait' : undefined} data-paper-flow={view === 'map' && keyFlows ? '' : undefined} ref={setRootEl} onKeyDown={onRootKeyDown} data-mode={screen.mode} data-narrow={screen.narrow ? '' : undefined}>
      <TitleBlock content={paper.content} />
      <EcogramToolbar
        t={t}
        editable={editable}
        view={view}
        empty={empty}
        canAddTie={network.people.length >= 2}
        canUndo={editing.canUndo}
        canRedo={editing.canRedo}
        onAddPerson={(anchor) => openEditor({ kind: 'add-person', anchor })}
        onAddTie={(anchor) => openEditor({ kind: 'add-tie', anchor, ...(selectedId && positions.has(selectedId) ? { from: selectedId } : {}) })}
        undo={undo}
        redo={redo}
        zoom={zoom}
        onView={switchView}
        filter={props.hideFilter ? null : <FilterButton t={t} disclosure={filterDisclosure} result={filtering.result} />}
        spotlight={<SpotlightButton t={t} spotlight={spot.spotlight} targetName={nameOf(spotTarget)} onClick={() => spot.toggle(spotTarget)} />}
        save={<SaveButtons t={t} fileName={paper.fileName} toSVG={toSVG} toPNG={toPNG} onStatus={announce} />}
        changes={props.hideFilter ? changesControl : null}
      />
      {/* Loaded when first opened (parts.ts); focus stays on the Filter button meanwhile. */}
      {filterDisclosure.open ? <FilterPanelPart t={t} disclosure={filterDisclosure} filter={filtering.filter} onChange={filtering.setFilter} result={filtering.result} resultText={filterResultText(filtering.result, t)} network={shown} layout={layout} clientName={clientName} changes={changesControl} /> : null}

      {atInvalid ? (
        <p data-part="status" data-status="invalid-date" role="alert">
          {t('ecogram.invalidAt', { date: clipDate(atGiven ?? '') })}
        </p>
      ) : null}
      {past || props.readOnly || redacted ? (
        <p data-part="status" data-screen-only="">
          {past && at
            ? t(parseFuzzyDate(at)?.day !== undefined ? 'ecogram.pastReadOnlyDay' : 'ecogram.pastReadOnly', { date: formatFuzzyDate(at, t.locale) })
            : t('ecogram.readOnly')}
          {redacted ? ` · ${t('ecogram.redacted')}` : ''}
        </p>
      ) : null}
      <ChangesStatus t={t} since={overlay.since} changes={overlay.changes} map={view === 'map'} />
      {empty ? <p data-part="empty">{t('ecogram.empty')}</p> : null}
      {!empty && editable && fewInformal ? <p data-part="hint" data-screen-only="">{t('ecogram.fewInformal')}</p> : null}

      <div data-part="main" data-view={view}>
        <div data-part="stage">
          {view === 'map' ? (
            <EcogramSvg
              network={drawn}
              layout={layout}
              nodeRadius={nodeR}
              positions={positions}
              t={t}
              idPrefix={uid}
              ariaLabel={ariaLabel}
              instructionsId={instructionsId}
              rovingId={rovingId}
              selectedId={selectedId}
              openId={openId}
              dragStore={pointer.dragStore}
              hitRadius={pointer.hitRadius}
              labels={labels}
              draggable={editable}
              supportLetters={props.supportLetters}
              planMarks={props.planMarks}
              groupOutlines={props.groupOutlines}
              changes={overlay.changes}
              changesSince={overlay.since}
              ghosts={ghosts}
              svgRef={svgRef}
              viewportRef={viewportRef}
              labelScale={pointer.pxPerUnit}
              // People are drawn once the width is read and the height cap is set for where the
              // toolbar stands (beside the map or above it): no forced layout of the whole map, no
              // names placed twice.
              hold={!screen.measured || (!screen.server && !pointer.fitted) || overlay.holding || state.holding}
              onItemClick={onItemClick}
              onItemFocus={setRoving}
              onKeyDown={onSvgKeyDown}
              onKeyChange={onKeyChange}
            />
          ) : state.holding ? (
            loading
          ) : (
            <NetworkListPart
              fallback={loading}
              network={drawn}
              selectedId={selectedId}
              locale={t.locale}
              messages={t.overrides}
              headingLevel={3}
              changesSince={overlay.since}
              {...(overlay.before ? { changesBefore: overlay.before } : {})}
              {...(editable
                ? {
                    onEditPerson: (id: string) =>
                      openEditor({ kind: 'person', id, anchor: activeElementOf(rootEl) }),
                    onEditTie: (id: string) =>
                      openEditor({ kind: 'tie', id, anchor: activeElementOf(rootEl) }),
                  }
                : {})}
            />
          )}
          <ScreenHintBar t={t} hint={screen.hint} onShowAll={() => panZoom.current?.fit()} onReadable={screen.readable} />
          {/* Loaded when an editor first opens (parts.ts): focus stays on what opened it meanwhile. */}
          {editor ? (
            <EcogramEditorLayerPart
              fallback={<span data-part="visually-hidden" role="status">{t('ecogram.loading')}</span>}
              context={editorContext}
              onClose={closeEditor}
              anchor={popoverAnchor(editor.anchor ?? null)}
              portalRoot={rootEl}
            />
          ) : null}
        </div>
        {/* Every print and export explains its symbols: without `showLegend`, on paper only. */}
        <div data-part="legend-slot" data-print-only={props.showLegend ? undefined : ''}>
          {legendDrawn.drawn ? <LegendPart
            network={legendOf.value.network} headingLevel={3} locale={t.locale} messages={t.overrides} supportLetters={props.supportLetters !== false} scrollable={Boolean(props.showLegend)}
            planMarks={props.planMarks !== false} groupOutlines={props.groupOutlines !== false} changes={legendOf.value.changes} changesSince={legendOf.value.since}
          /> : null}
        </div>
      </div>

      {props.showTimeSlider ? (
        <TimeSliderPart
          fallback={loading}
          network={network}
          value={at ?? null}
          onChange={(date) => setAt(date ?? undefined)}
          locale={t.locale}
          messages={t.overrides}
        />
      ) : null}

      <p id={instructionsId} hidden>
        {editable ? t('ecogram.instructions') : t('ecogram.instructionsReadOnly')}
      </p>
      <KeyboardHelp t={t} editable={editable} />
      <LiveRegion message={announcement} />
    </div>
  );
}

