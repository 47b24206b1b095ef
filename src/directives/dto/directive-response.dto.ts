import { ApiProperty } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/http/pagination.js';
import { DateOnlyField, EnumField, TextField, UuidField } from '../../common/validation/fields.js';
import { calendarDateIn } from '../../common/time/clock.js';
import { OrganizationRefDto } from '../../organizations/dto/organization.dto.js';
import { PersonRefDto } from '../../organizations/dto/person.dto.js';
import { compareVietnamese } from '../../common/text/vietnamese-order.js';
import { DEADLINE_STATUSES, deadlineStatus, type DeadlineStatus } from '../deadline-status.js';
import type { DirectiveRow } from '../directive-reads.js';
import { type ExportFormat, ExportFormatField } from '../../exports/export-format.js';
import { COMPLETIONS, type Completion } from '../../followup/completion.js';
import { TRANSITION_ACTIONS, type TransitionAction } from '../../followup/workflow.js';
import { DIRECTIVE_OPERATIONS, type DirectiveOperation } from '../../followup/directive-operations.js';
import { DIRECTIVE_PRIORITIES, DIRECTIVE_STATUSES, type DirectivePriority, type DirectiveStatus } from '../directive-enums.js';

export class MeetingRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
}

export class SpeechRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '1-based order within the meeting.' }) position!: number;
}

export class PendingExtensionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) proposedDueDate!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
}

export class DirectiveResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: MeetingRefDto }) meeting!: MeetingRefDto;
  @ApiProperty({ description: 'Order among the directives of its meeting (1-based).' }) ordinal!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: OrganizationRefDto }) leadOrganization!: OrganizationRefDto;
  @ApiProperty({ type: OrganizationRefDto, isArray: true }) cooperatingOrganizations!: OrganizationRefDto[];
  @ApiProperty({ type: PersonRefDto, nullable: true }) owner!: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) issuedBy!: PersonRefDto | null;
  @ApiProperty({ type: SpeechRefDto, nullable: true }) sourceSpeech!: SpeechRefDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline in force.' }) dueDate!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The deadline as issued (corrected until work begins; an extension moves only dueDate).',
  })
  originalDueDate!: string | null;
  @ApiProperty({ enum: DIRECTIVE_PRIORITIES }) priority!: DirectivePriority;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: DirectiveStatus;
  @ApiProperty({
    enum: DEADLINE_STATUSES,
    nullable: true,
    description:
      "Against the deadline as of `asOf` (default today in the office's zone); awaiting confirmation: as of the submission; null when completed, cancelled or paused.",
  })
  deadlineStatus!: DeadlineStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the lead agency last reported it done.' })
  submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a leader confirmed it done.' })
  completedAt!: string | null;
  @ApiProperty({
    enum: COMPLETIONS,
    nullable: true,
    description:
      "Set when confirmed: judged on the date, in the office's zone, of the submission that was confirmed, against the deadline then in force.",
  })
  completion!: Completion | null;
  @ApiProperty({
    enum: TRANSITION_ACTIONS,
    isArray: true,
    description: 'The workflow actions you may take now (POST /directives/{id}/transitions), in the order of the workflow table.',
  })
  allowedActions!: TransitionAction[];
  @ApiProperty({
    enum: DIRECTIVE_OPERATIONS,
    isArray: true,
    description:
      'The other operations you may perform on it now: report_progress (POST …/progress-reports), request_extension and ' +
      'decide_extension (…/extension-requests), assign_owner (PATCH with ownerId only), remind (POST …/reminders), edit (PATCH).',
  })
  allowedOperations!: DirectiveOperation[];
  @ApiProperty({ description: 'How many times the lead agency was reminded (POST /directives/{id}/reminders).' })
  reminderCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was last reminded.' })
  lastRemindedAt!: string | null;
  @ApiProperty({ description: 'How many times its deadline was extended (approved requests, /directives/{id}/extension-requests).' })
  extensionCount!: number;
  @ApiProperty({ type: PendingExtensionDto, nullable: true, description: 'The request for a later deadline awaiting a decision, if any.' })
  pendingExtension!: PendingExtensionDto | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The percent of the lead agency’s latest progress report (POST /directives/{id}/progress-reports); null before any.',
  })
  progressPercent!: number | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the lead agency last reported progress (cooperating agencies’ contributions do not count).',
  })
  lastReportedAt!: string | null;
  @ApiProperty({
    type: MeetingRefDto,
    isArray: true,
    description: 'The later meetings that reviewed it (kiểm điểm, their reviewedDirectiveIds), oldest first.',
  })
  reviewedAtMeetings!: MeetingRefDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DirectivePageDto {
  @ApiProperty({ type: DirectiveResponseDto, isArray: true }) items!: DirectiveResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ListDirectivesQueryDto extends PageQueryDto {
  @UuidField({ optional: true }) leadOrganizationId?: string;
  @UuidField({ optional: true }) cooperatingOrganizationId?: string;
  @UuidField({ optional: true }) meetingId?: string;
  @EnumField(DIRECTIVE_STATUSES, { optional: true }) status?: DirectiveStatus;
  @DateOnlyField({
    optional: true,
    description:
      'Only directives due strictly before this date, whatever their status (for open work past its deadline: deadlineStatus=overdue).',
  })
  dueBefore?: string;
  @DateOnlyField({ optional: true, description: 'Only directives due strictly after this date.' })
  dueAfter?: string;
  @UuidField({ optional: true, description: 'Only the directives this person answers for.' }) ownerId?: string;
  @EnumField(DIRECTIVE_PRIORITIES, { optional: true }) priority?: DirectivePriority;
  @EnumField(DEADLINE_STATUSES, { optional: true, description: 'As of `asOf`, as the directives show it.' })
  deadlineStatus?: DeadlineStatus;
  @EnumField(COMPLETIONS, { optional: true }) completion?: Completion;
  @TextField({ max: 200, optional: true, description: 'Part of the title; accents and case are ignored ("di chuyen" finds "Di chuyển").' })
  q?: string;
  @EnumField(['true'] as const, {
    optional: true,
    description: 'true: only directives with an extension request awaiting a decision (what a leader has to decide).',
  })
  pendingExtension?: 'true';
  @DateOnlyField({ optional: true, description: "The date deadlines are judged on (YYYY-MM-DD); today in the office's zone when absent." })
  asOf?: string;
  @ExportFormatField() format?: ExportFormat;
}

export class DirectiveViewQueryDto {
  @DateOnlyField({ optional: true, description: "The date deadlines are judged on (YYYY-MM-DD); today in the office's zone when absent." })
  asOf?: string;
}

/** How one viewer sees directives: as of which date, in which zone, with which actions open to them. */
export interface DirectiveView {
  asOf: string;
  dueSoonDays: number;
  timeZone: string;
}

/** The answer for one directive row; `today` (in the office's zone) decides its deadline status. */
export function toDirectiveResponse(
  row: DirectiveRow,
  view: DirectiveView,
  allowed: { actions: TransitionAction[]; operations: DirectiveOperation[] },
): DirectiveResponseDto {
  return {
    id: row.id,
    meeting: { id: row.meeting_id, title: row.meeting_title, startsAt: row.meeting_starts_at.toISOString() },
    ordinal: row.ordinal,
    title: row.title,
    description: row.description,
    leadOrganization: { id: row.lead_id, name: row.lead_name, shortName: row.lead_short_name },
    cooperatingOrganizations: row.cooperating
      .map(([id, name, shortName]) => ({ id, name, shortName }))
      .sort((a, b) => compareVietnamese(a.name, b.name)),
    owner: row.owner_id === null ? null : { id: row.owner_id, fullName: row.owner_full_name!, position: row.owner_position },
    issuedBy:
      row.issued_by_id === null ? null : { id: row.issued_by_id, fullName: row.issued_by_full_name!, position: row.issued_by_position },
    sourceSpeech: row.source_speech_id === null ? null : { id: row.source_speech_id, position: row.source_speech_position! },
    dueDate: row.due_date,
    originalDueDate: row.original_due_date,
    priority: row.priority,
    status: row.status,
    deadlineStatus: deadlineStatus(
      {
        dueDate: row.due_date,
        status: row.status,
        submittedOn: row.submitted_at === null ? null : calendarDateIn(row.submitted_at, view.timeZone),
      },
      view.asOf,
      view.dueSoonDays,
    ),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
    completion: row.completion,
    allowedActions: allowed.actions,
    allowedOperations: allowed.operations,
    reminderCount: row.reminder_count,
    lastRemindedAt: row.last_reminded_at?.toISOString() ?? null,
    extensionCount: row.extension_count,
    pendingExtension:
      row.pending_extension_id === null
        ? null
        : {
            id: row.pending_extension_id,
            proposedDueDate: row.pending_extension_proposed_due_date!,
            reason: row.pending_extension_reason!,
            requestedAt: row.pending_extension_requested_at!.toISOString(),
          },
    progressPercent: row.progress_percent,
    lastReportedAt: row.last_reported_at?.toISOString() ?? null,
    reviewedAtMeetings: row.reviewed_at.map(([id, title, startsAt]) => ({ id, title, startsAt })),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
