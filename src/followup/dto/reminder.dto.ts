import { ApiProperty } from '@nestjs/swagger';
import { EnumField, TextField } from '../../common/validation/fields.js';
import { type DirectiveReminder, REMINDER_CHANNELS, type ReminderChannel } from '../reminder.entity.js';

export class RemindDto {
  @TextField({ max: 20_000, description: 'What the agency is reminded of.' })
  note!: string;

  @EnumField(REMINDER_CHANNELS, { description: 'How the reminder was given.' })
  channel!: ReminderChannel;

  @TextField({ max: 50, nullable: true, description: 'The number of the document that carried it.', example: '125/VP-TH' })
  documentNumber?: string | null;
}

export class ReminderAuthorDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
}

export class ReminderResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) directiveId!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ enum: REMINDER_CHANNELS }) channel!: ReminderChannel;
  @ApiProperty({ type: String, nullable: true }) documentNumber!: string | null;
  @ApiProperty({ type: ReminderAuthorDto }) remindedBy!: ReminderAuthorDto;
  @ApiProperty({ format: 'date-time' }) remindedAt!: string;
}

export class ReminderPageDto {
  @ApiProperty({ type: ReminderResponseDto, isArray: true }) items!: ReminderResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** `remindedBy` must be loaded with the reminder. */
export function toReminderDto(row: DirectiveReminder): ReminderResponseDto {
  return {
    id: row.id,
    directiveId: row.directiveId,
    note: row.note,
    channel: row.channel,
    documentNumber: row.documentNumber,
    remindedBy: { userId: row.remindedByUserId, username: row.remindedBy!.username, displayName: row.remindedBy!.displayName },
    remindedAt: row.remindedAt.toISOString(),
  };
}
