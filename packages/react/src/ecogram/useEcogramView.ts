/**
 * What the Ecogram shows and how, kept out of `Ecogram.tsx`: the filter for crowded maps,
 * the focus on one person ("spotlight"), and the phone behaviour (open zoomed in on the
 * client so names are readable, or the list below a width the host sets).
 * @internal
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useLayoutEffect } from '../utils/layoutEffect';
import { useServerOrHydrating } from '../utils/serverSnapshot';
import type { Network } from '@kring/core';
import type { EcogramLayout } from '@kring/core/layout';
import { useControllableState } from '../utils/useControllableState';
import type { PanZoomInstance } from '../zoom/createPanZoom';
import { readViewBox } from '../zoom/viewBox';
import { NO_FILTER, filterNetwork, spotlightOf, type EcogramFilter, type FilterResult, type Spotlight } from '../view/map/filters';
import type { EcogramView } from './types';
import type { EcogramMode, EcogramViewProps } from './view-types';
import type { Pt } from '../view/map/geometry';
import type { EcogramText } from './messages';

/** Smallest name on screen, CSS px: 12 on a phone, 16 in table mode. */
export const MIN_NAME_PX = 12;
/** Smallest name on screen in table mode, CSS px. */
export const TABLE_NAME_PX = 16;
/** Default of `zoomBelow`: phones. */
export const ZOOM_BELOW = 600;
/** Name font size in layout units when no name is drawn yet to measure (see labelPlan.ts). */
const NAME_FONT = 13;

/** The sentence announced and shown for a filter result. */
export function filterResultText(result: FilterResult, t: EcogramText): string {
  if (!result.active) return t('ecogram.filter.cleared', { total: result.total });
  if (result.visible === result.total && result.visibleTies < result.totalTies) {
    return t('ecogram.filter.resultTies', { visible: result.visible, total: result.total, ties: result.visibleTies, allTies: result.totalTies });
  }
  return t('ecogram.filter.result', { visible: result.visible, total: result.total });
}

/** State of the filter: what is drawn, which positions keyboard navigation may visit. */
export interface EcogramFilterState {
  filter: EcogramFilter;
  setFilter: (next: EcogramFilter) => void;
  result: FilterResult;
  /** The network drawn (the shown network itself when nothing is filtered). */
  drawn: Network;
  /** Positions of the people drawn only: filtered-out people leave keyboard navigation too. */
  positions: Map<string, Pt>;
}

/**
 * The filter (controlled or not). People keep the places the full layout gave them; a change
 * made by the user is announced ("12 van 34 personen zichtbaar").
 */
export function useEcogramFilter(
  props: EcogramViewProps,
  shown: Network,
  layout: EcogramLayout,
  all: Map<string, Pt>,
  announce: (message: string) => void,
  t: EcogramText,
): EcogramFilterState {
  const [filter, setFilterRaw] = useControllableState<EcogramFilter>({
    value: props.filter,
    defaultValue: props.defaultFilter ?? NO_FILTER,
    onChange: props.onFilterChange,
  });
  const result = useMemo(() => filterNetwork(shown, filter, (id) => layout.nodes[id]), [shown, filter, layout]);
  const positions = useMemo(
    () => (result.active ? new Map([...all].filter(([id]) => result.visibleIds.has(id))) : all),
    [all, result],
  );
  const userChange = useRef(false);
  const setFilter = useCallback((next: EcogramFilter) => {
    userChange.current = true;
    setFilterRaw(next);
  }, [setFilterRaw]);
  useEffect(() => {
    if (!userChange.current) return;
    userChange.current = false;
    announce(filterResultText(result, t));
    // Announce once per user change, with the result it gave.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  return { filter, setFilter, result, drawn: result.network, positions };
}

/** State of the focus on one person. */
export interface SpotlightState {
  spotlight: Spotlight | null;
  /** Turn the focus on `id` on, or off when it is on already. */
  toggle: (id: string) => void;
  /** End the focus; `false` when there was none. */
  end: () => boolean;
}

/**
 * Focus on one person: their ties and the people at the other end stay as drawn, everyone
 * else is dimmed (lower opacity, and their ties thinner and grey: never by colour alone).
 * The drawing is marked in the DOM (`data-spotlight` on the SVG, `data-lit` on the lit
 * nodes, names, ties and the plan's marks on them; the CSS in view.css does the rest), so the memoised drawing does
 * not re-render. Ends when the person is no longer drawn (filtered out, removed).
 */
export function useSpotlight(
  svgRef: RefObject<SVGSVGElement | null>,
  drawn: Network,
  announce: (message: string) => void,
  t: EcogramText,
  nameOf: (id: string) => string,
): SpotlightState {
  const [id, setId] = useState<string | null>(null);
  const spotlight = useMemo(() => (id ? spotlightOf(drawn, id) : null), [drawn, id]);
  useEffect(() => {
    if (id && !spotlight) setId(null);
  }, [id, spotlight]);
  const toggle = useCallback((who: string) => {
    if (who === id) {
      setId(null);
      announce(t('ecogram.spotlight.ended'));
      return;
    }
    const next = spotlightOf(drawn, who);
    if (!next) return;
    setId(who);
    announce(t('ecogram.spotlight.announce', { name: nameOf(who), count: next.ties.size }));
  }, [announce, drawn, id, nameOf, t]);
  const end = useCallback((): boolean => {
    if (!id) return false;
    setId(null);
    announce(t('ecogram.spotlight.ended'));
    return true;
  }, [announce, id, t]);
  // After every render: React re-creates some elements (a name moving between layers), and
  // attributes it does not own are not kept on new elements.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    if (!spotlight) {
      if (!svg.hasAttribute('data-spotlight')) return;
      svg.removeAttribute('data-spotlight');
      for (const el of Array.from(svg.querySelectorAll('[data-lit]'))) el.removeAttribute('data-lit');
      return;
    }
    svg.setAttribute('data-spotlight', spotlight.id);
    // The plan's marks go with what they are on: a person's count and intents, a tie's intents.
    const onTie = new Set(['tie', 'tie-intents']);
    for (const el of Array.from(svg.querySelectorAll('[data-part="node"], [data-part="node-label"], [data-part="tie"], [data-part="person-plan"], [data-part="tie-intents"]'))) {
      const key = el.getAttribute('data-id') ?? '';
      const lit = onTie.has(el.getAttribute('data-part') ?? '') ? spotlight.ties.has(key) : spotlight.people.has(key);
      if (lit) el.setAttribute('data-lit', '');
      else el.removeAttribute('data-lit');
    }
  });
  return { spotlight, toggle, end };
}

/** What the phone hint under the map says. */
export type ScreenHint = 'pan' | 'small' | null;

/** Options of {@link useReadableZoom}. */
export interface ReadableZoomOptions {
  props: EcogramViewProps;
  rootEl: HTMLElement | null;
  svgRef: RefObject<SVGSVGElement | null>;
  panZoom: RefObject<PanZoomInstance | null>;
  /** The pan/zoom instance is mounted (useEcogramPointer): the narrow-screen zoom waits for it. */
  zoomReady: boolean;
  view: EcogramView;
  /** `view` is controlled by the host (then `listBelow` does nothing). */
  viewControlled: boolean;
  setView: (view: EcogramView) => void;
  /** The client's position, layout units. */
  center: Pt;
  /** Where each drawn person is (to bring a focused person into view). */
  positions: Map<string, Pt>;
  /** Current zoom scale. */
  zoomK: number;
}

/** State of the phone behaviour. */
export interface ReadableZoomState {
  mode: EcogramMode;
  /** Narrower than `zoomBelow`: the map opens zoomed in. */
  narrow: boolean;
  /** The hint under the map. */
  hint: ScreenHint;
  /** Zoom to readable names around the client. */
  readable: () => void;
  /** The width has been read (in the browser's first commits; always true on a server and while hydrating). */
  measured: boolean;
  /** Rendering on the server or hydrating: nothing can be measured; the map draws its people at once. */
  server: boolean;
}

/** Width of the toolbar standing beside the map (13.5rem and its 1rem gap), CSS px. */
const RAIL_WIDTH = 232;
/** From this width (CSS px) the toolbar may stand beside the map. */
const RAIL_FROM = 1024;

/**
 * Whether the toolbar stands beside the map (a rail) instead of above it: on a wide screen the
 * map's height is what limits it (at 1280×800 the toolbar's two rows cost the map 110 px, and
 * with it the room for names: on 80 generated maps of 25–40 people 25 names were numbers, 5
 * with the rail; BENCHMARKS.md). Only where the map beside the rail (and the legend, `besideMap`, when it is
 * shown) can still be as tall as the window: not on a tall, narrow screen, nor beside a
 * legend that already takes the spare width — there the rail would take width the map needs.
 */
export function railFits(width: number, windowHeight: number, besideMap = 0): boolean {
  return width >= RAIL_FROM && windowHeight > 0 && width - RAIL_WIDTH - besideMap >= windowHeight - 32;
}

/** What stands beside the map when the legend is shown (its 22rem slot and the 1rem gap), CSS px. */
export const LEGEND_BESIDE = 368;

/**
 * Whether the toolbar stands beside the map now ({@link railFits} for the body's width and the
 * window's height). Decided in a layout effect before the map is measured (the hooks after it
 * read the map's size again when it changes), so the names are placed once, at the final size.
 */
export function useRail(rootEl: HTMLElement | null, enabled: boolean, besideMap: number): boolean | null {
  // null until decided (the body's width is read in the first commit): the map waits for it.
  const [rail, setRail] = useState<boolean | null>(null);
  useLayoutEffect(() => {
    if (!rootEl || !enabled || typeof window === 'undefined') {
      setRail(false);
      return;
    }
    const measure = (): void => setRail(railFits(rootEl.getBoundingClientRect().width, window.innerHeight, besideMap));
    measure();
    // The body keeps its width when the rail comes or goes (the rail is inside it): no loop.
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(rootEl);
    window.addEventListener('resize', measure);
    return () => {
      ro?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [rootEl, enabled, besideMap]);
  return rail;
}

/** Pixels on screen per layout unit at zoom 1 (the SVG fits its viewBox, `meet`). */
function pxPerUnitOf(svg: SVGSVGElement): number {
  const vb = readViewBox(svg);
  const w = svg.clientWidth || svg.getBoundingClientRect().width;
  const h = svg.clientHeight || svg.getBoundingClientRect().height;
  if (!vb || w <= 0 || h <= 0) return 0;
  return Math.min(w / vb.width, h / vb.height);
}

/** The zoom scale at which a person's name is `px` CSS px on screen (measured from a drawn name). */
export function readableScale(svg: SVGSVGElement, px: number): number {
  const perUnit = pxPerUnitOf(svg);
  if (perUnit <= 0) return 1;
  const label = svg.querySelector('[data-part="node-label"]:not([data-client])');
  const measured = label && typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(label).fontSize) : NaN;
  const font = Number.isFinite(measured) && measured > 0 ? measured : NAME_FONT;
  // A little over the limit: the measured size is rounded by the browser.
  return (px / (font * perUnit)) * 1.02;
}

/**
 * Phone behaviour. Below `zoomBelow` CSS px the map opens zoomed in on the client at the
 * scale where names are 12 px on screen (people's touch targets are then ≥ 44 px); sliding
 * the background reaches the rest, a hint under the map says that part is off-screen and
 * offers "Alles tonen" (and, after that, "Namen leesbaar" to zoom back in). Below `listBelow`
 * (host's choice; not set by default) the list view is shown instead. A person that gets
 * keyboard focus off-screen is brought into view.
 *
 * Decided with screenshots at 390×844 (issue 12): the zoomed map keeps what the map is for
 * (who is close, who is far, in which sector) and every name readable; the list loses the
 * picture, so it is the host's choice, not the default.
 */
export function useReadableZoom(o: ReadableZoomOptions): ReadableZoomState {
  const { props, rootEl, svgRef, panZoom, zoomReady, view, viewControlled, setView, center, positions, zoomK } = o;
  const mode: EcogramMode = props.mode === 'table' ? 'table' : 'standard';
  const zoomBelow = props.zoomBelow ?? ZOOM_BELOW;
  // null until read: the map draws its people once the width is known (see `measured`).
  const [read, setWidth] = useState<number | null>(null);
  const width = read ?? 0;
  const serverOrHydrating = useServerOrHydrating();
  useLayoutEffect(() => {
    if (!rootEl) return;
    const measure = (): void => {
      const w = rootEl.getBoundingClientRect().width;
      setWidth((prev) => (prev === null || Math.abs(prev - w) >= 1 ? w : prev));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(rootEl);
    return () => ro.disconnect();
  }, [rootEl]);
  const narrow = width > 0 && width < zoomBelow;
  const minPx = mode === 'table' ? TABLE_NAME_PX : MIN_NAME_PX;

  // The list below `listBelow`: when the component mounts or becomes that narrow.
  const listNarrow = width > 0 && props.listBelow !== undefined && width < props.listBelow;
  useLayoutEffect(() => {
    if (listNarrow && !viewControlled) setView('list');
    // Only when it becomes narrow: the user may switch back to the map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listNarrow]);

  const centreRef = useRef(center);
  centreRef.current = center;
  const readable = useCallback(() => {
    const svg = svgRef.current;
    const pz = panZoom.current;
    const vb = svg ? readViewBox(svg) : null;
    if (!svg || !pz || !vb) return;
    const k = readableScale(svg, minPx);
    if (k <= 1.05) {
      pz.fit();
      return;
    }
    const c = centreRef.current;
    pz.setTransform({ k, x: vb.x + vb.width / 2 - k * c.x, y: vb.y + vb.height / 2 - k * c.y });
  }, [minPx, panZoom, svgRef]);

  // Zoom in when the map appears on a narrow screen; back to the whole map when it widens.
  const zoomedByUs = useRef(false);
  useEffect(() => {
    if (view !== 'map' || !panZoom.current) return;
    if (narrow) {
      readable();
      zoomedByUs.current = true;
    } else if (zoomedByUs.current) {
      zoomedByUs.current = false;
      panZoom.current.fit();
    }
  }, [view, narrow, panZoom, readable, zoomReady]);

  // Keyboard focus on a person outside the visible part: slide them into view (WCAG 2.4.11).
  const positionsRef = useRef(positions);
  positionsRef.current = positions;
  useEffect(() => {
    const svg = svgRef.current;
    if (view !== 'map' || !svg) return;
    const onFocusIn = (e: FocusEvent): void => {
      const el = e.target instanceof Element ? e.target.closest('[data-part="node"]') : null;
      const p = el ? positionsRef.current.get(el.getAttribute('data-id') ?? '') : undefined;
      if (!el || !p) return;
      const box = el.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      const inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
      if (!inside && box.width > 0) panZoom.current?.centerOn(p.x, p.y);
    };
    svg.addEventListener('focusin', onFocusIn);
    return () => svg.removeEventListener('focusin', onFocusIn);
  }, [view, svgRef, panZoom]);

  let hint: ScreenHint = null;
  if (narrow && view === 'map') {
    const svg = svgRef.current;
    if (zoomK > 1.05) hint = 'pan';
    else if (svg && readableScale(svg, minPx) > 1.05) hint = 'small';
  }
  return { mode, narrow, hint, readable, measured: read !== null || serverOrHydrating, server: serverOrHydrating };
}
