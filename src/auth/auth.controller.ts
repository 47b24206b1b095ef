import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { ApiProblems } from '../common/http/api-responses.js';
import { User } from '../users/user.entity.js';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Public, Requires } from '../access/decorators.js';
import { DEVICE_COOKIE, KNOWN_ORIGIN_DAYS } from './device-tokens.js';
import { LoginDto, MeDto, RefreshDto, SignedInDto, TokensDto } from './dto/auth.dto.js';
import { ROLE_PERMISSIONS } from '../common/roles.js';
import { SignInService } from './sign-in.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in: an access token (15 minutes), a single-use refresh token and a device token',
    description:
      'Failed sign-ins are throttled over 15 minutes, answered with 429 and Retry-After, even when the password is right. ' +
      'A client the account knows — it sends a device token of this account (the chidao_device cookie or the deviceToken field), ' +
      'or the account signed in from its address in the last 90 days — waits only after 5 failures of its own ' +
      '(a known address: also after 50 failures from that address across accounts); failures elsewhere never make it wait. ' +
      'Any other client waits after 5 failures on the account from anywhere, or 50 from its address.',
  })
  @ApiOkResponse({
    type: SignedInDto,
    headers: {
      'Set-Cookie': {
        description: `${DEVICE_COOKIE}=<deviceToken>; HttpOnly; SameSite=Strict; Secure over HTTPS; sent back only to this route; ${KNOWN_ORIGIN_DAYS} days`,
        schema: { type: 'string' },
      },
    },
  })
  @ApiProblems(400, 401, 429)
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedInDto> {
    const signedIn = await this.signIn.login({
      username: body.username,
      password: body.password,
      ip: request.ip,
      deviceToken: body.deviceToken ?? request.cookies[DEVICE_COOKIE],
      requestId: String(request.id),
    });
    void reply.setCookie(DEVICE_COOKIE, signedIn.deviceToken, {
      httpOnly: true,
      sameSite: 'strict',
      // request.protocol honours X-Forwarded-Proto from the proxies TRUST_PROXY names.
      secure: request.protocol === 'https',
      path: request.routeOptions.url,
      maxAge: KNOWN_ORIGIN_DAYS * 86_400,
    });
    return signedIn;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new pair; reusing an old one ends the session' })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401)
  refresh(@Body() body: RefreshDto, @Req() request: FastifyRequest): Promise<TokensDto> {
    return this.signIn.refresh(body.refreshToken, String(request.id));
  }

  @Post('logout')
  @HttpCode(204)
  @Requires('account:self')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session now: its access and refresh tokens stop working' })
  @ApiProblems(401)
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.signIn.logout(actor);
  }

  @Get('me')
  @Requires('account:self')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401)
  async me(@CurrentActor() actor: Actor): Promise<MeDto> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      organizationId: user.organizationId,
      personId: user.personId,
      permissions: [...ROLE_PERMISSIONS[user.role]],
    };
  }
}
