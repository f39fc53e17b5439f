export { Toolbar, ToolGroup, HistoryButtons, ZoomButtons, ViewToggle, TOOLBAR_FOCUS_PARTNERS, UNDO_KEYS, REDO_KEYS } from './Toolbar';
export type { HistoryButtonsProps, ZoomButtonsProps, ViewToggleProps } from './Toolbar';
export { ToolButton, type ToolButtonProps } from './ToolButton';
export { ToolIcon, type ToolIconName } from './ToolIcon';
