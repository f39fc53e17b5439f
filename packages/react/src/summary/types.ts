import type { CSSProperties } from 'react';
import type { Network } from '@kring/core';
import type { Locale } from '../i18n/types';
import type { SummaryTextKey } from './messages';

/** Text overrides: keys of `summaryMessages`, the shared labels and symbol words (what the summary shows). */
export type SummaryMessages = Partial<Record<SummaryTextKey, string>>;

/** Props of {@link NetworkSummary}. */
export interface NetworkSummaryProps {
  /** The network to sum up (read-only). */
  network: Network;
  /**
   * Controlled comparison date (fuzzy date, e.g. the intake `2022-06`): "what changed since".
   * `null` = no comparison. Leave `undefined` for an uncontrolled date (`defaultSince`).
   */
  since?: string | null;
  /** Initial comparison date when uncontrolled. Default none. */
  defaultSince?: string | null;
  /** The date was changed in the date picker (`null` = none). */
  onSinceChange?: (since: string | null) => void;
  /**
   * Show a date picker with the network's dates (`networkDates`). Default true.
   * @defaultValue true
   */
  showDatePicker?: boolean;
  /**
   * Today as a fuzzy date, for the plan part: which open actions are past their due date and
   * which meetings are still to come. Default: the real today (UTC).
   */
  today?: string;
  /** Hide names: `'initials'` or `'role'` (core `redactNetwork`); `true` = initials. */
  redacted?: 'initials' | 'role' | boolean;
  /**
   * Heading level of the title; sections use the next level. Default 2.
   * @defaultValue 2
   */
  headingLevel?: 2 | 3 | 4;
  /**
   * Title; default "Samenvatting van het netwerk".
   * @defaultValue "Samenvatting van het netwerk"
   */
  title?: string;
  /** UI language. Default: the nearest `MessagesProvider`, else Dutch. */
  locale?: Locale;
  /** Override any text. */
  messages?: SummaryMessages;
  className?: string;
  style?: CSSProperties;
}
