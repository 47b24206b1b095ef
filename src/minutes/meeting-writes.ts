import { returnedSnapshot } from '../audit/snapshot-sql.js';
import { bulkInsert } from '../database/insert-row.js';
import type { AttendeeRole, SpeechKind } from '../meetings/meeting-enums.js';
import type { MeetingColumns } from './meeting-reads.js';

/** What recording a meeting writes, one statement per table; the rows come back as stored, to answer without reading them again. */

export interface WrittenMeeting extends MeetingColumns {
  /** `returnedSnapshot`: what the audit entry shows of the row. */
  snapshot: Record<string, unknown>;
}

export const INSERT_MEETING = bulkInsert<WrittenMeeting>(
  'meeting',
  {
    title: ['title', 'text'],
    kind: ['kind', 'text'],
    startsAt: ['starts_at', 'timestamptz'],
    endsAt: ['ends_at', 'timestamptz'],
    location: ['location', 'text'],
    organizerId: ['organizer_id', 'uuid'],
    chairId: ['chair_id', 'uuid'],
    summary: ['summary', 'text'],
    sourceUrl: ['source_url', 'text'],
    status: ['status', 'text'],
  },
  `t.id, t.title, t.kind, t.starts_at, t.ends_at, t.location, t.summary, t.source_url, t.status, t.version, t.created_at, t.updated_at,
   t.organizer_id, t.chair_id, ${returnedSnapshot('t')} AS snapshot`,
);

export interface WrittenAttendee {
  id: string;
  person_id: string;
  role: AttendeeRole;
  attended: boolean;
  version: number;
}

export const INSERT_ATTENDEES = bulkInsert<WrittenAttendee>(
  'meeting_attendee',
  { meetingId: ['meeting_id', 'uuid'], personId: ['person_id', 'uuid'], role: ['role', 'text'], attended: ['attended', 'boolean'] },
  't.id, t.person_id, t.role, t.attended, t.version',
);

export interface WrittenSpeech {
  id: string;
  position: number;
  speaker_id: string;
  kind: SpeechKind;
  title: string | null;
  summary: string | null;
  text: string | null;
  version: number;
}

export const INSERT_SPEECHES = bulkInsert<WrittenSpeech>(
  'speech',
  {
    meetingId: ['meeting_id', 'uuid'],
    speakerId: ['speaker_id', 'uuid'],
    position: ['position', 'int'],
    kind: ['kind', 'text'],
    title: ['title', 'text'],
    summary: ['summary', 'text'],
    text: ['text', 'text'],
  },
  't.id, t.position, t.speaker_id, t.kind, t.title, t.summary, t.text, t.version',
);
