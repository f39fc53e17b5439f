export { createDrag } from './createDrag';
export type { DragInstance, DragOptions, DragPoint } from './createDrag';
