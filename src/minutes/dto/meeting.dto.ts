import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/http/pagination.js';
import {
  DateOnlyField,
  EnumField,
  InstantField,
  NestedArrayField,
  TextField,
  UrlField,
  UuidArrayField,
  UuidField,
} from '../../common/validation/fields.js';
import { MAX_REVIEWED_DIRECTIVES } from '../reviewed-directives.js';
import { MeetingDirectiveInputDto } from '../../directives/dto/directive-input.dto.js';
import { DirectiveResponseDto } from '../../directives/dto/directive-response.dto.js';
import { OrganizationRefDto, toOrganizationRef } from '../../organizations/dto/organization.dto.js';
import { PersonRefDto, toPersonRef } from '../../organizations/dto/person.dto.js';
import {
  ATTENDEE_ROLES,
  MAX_ATTENDEES_PER_MEETING,
  MAX_DIRECTIVES_PER_MEETING,
  MAX_SPEECHES_PER_MEETING,
  MEETING_KINDS,
  MEETING_STATUSES,
  type MeetingKind,
  type MeetingStatus,
} from '../../meetings/meeting-enums.js';
import type { Meeting } from '../../meetings/meeting.entity.js';
import { AttendeeInputDto, AttendeeResponseDto, toAttendeeResponse } from '../../meetings/dto/attendee.dto.js';
import { SpeechInputDto, SpeechResponseDto, toSpeechResponse } from '../../meetings/dto/speech.dto.js';
import { compareVietnamese } from '../../common/text/vietnamese-order.js';
import type { MeetingRow } from '../meeting-reads.js';

export class CreateMeetingDto {
  @TextField({ max: 500, example: 'Thường trực Tỉnh ủy làm việc về khu công nghiệp, khu kinh tế cửa khẩu' })
  title!: string;

  @EnumField(MEETING_KINDS, { optional: true, nullable: true })
  kind?: MeetingKind | null;

  @InstantField()
  startsAt!: string;

  @InstantField({ optional: true, nullable: true, example: '2024-03-12T11:30:00+07:00' })
  endsAt?: string | null;

  @TextField({ max: 300, optional: true, nullable: true, example: 'Trụ sở Tỉnh ủy Lào Cai' })
  location?: string | null;

  @UuidField({ optional: true, nullable: true, description: 'The organization that convened the meeting.' })
  organizerId?: string | null;

  @UuidField({
    optional: true,
    nullable: true,
    description: 'The person who chaired; if an attendee has role chair, it must be this person.',
  })
  chairId?: string | null;

  @TextField({ max: 20_000, optional: true, nullable: true })
  summary?: string | null;

  @UrlField({ max: 2000, optional: true, nullable: true })
  sourceUrl?: string | null;

  @EnumField(MEETING_STATUSES, { optional: true, description: 'draft when absent.' })
  status?: MeetingStatus;

  @NestedArrayField(() => AttendeeInputDto, { optional: true, maxSize: MAX_ATTENDEES_PER_MEETING })
  attendees?: AttendeeInputDto[];

  @NestedArrayField(() => SpeechInputDto, { optional: true, maxSize: MAX_SPEECHES_PER_MEETING, description: 'In order of speaking.' })
  speeches?: SpeechInputDto[];

  @NestedArrayField(() => MeetingDirectiveInputDto, {
    optional: true,
    maxSize: MAX_DIRECTIVES_PER_MEETING,
    description: 'In the order concluded.',
  })
  directives?: MeetingDirectiveInputDto[];

  @UuidArrayField({
    optional: true,
    nullable: true,
    maxSize: MAX_REVIEWED_DIRECTIVES,
    description:
      'The directives this meeting reviewed (kiểm điểm việc thực hiện kết luận): each of an earlier meeting of the same organizer ' +
      '(GET /meetings/{id}/carry-over lists them). On PATCH the list replaces the set; null or [] clears it.',
  })
  reviewedDirectiveIds?: string[] | null;
}

/** The meeting's own fields; attendees, speeches and directives are changed through their own routes. */
export class UpdateMeetingDto extends PartialType(OmitType(CreateMeetingDto, ['attendees', 'speeches', 'directives'] as const), {
  skipNullProperties: false,
}) {}

export class ListMeetingsQueryDto extends PageQueryDto {
  @DateOnlyField({ optional: true, description: "Meetings on or after this date (in the office's zone)." })
  from?: string;

  @DateOnlyField({ optional: true, description: "Meetings on or before this date (in the office's zone)." })
  to?: string;

  @UuidField({ optional: true })
  organizerId?: string;

  @EnumField(MEETING_STATUSES, { optional: true })
  status?: MeetingStatus;

  @TextField({
    max: 200,
    optional: true,
    description: 'Part of the title or summary; accents and case are ignored ("tang loong" finds "Tằng Loỏng").',
  })
  q?: string;
}

export class MeetingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: MEETING_KINDS, nullable: true }) kind!: MeetingKind | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) organizer!: OrganizationRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) chair!: PersonRefDto | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true }) sourceUrl!: string | null;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MeetingResponseDto extends MeetingSummaryDto {
  @ApiProperty({ type: AttendeeResponseDto, isArray: true }) attendees!: AttendeeResponseDto[];
  @ApiProperty({ type: SpeechResponseDto, isArray: true, description: 'In order of speaking.' }) speeches!: SpeechResponseDto[];
  @ApiProperty({ type: DirectiveResponseDto, isArray: true, description: 'In the order concluded.' }) directives!: DirectiveResponseDto[];
  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: "The directives of earlier meetings it reviewed (those you may see), by their meeting's date then their order.",
  })
  reviewedDirectiveIds!: string[];
}

export class MeetingPageDto {
  @ApiProperty({ type: MeetingSummaryDto, isArray: true }) items!: MeetingSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toMeetingSummary(meeting: Meeting): MeetingSummaryDto {
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt ? meeting.endsAt.toISOString() : null,
    location: meeting.location,
    organizer: meeting.organizer ? toOrganizationRef(meeting.organizer) : null,
    chair: meeting.chair ? toPersonRef(meeting.chair) : null,
    summary: meeting.summary,
    sourceUrl: meeting.sourceUrl,
    status: meeting.status,
    version: meeting.version,
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
  };
}

const roleOrder = (role: AttendeeResponseDto['role']): number => ATTENDEE_ROLES.indexOf(role);

/** The whole record of a meeting: attendees by role (chair first) then name, speeches in order, its directives as given. */
export function toMeetingResponse(row: MeetingRow, directives: DirectiveResponseDto[], reviewedDirectiveIds: string[]): MeetingResponseDto {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at ? row.ends_at.toISOString() : null,
    location: row.location,
    organizer: row.organizer_id === null ? null : { id: row.organizer_id, name: row.organizer_name!, shortName: row.organizer_short_name },
    chair: row.chair_id === null ? null : { id: row.chair_id, fullName: row.chair_full_name!, position: row.chair_position },
    summary: row.summary,
    sourceUrl: row.source_url,
    status: row.status,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    attendees: row.attendees
      .map(toAttendeeResponse)
      .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || compareVietnamese(a.person.fullName, b.person.fullName)),
    speeches: row.speeches.map(toSpeechResponse),
    directives,
    reviewedDirectiveIds,
  };
}
