/**
 * Languages and countries named from the label bundles (issue 16): the first `Intl.DisplayNames`
 * of a page loads locale data (26–120 ms in Chromium), inside the map's first render when anyone's
 * languages or country are described. The common ones have words of their own; the rest are
 * still named by the browser.
 */
import { describe, expect, it } from 'vitest';
import { COMMON_COUNTRIES, COMMON_LANGUAGES } from '../src/i18n';
import { makeText } from '../src/i18n/lookup';
import { nl } from '../src/i18n/labels.nl';
import { labelMessagesEn as en } from '../src/i18n/labels.en';
import { countryName, languageName } from '../src/view/ties/describeTie';

describe('language and country names', () => {
  it('every common code is one the platform knows, with words in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      const words = locale === 'nl' ? nl : en;
      for (const code of COMMON_LANGUAGES) {
        expect(languages.of(code), code).toBeTruthy();
        expect(words[`language.${code}`], code).toMatch(/\S/);
      }
      for (const code of COMMON_COUNTRIES) {
        expect(regions.of(code), code).toBeTruthy();
        expect(words[`country.${code}`], code).toMatch(/\S/);
      }
    }
  });

  it('names a common language or country without building Intl.DisplayNames; others with it; a host may reword', () => {
    // Count what is built (Kring caches one per locale and type: none built in this file yet).
    const Real = Intl.DisplayNames;
    let built = 0;
    const intl = Intl as { DisplayNames: typeof Real };
    intl.DisplayNames = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built++;
      }
    };
    const t = makeText('nl', nl);
    expect(languageName('ar', 'nl', t)).toBe('Arabisch');
    expect(languageName('ti', 'nl', t)).toBe('Tigrinya');
    expect(countryName('sy', 'nl', t)).toBe('Syrië');
    expect(countryName('ER', 'nl', t)).toBe('Eritrea');
    expect(built).toBe(0);
    // Not in the bundle: the browser's words (Icelandic, Iceland).
    expect(languageName('is', 'nl', t)).toBe(new Real(['nl'], { type: 'language' }).of('is'));
    expect(countryName('IS', 'nl', t)).toBe(new Real(['nl'], { type: 'region' }).of('IS'));
    expect(built).toBe(2);
    intl.DisplayNames = Real;
    // A host's own words for a language (the messages prop) come first.
    const reworded = makeText('nl', { ...nl, 'language.ar': 'Arabisch (Levantijns)' });
    expect(languageName('ar', 'nl', reworded)).toBe('Arabisch (Levantijns)');
    expect(languageName('ar', 'en', makeText('en', en))).toBe('Arabic');
  });
});
