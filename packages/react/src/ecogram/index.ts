/**
 * The Ecogram component and its types.
 * @packageDocumentation
 */
export { Ecogram } from './Ecogram';
export { ecogramMessages } from './messages';
export type { EcogramMessageKey } from './messages';
export type {
  EcogramChange, EcogramChangeType, EcogramHandle, EcogramPNGOptions, EcogramProps, EcogramRedaction, EcogramView,
} from './types';
export type { EcogramFilter, EcogramMode, EcogramViewProps } from './view-types';
export { ecogramViewMessages } from './view-messages';
export { ecogramMarksMessages, type EcogramMarksMessageKey } from './marks-messages';
export type { EcogramViewMessageKey } from './view-messages';
export { filterNetwork, isFilterActive, spotlightOf, INACTIVE_STATUSES, NO_FILTER } from '../view/map/filters';
export type { FilterResult, Spotlight, Placement } from '../view/map/filters';
