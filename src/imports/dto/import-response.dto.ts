import { ApiProperty } from '@nestjs/swagger';
import { DIRECTIVE_PRIORITIES, type DirectivePriority } from '../../directives/directive-enums.js';
import {
  ATTENDEE_ROLES,
  MEETING_KINDS,
  SPEECH_KINDS,
  type AttendeeRole,
  type MeetingKind,
  type SpeechKind,
} from '../../meetings/meeting-enums.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../organizations/organization-kind.js';
import type { DraftContent } from '../draft-content.js';
import type { ImportDraft } from '../import-draft.entity.js';
import { IMPORT_STATUSES, type ImportStatus } from '../import-status.js';

export class SpanDto {
  @ApiProperty({ description: 'UTF-16 offset into `text`, inclusive.' }) start!: number;
  @ApiProperty({ description: 'UTF-16 offset into `text`, exclusive.' }) end!: number;
}

export class PersonCandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName!: string | null;
}

export class OrganizationCandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) shortName!: string | null;
}

export class PersonProposalResponseDto {
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

export class PersonMentionDto {
  @ApiProperty({ type: String, nullable: true }) fullName!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationName!: string | null;
}

export class DraftPersonDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The existing person it is; null: see `proposal`.' })
  personId!: string | null;
  @ApiProperty({ type: PersonProposalResponseDto, nullable: true, description: 'The person to create on confirmation.' })
  proposal!: PersonProposalResponseDto | null;
  @ApiProperty({ type: PersonCandidateDto, isArray: true, description: 'Existing people it could be, best first.' })
  candidates!: PersonCandidateDto[];
  @ApiProperty({ type: PersonMentionDto, nullable: true, description: 'As the text named them; null for one added by hand.' })
  mention!: PersonMentionDto | null;
}

export class OrganizationProposalResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) shortName!: string | null;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
}

export class DraftOrganizationDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId!: string | null;
  @ApiProperty({ type: OrganizationProposalResponseDto, nullable: true }) proposal!: OrganizationProposalResponseDto | null;
  @ApiProperty({ type: OrganizationCandidateDto, isArray: true }) candidates!: OrganizationCandidateDto[];
  @ApiProperty({ type: String, nullable: true }) mention!: string | null;
  @ApiProperty({ type: SpanDto, nullable: true }) span!: SpanDto | null;
}

export class DraftMeetingDto {
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: SpanDto, nullable: true }) titleSpan!: SpanDto | null;
  @ApiProperty({ enum: MEETING_KINDS, nullable: true }) kind!: MeetingKind | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt!: string | null;
  @ApiProperty({ type: SpanDto, nullable: true }) startsAtSpan!: SpanDto | null;
  @ApiProperty({ minimum: 0, maximum: 1 }) startsAtConfidence!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: SpanDto, nullable: true }) locationSpan!: SpanDto | null;
  @ApiProperty({ type: DraftOrganizationDto, nullable: true }) organizer!: DraftOrganizationDto | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
}

export class DraftItemDto {
  @ApiProperty({ format: 'uuid', description: 'Send it back with the item when editing.' }) key!: string;
  @ApiProperty({ type: SpanDto, nullable: true, description: 'Where in `text` it was read; null for an item added by hand.' })
  span!: SpanDto | null;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How sure the reader is: 1 for an item added or edited by hand.' })
  confidence!: number;
}

export class DraftAttendeeDto extends DraftItemDto {
  @ApiProperty({ type: DraftPersonDto }) person!: DraftPersonDto;
  @ApiProperty({ enum: ATTENDEE_ROLES }) role!: AttendeeRole;
  @ApiProperty() attended!: boolean;
}

export class DraftSpeechDto extends DraftItemDto {
  @ApiProperty({ type: DraftPersonDto, nullable: true }) speaker!: DraftPersonDto | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The attendee who gave it: `speaker` is their person and follows them when they are corrected.',
  })
  speakerAttendeeKey!: string | null;
  @ApiProperty({ enum: SPEECH_KINDS }) kind!: SpeechKind;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
}

export class DraftDirectiveDto extends DraftItemDto {
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: DraftOrganizationDto, nullable: true }) lead!: DraftOrganizationDto | null;
  @ApiProperty({ type: DraftOrganizationDto, isArray: true }) cooperating!: DraftOrganizationDto[];
  @ApiProperty({ type: DraftPersonDto, nullable: true }) owner!: DraftPersonDto | null;
  @ApiProperty({ enum: DIRECTIVE_PRIORITIES }) priority!: DirectivePriority;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The words the deadline was read from.' }) dueText!: string | null;
  @ApiProperty({ type: SpanDto, nullable: true }) dueSpan!: SpanDto | null;
  @ApiProperty({ type: Number, nullable: true }) sourceSpeechIndex!: number | null;
}

export class DraftWarningDto {
  @ApiProperty({
    description: 'Stable: no_meeting, no_date, no_chair, no_directives, year_assumed, speaker_unknown, person_guessed, possible_duplicate…',
  })
  code!: string;
  @ApiProperty({ description: 'Vietnamese, for the secretariat.' }) message!: string;
  @ApiProperty({ type: SpanDto, nullable: true }) span!: SpanDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The item it is about (its `key`, or `meeting.startsAt`), null for the whole text. Only open warnings are listed: one goes when its item is corrected or removed.',
  })
  itemKey!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'possible_duplicate: the recorded meeting to open.' })
  meetingId!: string | null;
}

export class DocumentNumberDto {
  @ApiProperty({ example: '111-KL/TU' }) value!: string;
  @ApiProperty({ type: SpanDto }) span!: SpanDto;
}

export class ImportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_STATUSES }) status!: ImportStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true, description: "The draft meeting's title." }) title!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) fileName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The meeting it became, once confirmed.' })
  meetingId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ImportDraftResponseDto extends ImportSummaryDto {
  @ApiProperty({ description: 'The source text (NFC, "\\n" line endings): every span is an offset into it.' }) text!: string;
  @ApiProperty({ type: String, nullable: true }) mediaType!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) publishedOn!: string | null;
  @ApiProperty({ type: DraftMeetingDto }) meeting!: DraftMeetingDto;
  @ApiProperty({ type: DraftAttendeeDto, isArray: true }) attendees!: DraftAttendeeDto[];
  @ApiProperty({ type: DraftSpeechDto, isArray: true, description: 'In order of speaking.' }) speeches!: DraftSpeechDto[];
  @ApiProperty({ type: DraftDirectiveDto, isArray: true }) directives!: DraftDirectiveDto[];
  @ApiProperty({ type: DraftWarningDto, isArray: true }) warnings!: DraftWarningDto[];
  @ApiProperty({ type: DocumentNumberDto, isArray: true }) documentNumbers!: DocumentNumberDto[];
}

export class ImportPageDto {
  @ApiProperty({ type: ImportSummaryDto, isArray: true }) items!: ImportSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

type DraftRow = Pick<ImportDraft, 'id' | 'status' | 'version' | 'sourceUrl' | 'fileName' | 'meetingId' | 'createdAt' | 'updatedAt'> & {
  content: Pick<DraftContent, 'meeting'>;
};

export function toImportSummary(draft: DraftRow): ImportSummaryDto {
  return {
    id: draft.id,
    status: draft.status,
    version: draft.version,
    title: draft.content.meeting.title,
    startsAt: draft.content.meeting.startsAt,
    sourceUrl: draft.sourceUrl,
    fileName: draft.fileName,
    meetingId: draft.meetingId,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
  };
}

export function toImportResponse(draft: ImportDraft): ImportDraftResponseDto {
  const { meeting, attendees, speeches, directives, warnings, documentNumbers } = draft.content;
  return {
    ...toImportSummary(draft),
    text: draft.sourceText,
    mediaType: draft.mediaType,
    publishedOn: draft.publishedOn,
    meeting,
    attendees,
    // Drafts stored before these fields existed read as if they had their defaults.
    speeches: speeches.map((s) => ({ ...s, speakerAttendeeKey: s.speakerAttendeeKey ?? null })),
    directives: directives.map((d) => ({ ...d, priority: d.priority ?? 'normal' })),
    warnings: warnings.map((w) => ({ ...w, itemKey: w.itemKey ?? null, meetingId: w.meetingId ?? null })),
    documentNumbers,
  };
}
