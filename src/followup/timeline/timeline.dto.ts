import { AttachmentSummaryDto } from '../../attachments/dto/attachment.dto.js';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { DIRECTIVE_STATUSES, type DirectiveStatus } from '../../directives/directive-enums.js';
import { PersonRefDto } from '../../organizations/dto/person.dto.js';
import { EXTENSION_DECISIONS, type ExtensionDecision } from '../extension-request.entity.js';
import { PROGRESS_REPORT_KINDS, type ProgressReportKind } from '../progress-report.entity.js';
import { REMINDER_CHANNELS, type ReminderChannel } from '../reminder.entity.js';
import { TRANSITION_ACTIONS, type TransitionAction } from '../workflow.js';
import { ReportingOrganizationDto } from '../dto/progress-report.dto.js';
import { ReminderAuthorDto } from '../dto/reminder.dto.js';
import { MeetingRefDto } from '../../directives/dto/directive-response.dto.js';

export const TIMELINE_EVENT_KINDS = [
  'issued',
  'owner_changed',
  'deadline_changed',
  'transitioned',
  'progress_reported',
  'reminded',
  'extension_requested',
  'extension_decided',
  'reviewed',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

class TimelineEventBase {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    type: ReminderAuthorDto,
    nullable: true,
    description: 'The user who did it; null for the service itself (imports, seed).',
  })
  actor!: ReminderAuthorDto | null;
}

export class IssuedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['issued'] }) kind!: 'issued';
  @ApiProperty({ description: 'The title as issued.' }) title!: string;
  @ApiProperty({ type: ReportingOrganizationDto }) leadOrganization!: ReportingOrganizationDto;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline as issued.' }) dueDate!: string | null;
}

export class OwnerChangedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['owner_changed'] }) kind!: 'owner_changed';
  @ApiProperty({ type: PersonRefDto, nullable: true }) from!: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) to!: PersonRefDto | null;
}

export class DeadlineChangedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['deadline_changed'] }) kind!: 'deadline_changed';
  @ApiProperty({ type: String, format: 'date', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to!: string | null;
}

export class TransitionedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['transitioned'] }) kind!: 'transitioned';
  @ApiProperty({ enum: TRANSITION_ACTIONS }) action!: TransitionAction;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) fromStatus!: DirectiveStatus;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) toStatus!: DirectiveStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: AttachmentSummaryDto, isArray: true, description: 'Evidence sent with the step.' })
  attachments!: AttachmentSummaryDto[];
}

export class ProgressReportedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['progress_reported'] }) kind!: 'progress_reported';
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty({ enum: PROGRESS_REPORT_KINDS }) reportKind!: ProgressReportKind;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Null for a contribution.' }) percent!: number | null;
  @ApiProperty() note!: string;
  @ApiProperty({ type: ReportingOrganizationDto }) organization!: ReportingOrganizationDto;
  @ApiProperty({ type: AttachmentSummaryDto, isArray: true, description: 'Evidence sent with the report.' })
  attachments!: AttachmentSummaryDto[];
}

export class RemindedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['reminded'] }) kind!: 'reminded';
  @ApiProperty({ format: 'uuid' }) reminderId!: string;
  @ApiProperty({ enum: REMINDER_CHANNELS }) channel!: ReminderChannel;
  @ApiProperty({ type: String, nullable: true }) documentNumber!: string | null;
  @ApiProperty() note!: string;
}

export class ExtensionRequestedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['extension_requested'] }) kind!: 'extension_requested';
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'date', description: 'The deadline in force when it was asked.' }) currentDueDate!: string;
  @ApiProperty({ format: 'date' }) proposedDueDate!: string;
  @ApiProperty() reason!: string;
}

export class ExtensionDecidedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['extension_decided'] }) kind!: 'extension_decided';
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ enum: EXTENSION_DECISIONS }) decision!: ExtensionDecision;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline granted, when approved.' })
  approvedDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

/** At the reviewing meeting's start: the day it was reviewed, however long after the minutes were recorded. */
export class ReviewedEventDto extends TimelineEventBase {
  @ApiProperty({ enum: ['reviewed'] }) kind!: 'reviewed';
  @ApiProperty({ type: MeetingRefDto, description: 'The later meeting that reviewed it (kiểm điểm).' }) meeting!: MeetingRefDto;
  @ApiProperty({ format: 'date-time', description: 'When the review was recorded (actor: who recorded it).' }) recordedAt!: string;
}

export type TimelineEventDto =
  | IssuedEventDto
  | OwnerChangedEventDto
  | DeadlineChangedEventDto
  | TransitionedEventDto
  | ProgressReportedEventDto
  | RemindedEventDto
  | ExtensionRequestedEventDto
  | ExtensionDecidedEventDto
  | ReviewedEventDto;

/** Each event's `kind` and its schema: the discriminator's mapping, so typed clients see 'issued', not the class name. */
const EVENT_KINDS: Record<TimelineEventDto['kind'], Function> = {
  issued: IssuedEventDto,
  owner_changed: OwnerChangedEventDto,
  deadline_changed: DeadlineChangedEventDto,
  transitioned: TransitionedEventDto,
  progress_reported: ProgressReportedEventDto,
  reminded: RemindedEventDto,
  extension_requested: ExtensionRequestedEventDto,
  extension_decided: ExtensionDecidedEventDto,
  reviewed: ReviewedEventDto,
};
const EVENT_MODELS = Object.values(EVENT_KINDS);

@ApiExtraModels(...EVENT_MODELS)
export class DirectiveTimelineDto {
  @ApiProperty({ format: 'uuid' }) directiveId!: string;
  @ApiProperty({
    description:
      'Oldest first; events of the same instant in a fixed order (issued, edits, reports, workflow steps, reminders, extension requests, decisions, reviews).',
    type: 'array',
    items: {
      oneOf: EVENT_MODELS.map((model) => ({ $ref: getSchemaPath(model) })),
      discriminator: {
        propertyName: 'kind',
        mapping: Object.fromEntries(Object.entries(EVENT_KINDS).map(([kind, model]) => [kind, getSchemaPath(model)])),
      },
    },
  })
  events!: TimelineEventDto[];
  @ApiProperty({ description: 'True when the directive has more events than one answer holds; the latest ones are then left out.' })
  truncated!: boolean;
}
