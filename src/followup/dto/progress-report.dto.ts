import { ApiProperty } from '@nestjs/swagger';
import { AttachmentSummaryDto } from '../../attachments/dto/attachment.dto.js';
import { IntField, TextField, UuidArrayField } from '../../common/validation/fields.js';
import { type DirectiveProgressReport, PROGRESS_REPORT_KINDS, type ProgressReportKind } from '../progress-report.entity.js';
import { ReminderAuthorDto } from './reminder.dto.js';

/** A report's body. */
export class ReportProgressDto {
  @IntField({
    min: 0,
    max: 100,
    optional: true,
    description:
      'How far the work is, in percent (a whole number; it may go down, as a correction): required of the lead agency, ' +
      'absent from a cooperating agency’s contribution, which moves no percent.',
  })
  percent?: number;

  @TextField({ max: 20_000, description: 'What was done, what remains, what is in the way.' })
  note!: string;

  @UuidArrayField({
    maxSize: 20,
    optional: true,
    description: 'Evidence files (ids from POST /attachments, your own uploads) attached to the directive with this report.',
  })
  attachmentIds?: string[];
}

export class ReportingOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ProgressReportResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) directiveId!: string;
  @ApiProperty({
    enum: PROGRESS_REPORT_KINDS,
    description: "progress: the lead agency's (it moves the directive's progressPercent); contribution: a cooperating agency's.",
  })
  kind!: ProgressReportKind;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, nullable: true, description: 'Null for a contribution.' })
  percent!: number | null;
  @ApiProperty() note!: string;
  @ApiProperty({ type: ReportingOrganizationDto, description: 'The agency that reported, as it was then.' })
  organization!: ReportingOrganizationDto;
  @ApiProperty({ type: ReminderAuthorDto }) reportedBy!: ReminderAuthorDto;
  @ApiProperty({ format: 'date-time' }) reportedAt!: string;
  @ApiProperty({ type: AttachmentSummaryDto, isArray: true, description: 'The evidence sent with the report, in the order given.' })
  attachments!: AttachmentSummaryDto[];
}

export class ProgressReportPageDto {
  @ApiProperty({ type: ProgressReportResponseDto, isArray: true }) items!: ProgressReportResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** `reportedBy` and `organization` must be loaded with the report. */
export function toProgressReportDto(row: DirectiveProgressReport, attachments: AttachmentSummaryDto[]): ProgressReportResponseDto {
  return {
    id: row.id,
    directiveId: row.directiveId,
    kind: row.kind,
    percent: row.percent,
    note: row.note,
    organization: { id: row.organizationId, name: row.organization!.name },
    reportedBy: { userId: row.reportedByUserId, username: row.reportedBy!.username, displayName: row.reportedBy!.displayName },
    reportedAt: row.reportedAt.toISOString(),
    attachments,
  };
}
