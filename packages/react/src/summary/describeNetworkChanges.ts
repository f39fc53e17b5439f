/**
 * `describeNetworkChanges`, for a host's reports: a module of its own because it answers
 * synchronously in English too, so it brings the English texts along (`locales/now.ts`); the
 * summary view, which shows the same sentences, loads English on first use instead.
 */
import type { Network } from '@kring/core';
import { textFor, type Locale } from '../i18n';
import { localeNow } from '../locales/now';
import { SUMMARY_BUNDLES, type SummaryTextKey } from './messages';
import { changeSentences } from '../view/changes';

/** Options of {@link describeNetworkChanges}. */
export interface DescribeChangesOptions {
  /** Language of the sentences. Default Dutch. */
  locale?: Locale;
  /** Override any text (keys of `summaryMessages`, the shared labels and symbol words). */
  messages?: Partial<Record<SummaryTextKey, string>>;
}

/**
 * What changed between two versions of a network, as sentences for a report, in Dutch or
 * English: "Jan de Vries is nieuw in het netwerk.", "Het contact met Latifa is hersteld.",
 * "Het contact met Anouk is sterker geworden.". Typically
 * `describeNetworkChanges(networkAt(n, intakeDate), n)`. Names are taken from the networks:
 * pass `redactNetwork(…)` results to hide them. Plain text; never throws on valid networks.
 */
export function describeNetworkChanges(before: Network, after: Network, options: DescribeChangesOptions = {}): string[] {
  localeNow(options.locale);
  return changeSentences(before, after, textFor(SUMMARY_BUNDLES, options.locale, options.messages)).map((s) => s.text);
}
