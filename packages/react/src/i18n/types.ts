import { isBidiActive, isolate } from '../utils/bidi';

/** Languages shipped with Kring. Dutch is the default. */
export type Locale = 'nl' | 'en';

/** The locales Kring ships. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];

/** Is this one of the shipped locales. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/**
 * A part's message bundle: its Dutch texts (Dutch is the default and always loaded). The texts
 * of other locales are not in the bundle: they load when a view is shown in that locale
 * (`src/locales`: English is one chunk of its own, flat by key) and are registered with
 * `registerTranslation` (`translations.ts`); keys are unique across Kring.
 */
export interface Bundle<K extends string> {
  readonly nl: Readonly<Record<K, string>>;
}

/**
 * Replace `{name}` placeholders. Values are inserted as text by React, never as HTML.
 * Every string value is bidi-isolated (`isolate`: FSI … PDI around a value with a
 * right-to-left letter or a directional control character, and around every string value when
 * the template itself is right-to-left), so that a name can never reorder the sentence around
 * it. Numbers are inserted as they are.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  const rtlTemplate = isBidiActive(template);
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in values)) return m;
    const v = values[k];
    return typeof v === 'string' ? isolate(v, rtlTemplate) : String(v);
  });
}
