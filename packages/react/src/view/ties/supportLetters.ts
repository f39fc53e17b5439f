import type { SupportType, Tie } from '@kring/core';
import type { Text } from '../../i18n';
import type { SymbolTextKey } from '../../symbols/messages';

/**
 * The letters Dutch ecogram practice writes on a tie for the kinds of support: P (praktisch),
 * G (gezelschap), A (advies/informatie), E (emotioneel). The format has two more kinds; they
 * get the first letter of the word the editor shows for them: F (financieel) and H
 * (huisvesting — not W for "wonen": the caseworker reads "Huisvesting" in the editor and the
 * legend, so the letter matches the word they see). English: P, C (company), A (advice), E,
 * F, H. The letters are messages (`symbol.supportLetter.*`): a host may use its own.
 *
 * Order on the line: the Dutch order P, G, A, E first, then F and H, whatever order the
 * data lists them in, so the same kinds always read the same.
 */
export const SUPPORT_LETTER_ORDER: readonly SupportType[] = ['practical', 'companionship', 'informational', 'emotional', 'financial', 'housing'];

/** The kinds of support on a tie, both directions together, in {@link SUPPORT_LETTER_ORDER}. */
export function supportKindsOf(tie: Pick<Tie, 'support'>): SupportType[] {
  const used = new Set<SupportType>([...(tie.support?.gives ?? []), ...(tie.support?.receives ?? [])]);
  return SUPPORT_LETTER_ORDER.filter((k) => used.has(k));
}

/**
 * The letters to write on a tie ("P G E"), or `''` when it has no support recorded. Both
 * directions together: who gives to whom is drawn by the arrows and said in the tie's
 * accessible name; the letters say what kind.
 */
export function supportLetters(tie: Pick<Tie, 'support'>, t: Text<SymbolTextKey>): string {
  return supportKindsOf(tie)
    .map((k) => t(`symbol.supportLetter.${k}`))
    .join(' ');
}
