import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { BooleanField, EnumField, UuidField } from '../../common/validation/fields.js';
import { PersonRefDto, toPersonRef } from '../../organizations/dto/person.dto.js';
import type { Person } from '../../organizations/person.entity.js';
import type { Attendee } from '../attendee.entity.js';
import { ATTENDEE_ROLES, type AttendeeRole } from '../meeting-enums.js';

export class AttendeeInputDto {
  @UuidField()
  personId!: string;

  @EnumField(ATTENDEE_ROLES, { description: 'A meeting has at most one chair.' })
  role!: AttendeeRole;

  @BooleanField({ optional: true, description: 'false records an invitee who did not come; true when absent.' })
  attended?: boolean;
}

/** The person is who the attendance is about: to record someone else, add them. */
export class UpdateAttendeeDto extends PartialType(OmitType(AttendeeInputDto, ['personId'] as const), { skipNullProperties: false }) {}

export class AttendeeResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: PersonRefDto }) person!: PersonRefDto;
  @ApiProperty({ enum: ATTENDEE_ROLES }) role!: AttendeeRole;
  @ApiProperty() attended!: boolean;
  @ApiProperty() version!: number;
}

export function toAttendeeResponse(
  attendee: Pick<Attendee, 'id' | 'role' | 'attended' | 'version'> & { person: Pick<Person, 'id' | 'fullName' | 'position'> },
): AttendeeResponseDto {
  return {
    id: attendee.id,
    person: toPersonRef(attendee.person),
    role: attendee.role,
    attended: attendee.attended,
    version: attendee.version,
  };
}
