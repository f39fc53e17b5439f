export { createPanZoom, readViewBox } from './createPanZoom';
export type { PanZoomBounds, PanZoomInstance, PanZoomOptions, PanZoomTransform } from './createPanZoom';
