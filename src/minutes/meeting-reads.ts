import { directiveVisibleSql } from '../access/directive-scope.js';
import { preparedQuery } from '../database/prepared-query.js';
import type { AttendeeResponseDto } from '../meetings/dto/attendee.dto.js';
import type { SpeechResponseDto } from '../meetings/dto/speech.dto.js';
import type { MeetingKind, MeetingStatus } from '../meetings/meeting-enums.js';

/** A meeting's own columns, as both its read and its insert return them. */
export interface MeetingColumns {
  id: string;
  title: string;
  kind: MeetingKind | null;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  summary: string | null;
  source_url: string | null;
  status: MeetingStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
  organizer_id: string | null;
  chair_id: string | null;
}

/** A meeting as the read statement returns it: its own columns, organizer and chair flat, attendees and speeches as JSON. */
export interface MeetingRow extends MeetingColumns {
  organizer_name: string | null;
  organizer_short_name: string | null;
  chair_full_name: string | null;
  chair_position: string | null;
  /** Already in the answer's shape, in no particular order. */
  attendees: AttendeeResponseDto[];
  /** Already in the answer's shape, in order of speaking. */
  speeches: SpeechResponseDto[];
}

// Attendees and speeches have no instants, so JSON carries them exactly; one
// round trip for the meeting, one more (shared with the lists) for its directives.
export const meetingById = preparedQuery<MeetingRow, [id: string]>(
  'meeting_by_id',
  `SELECT m.id, m.title, m.kind, m.starts_at, m.ends_at, m.location, m.summary, m.source_url, m.status, m.version, m.created_at, m.updated_at,
       org.id AS organizer_id, org.name AS organizer_name, org.short_name AS organizer_short_name,
       chair.id AS chair_id, chair.full_name AS chair_full_name, chair.position AS chair_position,
       (SELECT coalesce(json_agg(json_build_object(
                 'id', a.id,
                 'person', json_build_object('id', p.id, 'fullName', p.full_name, 'position', p.position),
                 'role', a.role, 'attended', a.attended, 'version', a.version)), '[]'::json)
          FROM meeting_attendee a JOIN person p ON p.id = a.person_id
         WHERE a.meeting_id = m.id) AS attendees,
       (SELECT coalesce(json_agg(json_build_object(
                 'id', s.id, 'position', s.position,
                 'speaker', json_build_object('id', sp.id, 'fullName', sp.full_name, 'position', sp.position),
                 'kind', s.kind, 'title', s.title, 'summary', s.summary, 'text', s.text, 'version', s.version) ORDER BY s.position), '[]'::json)
          FROM speech s JOIN person sp ON sp.id = s.speaker_id
         WHERE s.meeting_id = m.id) AS speeches
  FROM meeting m
  LEFT JOIN organization org ON org.id = m.organizer_id
  LEFT JOIN person chair ON chair.id = m.chair_id
 WHERE m.id = $1`,
);

// The order of the carry-over list: the concluding meeting's date, then the directive's order in it.
const reviewedSql = (visible: string): string => `SELECT r.directive_id AS id
  FROM meeting_reviewed_directive r
  JOIN directive d ON d.id = r.directive_id
  JOIN meeting concluded ON concluded.id = d.meeting_id
 WHERE r.meeting_id = $1${visible}
 ORDER BY concluded.starts_at, concluded.id, d.ordinal`;

/** The directives a meeting reviewed, as far as the viewer may see them. */
export const reviewedDirectivesOfMeeting = {
  all: preparedQuery<{ id: string }, [meetingId: string]>('reviewed_directives_of_meeting', reviewedSql('')),
  scoped: preparedQuery<{ id: string }, [meetingId: string, scope: string]>(
    'reviewed_directives_of_meeting_scoped',
    reviewedSql(` AND ${directiveVisibleSql('d', '$2')}`),
  ),
};
