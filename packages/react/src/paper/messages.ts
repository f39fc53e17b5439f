import { bundles, type BundleKey } from '../i18n/bundles';
import { labelMessages } from '../i18n/labels';
import type { Bundle } from '../i18n/types';

/**
 * Texts of the paper parts shared by the Ecogram and the Lifeline: the "Opslaan als SVG /
 * PNG" buttons and the title block on every print and export.
 */
const nl = {
  'paper.save': 'Opslaan als afbeelding',
  'paper.saveSvg': 'Opslaan als SVG',
  'paper.savePng': 'Opslaan als PNG',
  'paper.saved': '{file} is opgeslagen',
  'paper.saveFailed': 'Opslaan is niet gelukt: {reason}',
  'paper.standPer': 'Stand per {date}',
  'paper.author': 'Opgesteld door {author}',
  'paper.page': 'Pagina {page} van {pages}',
  'paper.pageContinued': 'Pagina {page} — vervolg op de volgende pagina',
  'paper.confidential': 'Vertrouwelijk — bevat persoonsgegevens',
  'paper.file.ecogram': 'ecogram',
  'paper.file.lifeline': 'levenslijn',
} as const;

/** Every message key of the paper parts. */
export type PaperMessageKey = keyof typeof nl;

/** Dutch (default) and English texts of the paper parts. */
export const paperMessages: Bundle<PaperMessageKey> = { nl };

/** The texts the paper parts (title block, save buttons) use: the shared labels and {@link paperMessages}. */
export const PAPER_BUNDLES = /* @__PURE__ */ bundles(labelMessages, paperMessages);
/** Every key of {@link PAPER_BUNDLES}. */
export type PaperTextKey = BundleKey<typeof PAPER_BUNDLES>;
