import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification.entity.js';

export class NotificationQueryDto extends PageQueryDto {
  @ValidateIf((_, value: unknown) => value !== undefined)
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  @ApiProperty({ required: false, enum: ['true', 'false'], description: 'true: only the notifications not read yet.' })
  unread?: 'true' | 'false';
}

export class NotificationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ format: 'uuid' }) directiveId!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ description: 'The title of the directive, as it is now.' }) title!: string;
  @ApiProperty({ description: 'What happened, in Vietnamese, in a few words.' }) message!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: NotificationResponseDto, isArray: true }) items!: NotificationResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class UnreadCountDto {
  @ApiProperty({ minimum: 0 }) count!: number;
}

export class ReadAllResponseDto {
  @ApiProperty({ minimum: 0, description: 'How many notifications this call marked read.' }) marked!: number;
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  directive_id: string;
  meeting_id: string;
  title: string;
  message: string;
  created_at: Date;
  read_at: Date | null;
}

export function toNotificationDto(row: NotificationRow): NotificationResponseDto {
  return {
    id: row.id,
    kind: row.kind,
    directiveId: row.directive_id,
    meetingId: row.meeting_id,
    title: row.title,
    message: row.message,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}
