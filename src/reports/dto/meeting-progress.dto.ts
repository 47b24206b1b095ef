import { ApiProperty } from '@nestjs/swagger';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../../directives/deadline-status.js';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../../directives/directive-enums.js';
import { MeetingRefDto } from '../../directives/dto/directive-response.dto.js';
import { OrganizationRefDto } from '../../organizations/dto/organization.dto.js';

export class MeetingProgressDirectiveDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ordinal!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: OrganizationRefDto }) leadOrganization!: OrganizationRefDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: DirectiveStatus;
  @ApiProperty({ enum: DEADLINE_STATUSES, nullable: true }) deadlineStatus!: DeadlineStatus | null;
  @ApiProperty({ type: 'integer', nullable: true }) progressPercent!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReportedAt!: string | null;
}

export class MeetingProgressDto {
  @ApiProperty({ type: MeetingRefDto }) meeting!: MeetingRefDto;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'Its directives the caller may see.' }) total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'How many are in each status (every status named, 0 included).',
  })
  byStatus!: Record<DirectiveStatus, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'How many stand where against their deadline as of asOf; completed, cancelled and paused ones are in none.',
  })
  byDeadlineStatus!: Record<DeadlineStatus, number>;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Completed / (total − cancelled) × 100, one decimal; null when nothing is left to count.',
  })
  percentCompleted!: number | null;
  @ApiProperty({ type: MeetingProgressDirectiveDto, isArray: true, description: 'In the order the meeting concluded them.' })
  directives!: MeetingProgressDirectiveDto[];
}
