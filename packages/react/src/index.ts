/**
 * `@kring/react`: React visualisers for Kring networks.
 *
 * Import the stylesheet once: `import '@kring/react/styles.css'`.
 *
 * The public API is curated (issue 14: one public API before 1.0): the components and what a
 * host needs around them — texts and languages, export, linked views, the symbols for a host's
 * own legend. Internals (pan/zoom and drag instances, geometry, tie styles, message bundles of
 * each part) are not exported; `test/public-api.test.ts` pins this list, so a new export is a
 * decision, not an accident. Every rename is in CHANGELOG.md.
 * @packageDocumentation
 */

// ---- views ----------------------------------------------------------------------------------
export { Ecogram } from './ecogram';
export type {
  EcogramChange, EcogramChangeType, EcogramHandle, EcogramPNGOptions, EcogramProps, EcogramRedaction, EcogramView,
  EcogramFilter, EcogramMode, EcogramViewProps, EcogramMessageKey, EcogramViewMessageKey, FilterResult, Spotlight, Placement,
} from './ecogram';
/** The map's filter as pure logic, for a host's own list of the same people (README: Filters). */
export { filterNetwork } from './ecogram';
export { Lifeline } from './lifeline';
export type {
  LifelineChange, LifelineChangeType, LifelineHandle, LifelinePNGOptions, LifelineProps, LifelineRedaction, LifelineView,
  LifelineMessageKey,
} from './lifeline';
export { NetworkList, type NetworkListProps, type NetworkListMessageKey } from './network-list';
export { NetworkSummary, describeNetworkChanges, type DescribeChangesOptions, type NetworkSummaryProps, type SummaryMessages, type SummaryMessageKey } from './summary';
export { NetworkInterview, defaultInterviewPrompts } from './interview';
export type {
  InterviewChange, InterviewChangeType, InterviewDefaults, InterviewMessages, InterviewPrompt, InterviewText, NetworkInterviewProps,
  InterviewMessageKey, InterviewRecord,
} from './interview';
export { Legend, type LegendProps, type LegendSection, type LegendMessageKey } from './legend';
export { TimeSlider, type TimeSliderProps, type TimeSliderMessageKey } from './time-slider';
export type { PaperPage } from './paper/content';

// ---- linked views ---------------------------------------------------------------------------
export { KringLinkProvider, useKringLink, type KringLink, type KringLinkProviderProps, type KringLinkState } from './linked';

// ---- editors, for a host's own screens -------------------------------------------------------
export {
  PersonEditor, TieEditor, AddPersonForm, AddTieForm,
  type PersonEditorProps, type PersonField, type TieChangeOptions, type TieEditorProps, type TieField,
  type AddPersonFormProps, type SubmitAnswer, type AddTieFormProps, type EditorMessageKey,
} from './editor';

// ---- symbols, for a host's own legend or list -----------------------------------------------
export { NodeShape, TieLine, KindIcon, BadgeIcon } from './symbols';
export { CategoryIcon } from './lifeline';
export type { NodeShapeProps, TieLineProps, KindIconProps, BadgeIconProps, BadgeKind, SymbolMessageKey } from './symbols';
export type { CategoryIconProps } from './lifeline';

// ---- texts and languages --------------------------------------------------------------------
export {
  LOCALES, isLocale, formatMessage, valueLabel, issueText, useLocale, type Bundle, type Locale, type LabelMessageKey, type LabelGroup,
} from './i18n';
export {
  getMessages, MessagesProvider, useMessages, type KringMessageKey, type KringMessages, type I18nValue, type MessagesProviderProps,
} from './messages';
/** Load the texts of a language before a view shows it (English loads on first use otherwise; issue 16). */
export { loadLocale } from './locales';

// ---- files ----------------------------------------------------------------------------------
export { exportSVG, exportPNG, svgStringToPNG, type ExportSVGOptions, type ExportPNGOptions, type ExportKey } from './export';

/**
 * User text for a string that the host's own words surround (a document title, a log line):
 * wrapped in FSI … PDI (balanced) when it holds a right-to-left letter or a directional control
 * character, so that it cannot reorder the words around it — what Kring does with every name
 * it puts into a sentence. Plain Latin text is returned as it is. See "Right-to-left and mixed
 * text" in the README.
 */
export { isolate as isolateText } from './utils/bidi';

// ---- the network plan (issue 15) ------------------------------------------------------------
export {
  NetworkPlan, ActionForm,
  type NetworkPlanProps, type PlanChange, type PlanChangeType, type PlanMessages, type PlanMessageKey,
  type ActionFormProps, type ActionFormValues,
} from './plan';
export type { PlanFilter } from './view/plan';

// ---- meetings (issue 15) --------------------------------------------------------------------
export {
  MeetingPlanner, type MeetingPlannerProps, type MeetingChange, type MeetingChangeType, type MeetingMessages, type MeetingMessageKey,
} from './meeting';

// ---- names-first interview (issue 15) -------------------------------------------------------
export type { InterviewFlow, NamesMessageKey } from './interview';

// ---- the network plan on the map (issue 15 point 3) -----------------------------------------
export type { ChangeKind } from './view/map/mapChanges';
export type { EcogramMarksMessageKey } from './ecogram/marks-messages';
