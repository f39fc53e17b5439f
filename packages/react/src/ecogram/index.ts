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
