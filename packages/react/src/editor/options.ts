/** Option lists for the editors, built from the format's value lists and the messages. @internal */
import type { KringMessages, LabelGroup } from '../i18n';
import { label } from '../i18n';
import type { Option } from './fields';

/** Options for every value of an enum, labelled from `<group>.<value>` messages. */
export function optionsOf<V extends string>(messages: KringMessages, group: LabelGroup, values: readonly V[]): Option<V>[] {
  return values.map((value) => ({ value, label: label(messages, group, value) }));
}
