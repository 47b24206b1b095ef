import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { BooleanField, EnumField } from '../../common/validation/fields.js';
import { ROLES, type Role } from '../../common/roles.js';

export const REFRESH_TOKEN_PLACES = ['body', 'cookie'] as const;
export type RefreshTokenPlace = (typeof REFRESH_TOKEN_PLACES)[number];

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

  @IsOptional()
  @IsString()
  @MaxLength(1024)
  @ApiPropertyOptional({
    description:
      'The deviceToken of an earlier sign-in to this account, for clients that keep no cookies (browsers send the chidao_device cookie instead). ' +
      "With it, only this device's own failed sign-ins can make it wait. An invalid or expired one is ignored.",
  })
  deviceToken?: string;

  // The project's field decorators: optional means absent, and null is refused like any wrong value.
  @EnumField(REFRESH_TOKEN_PLACES, {
    optional: true,
    // No `default:` here: openapi-typescript would make the field required in the client's types.
    description:
      'Where the refresh token goes. body (when absent; for API clients): the refreshToken field. ' +
      'cookie (for browsers): the HttpOnly cookie chidao_refresh, sent back only to /api/v1/auth/refresh, ' +
      'so that no script on the page can read it; the answer then has no refreshToken.',
  })
  refreshTokenIn?: RefreshTokenPlace;

  @BooleanField({
    optional: true,
    description:
      'With refreshTokenIn: cookie only. true: the chidao_refresh cookie has a Max-Age (the refresh token lifetime), so the browser keeps ' +
      'the sign-in after it closes. false or absent: a session cookie (no Max-Age), forgotten when the browser closes — for shared computers. ' +
      "Every refresh of the session keeps this choice. The session's absolute lifetime is the same either way.",
  })
  remember?: boolean;
}

export class RefreshDto {
  // Absent means "the cookie"; null is no token at all and is refused like any other wrong type.
  @ValidateIf((_, value: unknown) => value !== undefined)
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  @ApiPropertyOptional({
    description:
      'The refresh token of the last sign-in or refresh (body mode). Leave it out to use the chidao_refresh cookie instead (cookie mode).',
  })
  refreshToken?: string;
}

export class TokensDto {
  @ApiProperty({ description: 'JWT for "Authorization: Bearer …", valid for expiresIn seconds.' }) accessToken!: string;
  @ApiPropertyOptional({
    description:
      'Single use: exchange it at /auth/refresh for a new pair. Absent in cookie mode, where the new one is in the chidao_refresh cookie instead.',
  })
  refreshToken?: string;
  @ApiProperty({ description: 'Seconds until the access token expires (at most 900).' }) expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}

/** Tokens as the sign-in service issues them: the refresh token is there until it is delivered (body or cookie). */
export type IssuedTokens<T extends TokensDto = TokensDto> = T & { refreshToken: string };

export class SignedInDto extends TokensDto {
  @ApiProperty({
    description:
      'Proof that this client has signed in to this account (90 days; also set as the HttpOnly cookie chidao_device). ' +
      'Send it with later sign-ins: failed attempts by others never make this device wait.',
  })
  deviceToken!: string;
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
