/**
 * What the client's consent says about an action being written, in words for the form:
 * who cannot be contacted (and why), who is to be asked first. Core's `actionConsent` answers;
 * this file only puts it into sentences.
 * @internal
 */
import { actionConsent, type ActionIntent, type Network } from '@kring/core';
import type { Text } from '../i18n';
import { listText } from '../view/ties/describeTie';
import { clientName } from './describe';
import type { PlanFormTextKey } from './messages';

/** The consent sentences of a form state. */
export interface ConsentWords {
  /** "Youssef wil geen contact: kies ‘Begrenzen’ of ‘Behouden’, of iemand anders." — blocks the submit. */
  refused?: string;
  /** "Vraag Samir eerst of contact met Fatima goed is." — a warning, does not block. */
  askFirst?: string;
}

/** The sentences for `about` with `intent` (none when every person may be contacted). */
export function consentWords(network: Network, about: readonly string[], intent: ActionIntent, t: Text<PlanFormTextKey>): ConsentWords {
  const check = actionConsent(network, about, intent);
  const names = (people: { name: string }[]) => listText(people.map((p) => p.name), t.locale);
  const words: ConsentWords = {};
  if (check.refused.length) {
    words.refused = t('plan.form.refused', { name: names(check.refused), limit: t.label('actionIntent', 'limit'), maintain: t.label('actionIntent', 'maintain') });
  }
  if (check.askFirst.length) words.askFirst = t('plan.form.askFirst', { client: clientName(network, t), name: names(check.askFirst) });
  return words;
}

/** Why one option cannot be chosen with `intent` (a person, or a tie to such a person), else `undefined`. */
export function refusedOption(network: Network, ref: string, intent: ActionIntent, t: Text<PlanFormTextKey>): string | undefined {
  const { refused } = actionConsent(network, [ref], intent);
  if (!refused.length) return undefined;
  return t('plan.form.refusedOption', {
    name: listText(refused.map((p) => p.name), t.locale), limit: t.label('actionIntent', 'limit'), maintain: t.label('actionIntent', 'maintain'),
  });
}
