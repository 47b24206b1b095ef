import type { AttendeeRole, MeetingKind, SpeechKind } from '../meetings/meeting-enums.js';

/** A moment as the office's wall clock shows it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface DocumentPerson {
  fullName: string;
  position: string | null;
}

/** One directive the meeting concluded, as a document states it. */
export interface DocumentConclusion {
  /** Its number among the meeting's conclusions, kept in an extract so that "kết luận 5" means the same in every copy. */
  ordinal: number;
  title: string;
  description: string | null;
  lead: string;
  cooperating: string[];
  /** YYYY-MM-DD; null: no deadline (carried out regularly). */
  dueDate: string | null;
}

/**
 * What the official documents of one meeting say, read for one viewer: the
 * same meeting and the same directives that viewer sees at GET /meetings/{id}.
 * The documents are built from this alone, never from a request.
 */
export interface MeetingDocumentModel {
  title: string;
  kind: MeetingKind | null;
  startsAt: WallClock;
  endsAt: WallClock | null;
  location: string | null;
  /** The organizer (cơ quan ban hành) and the body above it (cơ quan chủ quản). */
  issuer: { name: string | null; shortName: string | null; parentName: string | null };
  /** The place name documents are dated at (địa danh); null leaves a blank to fill in. */
  place: string | null;
  chair: DocumentPerson | null;
  secretaries: DocumentPerson[];
  /** Everyone recorded but the chair and secretaries, by role (members, reporters, invitees), then name. */
  attendees: { person: DocumentPerson; role: AttendeeRole; attended: boolean }[];
  /** In order of speaking. */
  speeches: { speaker: DocumentPerson; kind: SpeechKind; title: string | null; summary: string | null }[];
  /** In the order concluded; only those the viewer may see. */
  conclusions: DocumentConclusion[];
  /** The viewer's agency when they see only its conclusions: the document is then an extract (bản trích) for it. */
  extractFor: string | null;
}
