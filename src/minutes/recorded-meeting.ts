import type { DirectiveRow } from '../directives/directive-reads.js';
import type { WrittenDirective } from '../directives/directive-writer.js';
import type { References } from '../organizations/references.js';
import type { MeetingRow } from './meeting-reads.js';
import type { WrittenAttendee, WrittenMeeting, WrittenSpeech } from './meeting-writes.js';

/**
 * A meeting just recorded, in the shape its read statements give
 * (`meetingById`, `directivesOfMeeting`), built from the rows as written and
 * the names its reference check read: the answer to POST /meetings without
 * reading the meeting back. Nothing else can have touched it yet: no
 * reminder, extension, report or later review of its directives.
 */
export function recordedMeetingRow(
  meeting: WrittenMeeting,
  attendees: WrittenAttendee[],
  speeches: WrittenSpeech[],
  refs: References,
): MeetingRow {
  const person = (id: string) => ({ id, ...refs.person(id) });
  const organizer = meeting.organizer_id === null ? null : refs.organization(meeting.organizer_id);
  const chair = meeting.chair_id === null ? null : refs.person(meeting.chair_id);
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    starts_at: meeting.starts_at,
    ends_at: meeting.ends_at,
    location: meeting.location,
    summary: meeting.summary,
    source_url: meeting.source_url,
    status: meeting.status,
    version: meeting.version,
    created_at: meeting.created_at,
    updated_at: meeting.updated_at,
    organizer_id: meeting.organizer_id,
    organizer_name: organizer?.name ?? null,
    organizer_short_name: organizer?.shortName ?? null,
    chair_id: meeting.chair_id,
    chair_full_name: chair?.fullName ?? null,
    chair_position: chair?.position ?? null,
    attendees: attendees.map((a) => ({ id: a.id, person: person(a.person_id), role: a.role, attended: a.attended, version: a.version })),
    speeches: [...speeches]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        id: s.id,
        position: s.position,
        speaker: person(s.speaker_id),
        kind: s.kind,
        title: s.title,
        summary: s.summary,
        text: s.text,
        version: s.version,
      })),
  };
}

export function recordedDirectiveRows(
  meeting: WrittenMeeting,
  directives: WrittenDirective[],
  speeches: WrittenSpeech[],
  refs: References,
): DirectiveRow[] {
  const positions = new Map(speeches.map((s) => [s.id, s.position]));
  const person = (id: string | null) => (id === null ? null : refs.person(id));
  return directives.map((d) => {
    const lead = refs.organization(d.lead_organization_id);
    const owner = person(d.owner_id);
    const issuer = person(d.issued_by_id);
    return {
      id: d.id,
      ordinal: d.ordinal,
      title: d.title,
      description: d.description,
      due_date: d.due_date,
      priority: d.priority,
      status: d.status,
      original_due_date: d.original_due_date,
      submitted_at: d.submitted_at,
      completed_at: d.completed_at,
      completion: d.completion,
      version: d.version,
      created_at: d.created_at,
      updated_at: d.updated_at,
      meeting_id: meeting.id,
      meeting_title: meeting.title,
      meeting_starts_at: meeting.starts_at,
      lead_id: d.lead_organization_id,
      lead_name: lead.name,
      lead_short_name: lead.shortName,
      owner_id: d.owner_id,
      owner_full_name: owner?.fullName ?? null,
      owner_position: owner?.position ?? null,
      issued_by_id: d.issued_by_id,
      issued_by_full_name: issuer?.fullName ?? null,
      issued_by_position: issuer?.position ?? null,
      source_speech_id: d.source_speech_id,
      source_speech_position: d.source_speech_id === null ? null : positions.get(d.source_speech_id)!,
      cooperating: d.cooperating_organization_ids.map((id): [string, string, string | null] => {
        const agency = refs.organization(id);
        return [id, agency.name, agency.shortName];
      }),
      reminder_count: 0,
      last_reminded_at: null,
      extension_count: 0,
      pending_extension_id: null,
      pending_extension_proposed_due_date: null,
      pending_extension_reason: null,
      pending_extension_requested_at: null,
      progress_percent: null,
      last_reported_at: null,
      reviewed_at: [],
    };
  });
}
