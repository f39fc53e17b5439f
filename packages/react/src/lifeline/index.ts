/**
 * The levenslijn (life-line) component and its parts.
 * @packageDocumentation
 */
export { Lifeline } from './Lifeline';
export type {
  LifelineChange,
  LifelineChangeType,
  LifelineHandle,
  LifelinePNGOptions,
  LifelineProps,
  LifelineRedaction,
  LifelineView,
} from './types';
export { lifelineMessages, type LifelineMessageKey } from './messages';
export { CategoryIcon, CATEGORY_ICON_PATHS, type CategoryIconProps } from './CategoryIcon';
