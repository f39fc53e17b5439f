/**
 * The Lifeline's text lookup: the one `Text` of `../i18n` over {@link LIFELINE_BUNDLES}, with
 * the component's `locale` and `messages` props. Keys are written in full (`t('lifeline.add')`,
 * `t('field.event.note')`, `t.label('category', c)`).
 * @internal
 */
import { useText, type Locale, type Text } from '../i18n';
import { LIFELINE_BUNDLES, type LifelineOwnTextKey, type LifelineTextKey } from './messages';

/** The Lifeline's `t`. */
export type LifelineText = Text<LifelineOwnTextKey>;

/** Words for the Lifeline: the `messages` prop first, then the nearest `MessagesProvider`, then the shipped texts. */
export function useLifelineText(locale: Locale | undefined, overrides: Readonly<Partial<Record<LifelineTextKey, string>>> | undefined): LifelineText {
  return useText(LIFELINE_BUNDLES, locale, overrides);
}
