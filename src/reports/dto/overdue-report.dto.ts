import { ApiProperty } from '@nestjs/swagger';
import { MeetingRefDto } from '../../directives/dto/directive-response.dto.js';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../../directives/directive-enums.js';
import { OrganizationRefDto } from '../../organizations/dto/organization.dto.js';
import { PersonRefDto } from '../../organizations/dto/person.dto.js';
import type { OverdueRow } from '../report-sql.js';

export class OverdueDirectiveDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: MeetingRefDto, description: 'The meeting that issued it, with its start.' }) meeting!: MeetingRefDto;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: DirectiveStatus;
  @ApiProperty({ format: 'date', description: 'The deadline in force.' }) dueDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline as issued.' }) originalDueDate!: string | null;
  @ApiProperty({
    type: 'integer',
    description:
      "Calendar days past the deadline in force, in the office's zone, as of `asOf` (awaiting confirmation: as of its submission).",
  })
  daysOverdue!: number;
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner!: PersonRefDto | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "The lead agency's latest progress percent." })
  progressPercent!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastReportedAt!: string | null;
  @ApiProperty() reminderCount!: number;
  @ApiProperty({ description: 'Approved extensions.' }) extensionCount!: number;
}

export class OverdueGroupDto {
  @ApiProperty({ type: OrganizationRefDto }) leadOrganization!: OrganizationRefDto;
  @ApiProperty({ description: 'All its overdue directives, on every page.' }) count!: number;
  @ApiProperty({ type: OverdueDirectiveDto, isArray: true, description: 'Those on this page, most days overdue first.' })
  directives!: OverdueDirectiveDto[];
}

export class OverdueReportDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'Overdue directives on every page.' }) total!: number;
  @ApiProperty({
    type: OverdueGroupDto,
    isArray: true,
    description: "The page's directives by lead agency, the agency with the most overdue directive first.",
  })
  groups!: OverdueGroupDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toOverdueDirective(row: OverdueRow): OverdueDirectiveDto {
  return {
    id: row.id,
    title: row.title,
    meeting: { id: row.meeting_id, title: row.meeting_title, startsAt: row.meeting_starts_at.toISOString() },
    status: row.status,
    dueDate: row.due_date,
    originalDueDate: row.original_due_date,
    daysOverdue: row.days_overdue,
    owner: row.owner_id === null ? null : { id: row.owner_id, fullName: row.owner_full_name!, position: row.owner_position },
    progressPercent: row.progress_percent,
    lastReportedAt: row.last_reported_at?.toISOString() ?? null,
    reminderCount: row.reminder_count,
    extensionCount: row.extension_count,
  };
}
