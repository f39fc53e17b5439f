/**
 * `Ecogram`: the network map. Controlled (`network` + `onChange`) or uncontrolled
 * (`defaultNetwork`); it keeps no data of its own. Bad data shows a readable
 * message; rendering errors stay inside the component.
 */
import {
  forwardRef, useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState,
  type ForwardedRef, type KeyboardEvent, type ReactElement,
} from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';
import {
  CLOSENESSES, addPerson, addTie, changeTieStatus, effectiveFormality, compareFuzzyDates, formatFuzzyDate, networkAt,
  parseFuzzyDate, placePerson, removePerson, removeTie, todayFuzzyDate, updatePerson, updateTie,
  type Network, type NetworkIssue, type TieHistoryEntry, type OperationResult, type PersonInput, type TieInput,
} from '@kring/core';
import { layoutKey, locate, type EcogramLayout } from '@kring/core/layout';
import { useControllableState } from '../utils/useControllableState';
import { InvalidNetwork, LiveRegion, useAnnouncer, useNetworkEditing, useNetworkSource, ViewErrorBoundary } from '../document';
import { activeElementOf } from '../utils/activeElement';
import { isolatedText } from '../utils/bidi';
import { useFitToScreen } from './useFitToScreen';
import { focusPartner } from '../utils/focusPartner';
import { createDrag, type DragInstance } from '../drag/createDrag';
import { createPanZoom, type PanZoomInstance } from '../zoom/createPanZoom';
import { exportPNG, exportSVG, type ExportKey } from '../export';
import { SaveButtons, TitleBlock, usePaper } from '../paper';
import { LAYOUT_SIZE, mapLayout, mapNodeRadius } from './mapLayout';
import { sectorNameAngles } from './sectorNames';
import { EcogramSvg, MARGIN, positionsOf, tieKey } from './EcogramSvg';
import { popoverAnchor } from './tieAnchor';
import { tieMidpoint } from '../symbols/curve';
import { nearestInDirection, type Direction, type Pt } from './geometry';
import { TimeSlider } from '../time-slider/TimeSlider';
import { Legend } from '../legend/Legend';
import { NetworkList } from '../network-list/NetworkList';
import { useKringLink } from '../linked';
import { useRedaction } from '../redaction/useRedaction';
import { EditorPopover } from '../editor/EditorPopover';
import { PersonEditor } from '../editor/PersonEditor';
import { TieEditor } from '../editor/TieEditor';
import { AddPersonForm } from '../editor/AddPersonForm';
import { AddTieForm } from '../editor/AddTieForm';
import { makeText, lower, type Text } from './text';
import { issueText, useTexts, ECOGRAM_TEXTS } from '../i18n';
import type { EcogramChange, EcogramHandle, EcogramPNGOptions, EcogramProps, EcogramView } from './types';
import { useEcogramFilter, useReadableZoom, useSpotlight } from './useEcogramView';
import { FilterButton, FilterPanel, ScreenHintBar, SpotlightButton, useFilterDisclosure } from './ViewControls';

/** Size of the layout square, layout units (px at scale 1). */
/**
 * Above this many people the map zoomed out shows numbers only (names on focus, hover or zoom);
 * below it every name that has room is drawn and the others become numbers (labels.ts).
 */
const LABEL_LIMIT = 100;

function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent || '');
}

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
  const i18n = useTexts(ECOGRAM_TEXTS, props.locale, props.messages);
  const t = useMemo(() => makeText(i18n), [i18n]);
  const locale = i18n.locale;
  const { parsed, source, commit } = useNetworkSource<EcogramChange>(props);

  const viewRef = useRef<EcogramHandle>(null);
  useImperativeHandle(
    ref,
    () => ({
      toSVG: () => viewRef.current?.toSVG() ?? '',
      toPNG: (o) => viewRef.current?.toPNG(o) ?? Promise.reject(new Error('Nothing is drawn')),
      zoomIn: () => viewRef.current?.zoomIn(),
      zoomOut: () => viewRef.current?.zoomOut(),
      fit: () => viewRef.current?.fit(),
      focus: () => viewRef.current?.focus(),
    }),
    [],
  );

  return (
    <div
      data-part="ecogram"
      className={['kring-ecogram', props.className].filter(Boolean).join(' ')}
      data-kring-theme={props.theme}
      lang={locale}
      style={props.style}
    >
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
          <EcogramBody {...props} network={parsed.network} t={t} onCommit={commit} handleRef={viewRef} />
        ) : (
          <InvalidNetwork
            issues={parsed.errors}
            texts={{
              title: t('ecogram.invalid.title'),
              intro: t('ecogram.invalid.intro'),
              more: (count) => t('ecogram.invalid.more', { count }),
              issue: (code) => issueText(t.messages, code),
            }}
          />
        )}
      </ViewErrorBoundary>
    </div>
  );
});

type EditorState = (
  | { kind: 'person'; id: string }
  | { kind: 'tie'; id: string }
  | { kind: 'add-person' }
  | { kind: 'add-tie'; from?: string }
) & { anchor: Element | null };

interface BodyProps extends Omit<EcogramProps, 'network' | 'onChange'> {
  network: Network;
  t: Text;
  onCommit: (next: Network, change: EcogramChange) => void;
  handleRef: ForwardedRef<EcogramHandle>;
}

function EcogramBody(props: BodyProps): ReactElement {
  const { network, t, onCommit } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const instructionsId = `${uid}-instructions`;

  // ---- controlled/uncontrolled UI state -------------------------------------------------
  // Inside a KringLinkProvider the selected person and the date are shared with the other
  // views (e.g. the Lifeline); explicit props still win.
  const link = useKringLink();
  // Redacted, the map shows opaque ids (p1, t1, …); the host's ids are translated at the boundary.
  const redacted = props.redacted ?? false;
  const redaction = useRedaction(network, redacted);
  const onSelectionChangeProp = props.onSelectionChange;
  const [selectedId, setSelectedOwn] = useControllableState<string | null>({
    value: redaction.toShown(props.selectedId),
    defaultValue: redaction.toShown(props.defaultSelectedId ?? link?.selectedPersonId ?? null),
    onChange: onSelectionChangeProp && ((id) => onSelectionChangeProp(redaction.toHost(id))),
  });
  const linkedSelection = link && props.selectedId === undefined;
  // Read through a ref so that the setter (and the click handlers of every node and tie built
  // on it) stays the same function across edits: the redacted view is a new object after every
  // edit, and depending on it redrew every node and tie (the re-render benchmark).
  const redactionRef = useRef(redaction);
  useLayoutEffect(() => {
    redactionRef.current = redaction;
  }, [redaction]);
  const setSelectedId = useCallback(
    (id: string | null) => {
      setSelectedOwn(id);
      const view = redactionRef.current;
      if (linkedSelection && (id === null || view.network.people.some((p) => p.id === id))) link.selectPerson(view.toHost(id));
    },
    [link, linkedSelection, setSelectedOwn],
  );
  const linkPerson = link ? redaction.toShown(link.selectedPersonId) : undefined;
  useEffect(() => {
    if (linkedSelection && linkPerson !== undefined && linkPerson !== selectedId && (linkPerson === null || !selectedId || redaction.network.people.some((p) => p.id === selectedId))) {
      setSelectedOwn(linkPerson);
    }
    // Only follow changes of the shared selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkPerson]);
  // `null` is "now", controlled: a host that controls `at` brings the map back to now with
  // `null` (`undefined` means the map keeps its own date).
  const [atOwn, setAtOwn] = useControllableState<string | null>({
    value: props.at,
    defaultValue: props.defaultAt ?? null,
    onChange: props.onAtChange,
  });
  const linkedAt = link && props.at === undefined;
  const atGiven = (linkedAt ? link.date : atOwn) ?? undefined;
  // A date that cannot be read (`at="gisteren"`, `2019-13`) is not silently shown as now: the
  // map shows the network as it is now, read-only, with a message saying so (`ecogram.invalidAt`).
  const atInvalid = atGiven !== undefined && parseFuzzyDate(atGiven) === null;
  const at = atInvalid ? undefined : atGiven;
  const setAt = useCallback(
    (next: string | undefined) => {
      setAtOwn(next ?? null);
      if (linkedAt) link.setDate(next ?? null);
    },
    [link, linkedAt, setAtOwn],
  );
  const [view, setView] = useControllableState<EcogramView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'map',
    onChange: props.onViewChange,
  });

  // ---- what is shown -------------------------------------------------------------------------
  const today = props.today ?? todayFuzzyDate();
  const past = at !== undefined && compareFuzzyDates(at, today) < 0;
  const editable = !props.readOnly && !redacted && !past && !atInvalid;
  // Redacted before time travel, so the opaque ids stay put while the date moves.
  const shown = useMemo(() => (at !== undefined ? networkAt(redaction.network, at) : redaction.network), [redaction, at]);

  const previousLayout = useRef<EcogramLayout | undefined>(undefined);
  const sectorSizing = props.sectorSizing ?? 'content';
  // Every slice keeps room for its name along the edge (the radius where the names run).
  const sectorMinAngles = useMemo(() => sectorNameAngles((s) => t(`sector.${s}`), LAYOUT_SIZE * 0.47 + 9), [t]);
  // People are drawn as large as the map allows with every line from the client clear of
  // everyone else (a crowded map draws smaller people, never lines through people).
  // Laid out from the last network with the same layout key (`layoutKey` of @kring/core/layout): an
  // edit that changes nothing the layout reads (a rename, a tie's quality) keeps the layout.
  const [laidOut] = useState(() => ({ current: null as { key: string; network: Network } | null }));
  const layoutSource = useMemo(() => {
    const key = layoutKey(shown);
    return laidOut.current && laidOut.current.key === key ? laidOut.current : { key, network: shown };
  }, [shown, laidOut]);
  useEffect(() => {
    laidOut.current = layoutSource;
  }, [layoutSource, laidOut]);
  const nodeR = useMemo(() => mapNodeRadius(layoutSource.network, { sectorSizing, sectorMinAngles }), [layoutSource, sectorSizing, sectorMinAngles]);
  const layout = useMemo(
    () => mapLayout(layoutSource.network, nodeR, { previous: previousLayout.current, sectorSizing, sectorMinAngles }),
    [layoutSource, nodeR, sectorSizing, sectorMinAngles],
  );
  useEffect(() => {
    previousLayout.current = layout;
  }, [layout]);
  // From the layout source: the same people (ids) as `shown`, and the same Map through edits that keep the layout.
  const allPositions = useMemo(() => positionsOf(layoutSource.network, layout), [layoutSource, layout]);

  const nameOf = useCallback((id: string) => shown.people.find((p) => p.id === id)?.name ?? id, [shown]);
  const clientName = nameOf(shown.focus);
  const undoKey = isMac() ? '⌘Z' : 'Ctrl+Z';

  // ---- live region ------------------------------------------------------------------------------
  const { announce, message: announcement } = useAnnouncer();
  // Filters (view only; people keep their places): what is drawn and keyboard-navigable.
  const { drawn, positions, ...filtering } = useEcogramFilter(props, shown, layout, allPositions, announce, t);
  const filterDisclosure = useFilterDisclosure();

  // ---- editing: one undo history per network (shared with linked views) ------------------------
  const editingMessages = useMemo(
    () => ({
      undone: t('ecogram.announce.undone'),
      redone: t('ecogram.announce.redone'),
      nothingToUndo: t('ecogram.announce.nothingToUndo'),
      nothingToRedo: t('ecogram.announce.nothingToRedo'),
    }),
    [t],
  );
  const editing = useNetworkEditing<EcogramChange>({ network, commit: onCommit, editable, announce, messages: editingMessages });
  // An edit is announced (and what it added selected) once the host shows it: not when refused.
  const { whenShown, afterLastEdit, canUndo, canRedo } = editing;

  const [issues, setIssues] = useState<NetworkIssue[]>([]);
  const editingApply = editing.apply;
  const apply = useCallback(
    (
      result: OperationResult,
      change: Omit<EcogramChange, 'id'> & { id?: string | undefined },
      options: { coalesceKey?: string; silent?: boolean } = {},
    ): string | null => {
      const full: EcogramChange = { type: change.type, message: change.message, ...(change.id ? { id: change.id } : {}) };
      const applied = editingApply(result, full, options);
      if (!applied.ok) {
        setIssues(applied.errors);
        const first = applied.errors[0];
        const reason = first ? t(`issue.${first.code}`) : t('issue.unknown');
        announce(first?.code === 'focus-protected' ? t('ecogram.announce.focusProtected') : t('ecogram.announce.failed', { reason }));
        return null;
      }
      setIssues((prev) => (prev.length ? [] : prev));
      return applied.id;
    },
    [announce, editingApply, t],
  );

  /**
   * The element that had focus when Undo/Redo ran (the toolbar button, when pressed). If that
   * button is disabled afterwards (nothing more to undo), focus moves on instead of falling
   * to the page: see the layout effect under "keyboard".
   */
  const historyFocus = useRef<Element | null>(null);
  const { undo: undoStep, redo: redoStep } = editing;
  const undo = useCallback((from?: Element | null) => {
    if (undoStep()) historyFocus.current = from ?? null;
  }, [undoStep]);
  const redo = useCallback((from?: Element | null) => {
    if (redoStep()) historyFocus.current = from ?? null;
  }, [redoStep]);

  // ---- roving focus -------------------------------------------------------------------------------
  const itemExists = useCallback(
    (key: string) =>
      key.startsWith('tie:') ? drawn.ties.some((tie) => tieKey(tie.id) === key) : positions.has(key),
    [drawn, positions],
  );
  const [rovingRaw, setRoving] = useState<string>(() =>
    redaction.toShown(props.selectedId ?? props.defaultSelectedId) ?? redaction.network.focus,
  );
  const rovingId = itemExists(rovingRaw) ? rovingRaw : shown.focus;
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const spot = useSpotlight(svgRef, drawn, announce, t, nameOf);

  const [rootEl, setRootEl] = useState<HTMLDivElement | null>(null);
  /**
   * The element that stands for a person or tie: its node on the map, or in the list view
   * its "Bewerk …" button (`data-edit`), so that focus after a delete or on closing the
   * editor lands in the view the user is in.
   */
  const elementFor = useCallback((key: string): HTMLElement | SVGElement | null => {
    if (view === 'list') {
      const want = key.startsWith('tie:') ? key : `person:${key}`;
      const list = rootEl?.querySelector('[data-part="network-list"]');
      for (const el of Array.from(list?.querySelectorAll<HTMLElement>('[data-edit]') ?? [])) {
        if (el.getAttribute('data-edit') === want) return el;
      }
      return null;
    }
    const svg = svgRef.current;
    if (!svg) return null;
    for (const el of Array.from(svg.querySelectorAll<SVGElement>('[data-key]'))) {
      if (el.getAttribute('data-key') === key) return el;
    }
    return null;
  }, [view, rootEl]);

  const focusItem = useCallback(
    (key: string) => {
      setRoving(key);
      const el = elementFor(key);
      if (el) el.focus();
      else pendingFocus.current = key;
    },
    [elementFor],
  );
  useEffect(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const el = elementFor(key);
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  // ---- editor -------------------------------------------------------------------------------------
  const [editor, setEditor] = useState<EditorState | null>(null);
  /** The last person the add form added and the host showed: its status line (reset when the form opens again). */
  const [addedName, setAddedName] = useState<string | null>(null);
  const editorKind = editor?.kind;
  useEffect(() => {
    if (editorKind === 'add-person') setAddedName(null);
  }, [editorKind]);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  /** What happened while the editor was open: one "updated" announcement, one history entry. */
  const session = useRef({ changed: false, recorded: false });
  const openEditor = useCallback((state: EditorState) => {
    const active = activeElementOf(rootEl);
    returnFocus.current = state.anchor instanceof HTMLElement || state.anchor instanceof SVGElement ? state.anchor : (active as HTMLElement | null);
    session.current = { changed: false, recorded: false };
    setIssues([]);
    setEditor(state);
  }, [rootEl]);
  const closeEditor = useCallback(() => {
    if (session.current.changed && editor && (editor.kind === 'person' || editor.kind === 'tie')) {
      const tie = editor.kind === 'tie' ? network.ties.find((x) => x.id === editor.id) : undefined;
      const message = tie
        ? t('ecogram.announce.tieUpdated', { a: nameOf(tie.between[0]), b: nameOf(tie.between[1]) })
        : t('ecogram.announce.updated', { name: nameOf(editor.id) });
      afterLastEdit(() => announce(message));
    }
    session.current = { changed: false, recorded: false };
    setEditor(null);
    setIssues([]);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && back.isConnected) back.focus();
    else pendingFocus.current = rovingId;
  }, [afterLastEdit, announce, editor, nameOf, network.ties, rovingId, t]);
  // An editor whose person/tie vanished (undo, host change) closes.
  const editorTargetGone =
    (editor?.kind === 'person' && !network.people.some((p) => p.id === editor.id)) ||
    (editor?.kind === 'tie' && !network.ties.some((x) => x.id === editor.id));
  useEffect(() => {
    if (editorTargetGone) setEditor(null);
  }, [editorTargetGone]);
  useEffect(() => {
    if (!editable) setEditor(null);
  }, [editable]);

  const openFor = useCallback(
    (key: string, from?: HTMLElement | SVGElement | null) => {
      if (!editable) return;
      const anchor = from ?? null;
      if (key.startsWith('tie:')) openEditor({ kind: 'tie', id: key.slice(4), anchor });
      else openEditor({ kind: 'person', id: key, anchor });
    },
    [editable, openEditor],
  );

  const onItemClick = useCallback(
    (key: string) => {
      const id = key.startsWith('tie:') ? key.slice(4) : key;
      setSelectedId(id);
      setRoving(key);
      openFor(key, elementFor(key));
    },
    [elementFor, openFor, setSelectedId],
  );
  const onItemFocus = useCallback((key: string) => setRoving(key), []);

  // ---- edits ----------------------------------------------------------------------------------------
  const ringText = useCallback((c: string) => lower(t(`closeness.${c}` as 'closeness.inner'), t.locale), [t]);
  const sectorText = useCallback((s: string) => lower(t(`sector.${s}` as 'sector.family'), t.locale), [t]);

  const place = useCallback(
    (id: string, placeArgs: Parameters<typeof placePerson>[2]) => {
      const before = layout.nodes[id];
      const result = placePerson(network, id, placeArgs);
      const name = nameOf(id);
      const ringChanged = placeArgs.closeness !== undefined && placeArgs.closeness !== before?.closeness;
      const sectorChanged = placeArgs.sector !== undefined && placeArgs.sector !== before?.sector;
      const message =
        ringChanged && sectorChanged
          ? t('ecogram.announce.movedBoth', { name, ring: ringText(placeArgs.closeness ?? ''), sector: sectorText(placeArgs.sector ?? '') })
          : sectorChanged
            ? t('ecogram.announce.movedSector', { name, sector: sectorText(placeArgs.sector ?? '') })
            : t('ecogram.announce.movedRing', { name, ring: ringText(placeArgs.closeness ?? before?.closeness ?? 'outer') });
      apply(result, { type: 'place-person', id, message });
    },
    [apply, layout, nameOf, network, ringText, sectorText, t],
  );

  const moveRing = useCallback(
    (id: string, step: -1 | 1) => {
      if (id === network.focus) return announce(t('ecogram.announce.focusProtected'));
      const current = layout.nodes[id]?.closeness ?? 'outer';
      const next = CLOSENESSES[CLOSENESSES.indexOf(current) + step];
      if (!next) return announce(t('ecogram.announce.movedRing', { name: nameOf(id), ring: ringText(current) }));
      place(id, { closeness: next, radius: undefined });
    },
    [announce, layout, nameOf, network.focus, place, ringText, t],
  );

  const moveSector = useCallback(
    (id: string, step: -1 | 1) => {
      if (id === network.focus) return announce(t('ecogram.announce.focusProtected'));
      const current = layout.nodes[id]?.sector ?? 'other';
      const order = layout.sectors.map((s) => s.sector);
      const i = order.indexOf(current);
      const next = order[(i + step + order.length) % order.length];
      if (!next) return;
      place(id, { sector: next, angle: undefined });
    },
    [announce, layout, network.focus, place, t],
  );

  /** The user picks a view: a focus still waiting for its element is dropped (it would pull focus away from the button). */
  const switchView = (next: EcogramView): void => {
    pendingFocus.current = null;
    setView(next);
  };

  const removeItem = useCallback(
    (key: string) => {
      if (key.startsWith('tie:')) {
        const id = key.slice(4);
        const tie = network.ties.find((x) => x.id === id);
        if (!tie) return;
        const done = apply(removeTie(network, id), {
          type: 'remove-tie',
          id,
          message: t('ecogram.announce.tieRemoved', { a: nameOf(tie.between[0]), b: nameOf(tie.between[1]), undoKey }),
        });
        if (done !== null) {
          if (selectedId === id) setSelectedId(null);
          focusItem(tie.between[0] === network.focus ? tie.between[1] : tie.between[0]);
        }
        return;
      }
      if (key === network.focus) return announce(t('ecogram.announce.focusProtected'));
      const from = positions.get(key);
      const done = apply(removePerson(network, key), {
        type: 'remove-person',
        id: key,
        message: t('ecogram.announce.removed', { name: nameOf(key), undoKey }),
      });
      if (done !== null) {
        if (selectedId === key) setSelectedId(null);
        // Focus the nearest remaining person: in the list the next row (or the one before),
        // on the map the nearest node.
        let best = network.focus;
        let bestD = Infinity;
        const rows = view === 'list' ? Array.from(rootEl?.querySelectorAll('[data-part="network-list"] tr[data-person-id]') ?? [], (tr) => tr.getAttribute('data-person-id') ?? '') : [];
        const at = rows.indexOf(key);
        if (at >= 0) {
          best = rows[at + 1] ?? rows[at - 1] ?? network.focus;
        } else if (from) {
          for (const [id, p] of positions) {
            if (id === key) continue;
            const d = Math.hypot(p.x - from.x, p.y - from.y);
            if (d < bestD) {
              bestD = d;
              best = id;
            }
          }
        }
        focusItem(best);
      }
    },
    [announce, apply, focusItem, nameOf, network, positions, rootEl, selectedId, setSelectedId, t, undoKey, view],
  );

  // ---- pan / zoom -----------------------------------------------------------------------------------
  const panZoom = useRef<PanZoomInstance | null>(null);
  const [zoomK, setZoomK] = useState(1);
  const editableRef = useRef(editable);
  editableRef.current = editable;
  useEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg) return;
    const instance = createPanZoom(svg, {
      viewport: viewportRef.current,
      scaleExtent: [0.5, 8],
      ignore: (el) => editableRef.current && el.closest('[data-drag-id]') !== null,
      contentBounds: () => ({ x: -MARGIN, y: -MARGIN, width: LAYOUT_SIZE + 2 * MARGIN, height: LAYOUT_SIZE + 2 * MARGIN }),
      onTransform: (tr) => setZoomK((k) => (Math.abs(k - tr.k) > 0.02 ? tr.k : k)),
    });
    panZoom.current = instance;
    return () => {
      instance.destroy();
      panZoom.current = null;
    };
  }, [view]);
  useFitToScreen(rootEl, view === 'map');

  // Pixels per layout unit, for touch targets of at least 44 CSS pixels and names of at least
  // 12 px. Read in a layout effect: at mount the map has drawn only its rings (EcogramSvg waits
  // for the label font, read in the same commit), so this read is cheap and the people and
  // names are drawn once, at the right size, before the first paint.
  const [pxPerUnit, setPxPerUnit] = useState(1);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = svg.clientWidth || svg.getBoundingClientRect().width;
      if (w > 0) setPxPerUnit(Math.min(w, svg.clientHeight || w) / (LAYOUT_SIZE + 2 * MARGIN));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(svg);
    return () => ro.disconnect();
    // rootEl: read again once the body is known, after useFitToScreen has capped the height.
  }, [view, rootEl]);
  // Touch targets: at least 22 CSS px radius (44 px across) where the map leaves room for it.
  const people = shown.people.length - 1;
  const hitCap = people <= 20 ? 72 : people <= 50 ? 40 : 30;
  const hitRadius = Math.min(hitCap, Math.max(22, 22.5 / Math.max(0.05, pxPerUnit * zoomK)));
  // Phone: open zoomed in on the client with readable names (or the list below `listBelow`).
  const screen = useReadableZoom({ props, rootEl, svgRef, panZoom, view, viewControlled: props.view !== undefined, setView, center: layout.center, positions, zoomK });

  // ---- drag ------------------------------------------------------------------------------------------
  const [drag, setDrag] = useState<{ id: string; x: number; y: number } | null>(null);
  const latest = useRef({ layout, place, network });
  latest.current = { layout, place, network };
  useEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg) return;
    const toLocal = (clientX: number, clientY: number): Pt | null => {
      const vp = viewportRef.current;
      if (!vp || typeof vp.getScreenCTM !== 'function' || typeof DOMPoint === 'undefined') return null;
      const ctm = vp.getScreenCTM();
      if (!ctm) return null;
      const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
      return { x: p.x, y: p.y };
    };
    const instance: DragInstance = createDrag(svg, {
      enabled: () => editableRef.current,
      toLocal,
      onStart: (id, p) => setDrag({ id, x: p.x, y: p.y }),
      onMove: (id, p) => setDrag({ id, x: p.x, y: p.y }),
      onCancel: () => setDrag(null),
      onEnd: (id, p) => {
        setDrag(null);
        const { layout: l, place: doPlace } = latest.current;
        const spot = locate(l, p.x, p.y);
        if (!spot) return;
        // Keep the angle where it was dropped; the layout picks the distance within the
        // circle so that the person does not land on top of someone else.
        doPlace(id, { closeness: spot.closeness, sector: spot.sector, angle: spot.angle, radius: undefined });
      },
    });
    return () => instance.destroy();
  }, [view]);
  const dropCell = useMemo(() => (drag ? locate(layout, drag.x, drag.y) : null), [drag, layout]);

  // ---- keyboard -----------------------------------------------------------------------------------------
  /** The person whose ties T walks through (kept while walking from tie to tie). */
  const tieAnchor = useRef<string | null>(null);
  const tiesOf = useCallback((id: string) => drawn.ties.filter((x) => x.between.includes(id)), [drawn]);

  const onSvgKeyDown = useCallback(
    (e: KeyboardEvent<SVGSVGElement>) => {
      const key = rovingId;
      const isTie = key.startsWith('tie:');
      const tie = isTie ? shown.ties.find((x) => tieKey(x.id) === key) : undefined;
      const arrows: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
      const dir = arrows[e.key];
      if (dir && e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        if (!editable || isTie) return;
        if (dir === 'up') moveRing(key, -1);
        else if (dir === 'down') moveRing(key, 1);
        else moveSector(key, dir === 'right' ? 1 : -1);
        pendingFocus.current = key;
        return;
      }
      if (dir && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
        e.preventDefault();
        let from: Pt | undefined = positions.get(key);
        if (tie) {
          const a = positions.get(tie.between[0]);
          const b = positions.get(tie.between[1]);
          // The middle of the drawn tie: B(0.5) when it bends around someone.
          if (a && b) from = tieMidpoint(a, b, layout.ties?.[tie.id]?.control);
        }
        if (!from) return;
        const items = [...positions].map(([id, p]) => ({ id, x: p.x, y: p.y }));
        const next = nearestInDirection(from, items, dir, isTie ? undefined : key);
        if (next) focusItem(next);
        else announce(t('ecogram.announce.edge'));
        return;
      }
      switch (e.key) {
        case 'Enter':
        case ' ': {
          e.preventDefault();
          const id = isTie ? key.slice(4) : key;
          setSelectedId(id);
          openFor(key, elementFor(key));
          return;
        }
        case 't':
        case 'T': {
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          e.preventDefault();
          const remembered = tieAnchor.current;
          const anchor = tie
            ? remembered && tie.between.includes(remembered)
              ? remembered
              : tie.between.includes(shown.focus)
                ? shown.focus
                : tie.between[0]
            : key;
          tieAnchor.current = anchor;
          const list = tiesOf(anchor);
          if (list.length === 0) {
            announce(t('ecogram.announce.noTies', { name: nameOf(anchor) }));
            return;
          }
          const i = tie ? list.findIndex((x) => x.id === tie.id) : -1;
          const step = e.shiftKey ? -1 : 1;
          const nextTie = list[(i + step + list.length + (i < 0 && step < 0 ? 1 : 0)) % list.length];
          if (nextTie) focusItem(tieKey(nextTie.id));
          return;
        }
        case 'f':
        case 'F':
          // F: focus on this person (a tie: its end that is not the client), again to end it.
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          e.preventDefault();
          spot.toggle(tie ? (tie.between[0] === shown.focus ? tie.between[1] : tie.between[0]) : key);
          return;
        case 'n':
        case 'N': {
          // N adds a person, like the Lifeline's N adds an event; focus comes back here.
          if (!editable || e.ctrlKey || e.metaKey || e.altKey) return;
          e.preventDefault();
          openEditor({ kind: 'add-person', anchor: elementFor(key) });
          return;
        }
        case 'Delete':
        case 'Backspace':
          if (!editable) return;
          e.preventDefault();
          removeItem(key);
          return;
        case 'Home':
          e.preventDefault();
          focusItem(shown.focus);
          return;
        case 'Escape':
          // An Escape pressed while an editor is open belongs to the editor (its dismiss handler
          // closes it), even when the popover has not taken focus yet: it must not also clear
          // the selection the editor was opened for.
          if (editor !== null) return;
          if (spot.end()) return e.preventDefault();
          if (selectedId !== null) {
            e.preventDefault();
            setSelectedId(null);
          }
          return;
        default:
      }
    },
    [announce, editable, editor, elementFor, focusItem, layout, moveRing, moveSector, nameOf, openEditor, openFor, positions, removeItem, rovingId, selectedId, setSelectedId, shown, spot, t, tiesOf],
  );

  const onRootKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      if (mod && !e.altKey && ((k === 'z' && e.shiftKey) || k === 'y')) {
        e.preventDefault();
        redo(target);
        return;
      }
      if (mod && !e.altKey && k === 'z') {
        e.preventDefault();
        undo(target);
        return;
      }
      if (mod || e.altKey || view !== 'map') return;
      if (target.closest('[data-part="editor-popover"], [role="dialog"]')) return;
      if (e.key === '+' || e.key === '=') {
        e.preventDefault();
        panZoom.current?.zoomIn();
      } else if (e.key === '-' || e.key === '_') {
        e.preventDefault();
        panZoom.current?.zoomOut();
      } else if (e.key === '0') {
        e.preventDefault();
        panZoom.current?.fit();
      }
    },
    [redo, undo, view],
  );

  // Undo pressed until nothing is left disables the focused button: focus goes to its partner
  // (Redo after Undo and vice versa) or to the map, never to the page.
  useLayoutEffect(() => {
    const from = historyFocus.current;
    if (!from) return;
    historyFocus.current = null;
    if (focusPartner(from, rootEl, 'data-action', HISTORY_PARTNERS) === 'none') focusItem(rovingId);
  });

  // ---- imperative handle ----------------------------------------------------------------------------
  const ariaLabel = props['aria-label'] ?? t('ecogram.label', { name: clientName });
  // Print and export carry the same title block (src/paper): the name as shown (redacted
  // when redacted), the date the map shows, the author.
  const paper = usePaper({ drawing: 'ecogram', title: t('ecogram.label', { name: clientName }), date: past && at ? at : today, author: props.author, page: props.paperPage, messages: t.messages, locale: t.locale });
  const exportOptions = useCallback(
    (svg: SVGSVGElement) => ({ title: ariaLabel, key: exportKeyOf(svg), titleBlock: paper.exportBlock, legend: rootEl?.querySelector('[data-part="legend-slot"] [data-part="legend"]') }),
    [ariaLabel, paper, rootEl],
  );
  const toSVG = useCallback(() => (svgRef.current ? exportSVG(svgRef.current, exportOptions(svgRef.current)) : ''), [exportOptions]);
  const toPNG = useCallback(
    (o?: EcogramPNGOptions) =>
      svgRef.current ? exportPNG(svgRef.current, { ...exportOptions(svgRef.current), ...(o ?? {}) }) : Promise.reject(new Error('Nothing is drawn')),
    [exportOptions],
  );
  useImperativeHandle(
    props.handleRef,
    () => ({
      toSVG,
      toPNG,
      zoomIn: () => panZoom.current?.zoomIn(),
      zoomOut: () => panZoom.current?.zoomOut(),
      fit: () => panZoom.current?.fit(),
      focus: () => focusItem(rovingId),
    }),
    [toSVG, toPNG, focusItem, rovingId],
  );

  // ---- render ------------------------------------------------------------------------------------------
  const openId = editor?.kind === 'person' || editor?.kind === 'tie' ? editor.id : null;
  // Focus on one person: the one in focus, else the selected or focused person, else the client.
  const spotTarget = spot.spotlight?.id ?? (selectedId && positions.has(selectedId) ? selectedId : positions.has(rovingId) ? rovingId : shown.focus);
  const empty = shown.people.length <= 1;
  // Conversation hooks from the method ("Ik heb geen netwerk"): shown while the informal
  // network on the map is one person or none.
  const fewInformal =
    shown.people.filter((p) => p.id !== shown.focus && effectiveFormality(p) === 'informal' && p.kind !== 'place' && p.kind !== 'organisation').length <= 1;
  const labels = shown.people.length > LABEL_LIMIT && zoomK < 1.8 ? 'focused' : 'all';

  const editorView = ((): { title: string; body: ReactElement; onDelete?: () => void; deleteLabel?: string } | null => {
    if (!editor) return null;
    if (editor.kind === 'person') {
      const person = network.people.find((p) => p.id === editor.id);
      if (!person) return null;
      const isFocus = person.id === network.focus;
      return {
        title: t('editor.person.title', { name: person.name }),
        ...(isFocus
          ? {}
          : {
              onDelete: () => {
                setEditor(null);
                removeItem(person.id);
              },
              deleteLabel: t('editor.person.delete', { name: person.name }),
            }),
        body: (
          <PersonEditor
            value={person}
            network={network}
            issues={issues}
            locale={t.locale}
            messages={t.messages}
            hiddenFields={isFocus ? ['sector', 'closeness', 'formality', 'consent', 'consentDate', 'source', 'burden', 'boundary'] : []}
            onChange={(patch) => {
              const name = patch.name ?? person.name;
              const message =
                patch.closeness && patch.sector
                  ? t('ecogram.announce.movedBoth', { name, ring: ringText(patch.closeness), sector: sectorText(patch.sector) })
                  : patch.closeness
                    ? t('ecogram.announce.movedRing', { name, ring: ringText(patch.closeness) })
                    : patch.sector
                      ? t('ecogram.announce.movedSector', { name, sector: sectorText(patch.sector) })
                      : t('ecogram.announce.updated', { name });
              const moved = patch.closeness !== undefined || patch.sector !== undefined;
              const keys = Object.keys(patch).sort().join(',');
              if (apply(updatePerson(network, person.id, patch), { type: moved ? 'place-person' : 'update-person', id: person.id, message }, { coalesceKey: `person:${person.id}:${keys}`, silent: !moved }) !== null) {
                session.current.changed = true;
              }
            }}
          />
        ),
      };
    }
    if (editor.kind === 'tie') {
      const tie = network.ties.find((x) => x.id === editor.id);
      if (!tie) return null;
      const a = nameOf(tie.between[0]);
      const b = nameOf(tie.between[1]);
      return {
        title: t('editor.tie.title', { a, b }),
        onDelete: () => {
          setEditor(null);
          removeItem(tieKey(tie.id));
        },
        deleteLabel: t('editor.tie.delete'),
        body: (
          <TieEditor
            value={tie}
            network={network}
            issues={issues}
            locale={t.locale}
            messages={t.messages}
            today={() => today}
            onChange={(given, dated) => {
              if (dated && given.status !== undefined) {
                // "Sinds wanneer?" answered: core writes the state before and the new status, dated (one undo step).
                if (apply(changeTieStatus(network, tie.id, given.status, { date: dated.date }), { type: 'update-tie', id: tie.id, message: t('ecogram.announce.tieUpdated', { a, b }) }, { silent: true }) !== null) {
                  session.current.changed = true;
                  if (dated.date === today) session.current.recorded = true;
                }
                return;
              }
              // The first change of status, strength or quality in an editing session is
              // recorded in the tie's history (core writes the state before and the new state);
              // later changes in the same session correct that new entry instead of adding more.
              let patch = given;
              const stateKeys = (['status', 'strength', 'quality'] as const).filter((k) => k in given);
              const stateChange = stateKeys.length > 0 && !('history' in given);
              const record = stateChange && !session.current.recorded;
              const last = tie.history?.[tie.history.length - 1];
              if (stateChange && !record && last && last.date === today) {
                const corrected: TieHistoryEntry = { ...last };
                for (const k of stateKeys) {
                  if (given[k] === undefined) delete corrected[k];
                  else Object.assign(corrected, { [k]: given[k] });
                }
                patch = { ...given, history: [...(tie.history ?? []).slice(0, -1), corrected] };
              }
              const keys = Object.keys(given).sort().join(',');
              const done = apply(
                updateTie(network, tie.id, patch, { date: today, recordHistory: record }),
                { type: 'update-tie', id: tie.id, message: t('ecogram.announce.tieUpdated', { a, b }) },
                { coalesceKey: `tie:${tie.id}:${keys}`, silent: true },
              );
              if (done !== null) {
                session.current.changed = true;
                if (record) session.current.recorded = true;
              }
            }}
          />
        ),
      };
    }
    if (editor.kind === 'add-person') {
      return {
        title: t('ecogram.addPerson'),
        body: (
          <AddPersonForm
            showTitle={false}
            announce={false}
            added={addedName}
            issues={issues}
            locale={t.locale}
            messages={t.messages}
            onSubmit={(input: PersonInput) => {
              const id = apply(addPerson(network, input), { type: 'add-person', message: t('ecogram.announce.added', { name: input.name }) });
              if (id) whenShown(network, (shown) => {
                if (shown.people.some((p) => p.id === id)) setSelectedId(id);
                // The form's "… is toegevoegd." only once the host shows it (not for a refused edit).
                setAddedName(input.name);
              });
              return id !== null;
            }}
          />
        ),
      };
    }
    return {
      title: t('ecogram.addTie'),
      body: (
        <AddTieForm
          network={network}
          {...(editor.from ? { from: editor.from } : {})}
          showTitle={false}
          announce={false}
          issues={issues}
          locale={t.locale}
          messages={t.messages}
          onSubmit={(input: TieInput) => {
            const id = apply(addTie(network, input), {
              type: 'add-tie',
              message: t('ecogram.announce.tieAdded', { a: nameOf(input.between[0]), b: nameOf(input.between[1]) }),
            });
            return id !== null;
          }}
        />
      ),
    };
  })();

  return (
    // On paper (paper.css): the map on one A4 page (square, so portrait); the list view runs
    // over as many pages as it needs.
    <div data-part="body" data-paper={view === 'map' ? 'portrait' : undefined} ref={setRootEl} onKeyDown={onRootKeyDown} data-mode={screen.mode} data-narrow={screen.narrow ? '' : undefined}>
      <TitleBlock content={paper.content} />
      <div data-part="toolbar" data-screen-only="" role="group" aria-label={t('ecogram.toolbar')}>
        {editable ? (
          <div data-part="toolbar-group">
            <button type="button" data-part="button" data-action="add-person" aria-haspopup="dialog" aria-keyshortcuts="N" onClick={(e) => openEditor({ kind: 'add-person', anchor: e.currentTarget })}>
              <PlusIcon /> {t('ecogram.addPerson')}
            </button>
            <button
              type="button"
              data-part="button"
              data-action="add-tie"
              aria-haspopup="dialog"
              disabled={network.people.length < 2}
              onClick={(e) => openEditor({ kind: 'add-tie', anchor: e.currentTarget, ...(selectedId && positions.has(selectedId) ? { from: selectedId } : {}) })}
            >
              <PlusIcon /> {t('ecogram.addTie')}
            </button>
          </div>
        ) : null}
        {editable ? (
          <div data-part="toolbar-group">
            <button type="button" data-part="button" data-action="undo" disabled={!canUndo} onClick={(e) => undo(e.currentTarget)} aria-keyshortcuts="Control+Z Meta+Z">
              <UndoIcon /> <span data-part="button-label">{t('ecogram.undo')}</span>
            </button>
            <button type="button" data-part="button" data-action="redo" disabled={!canRedo} onClick={(e) => redo(e.currentTarget)} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z">
              <UndoIcon redo /> <span data-part="button-label">{t('ecogram.redo')}</span>
            </button>
          </div>
        ) : null}
        {view === 'map' ? (
          <div data-part="toolbar-group">
            <button type="button" data-part="button" data-action="zoom-out" data-icon-only="" aria-label={t('ecogram.zoomOut')} title={t('ecogram.zoomOut')} aria-keyshortcuts="-" onClick={() => panZoom.current?.zoomOut()}>
              <span aria-hidden="true">−</span>
            </button>
            <button type="button" data-part="button" data-action="zoom-in" data-icon-only="" aria-label={t('ecogram.zoomIn')} title={t('ecogram.zoomIn')} aria-keyshortcuts="+" onClick={() => panZoom.current?.zoomIn()}>
              <span aria-hidden="true">+</span>
            </button>
            <button type="button" data-part="button" data-action="fit" aria-keyshortcuts="0" onClick={() => panZoom.current?.fit()}>
              <FitIcon /> <span data-part="button-label">{t('ecogram.fit')}</span>
            </button>
          </div>
        ) : null}
        {empty ? null : (
          <div data-part="toolbar-group">
            {props.hideFilter ? null : <FilterButton t={t} disclosure={filterDisclosure} result={filtering.result} />}
            {view === 'map' ? <SpotlightButton t={t} spotlight={spot.spotlight} targetName={nameOf(spotTarget)} onClick={() => spot.toggle(spotTarget)} /> : null}
          </div>
        )}
        {view === 'map' ? <SaveButtons messages={t.messages} fileName={paper.fileName} toSVG={toSVG} toPNG={toPNG} onStatus={announce} /> : null}
        <div data-part="view-toggle" role="group" aria-label={t('ecogram.view')}>
          <button type="button" data-part="button" aria-pressed={view === 'map'} onClick={() => switchView('map')}>
            {t('ecogram.viewMap')}
          </button>
          <button type="button" data-part="button" aria-pressed={view === 'list'} onClick={() => switchView('list')}>
            {t('ecogram.viewList')}
          </button>
        </div>
      </div>
      <FilterPanel t={t} disclosure={filterDisclosure} filter={filtering.filter} onChange={filtering.setFilter} result={filtering.result} network={shown} layout={layout} clientName={clientName} />

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
      {empty ? <p data-part="empty">{t('ecogram.empty')}</p> : null}
      {!empty && editable && fewInformal ? <p data-part="hint" data-screen-only="">{t('ecogram.fewInformal')}</p> : null}

      <div data-part="main">
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
              drag={drag}
              dropCell={dropCell}
              hitRadius={hitRadius}
              labels={labels}
              draggable={editable}
              supportLetters={props.supportLetters}
              svgRef={svgRef}
              viewportRef={viewportRef}
              labelScale={pxPerUnit}
              hold={!screen.measured}
              onItemClick={onItemClick}
              onItemFocus={onItemFocus}
              onKeyDown={onSvgKeyDown}
            />
          ) : (
            <NetworkList
              network={drawn}
              selectedId={selectedId}
              locale={t.locale}
              messages={t.messages}
              headingLevel={3}
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
          <EditorPopover
            open={editorView !== null}
            onOpenChange={(open) => {
              if (!open) closeEditor();
            }}
            anchor={popoverAnchor(editor?.anchor ?? null)}
            title={editorView?.title ?? ''}
            portalRoot={rootEl}
            returnFocus={false}
            locale={t.locale}
            messages={t.messages}
            {...(editorView?.onDelete ? { onDelete: editorView.onDelete, deleteLabel: editorView.deleteLabel } : {})}
          >
            {editorView?.body}
          </EditorPopover>
        </div>
        {/* Every print and export explains its symbols: without `showLegend`, on paper only. */}
        <div data-part="legend-slot" data-print-only={props.showLegend ? undefined : ''}>
          <Legend network={shown} headingLevel={3} locale={t.locale} messages={t.messages} supportLetters={props.supportLetters !== false} scrollable={Boolean(props.showLegend)} />
        </div>
      </div>

      {props.showTimeSlider ? (
        <TimeSlider
          network={network}
          value={at ?? null}
          onChange={(date) => setAt(date ?? undefined)}
          locale={t.locale}
          messages={t.messages}
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

function KeyboardHelp({ t, editable }: { t: Text; editable: boolean }): ReactElement {
  const mac = isMac();
  const mod = mac ? '⌘' : 'Ctrl';
  const alt = mac ? '⌥' : 'Alt';
  const rows: [string, string][] = [
    ['← ↑ → ↓', t('ecogram.key.arrows')],
    ['Home', t('ecogram.key.home')],
    ['F', t('ecogram.key.spotlight')],
    ['T / Shift+T', t('ecogram.key.ties')],
    ['+ / − / 0', t('ecogram.key.zoom')],
  ];
  if (editable) {
    rows.splice(2, 0,
      ['Enter', t('ecogram.key.enter')],
      [`${alt}+↑`, t('ecogram.key.inward')],
      [`${alt}+↓`, t('ecogram.key.outward')],
      [`${alt}+← / ${alt}+→`, t('ecogram.key.sector')],
    );
    rows.push(['Delete', t('ecogram.key.delete')], [`${mod}+Z / ${mod}+Shift+Z`, t('ecogram.key.undo')]);
  }
  rows.push(['Esc', t('ecogram.key.escape')]);
  return (
    <details data-part="keyboard-help" data-screen-only="">
      <summary>{t('ecogram.keyboardHelp')}</summary>
      <dl>
        {rows.map(([keys, what]) => (
          <div key={keys} data-part="keyboard-help-row">
            <dt><kbd>{keys}</kbd></dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      {editable ? <p>{t('ecogram.key.drag')}</p> : null}
    </details>
  );
}

function FitIcon(): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function PlusIcon(): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function UndoIcon({ redo }: { redo?: boolean }): ReactElement {
  return (
    <svg data-part="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g transform={redo ? 'translate(16 0) scale(-1 1)' : undefined}>
        <path d="M6 3 2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </g>
    </svg>
  );
}

/**
 * The key of names not drawn on the map, as rendered for print beside the SVG (numbered list
 * in `[data-part="print-key"]`), for the SVG/PNG export: a picture on file has no hover either.
 */
function exportKeyOf(svg: SVGSVGElement): ExportKey | undefined {
  const list = svg.parentElement?.querySelector(':scope > [data-part="print-key"]');
  if (!list) return undefined;
  const items = Array.from(list.querySelectorAll('li'), (li, i) => ({
    number: Number(li.getAttribute('value')) || i + 1,
    text: isolatedText(li), // the name's <bdi> comes back as FSI…PDI: the file has no <bdi>
  }));
  return { title: list.querySelector('[data-part="print-key-title"]')?.textContent ?? '', items };
}

/** Undo and Redo hand focus to each other when the focused one disables itself. */
const HISTORY_PARTNERS: Readonly<Record<string, readonly string[]>> = { undo: ['redo'], redo: ['undo'] };
