/**
 * The one text lookup of every Kring part: `t(key, values)`, `t.label(group, value)`,
 * `t.issue(code)`, `t.locale`, `t.messages`.
 * @internal
 */
import { format, isLocale, type Locale } from './types';
import { merged, withOverrides, type Bundles, type Messages } from './bundles';
import { issueText, valueLabel, type LabelGroup, type LabelValues } from './labels';

/** Values for a message's `{placeholders}`: strings are inserted as text (bidi-isolated), numbers as they are. */
export type Values = Readonly<Record<string, string | number>>;

/**
 * A text lookup over the dictionary of one part (`K`: the keys of the bundles it loads).
 * A `Text` of a part that loads more bundles can be passed where a smaller one is asked for
 * (`Text<EcogramTextKey>` → `Text<SymbolTextKey>`).
 */
export interface Text<K extends string> {
  /** The text of `key` with its `{placeholders}` filled. Plain text: render it as text. An unknown key is shown as it is. */
  (key: K, values?: Values): string;
  /**
   * The label of an enum value, e.g. `t.label('sector', person.sector)` → "Familie". Typed per
   * group; a value from newer data without a label is shown as it is.
   */
  label<G extends LabelGroup>(group: G, value: LabelValues[G]): string;
  /** Words for a core issue code (`NetworkIssue.code`); a code without words gets a general sentence. */
  issue(code: string): string;
  /** The locale of the texts. */
  readonly locale: Locale;
  /** The dictionary in effect (shipped texts with the overrides on top). */
  readonly messages: Messages<K>;
  /**
   * Every override this part was given (its provider's and its `messages` prop), also for keys
   * it does not load itself: hand it to a child part as its `messages`. A part that loads on
   * first use (an editor) brings its own texts, so the parent's list need not hold them.
   */
  readonly overrides: Readonly<Partial<Record<string, string>>> | undefined;
}

/** The lookup over `messages` (a merged dictionary) in `locale`. */
export function makeText<K extends string>(locale: Locale, messages: Messages<K>, overrides?: Readonly<Partial<Record<string, string>>>): Text<K> {
  const dict = messages as Readonly<Record<string, string | undefined>>;
  const t = ((key: K, values?: Values) => format(dict[key] ?? key, values)) as Text<K>;
  return Object.assign(t, {
    label: <G extends LabelGroup>(group: G, value: LabelValues[G]) => valueLabel(dict, group, value),
    issue: (code: string) => issueText(dict as Readonly<Record<'issue.unknown', string>>, code),
    locale,
    messages,
    overrides,
  });
}

/**
 * The lookup for a part outside React (e.g. `describeNetworkChanges`): the texts of `list` in
 * `locale` (unknown locales fall back to Dutch) with `overrides` on top. No `MessagesProvider`.
 */
export function textFor<K extends string>(list: Bundles<K>, locale?: Locale, overrides?: Readonly<Partial<Record<K, string>>>): Text<K> {
  const loc: Locale = isLocale(locale) ? locale : 'nl';
  return makeText(loc, withOverrides(merged(list, loc), overrides), overrides);
}

/**
 * Look up a message in a dictionary (e.g. from `getMessages`) and fill its `{placeholders}`,
 * for a host's own screens. The result is plain text (render it as text).
 */
export function formatMessage<M extends Readonly<Record<string, string>>>(messages: M, key: keyof M & string, values?: Values): string {
  return format(messages[key] ?? key, values);
}
