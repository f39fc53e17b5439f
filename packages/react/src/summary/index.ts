/**
 * The progress summary: the network's numbers as small accessible charts, and what changed
 * since a date, in sentences for a report.
 * @packageDocumentation
 */
export { NetworkSummary } from './NetworkSummary';
export { describeNetworkChanges, type DescribeChangesOptions } from './describeNetworkChanges';
export { summaryMessages, type SummaryMessageKey } from './messages';
export type { NetworkSummaryProps, SummaryMessages } from './types';
