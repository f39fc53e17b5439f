/**
 * The pan/zoom instance's module (createPanZoom.ts with d3-zoom, d3-selection, d3-transition,
 * d3-interpolate and d3-color: about a sixth of a view's code), loaded on first use: the views
 * mount it in an effect, after the first paint (utils/lazyPart.tsx `lazyModule`).
 * @internal
 */
import { lazyModule } from '../utils/lazyPart';

export type PanZoomModule = typeof import('./createPanZoom');

export const panZoomModule = /* @__PURE__ */ lazyModule<PanZoomModule>(() => import('./createPanZoom'));
