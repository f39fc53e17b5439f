/**
 * The meeting planner: "Meedenkbijeenkomst plannen" from a group or a selection, the
 * invitation list that leaves out who may not be contacted, the outcome and the actions
 * agreed, and the printed invitation list.
 * @packageDocumentation
 */
export { MeetingPlanner } from './MeetingPlanner';
export { InvitationSheet, type InvitationSheetProps, type SheetMeeting } from './InvitationSheet';
export { meetingMessages, MEETING_BUNDLES, type MeetingMessageKey, type MeetingTextKey } from './messages';
export { MEETING_EXTENSION, type MeetingChange, type MeetingChangeType, type MeetingMessages, type MeetingPlannerProps } from './types';
