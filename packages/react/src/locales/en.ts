/**
 * Every English text of Kring, flat by key: the English half of each part's `messages.ts`
 * (`<part>/messages.en.ts`) and of the shared labels. Its own chunk: it loads when a view is
 * shown in English or when a host calls `loadLocale('en')` (`./index.ts`), so a Dutch page never
 * downloads it (issue 16). The type makes the compiler check that every key has its English.
 * @internal
 */
import type { KringMessageKey } from '../messages';
import { ecogramMarksMessagesEn } from '../ecogram/marks-messages.en';
import { ecogramMessagesEn } from '../ecogram/messages.en';
import { ecogramViewMessagesEn } from '../ecogram/view-messages.en';
import { editorMessagesEn } from '../editor/messages.en';
import { interviewMessagesEn } from '../interview/messages.en';
import { namesInterviewMessagesEn } from '../interview/names/messages.en';
import { legendMessagesEn } from '../legend/messages.en';
import { lifelineMessagesEn } from '../lifeline/messages.en';
import { meetingMessagesEn } from '../meeting/messages.en';
import { networkListMessagesEn } from '../network-list/messages.en';
import { paperMessagesEn } from '../paper/messages.en';
import { planFormMessagesEn, planMessagesEn } from '../plan/messages.en';
import { summaryMessagesEn } from '../summary/messages.en';
import { symbolMessagesEn } from '../symbols/messages.en';
import { timeSliderMessagesEn } from '../time-slider/messages.en';
import { labelMessagesEn } from '../i18n/labels.en';

export const en: Readonly<Record<KringMessageKey, string>> = {
  ...ecogramMarksMessagesEn, ...ecogramMessagesEn, ...ecogramViewMessagesEn, ...editorMessagesEn, ...interviewMessagesEn, ...namesInterviewMessagesEn, ...legendMessagesEn, ...lifelineMessagesEn, ...meetingMessagesEn, ...networkListMessagesEn, ...paperMessagesEn, ...planFormMessagesEn, ...planMessagesEn, ...summaryMessagesEn, ...symbolMessagesEn, ...timeSliderMessagesEn, ...labelMessagesEn,
};
