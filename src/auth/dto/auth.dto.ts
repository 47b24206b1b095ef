import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../../common/roles.js';

export class LoginDto {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @ApiProperty({ example: 'vanphong' })
  username!: string;

  // Not the policy (8–128): a wrong password gets 401, never a hint about length.
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  @ApiProperty({ example: 'a long passphrase' })
  password!: string;
}

export class RefreshDto {
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  @ApiProperty()
  refreshToken!: string;
}

export class TokensDto {
  @ApiProperty({ description: 'JWT for "Authorization: Bearer …", valid for expiresIn seconds.' }) accessToken!: string;
  @ApiProperty({ description: 'Single use: exchange it at /auth/refresh for a new pair.' }) refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires (at most 900).' }) expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personId!: string | null;
  @ApiProperty({ type: String, isArray: true, description: 'What this role may do.' }) permissions!: string[];
}
