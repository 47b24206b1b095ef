import { ApiProperty } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/http/pagination.js';
import { TextField, UuidField } from '../../common/validation/fields.js';
import { changesBetween } from '../audit-changes.js';
import type { AuditEntry } from '../audit-entry.entity.js';

export class ListAuditQueryDto extends PageQueryDto {
  @TextField({ max: 40, optional: true, example: 'directive', description: 'directive, meeting, organization, person, app_user, …' })
  entityType?: string;

  @UuidField({ optional: true })
  entityId?: string;
}

export class AuditActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for the service itself' }) userId!: string | null;
  @ApiProperty() username!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name the user goes by now, as the timeline shows it; null for the service itself.',
  })
  displayName!: string | null;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
}

/**
 * A field's value before or after a change: whatever JSON the record held (a title is a string, a count a number). An
 * `unknown` property alone is documented as an object, which a client generated from the document would then refuse.
 */
const ANY_JSON_VALUE = {
  nullable: true,
  description: 'Any JSON value',
  anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object' }, { type: 'array', items: {} }],
};

export class FieldChangeDto {
  @ApiProperty() field!: string;
  @ApiProperty(ANY_JSON_VALUE) from!: unknown;
  @ApiProperty(ANY_JSON_VALUE) to!: unknown;
}

export class AuditEntryDto {
  @ApiProperty({ description: 'Position in the hash chain: 1, 2, 3… without gaps.' }) seq!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto;
  @ApiProperty({ example: 'directive.update' }) action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entityId!: string | null;
  @ApiProperty({ type: FieldChangeDto, isArray: true, description: 'What changed, field by field.' }) changes!: FieldChangeDto[];
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: AuditEntryDto, isArray: true }) items!: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** `displayName`: the actor's name now, looked up by the reader (the entry itself is sealed as written). */
export function toAuditEntryDto(entry: AuditEntry, displayName: string | null): AuditEntryDto {
  return {
    seq: String(entry.seq),
    occurredAt: entry.occurredAt.toISOString(),
    actor: { userId: entry.actorUserId, username: entry.actorUsername, displayName, role: entry.actorRole },
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: changesBetween(entry.before, entry.after),
    requestId: entry.requestId,
  };
}
