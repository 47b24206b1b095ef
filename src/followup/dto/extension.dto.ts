import { ApiProperty } from '@nestjs/swagger';
import { DateOnlyField, EnumField, TextField } from '../../common/validation/fields.js';
import {
  type DirectiveExtensionRequest,
  EXTENSION_DECISIONS,
  EXTENSION_STATUSES,
  type ExtensionDecision,
  type ExtensionStatus,
} from '../extension-request.entity.js';

export class RequestExtensionDto {
  @DateOnlyField({ description: 'The deadline asked for: later than the current one.', example: '2024-04-15' })
  proposedDueDate!: string;

  @TextField({ max: 20_000, description: 'Why the agency needs more time.' })
  reason!: string;
}

export class DecideExtensionDto {
  @EnumField(EXTENSION_DECISIONS, { description: 'approved moves the deadline; rejected leaves it.' })
  decision!: ExtensionDecision;

  @TextField({ max: 20_000, optional: true, description: 'What the leader says of it.' })
  note?: string;

  @DateOnlyField({
    optional: true,
    description: 'Only with approved: the deadline granted, later than the current one and not later than the proposed one (the default).',
  })
  approvedDueDate?: string;
}

export class ExtensionUserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
}

export class ExtensionRequestResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) directiveId!: string;
  @ApiProperty({ format: 'date' }) proposedDueDate!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date', description: 'The deadline in force when the request was made.' }) currentDueDate!: string;
  @ApiProperty({ enum: EXTENSION_STATUSES }) status!: ExtensionStatus;
  @ApiProperty({ type: ExtensionUserDto }) requestedBy!: ExtensionUserDto;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: ExtensionUserDto, nullable: true }) decidedBy!: ExtensionUserDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline granted, when approved.' })
  approvedDueDate!: string | null;
}

export class ExtensionRequestPageDto {
  @ApiProperty({ type: ExtensionRequestResponseDto, isArray: true }) items!: ExtensionRequestResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** `requestedBy` and `decidedBy` must be loaded with the request. */
export function toExtensionRequestDto(row: DirectiveExtensionRequest): ExtensionRequestResponseDto {
  return {
    id: row.id,
    directiveId: row.directiveId,
    proposedDueDate: row.proposedDueDate,
    reason: row.reason,
    currentDueDate: row.currentDueDate,
    status: row.status,
    requestedBy: { userId: row.requestedByUserId, username: row.requestedBy!.username, displayName: row.requestedBy!.displayName },
    requestedAt: row.requestedAt.toISOString(),
    decidedBy:
      row.decidedByUserId === null
        ? null
        : { userId: row.decidedByUserId, username: row.decidedBy!.username, displayName: row.decidedBy!.displayName },
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    approvedDueDate: row.approvedDueDate,
  };
}
