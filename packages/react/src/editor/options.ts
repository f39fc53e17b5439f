/** Option lists for the editors, built from the format's value lists and the label texts. @internal */
import type { LabelGroup, LabelMessageKey, LabelValues, Text } from '../i18n';
import type { Option } from './fields';

/** Options for every value of an enum, labelled by `t.label(group, value)`. */
export function optionsOf<G extends LabelGroup, V extends LabelValues[G] & string>(t: Text<LabelMessageKey>, group: G, values: readonly V[]): Option<V>[] {
  return values.map((value) => ({ value, label: t.label(group, value) }));
}
