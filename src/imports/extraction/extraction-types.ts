import type { AttendeeRole, MeetingKind, SpeechKind } from '../../meetings/meeting-enums.js';

/**
 * What the rule-based reader finds in a meeting's text. Pure data: no ids, no
 * database. The imports feature matches the people and agencies named here to
 * existing records and turns a confirmed draft into a recorded meeting.
 *
 * Every offset is a UTF-16 index into the text as given to the extractor
 * (already NFC-normalized and with line endings as "\n"), end exclusive,
 * so `text.slice(start, end)` is what was read.
 */
export interface SourceSpan {
  start: number;
  end: number;
}

/** How sure the reader is, from 0 (a guess) to 1 (an unmistakable pattern). */
export type Confidence = number;

/** A person as the text names them: by name, by position, or both. */
export interface PersonMention {
  /** "Đặng Xuân Phong"; null when the text names only the position ("Trưởng Ban quản lý Khu kinh tế tỉnh"). */
  fullName: string | null;
  /** The position as written, without the honorific: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". */
  position: string | null;
  /** The agency the position belongs to, when it can be read from it: "Ban Quản lý Khu kinh tế tỉnh". */
  organizationName: string | null;
}

/** An agency named in a directive, with where it was named. */
export interface AgencyMention {
  name: string;
  span: SourceSpan;
}

export interface ExtractedMeeting {
  title: string | null;
  titleSpan: SourceSpan | null;
  kind: MeetingKind | null;
  /** ISO 8601 with the office's offset, e.g. "2024-03-12T08:00:00+07:00"; a date without a time is taken at 08:00 ("Sáng") or 14:00 ("Chiều"). */
  startsAt: string | null;
  startsAtSpan: SourceSpan | null;
  startsAtConfidence: Confidence;
  location: string | null;
  locationSpan: SourceSpan | null;
  /** The convening body: "Thường trực Tỉnh ủy Lào Cai", "UBND tỉnh Quảng Ninh". */
  organizerName: string | null;
  organizerSpan: SourceSpan | null;
  /** Document numbers such as "111-KL/TU" or "125/TB-UBND", in the order they appear. */
  documentNumbers: { value: string; span: SourceSpan }[];
}

export interface ExtractedAttendee {
  person: PersonMention;
  role: AttendeeRole;
  span: SourceSpan;
  confidence: Confidence;
}

export interface ExtractedSpeech {
  speaker: PersonMention;
  /** Index into `attendees` when the speaker is one of them (matched by name or position), else null. */
  speakerAttendeeIndex: number | null;
  kind: SpeechKind;
  /** The text that belongs to this speech, photo captions left out. */
  text: string;
  span: SourceSpan;
  confidence: Confidence;
}

export interface ExtractedDirective {
  /** One sentence a tracker can show in a list: the imperative, without "đề nghị"/"cần" and the agency's name. */
  title: string;
  /**
   * What the item says beyond the title — further sentences of a list item, the principle it is to follow
   * ("Phương châm là …"), the rest of a title cut short — never the title again (documents print both, one
   * after the other); null when the title says it all. The whole item as written is `text.slice(span)`.
   */
  description: string | null;
  lead: AgencyMention | null;
  cooperating: AgencyMention[];
  /** YYYY-MM-DD, or null when the text gives no deadline. */
  dueDate: string | null;
  /** The words the deadline was read from ("trước ngày 30/6/2024", "trong quý II/2024"). */
  dueText: string | null;
  dueSpan: SourceSpan | null;
  /** Index into `speeches` of the speech (usually the conclusion) the directive was given in. */
  sourceSpeechIndex: number | null;
  span: SourceSpan;
  confidence: Confidence;
}

export interface ExtractionWarning {
  /** Stable, for the interface to translate: "no_date", "no_chair", "no_directives", "year_assumed", "speaker_unknown", "no_meeting". */
  code: string;
  /** Vietnamese, for the secretariat. */
  message: string;
  span: SourceSpan | null;
}

export interface ExtractionResult {
  meeting: ExtractedMeeting;
  attendees: ExtractedAttendee[];
  speeches: ExtractedSpeech[];
  directives: ExtractedDirective[];
  warnings: ExtractionWarning[];
}

export interface ExtractionOptions {
  /** YYYY-MM-DD: the article's publication date, when known; the year of a date written without one comes from it. */
  publishedOn?: string | null;
  /** YYYY-MM-DD: today in the office's zone; the fallback for a missing year. */
  today: string;
}
