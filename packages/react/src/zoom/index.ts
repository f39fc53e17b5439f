export { createPanZoom, readViewBox, wheelAction } from './createPanZoom';
export type { PanZoomAxis, PanZoomBounds, PanZoomInstance, PanZoomOptions, PanZoomTransform } from './createPanZoom';
