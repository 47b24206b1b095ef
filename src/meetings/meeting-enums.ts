export const MEETING_KINDS = ['standing_committee', 'working_session', 'conference', 'thematic', 'briefing', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['draft', 'published'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDEE_ROLES = ['chair', 'secretary', 'member', 'reporter', 'invited'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export const SPEECH_KINDS = ['report', 'opinion', 'question', 'answer', 'direction', 'conclusion'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

export const MAX_SPEECHES_PER_MEETING = 500;
export const MAX_ATTENDEES_PER_MEETING = 500;
export const MAX_DIRECTIVES_PER_MEETING = 200;
