/**
 * The Ecogram's parts that load on first use (utils/lazyPart.tsx, issue 16): the editor
 * popover with its forms when an editor opens (a read-only map never loads them), the list
 * view when it is chosen, the Filter panel when it opens, the time slider when it is shown,
 * and the legend — on screen when asked for, else on paper only, so it is fetched when the
 * browser is idle after the first paint and before `print()`.
 * @internal
 */
import { lazyPart } from '../utils/lazyPart';

export const EcogramEditorLayerPart = /* @__PURE__ */ lazyPart('EcogramEditorLayer', () => import('./EcogramEditors').then((m) => m.EcogramEditorLayer));
export const NetworkListPart = /* @__PURE__ */ lazyPart('NetworkList', () => import('../network-list/NetworkList').then((m) => m.NetworkList));
export const TimeSliderPart = /* @__PURE__ */ lazyPart('TimeSlider', () => import('../time-slider/TimeSlider').then((m) => m.TimeSlider));
export const LegendPart = /* @__PURE__ */ lazyPart('Legend', () => import('../legend/Legend').then((m) => m.Legend));
export const FilterPanelPart = /* @__PURE__ */ lazyPart('FilterPanel', () => import('./FilterPanel').then((m) => m.FilterPanel));
