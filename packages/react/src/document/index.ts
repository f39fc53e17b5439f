/**
 * What every view shares about its document: reading the host's network
 * (`useNetworkSource`), editing it with one undo history per network (`useNetworkEditing`),
 * and saying what happened (`useAnnouncer`, `LiveRegion`). @internal
 */
export { useNetworkSource, trustNetwork, type NetworkSource, type NetworkSourceProps } from './useNetworkSource';
export {
  useNetworkEditing,
  type ApplyOptions,
  type ApplyResult,
  type ChangeBase,
  type EditingMessages,
  type HistoryChange,
  type NetworkEditing,
  type NetworkEditingOptions,
} from './useNetworkEditing';
export { useAnnouncer, LiveRegion, type Announcer } from './useAnnouncer';
export { InvalidNetwork, type InvalidNetworkTexts } from './InvalidNetwork';
export { DocumentView, type DocumentViewProps, type DocumentViewTexts } from './DocumentView';
export { ViewErrorBoundary, type ViewErrorBoundaryProps } from './ErrorBoundary';
export { isTextEntry, viewKeyCommand, type ViewKeyCommand, type ViewKeyEvent } from './keys';
