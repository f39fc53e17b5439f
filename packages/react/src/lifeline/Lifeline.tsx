/**
 * The levenslijn: a client's life events and periods on a time line, highs above and
 * lows below, drawn, listed, edited and navigated by mouse, touch or keyboard alone.
 */
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';
import {
  addEvent,
  formatFuzzyDate,
  fuzzyDateStart,
  removeEvent,
  todayFuzzyDate,
  updateEvent,
  type EventInput,
  type EventPatch,
  type LifeEvent,
  type Network,
  type NetworkIssue,
  type OperationResult,
} from '@kring/core';
import { EditorPopover } from '../editor/EditorPopover';
import { exportPNG, exportSVG } from '../export';
import { SaveButtons, TitleBlock, paperOrientation, usePaper } from '../paper';
import { useControllableState } from '../utils/useControllableState';
import { InvalidNetwork, LiveRegion, useAnnouncer, useNetworkEditing, useNetworkSource, ViewErrorBoundary } from '../document';
import { activeElementOf } from '../utils/activeElement';
import { useKringLink } from '../linked';
import { useRedaction } from '../redaction/useRedaction';
import { AddEventForm, EventEditor, type AddEventFormControl } from './EventEditor';
import { CategoryIcon } from './icons';
import { clampValence, layoutHorizontal, layoutVertical, type Glyph } from './layout';
import { LifelineChart } from './LifelineChart';
import { LifelineList } from './LifelineList';
import { eventDateText, eventPeopleNames, hasValidDates, itemReach, joinWords, shortDateText, toItems, type LifelineItem } from './model';
import { useLifelineText, type LifelineText } from './text';
import { dayToFuzzyDate, fullDomain, partsOf, timeTicks, toPx, type TimeScale } from './time';
import type { LifelineChange, LifelineHandle, LifelineProps, LifelineView } from './types';
import { useContainerWidth } from './useContainerWidth';
import { useMeasureText } from './measureText';
import { focusPartner } from '../utils/focusPartner';
import { isolate } from '../utils/bidi';
import { UserText } from '../utils/UserText';
import { useTimeZoom } from './useTimeZoom';

/** Below this width (px) the lifeline turns vertical in `orientation="auto"`. */
export const LIFELINE_NARROW = 480;
const GUTTER = 112;
const RIGHT = 22;
const V_TOP = 44;
const V_RULER = 50;
const V_LEFT = 58;

const EMPTY_NETWORK: Network = { format: 'kring.network', version: 1, focus: '', people: [], ties: [], groups: [], events: [] };

type EditorState =
  | { mode: 'add'; anchor: Element | null }
  | { mode: 'edit' | 'view'; id: string; anchor: Element | null };

/** The day an item's marker stands on: the middle of a vague date, the start of a period. */
function itemDay(item: LifelineItem): number {
  return item.kind === 'point' ? (item.startRange.from + item.startRange.to) / 2 : item.startRange.from;
}

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
  // Read with core's parseNetwork, like every view (the same rules as the Ecogram).
  const { parsed, source, commit } = useNetworkSource<LifelineChange>(props, EMPTY_NETWORK);
  if (!parsed.ok) {
    return (
      <div className="kring-lifeline" data-part="root" data-kring-theme={props.theme}>
        <InvalidNetwork issues={parsed.errors} texts={{ title: t('invalidNetwork'), more: (count) => t('invalidMore', { count }), issue: t.issue }} />
      </div>
    );
  }
  return (
    <ViewErrorBoundary
      view="lifeline"
      resetKey={source}
      fallback={(retry) => (
        <div className="kring-lifeline" data-part="root" role="alert">
          <p data-part="invalid">{t('renderError')}</p>
          <button type="button" className="kring-lifeline__button" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      <LifelineInner {...props} network={parsed.network} onCommit={commit} handleRef={ref} t={t} />
    </ViewErrorBoundary>
  );
});

interface InnerProps extends Omit<LifelineProps, 'network' | 'onChange'> {
  network: Network;
  onCommit: (next: Network, change: LifelineChange) => void;
  t: LifelineText;
  handleRef: React.ForwardedRef<LifelineHandle>;
}

function LifelineInner(props: InnerProps): ReactElement {
  const { t, readOnly: readOnlyProp = false, redacted: redactedProp = false, showHelp = true, showLegend = true } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = 'kl' + useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const link = useKringLink();

  // ---- data ----
  const network = props.network;
  const redaction = redactedProp === true ? 'initials' : redactedProp;
  const readOnly = readOnlyProp || redaction !== false;
  // Redacted, the chart shows opaque ids (e1, p1, …); the host's ids are translated at the boundary.
  const redactedView = useRedaction(network, redaction);
  const shown = redactedView.network;

  // ---- selection, link ----
  // Kept in the host's ids, like a controlled or linked selection.
  const [ownSelection, setOwnSelection] = useState<string | null>(props.defaultSelectedEventId ?? null);
  const selectedId = redactedView.toShown(
    props.selectedEventId !== undefined ? props.selectedEventId : link ? link.selectedEventId : ownSelection,
  );
  const onSelectEvent = props.onSelectEvent;
  const select = useCallback(
    (id: string | null) => {
      setOwnSelection(redactedView.toHost(id));
      link?.selectEvent(redactedView.toHost(id));
      onSelectEvent?.(redactedView.toHost(id));
    },
    [link, onSelectEvent, redactedView],
  );
  const highlightPersonId = redactedView.toShown(
    props.highlightPersonId !== undefined ? props.highlightPersonId : (link?.selectedPersonId ?? null),
  );
  const markedDate = props.markedDate !== undefined ? props.markedDate : (link?.date ?? null);
  const canPick = Boolean(props.onPickDate || link);

  const [view, setView] = useControllableState<LifelineView>({
    value: props.view,
    defaultValue: props.defaultView ?? 'timeline',
    onChange: props.onViewChange,
  });

  // ---- announcements ----
  const { announce, message: announcement } = useAnnouncer();
  // ---- editing: one undo history per network (shared with linked views) ----
  const editingMessages = useMemo(
    () => ({ undone: t('announceUndo'), redone: t('announceRedo'), nothingToUndo: t('announceNothingToUndo'), nothingToRedo: t('announceNothingToRedo') }),
    [t],
  );
  const editing = useNetworkEditing<LifelineChange>({ network, commit: props.onCommit, editable: !readOnly, announce, messages: editingMessages });
  // An edit is announced (and what it added selected) once the host shows it: not when refused.
  const { whenShown, afterLastEdit, canUndo, canRedo } = editing;
  /** The title of the last event added and shown: the add form's status line. */
  const [addedTitle, setAddedTitle] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  /** The deleted event the notice is about: its Undo brings focus back to it. */
  const removedIdRef = useRef<string | null>(null);
  /**
   * The element that had focus when Undo/Redo ran or the notice was closed. If it is gone or
   * disabled afterwards, focus moves on instead of falling to the page (layout effect below).
   */
  const keepFocusFrom = useRef<Element | null>(null);

  // ---- size, orientation ----
  const width = useContainerWidth(rootRef, 800);
  const orientation =
    props.orientation === 'horizontal' || props.orientation === 'vertical'
      ? props.orientation
      : width < LIFELINE_NARROW
        ? 'vertical'
        : 'horizontal';
  const horizontal = orientation === 'horizontal';
  const verticalHeight = Math.max(280, props.verticalHeight ?? 560);

  // ---- time ----
  const todayString = props.today ?? todayFuzzyDate();
  const today = Number.isFinite(fuzzyDateStart(todayString)) ? fuzzyDateStart(todayString) : fuzzyDateStart(todayFuzzyDate());
  const items = useMemo(() => toItems(shown.events, today), [shown.events, today]);
  const invalidCount = shown.events.length - items.length;
  const [d0, d1] = useMemo(() => fullDomain(items.map(itemReach), today), [items, today]);
  const baseR1 = horizontal ? Math.max(GUTTER + 120, width - RIGHT) : verticalHeight - 16;
  const base = useMemo<TimeScale>(
    () => ({ d0, d1, r0: horizontal ? GUTTER : V_TOP, r1: baseR1 }),
    [d0, d1, horizontal, baseR1],
  );
  const zoom = useTimeZoom(svgRef, base, horizontal ? 'x' : 'y', [0, 100]);
  const scale = zoom.scale;

  const dateTextShort = useCallback((item: LifelineItem) => shortDateText(item.event, t.locale), [t.locale]);
  const measureTitleRef = useRef<SVGTSpanElement>(null);
  const measureDateRef = useRef<SVGTSpanElement>(null);
  const measure = useMeasureText(measureTitleRef, measureDateRef);
  const layout = useMemo(
    () =>
      horizontal
        ? layoutHorizontal(items, scale, { dateText: dateTextShort, ...(measure ? { measure } : {}) })
        : layoutVertical(items, scale, { width, left: V_LEFT, dateText: dateTextShort }),
    [horizontal, items, scale, width, dateTextShort, measure],
  );
  const ticks = useMemo(() => timeTicks(scale, t.locale).ticks, [scale, t.locale]);
  const chartHeight = horizontal ? layout.crossSize + 6 + 40 : Math.max(verticalHeight, layout.timeSize ?? 0);
  const ruler = horizontal ? layout.crossSize + 6 : V_RULER;
  const plot = horizontal
    ? { t0: scale.r0, t1: scale.r1, c0: 0, c1: layout.crossSize }
    : { t0: scale.r0, t1: scale.r1, c0: V_LEFT + 5 * 26, c1: V_LEFT };

  // ---- words ----
  const describeEvent = useCallback(
    (e: LifeEvent): string => {
      const parts = [
        isolate(e.title),
        hasValidDates(e) ? eventDateText(e, t.locale, { periodRange: t('periodRange'), periodOngoing: t('periodOngoing') }) : (e.date ?? e.start ?? ''),
        t.label('category', e.category),
        t.label('valence', clampValence(e.valence)),
      ];
      const names = eventPeopleNames(e, shown);
      if (names.length) parts.push(t('withPeople', { people: joinWords(names, t.locale) }));
      return parts.filter(Boolean).join(', ');
    },
    [t, shown],
  );
  const describeGlyph = useCallback((g: Glyph) => describeEvent(g.item.event), [describeEvent]);
  const yearText = (day: number) => String(partsOf(day).year);
  const focusName = shown.people.find((p) => p.id === shown.focus)?.name;
  const rootLabel = props['aria-label'] ?? (focusName ? t('labelFor', { name: focusName }) : t('label'));
  const visibleFrom = zoom.zoomed ? formatFuzzyDate(dayToFuzzyDate(scale.d0).slice(0, 7), t.locale) : yearText(d0);
  const visibleTo = zoom.zoomed ? formatFuzzyDate(dayToFuzzyDate(scale.d1 - 1).slice(0, 7), t.locale) : yearText(d1 - 1);
  const plotLabel = `${rootLabel}. ${t('plot', { from: visibleFrom, to: visibleTo })}`;

  // ---- focus management ----
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const drawnIds = useMemo(() => new Set(layout.glyphs.map((g) => g.item.id)), [layout]);
  const tabStopId =
    focusedId && drawnIds.has(focusedId)
      ? focusedId
      : selectedId && drawnIds.has(selectedId)
        ? selectedId
        : (layout.glyphs[0]?.item.id ?? null);
  useEffect(() => {
    if (!pendingFocus) return;
    const root = rootRef.current;
    if (!root) return;
    if (pendingFocus === '#chart') {
      svgRef.current?.focus();
      setPendingFocus(null);
      return;
    }
    if (pendingFocus.startsWith('list:')) {
      const id = pendingFocus.slice(5);
      const item = Array.from(root.querySelectorAll<HTMLElement>('[data-part="list-item"]')).find((x) => x.getAttribute('data-event-id') === id);
      (item?.querySelector<HTMLElement>('[data-part="list-edit"]') ?? root.querySelector<HTMLElement>('[data-part="view-list"]'))?.focus();
      setPendingFocus(null);
      return;
    }
    const el = Array.from(root.querySelectorAll<HTMLElement | SVGElement>('[data-part="event"][data-event-id]')).find(
      (x) => x.getAttribute('data-event-id') === pendingFocus,
    );
    if (el) {
      el.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, layout, view]);

  const goTo = useCallback(
    (item: LifelineItem) => {
      zoom.reveal(toPx(scale, itemDay(item)));
      select(item.id);
      setPendingFocus(item.id);
    },
    [scale, zoom, select],
  );

  // ---- editing ----
  const [editor, setEditor] = useState<EditorState | null>(null);
  /** Issues from the last refused operation, shown in the editor. */
  const [issues, setIssues] = useState<NetworkIssue[]>([]);
  /** Titles of events changed during this editing session (announced when it ends). */
  const editedRef = useRef<string | null>(null);

  const errorsText = useCallback(
    (errors: NetworkIssue[]) => errors.map((e) => t.issue(e.code)).join(' '),
    [t],
  );

  const editingApply = editing.apply;
  const commit = useCallback(
    (
      result: OperationResult,
      type: LifelineChange['type'],
      message: string,
      id?: string,
      options: { coalesceKey?: string; silent?: boolean } = {},
    ): NetworkIssue[] | null => {
      const applied = editingApply(result, { type, message, ...(id !== undefined ? { id } : {}) }, options);
      if (!applied.ok) return applied.errors;
      // Any later change retires the "removed" notice: its Undo undoes the last step, which
      // would no longer be the removal it names. (remove() sets a new notice after this.)
      setRemoved(null);
      return null;
    },
    [editingApply],
  );

  /** Where focus goes back to when the editor closes without a new target. */
  const returnFocusRef = useRef<Element | null>(null);
  const openAdd = useCallback(
    (anchor: Element | null) => {
      if (readOnly) return;
      setIssues([]);
      setRemoved(null);
      setEditor({ mode: 'add', anchor });
      setAddedTitle(null);
      lastAddedRef.current = null;
      // Escape or Cancel returns to where the user was (e.g. the event where N was pressed).
      const active = activeElementOf(rootRef.current);
      returnFocusRef.current = active && rootRef.current?.contains(active) ? active : anchor;
    },
    [readOnly],
  );
  const openEdit = useCallback(
    (id: string, anchor: Element | null) => {
      setIssues([]);
      editedRef.current = null;
      setEditor({ mode: readOnly ? 'view' : 'edit', id, anchor });
      returnFocusRef.current = anchor;
    },
    [readOnly],
  );
  const closeEditor = useCallback((focusId?: string | null) => {
    setEditor(null);
    setIssues([]);
    if (editedRef.current !== null) {
      const message = t('announceUpdated', { title: editedRef.current });
      afterLastEdit(() => announce(message));
      editedRef.current = null;
    }
    if (focusId) {
      setPendingFocus(focusId);
      return;
    }
    const back = returnFocusRef.current as (Element & { focus?: () => void }) | null;
    if (back && back.isConnected && typeof back.focus === 'function') back.focus();
    else setPendingFocus('#chart');
  }, [afterLastEdit, announce, t]);

  const remove = useCallback(
    (id: string) => {
      if (readOnly) return;
      const event = network.events.find((e) => e.id === id);
      if (!event) return;
      const index = items.findIndex((i) => i.id === id);
      const neighbour = items[index + 1] ?? items[index - 1];
      const errors = commit(removeEvent(network, id), 'remove-event', t('announceRemoved', { title: event.title }), id);
      if (errors) {
        announce(t('errorSave', { reason: errorsText(errors) }));
        return;
      }
      whenShown(network, () => {
        setRemoved(event.title);
        removedIdRef.current = id;
      });
      setEditor(null);
      if (selectedId === id) select(null);
      setFocusedId(null);
      setPendingFocus(view === 'list' ? `list:${neighbour?.id ?? ''}` : (neighbour?.id ?? '#chart'));
    },
    [readOnly, network, items, commit, t, announce, errorsText, selectedId, select, view, whenShown],
  );

  const { undo: undoStep, redo: redoStep } = editing;
  const undo = useCallback((from?: Element | null) => {
    if (!undoStep()) return;
    keepFocusFrom.current = from ?? null;
    setRemoved(null);
  }, [undoStep]);
  const redo = useCallback((from?: Element | null) => {
    if (!redoStep()) return;
    keepFocusFrom.current = from ?? null;
    setRemoved(null);
  }, [redoStep]);

  // Undo pressed until nothing is left disables the focused button, and the notice's Undo and
  // Close take the notice away: focus goes to the partner button (Redo after Undo and vice
  // versa), to the event the notice's Undo brought back, or to the events; never to the page.
  // Runs after every commit on purpose; the ref makes it act once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const from = keepFocusFrom.current;
    if (!from) return;
    keepFocusFrom.current = null;
    // Zooming in as far as it goes disables Inzoomen (Uitzoomen takes over); Uitzoomen and
    // Alles tonen are disabled once everything is shown (Inzoomen takes over).
    if (focusPartner(from, rootRef.current, 'data-part', FOCUS_PARTNERS) !== 'none') return;
    const part = from.getAttribute('data-part');
    const restored = removedIdRef.current;
    const target = part === 'notice-undo' && restored && network.events.some((e) => e.id === restored) ? restored : tabStopId;
    setPendingFocus(view === 'list' ? `list:${target ?? ''}` : (target ?? '#chart'));
  });

  /** Zoom from a toolbar button (or a key pressed on one): if that disables it, focus goes to its partner. */
  const zoomFrom = (from: Element | null, action: () => void) => {
    if (from?.getAttribute('data-part')?.startsWith('zoom-')) keepFocusFrom.current = from;
    action();
  };

  /** The add form (so that "Klaar" adds what was typed), the last event added, and a veto on closing. */
  const addFormRef = useRef<AddEventFormControl>(null);
  const lastAddedRef = useRef<string | null>(null);
  const keepOpenRef = useRef(false);

  const addFromForm = useCallback(
    (input: EventInput): boolean => {
      const result = addEvent(network, input);
      // The form says it in its own status line (inside the dialog, where it is heard).
      const errors = commit(result, 'add-event', t('announceAdded', { title: input.title }), result.ok ? result.id : undefined, { silent: true });
      if (errors || !result.ok || !result.id) {
        setIssues(errors ?? []);
        return false;
      }
      lastAddedRef.current = result.id;
      const id = result.id;
      whenShown(network, (shown) => {
        if (!shown.events.some((e) => e.id === id)) return;
        select(id);
        setAddedTitle(input.title);
      });
      const day = fuzzyDateStart(input.date ?? (input.start as string));
      if (day < scale.d0 || day >= scale.d1) zoom.reset();
      setRemoved(null);
      setIssues([]);
      return true;
    },
    [network, commit, t, select, scale, zoom, whenShown],
  );

  const editLive = useCallback(
    (id: string, patch: EventPatch, field: string) => {
      const event = network.events.find((e) => e.id === id);
      if (!event) return;
      const title = patch.title ?? event.title;
      const errors = commit(updateEvent(network, id, patch), 'update-event', t('announceUpdated', { title }), id, {
        coalesceKey: `event:${id}:${field}`,
        silent: true,
      });
      setIssues(errors ?? []);
      if (!errors) editedRef.current = title;
    },
    [network, commit, t],
  );

  // ---- keyboard ----
  const onRootKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('[data-part="editor-popover"], input, textarea, select')) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key;
    if (mod && !e.altKey && (key === 'z' || key === 'Z')) {
      e.preventDefault();
      if (e.shiftKey) redo(target);
      else undo(target);
      return;
    }
    if (mod && !e.altKey && (key === 'y' || key === 'Y')) {
      e.preventDefault();
      redo(target);
      return;
    }
    if (mod || e.altKey) return;
    // Zooming from a focused event keeps that event where it is (and so in view).
    const focusedItem = items.find((i) => i.id === target.getAttribute('data-event-id') && target.getAttribute('data-part') === 'event');
    const at = focusedItem ? toPx(scale, itemDay(focusedItem)) : undefined;
    if (view === 'timeline' && (key === '+' || key === '=')) {
      e.preventDefault();
      zoomFrom(target, () => zoom.zoomIn(at));
    } else if (view === 'timeline' && (key === '-' || key === '_')) {
      e.preventDefault();
      zoomFrom(target, () => zoom.zoomOut(at));
    } else if (view === 'timeline' && key === '0') {
      e.preventDefault();
      zoomFrom(target, () => zoom.reset());
    } else if ((key === 'n' || key === 'N') && !readOnly) {
      e.preventDefault();
      openAdd(rootRef.current?.querySelector('[data-part="add"]') ?? null);
    }
  };

  const onChartKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = Math.abs(scale.r1 - scale.r0) * 0.2;
    const back = horizontal ? 'ArrowLeft' : 'ArrowUp';
    const forward = horizontal ? 'ArrowRight' : 'ArrowDown';
    if (e.key === back || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      zoom.panBy(-step);
    } else if (e.key === forward || e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      zoom.panBy(step);
    } else if (e.key === 'Enter' && canPick) {
      e.preventDefault();
      pickDay(Math.floor((scale.d0 + scale.d1) / 2));
    }
  };

  const onEventKeyDown = useCallback(
    (id: string, e: KeyboardEvent<SVGGElement>) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const index = items.findIndex((i) => i.id === id);
      let next: LifelineItem | undefined;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = items[index + 1];
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = items[index - 1];
          break;
        case 'Home':
          next = items[0];
          break;
        case 'End':
          next = items[items.length - 1];
          break;
        case 'Enter':
        case ' ':
          e.preventDefault();
          e.stopPropagation();
          select(id);
          openEdit(id, e.currentTarget);
          return;
        case 'Delete':
        case 'Backspace':
          if (readOnly) return;
          e.preventDefault();
          e.stopPropagation();
          remove(id);
          return;
        case 'Escape':
          if (selectedId) {
            e.preventDefault();
            select(null);
          }
          return;
        default:
          return;
      }
      e.preventDefault();
      e.stopPropagation();
      if (next) goTo(next);
    },
    [items, select, openEdit, readOnly, remove, selectedId, goTo],
  );

  const onEventClick = useCallback(
    (id: string, e: MouseEvent<SVGGElement>) => {
      e.stopPropagation();
      // Read-only: a click selects (e.g. for linked views); a second click shows the details.
      if (readOnly && selectedId !== id) {
        select(id);
        return;
      }
      select(id);
      openEdit(id, e.currentTarget);
    },
    [select, openEdit, readOnly, selectedId],
  );
  const onEventFocus = useCallback((id: string) => setFocusedId(id), []);

  const onPickDate = props.onPickDate;
  const pickDay = useCallback(
    (day: number) => {
      const date = dayToFuzzyDate(day);
      onPickDate?.(date);
      link?.setDate(date);
      announce(t('announcePicked', { date: formatFuzzyDate(date, t.locale) }));
    },
    [onPickDate, link, announce, t],
  );

  // ---- export and handle ----
  // Print and export carry the same title block as the Ecogram's (src/paper).
  const paper = usePaper({ drawing: 'lifeline', title: focusName ? t('labelFor', { name: focusName }) : t('label'), date: todayString, author: props.author, page: props.paperPage, messages: t.messages, locale: t.locale });
  const exportOptions = useCallback(
    () => ({ resetView: false, title: rootLabel, titleBlock: paper.exportBlock, legend: rootRef.current?.querySelector('[data-part="legend"]') }),
    [rootLabel, paper],
  );
  const toSVG = useCallback(
    () => (svgRef.current ? exportSVG(svgRef.current, exportOptions()) : ''),
    [exportOptions],
  );
  const toPNG = useCallback(
    (o?: { scale?: number; background?: string | null }) =>
      svgRef.current
        ? exportPNG(svgRef.current, { ...exportOptions(), ...o })
        : Promise.reject(new Error('Nothing is drawn (list view)')),
    [exportOptions],
  );
  useImperativeHandle(
    props.handleRef,
    () => ({
      toSVG,
      toPNG,
      zoomIn: () => zoom.zoomIn(),
      zoomOut: () => zoom.zoomOut(),
      fit: zoom.reset,
      focus: () => setPendingFocus(tabStopId ?? '#chart'),
      addEvent: () => openAdd(rootRef.current?.querySelector('[data-part="add"]') ?? null),
    }),
    [toSVG, toPNG, zoom, tabStopId, openAdd],
  );

  // ---- render ----
  const hintId = `${idPrefix}-hint`;
  const helpId = `${idPrefix}-help`;
  const editingEvent = editor && editor.mode !== 'add' ? network.events.find((e) => e.id === editor.id) : undefined;
  const shownEditingEvent = editor && editor.mode !== 'add' ? shown.events.find((e) => e.id === editor.id) : undefined;
  const categoriesUsed = useMemo(() => {
    const seen = new Set(shown.events.map((e) => e.category));
    return [...seen];
  }, [shown.events]);
  const markedDay = markedDate && Number.isFinite(fuzzyDateStart(markedDate)) ? fuzzyDateStart(markedDate) : null;
  // A marked date (the `at` of <kring-lifeline>) that cannot be read is said, not silently left out.
  const markedInvalid = Boolean(markedDate) && markedDay === null;
  const markedShort = (markedDate ?? '').length > 40 ? `${(markedDate ?? '').slice(0, 40)}…` : (markedDate ?? '');

  return (
    <div
      ref={rootRef}
      className={`kring-lifeline${props.className ? ` ${props.className}` : ''}`}
      style={props.style}
      data-part="root"
      data-kring-theme={props.theme}
      data-orientation={orientation}
      data-view={view}
      data-readonly={readOnly || undefined}
      data-redacted={redaction || undefined}
      data-paper={view === 'timeline' ? paperOrientation(width, chartHeight) : undefined}
      role="region"
      aria-label={rootLabel}
      onKeyDown={onRootKeyDown}
    >
      {/* Measures label text as drawn (see measureText.ts); never seen, never exported. */}
      <svg className="kring-lifeline__measure" aria-hidden="true" focusable="false" width={0} height={0}>
        <text className="kring-lifeline__label">
          <tspan ref={measureTitleRef} className="kring-lifeline__label-title" />
          <tspan ref={measureDateRef} className="kring-lifeline__label-date" />
        </text>
      </svg>
      <TitleBlock content={paper.content} />
      <div className="kring-lifeline__toolbar" data-part="toolbar" data-screen-only="" role="group" aria-label={t('toolbar')}>
        {readOnly ? null : (
          <div className="kring-lifeline__toolgroup">
            <button type="button" className="kring-lifeline__button kring-lifeline__button--primary" data-part="add" aria-keyshortcuts="N" onClick={(e) => openAdd(e.currentTarget)}>
              <ToolIcon d="M8 3v10M3 8h10" />
              {t('add')}
            </button>
            <button type="button" className="kring-lifeline__button kring-lifeline__button--compact" data-part="undo" title={t('undo')} aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={(e) => undo(e.currentTarget)}>
              <ToolIcon d="M5.5 4 2.5 7l3 3M2.5 7h7a4 4 0 0 1 0 8H7" />
              <span className="kring-lifeline__button-text">{t('undo')}</span>
            </button>
            <button type="button" className="kring-lifeline__button kring-lifeline__button--compact" data-part="redo" title={t('redo')} aria-keyshortcuts="Control+Shift+Z" disabled={!canRedo} onClick={(e) => redo(e.currentTarget)}>
              <ToolIcon d="M10.5 4l3 3-3 3M13.5 7h-7a4 4 0 0 0 0 8H9" />
              <span className="kring-lifeline__button-text">{t('redo')}</span>
            </button>
          </div>
        )}
        {view === 'timeline' ? (
          <div className="kring-lifeline__toolgroup" role="group" aria-label={t('zoomGroup')}>
            <button type="button" className="kring-lifeline__button kring-lifeline__button--compact" data-part="zoom-out" title={t('zoomOut')} aria-keyshortcuts="-" disabled={!zoom.zoomed} onClick={(e) => zoomFrom(e.currentTarget, () => zoom.zoomOut())}>
              <ToolIcon d="M3 8h10" />
              <span className="kring-lifeline__button-text">{t('zoomOut')}</span>
            </button>
            <button type="button" className="kring-lifeline__button kring-lifeline__button--compact" data-part="zoom-in" title={t('zoomIn')} aria-keyshortcuts="+" disabled={!zoom.canZoomIn} onClick={(e) => zoomFrom(e.currentTarget, () => zoom.zoomIn())}>
              <ToolIcon d="M8 3v10M3 8h10" />
              <span className="kring-lifeline__button-text">{t('zoomIn')}</span>
            </button>
            <button type="button" className="kring-lifeline__button kring-lifeline__button--compact" data-part="zoom-reset" title={t('zoomReset')} aria-keyshortcuts="0" disabled={!zoom.zoomed} onClick={(e) => zoomFrom(e.currentTarget, () => zoom.reset())}>
              <ToolIcon d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" />
              <span className="kring-lifeline__button-text">{t('zoomReset')}</span>
            </button>
          </div>
        ) : null}
        <div className="kring-lifeline__toolgroup" role="group" aria-label={t('viewGroup')}>
          <button type="button" className="kring-lifeline__button" data-part="view-timeline" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
            {t('viewTimeline')}
          </button>
          <button type="button" className="kring-lifeline__button" data-part="view-list" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('viewList')}
          </button>
        </div>
        {view === 'timeline' ? (
          <SaveButtons
            messages={t.messages}
            fileName={paper.fileName}
            toSVG={toSVG}
            toPNG={toPNG}
            onStatus={announce}
            className="kring-lifeline__toolgroup kring-lifeline__toolgroup--end"
            buttonClassName="kring-lifeline__button"
          />
        ) : null}
      </div>

      {removed !== null && !readOnly ? (
        <div className="kring-lifeline__notice" data-part="notice" data-screen-only="">
          <span>{t('removedNotice', { title: removed })}</span>
          <button type="button" className="kring-lifeline__button kring-lifeline__button--small" data-part="notice-undo" disabled={!canUndo} onClick={(e) => undo(e.currentTarget)}>
            {t('undo')}
          </button>
          <button type="button" className="kring-lifeline__button kring-lifeline__button--small" data-part="notice-close" aria-label={t('close')}
            onClick={(e) => {
              keepFocusFrom.current = e.currentTarget;
              setRemoved(null);
            }}
          >
            <ToolIcon d="M4 4l8 8M12 4l-8 8" />
          </button>
        </div>
      ) : null}

      {markedInvalid ? (
        <p className="kring-lifeline__notice" data-part="date-notice" role="alert">{t('invalidMarkedDate', { date: markedShort })}</p>
      ) : null}

      {shown.events.length === 0 ? (
        <div className="kring-lifeline__empty" data-part="empty">
          <p>{t('empty')}</p>
          {readOnly ? null : <p className="kring-lifeline__hint" data-screen-only="">{t('emptyEditable')}</p>}
        </div>
      ) : null}

      {view === 'timeline' ? (
        <>
          <div className="kring-lifeline__canvas" data-part="canvas">
            <LifelineChart
              svgRef={svgRef}
              orientation={orientation}
              width={width}
              height={chartHeight}
              plot={plot}
              ruler={ruler}
              layout={layout}
              scale={scale}
              ticks={ticks}
              today={today}
              markedDay={markedDay}
              markedLabel={markedDate ? formatFuzzyDate(markedDate, t.locale) : ''}
              selectedId={selectedId}
              tabStopId={tabStopId}
              highlightPersonId={highlightPersonId}
              describe={describeGlyph}
              hintId={hintId}
              helpId={helpId}
              plotLabel={plotLabel}
              idPrefix={idPrefix}
              t={t}
              onEventClick={onEventClick}
              onEventKeyDown={onEventKeyDown}
              onEventFocus={onEventFocus}
              onPickDay={canPick ? pickDay : null}
              onBackgroundClick={() => select(null)}
              onChartKeyDown={onChartKeyDown}
            />
          </div>
          <p id={hintId} className="kring-lifeline__sr-only">
            {readOnly ? t('eventHintReadOnly') : t('eventHint')}
          </p>
          <p id={helpId} className={showHelp ? 'kring-lifeline__help' : 'kring-lifeline__sr-only'} data-part="help" data-screen-only="">
            {readOnly ? t('plotHelp') : t('keyboardHelp')}
          </p>
          {invalidCount > 0 ? (
            <p className="kring-lifeline__hint" data-part="invalid-dates">
              {t('invalidDates', { count: invalidCount })}
            </p>
          ) : null}
          {/* Every print and export explains its symbols: without `showLegend`, on paper only. */}
          {showLegend ? <Legend t={t} categories={categoriesUsed} vertical={orientation === 'vertical'} /> : (
            <div data-print-only="">
              <Legend t={t} categories={categoriesUsed} vertical={orientation === 'vertical'} />
            </div>
          )}
        </>
      ) : (
        <LifelineList
          network={shown}
          t={t}
          readOnly={readOnly}
          selectedId={selectedId}
          highlightPersonId={highlightPersonId}
          onSelect={select}
          onEdit={(id, anchor) => {
            select(id);
            openEdit(id, anchor);
          }}
          onDelete={remove}
        />
      )}

      <LiveRegion message={announcement} className="kring-lifeline__sr-only" />

      <EditorPopover
        open={editor !== null}
        onOpenChange={(open) => {
          if (open) return;
          if (keepOpenRef.current) {
            keepOpenRef.current = false;
            return;
          }
          const target = editor?.mode === 'add' ? lastAddedRef.current : editor?.mode === 'edit' || editor?.mode === 'view' ? editor.id : null;
          closeEditor(target ? (view === 'list' ? `list:${target}` : target) : null);
        }}
        {...(editor?.mode === 'add'
          ? {
              onDone: () => {
                if (addFormRef.current?.submit() === 'invalid') keepOpenRef.current = true;
              },
            }
          : {})}
        anchor={editor?.anchor ?? null}
        title={editor?.mode === 'add' ? t('editorAdd') : editor?.mode === 'view' ? t('editorView') : t('editorEdit')}
        portalRoot={rootRef.current}
        returnFocus={false}
        locale={t.locale}
        messages={t.messages}
        {...(editor?.mode === 'edit' ? { onDelete: () => remove(editor.id), deleteLabel: t('delete') } : {})}
      >
        {editor?.mode === 'view' && shownEditingEvent ? (
          <EventDetails event={shownEditingEvent} network={shown} t={t} />
        ) : editor?.mode === 'edit' && editingEvent ? (
          <EventEditor event={editingEvent} network={shown} t={t} issues={issues} onChange={(patch, field) => editLive(editor.id, patch, field)} />
        ) : editor?.mode === 'add' ? (
          <AddEventForm network={shown} t={t} issues={issues} onSubmit={addFromForm} controlRef={addFormRef} added={addedTitle} />
        ) : null}
      </EditorPopover>
    </div>
  );
}

/** Where focus goes when the focused toolbar button becomes disabled (first enabled one wins). */
const FOCUS_PARTNERS: Readonly<Record<string, readonly string[]>> = {
  undo: ['redo'],
  redo: ['undo'],
  'zoom-in': ['zoom-out', 'zoom-reset'],
  'zoom-out': ['zoom-in'],
  'zoom-reset': ['zoom-in'],
};

function ToolIcon({ d }: { d: string }) {
  return (
    <svg className="kring-lifeline__tool-icon" width={16} height={16} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

function Legend({ t, categories, vertical }: { t: LifelineText; categories: LifeEvent['category'][]; vertical: boolean }) {
  return (
    <div className="kring-lifeline__legend" data-part="legend">
      {categories.length ? (
        <>
          <p className="kring-lifeline__legend-title">{t('legend')}</p>
          <ul className="kring-lifeline__legend-list">
            {categories.map((c) => (
              <li key={c} data-category={c}>
                <CategoryIcon category={c} size={16} />
                {t.label('category', c)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="kring-lifeline__legend-list kring-lifeline__legend-list--symbols">
        <li>
          <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false" className="kring-lifeline__legend-symbol">
            <path className="kring-lifeline__legend-whisker" d="M2 3v8M2 7h30M32 3v8" />
          </svg>
          {t('legendVague')}
        </li>
        <li>
          <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false" className="kring-lifeline__legend-symbol">
            <path className="kring-lifeline__legend-approx" d="M0 7h6M28 7h6" />
            <path className="kring-lifeline__legend-whisker" d="M7 3v8M7 7h20M27 3v8" />
          </svg>
          {t('legendApprox')}
        </li>
        <li>
          <svg width={34} height={14} viewBox="0 0 34 14" aria-hidden="true" focusable="false" className="kring-lifeline__legend-symbol">
            <rect className="kring-lifeline__legend-band" x={1} y={3} width={24} height={8} />
            <path className="kring-lifeline__legend-band" d="M25 0l8 7-8 7z" />
          </svg>
          {t('legendOngoing')}
        </li>
        <li data-part="legend-valence">{t(vertical ? 'legendValenceVertical' : 'legendValence')}</li>
      </ul>
    </div>
  );
}

function EventDetails({ event, network, t }: { event: LifeEvent; network: Network; t: LifelineText }) {
  const names = eventPeopleNames(event, network);
  return (
    <div data-part="event-details">
      <p className="kring-lifeline__details-title">
        <CategoryIcon category={event.category} size={16} /> <UserText>{event.title}</UserText>
      </p>
      <dl className="kring-lifeline__details">
        <dt>{t.shared(event.date !== undefined ? 'field.event.date' : 'field.event.start')}</dt>
        <dd>{hasValidDates(event) ? eventDateText(event, t.locale, { periodRange: t('periodRange'), periodOngoing: t('periodOngoing') }) : (event.date ?? event.start)}</dd>
        <dt>{t.shared('field.event.category')}</dt>
        <dd>{t.label('category', event.category)}</dd>
        <dt>{t.shared('field.event.valence')}</dt>
        <dd>{t.label('valence', clampValence(event.valence))}</dd>
        {names.length ? (
          <>
            <dt>{t.shared('field.event.people')}</dt>
            <dd>{joinWords(names, t.locale)}</dd>
          </>
        ) : null}
        {event.note ? (
          <>
            <dt>{t.shared('field.event.note')}</dt>
            <dd><UserText>{event.note}</UserText></dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
