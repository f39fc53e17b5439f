/** Languages shipped with Kring. Dutch is the default. */
export type Locale = 'nl' | 'en';

/** A per-feature message bundle: the same keys in every locale. */
export type Bundle<K extends string> = Record<Locale, Record<K, string>>;

/** Replace `{name}` placeholders. Values are inserted as text by React, never as HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
