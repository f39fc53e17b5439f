/**
 * Symbols shared by the ecogram and the legend: how ties, nodes, kinds and badges are drawn,
 * and the words that say the same. One source of truth, so the legend always matches the map.
 */
export {
  tieStyle, tieGeometry, arrowLength, STRENGTH_WIDTH, QUALITY_DASHARRAY, STATUS_DASHARRAY, STATUS_OPACITY,
  type TieStyle, type TieStyleInput, type TieShape, type TieMark, type TieArrow, type TieGeometry, type Point,
} from '../view/ties/tieStyle';
export { TieLine, WarningGlyph, LETTER_SIZE, type TieLineProps } from './TieLine';
export { makeTrack, insetAt, tieMidpoint, bezierPoint, bezierDerivative, bezierSegment, type Track } from '../view/ties/curve';
export { supportLetters, supportKindsOf, SUPPORT_LETTER_ORDER } from '../view/ties/supportLetters';
export {
  KIND_ICON_PATHS, KindIcon, BADGES, BADGE_GLYPHS, BadgeIcon, NodeShape, SymbolImage,
  type BadgeKind, type KindIconProps, type BadgeIconProps, type NodeShapeProps, type SymbolImageProps,
} from './icons';
export { personBadges, badgeText, supportGroupsOf, tieBetween } from '../view/ties/badges';
export {
  describeTie, describeHistoryEntry, describePersonNotes, describeGroups, consentText, nameOf, listText, countryName,
  languageName, type DescribeText,
} from '../view/ties/describeTie';
export { symbolMessages, type SymbolMessageKey } from './messages';
export { INTENT_GLYPHS, IntentIcon, type IntentIconProps } from './IntentIcon';
