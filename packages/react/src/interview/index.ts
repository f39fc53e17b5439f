/**
 * The guided interview ("Wie is voor jou belangrijk?"): conversation prompts that add the
 * people named to the network right away.
 * @packageDocumentation
 */
export { NetworkInterview } from './NetworkInterview';
export { defaultInterviewPrompts } from './prompts';
export { INTERVIEW_EXTENSION, readInterviewRecord, type InterviewRecord } from './interviewEdits';
export { interviewMessages, type InterviewMessageKey } from './messages';
export type { NamesMessageKey } from './names/messages';
export type {
  InterviewChange, InterviewChangeType, InterviewDefaults, InterviewFlow, InterviewMessages, InterviewPrompt, InterviewText,
  NetworkInterviewProps,
} from './types';
