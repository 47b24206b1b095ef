import { ApiProperty } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/http/pagination.js';
import { DateOnlyField, EnumField, UuidField } from '../../common/validation/fields.js';
import { OrganizationRefDto } from '../../organizations/dto/organization.dto.js';
import { PersonRefDto } from '../../organizations/dto/person.dto.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../deadline-status.js';
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
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: DIRECTIVE_PRIORITIES }) priority!: DirectivePriority;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: DirectiveStatus;
  @ApiProperty({
    enum: DEADLINE_STATUSES,
    nullable: true,
    description: "Derived from the deadline and today's date in the office's zone; null once the directive is closed.",
  })
  deadlineStatus!: DeadlineStatus | null;
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
  @DateOnlyField({ optional: true, description: 'Only directives due strictly before this date (dueBefore=today lists the overdue ones).' })
  dueBefore?: string;
  @DateOnlyField({ optional: true, description: 'Only directives due strictly after this date.' })
  dueAfter?: string;
}
