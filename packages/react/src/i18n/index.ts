/**
 * The i18n machinery of `@kring/react` — no texts of any part, and no import from a part.
 *
 * Decision (issue 14, "one i18n API"; the long form is in `README.md` beside this file):
 * - **Each part owns its texts.** `src/<part>/messages.ts` exports its bundle
 *   (`ecogramMessages`: the same keys in `nl` and `en`, prefixed with the part: `ecogram.*`)
 *   and the list of bundles the part loads, made with {@link bundles}: the shared label bundle,
 *   the bundles of the parts it uses or renders (their lists), and its own —
 *   `ECOGRAM_BUNDLES = bundles(EDITOR_BUNDLES, NETWORK_LIST_BUNDLES, …, ecogramMessages)`. The
 *   list's type carries its keys: `EcogramTextKey = BundleKey<typeof ECOGRAM_BUNDLES>` types
 *   the part's `t` and its `messages` prop. Adding a part edits no file here.
 * - **One lookup.** A component calls `useText(LIST, props.locale, props.messages)` (outside
 *   React: `textFor(LIST, locale, overrides)`) and gets a {@link Text}: `t(key, values)`,
 *   `t.label(group, value)` (typed per group, no `as`), `t.issue(code)`, `t.locale`,
 *   `t.messages`. Helpers take the `t` of the smallest list they need (`Text<SymbolTextKey>`);
 *   a part's `t` fits any smaller one. A child component gets `locale={t.locale}
 *   messages={t.overrides}`, so a host's override given to the parent reaches the child.
 * - **Everything in one dictionary is for hosts only**: `getMessages`, `useMessages`,
 *   `KringMessages` live in `src/messages.ts`, which lists every part; no part imports it.
 */
export { format, isLocale, LOCALES, type Bundle, type Locale } from './types';
export {
  labelMessages, isLabelValue, issueText, valueLabel, COMMON_LANGUAGES, COMMON_COUNTRIES, type LabelGroup, type LabelMessageKey, type LabelValues,
} from './labels';
export { bundles, type BundleKey, type Bundles, type Messages } from './bundles';
export { formatMessage, textFor, type Text, type Values } from './lookup';
export { MessagesProvider, useLocale, useResolvedLocale, useText, type ProviderProps } from './provider';
export { hasTranslation, registerTranslation } from './translations';
