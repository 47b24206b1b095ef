import { ApiProperty, PickType } from '@nestjs/swagger';
import type { DeadlineStatus } from '../deadline-status.js';
import type { DirectiveStatus } from '../directive-enums.js';
import type { DirectiveCountsRow } from '../directive-counts.js';
import { ListDirectivesQueryDto } from './directive-response.dto.js';

/** The list's filters that choose a set of directives; what the list filters the set by, the answer counts. */
export class DirectiveCountsQueryDto extends PickType(ListDirectivesQueryDto, [
  'leadOrganizationId',
  'cooperatingOrganizationId',
  'meetingId',
  'ownerId',
  'priority',
  'q',
  'dueBefore',
  'dueAfter',
  'asOf',
] as const) {}

export class DeadlineStatusCountsDto implements Record<DeadlineStatus, number> {
  @ApiProperty({ description: 'What GET /directives?deadlineStatus=overdue lists.' }) overdue!: number;
  @ApiProperty() due_soon!: number;
  @ApiProperty() on_track!: number;
  @ApiProperty() no_deadline!: number;
}

export class StatusCountsDto implements Record<DirectiveStatus, number> {
  @ApiProperty() assigned!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() awaiting_confirmation!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() reopened!: number;
  @ApiProperty() paused!: number;
  @ApiProperty() cancelled!: number;
}

export class DirectiveCountsDto {
  @ApiProperty({
    type: DeadlineStatusCountsDto,
    description: 'As of `asOf`, as the list judges them; completed, cancelled and paused directives are in none.',
  })
  byDeadlineStatus!: DeadlineStatusCountsDto;
  @ApiProperty({ type: StatusCountsDto }) byStatus!: StatusCountsDto;
  @ApiProperty({ description: 'Submitted and awaiting a leader’s confirmation (byStatus.awaiting_confirmation).' })
  awaitingConfirmation!: number;
  @ApiProperty({ description: 'With an extension request awaiting a decision (what GET /directives?pendingExtension=true lists).' })
  pendingExtensions!: number;
  @ApiProperty({ description: 'Every directive the filters select, whatever its status.' }) total!: number;
}

export function toDirectiveCounts(row: DirectiveCountsRow): DirectiveCountsDto {
  return {
    byDeadlineStatus: { overdue: row.overdue, due_soon: row.due_soon, on_track: row.on_track, no_deadline: row.no_deadline },
    byStatus: {
      assigned: row.assigned,
      in_progress: row.in_progress,
      awaiting_confirmation: row.awaiting_confirmation,
      completed: row.completed,
      reopened: row.reopened,
      paused: row.paused,
      cancelled: row.cancelled,
    },
    awaitingConfirmation: row.awaiting_confirmation,
    pendingExtensions: row.pending_extensions,
    total: row.total,
  };
}
