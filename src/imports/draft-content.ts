import type { DirectivePriority } from '../directives/directive-enums.js';
import type { AttendeeRole, MeetingKind, SpeechKind } from '../meetings/meeting-enums.js';
import type { OrganizationKind } from '../organizations/organization-kind.js';
import type { SourceSpan } from './extraction/extraction-types.js';

/**
 * The editable draft stored in `import_draft.content`. Every item has a `key`
 * the client sends back with its edits, so what only the reader knows (where
 * the item was read, how sure it was, the records it could be) stays with it;
 * an item added by hand has no span and full confidence.
 */
export interface DraftContent {
  meeting: DraftMeeting;
  attendees: DraftAttendee[];
  speeches: DraftSpeech[];
  directives: DraftDirective[];
  warnings: DraftWarning[];
  documentNumbers: { value: string; span: SourceSpan }[];
}

export interface PersonCandidate {
  id: string;
  fullName: string;
  position: string | null;
  organizationName: string | null;
}

export interface OrganizationCandidate {
  id: string;
  name: string;
  shortName: string | null;
}

/** Who the text named, and who that is: an existing person (`personId`), or one to create on confirmation (`proposal`). */
export interface DraftPerson {
  personId: string | null;
  proposal: { fullName: string; position: string | null } | null;
  /** Existing people it could be, best first (the chosen one included). */
  candidates: PersonCandidate[];
  /** As the text named them. */
  mention: { fullName: string | null; position: string | null; organizationName: string | null } | null;
}

export interface DraftOrganization {
  organizationId: string | null;
  proposal: { name: string; shortName: string | null; kind: OrganizationKind } | null;
  candidates: OrganizationCandidate[];
  mention: string | null;
  span: SourceSpan | null;
}

export interface DraftMeeting {
  title: string | null;
  titleSpan: SourceSpan | null;
  kind: MeetingKind | null;
  startsAt: string | null;
  startsAtSpan: SourceSpan | null;
  startsAtConfidence: number;
  endsAt: string | null;
  location: string | null;
  locationSpan: SourceSpan | null;
  organizer: DraftOrganization | null;
  summary: string | null;
}

interface Read {
  key: string;
  span: SourceSpan | null;
  confidence: number;
}

export interface DraftAttendee extends Read {
  person: DraftPerson;
  role: AttendeeRole;
  attended: boolean;
}

export interface DraftSpeech extends Read {
  speaker: DraftPerson | null;
  /**
   * The attendee who gave the speech, when the speaker is one of them: the
   * speaker is that attendee's person, and follows it when the attendee is
   * corrected, so one choice resolves both and confirming creates one person.
   */
  speakerAttendeeKey: string | null;
  kind: SpeechKind;
  title: string | null;
  text: string | null;
}

export interface DraftDirective extends Read {
  title: string;
  description: string | null;
  lead: DraftOrganization | null;
  cooperating: DraftOrganization[];
  owner: DraftPerson | null;
  priority: DirectivePriority;
  dueDate: string | null;
  dueText: string | null;
  dueSpan: SourceSpan | null;
  sourceSpeechIndex: number | null;
}

export interface DraftWarning {
  code: string;
  message: string;
  span: SourceSpan | null;
  /**
   * What the warning is about: an item's `key`, or a field of the meeting
   * (`meeting.startsAt`); null for the text as a whole. It goes away when
   * the secretariat corrects or removes that item.
   */
  itemKey: string | null;
  /** possible_duplicate: the recorded meeting this draft may repeat. */
  meetingId: string | null;
}
