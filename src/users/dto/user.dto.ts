import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, Matches, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '../../common/roles.js';
import { PageQueryDto } from '../../common/http/pagination.js';
import { BooleanField, EnumField, TextField, UuidField } from '../../common/validation/fields.js';
import { OrganizationRefDto, toOrganizationRef } from '../../organizations/dto/organization.dto.js';
import type { User } from '../user.entity.js';

class PasswordField {
  // The policy (8–128 characters, not a common password) is checked by the service, with a clear message.
  @IsString()
  @MaxLength(1024)
  @ApiProperty({ minLength: 8, maxLength: 128, description: '8 to 128 characters; the most common passwords are refused.' })
  password!: string;
}

export class CreateUserDto extends PasswordField {
  @Matches(/^[A-Za-z0-9._-]{3,100}$/, { message: 'username must be 3 to 100 letters, digits, dots, dashes or underscores' })
  @ApiProperty({ example: 'bqlkkt.truongban', description: 'Unique, ignoring case.' })
  username!: string;

  @TextField({ max: 200, example: 'Trưởng Ban Quản lý Khu kinh tế' })
  displayName!: string;

  @EnumField(ROLES)
  role!: Role;

  @UuidField({ optional: true, nullable: true, description: 'Required for department_head and department_staff: their agency.' })
  organizationId?: string | null;

  @UuidField({ optional: true, nullable: true, description: 'The person record of this user, if any.' })
  personId?: string | null;

  @ValidateIf((_, value: unknown) => value !== undefined && value !== null)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    format: 'email',
    maxLength: 320,
    example: 'truongphong.sxd@laocai.gov.vn',
    description: 'Where the daily digest is mailed (several accounts may share one); null: no mail.',
  })
  email?: string | null;
}

/** The username is for good and the password has its own route. */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username', 'password'] as const), { skipNullProperties: false }) {
  @BooleanField({ optional: true, description: 'false disables the account and ends all its sessions at once.' })
  active?: boolean;
}

export class ResetPasswordDto extends PasswordField {}

export class ListUsersQueryDto extends PageQueryDto {
  @EnumField(ROLES, { optional: true })
  role?: Role;

  @UuidField({ optional: true })
  organizationId?: string;
}

export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: OrganizationRefDto, nullable: true }) organization!: OrganizationRefDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personId!: string | null;
  @ApiProperty({ type: String, format: 'email', nullable: true }) email!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UserPageDto {
  @ApiProperty({ type: UserResponseDto, isArray: true }) items!: UserResponseDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toUserResponse(user: User): UserResponseDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organization: user.organization ? toOrganizationRef(user.organization) : null,
    personId: user.personId,
    email: user.email,
    active: user.active,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
