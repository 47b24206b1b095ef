import { ApiProperty } from '@nestjs/swagger';
import { DateOnlyField } from '../../common/validation/fields.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../../directives/deadline-status.js';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../../directives/directive-enums.js';
import { MeetingRefDto } from '../../directives/dto/directive-response.dto.js';
import { COMPLETIONS, type Completion } from '../../followup/completion.js';
import { OrganizationRefDto } from '../../organizations/dto/organization.dto.js';

export class CarryOverQueryDto {
  @DateOnlyField({
    optional: true,
    description: "The date deadlines are judged on (YYYY-MM-DD); the meeting's date in the office's zone when absent.",
  })
  asOf?: string;
}

/** One directive to review again, with what the secretariat reports on it. */
export class CarryOverItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: MeetingRefDto, description: 'The earlier meeting that concluded it.' }) meeting!: MeetingRefDto;
  @ApiProperty({ description: 'Order among the directives of its meeting (1-based).' }) ordinal!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: OrganizationRefDto }) leadOrganization!: OrganizationRefDto;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline in force.' }) dueDate!: string | null;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: DirectiveStatus;
  @ApiProperty({ enum: DEADLINE_STATUSES, nullable: true, description: 'As of `asOf`, as the directive answers judge it.' })
  deadlineStatus!: DeadlineStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ enum: COMPLETIONS, nullable: true }) completion!: Completion | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The lead agency’s latest progress report; null before any.' })
  progressPercent!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReportedAt!: string | null;
  @ApiProperty({ description: 'Already among this meeting’s reviewedDirectiveIds.' }) reviewedAtThisMeeting!: boolean;
}

export class CarryOverDto {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'date', description: 'The date deadlines were judged on.' }) asOf!: string;
  @ApiProperty({
    type: MeetingRefDto,
    nullable: true,
    description: 'The same organizer’s meeting just before this one: directives completed since it started are listed too.',
  })
  previousMeeting!: MeetingRefDto | null;
  @ApiProperty({ type: CarryOverItemDto, isArray: true, description: "By their meeting's date, then the order concluded." })
  items!: CarryOverItemDto[];
  @ApiProperty({ description: 'True when there were more than one answer holds; the latest meetings’ directives are then left out.' })
  truncated!: boolean;
}
