import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { ApiProblems } from '../common/http/api-responses.js';
import { User } from '../users/user.entity.js';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Public, Requires } from '../access/decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AuthError } from './auth.errors.js';
import { DEVICE_COOKIE, KNOWN_ORIGIN_DAYS } from './device-tokens.js';
import { LoginDto, MeDto, RefreshDto, SignedInDto, TokensDto } from './dto/auth.dto.js';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH, RefreshCookie } from './refresh-cookie.js';
import { ROLE_PERMISSIONS } from '../common/roles.js';
import { SignInService } from './sign-in.service.js';

const REFRESH_COOKIE_HEADER = `${REFRESH_COOKIE}=<refresh token>; HttpOnly; SameSite=Strict; Secure over HTTPS; Path=${REFRESH_COOKIE_PATH}`;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly refreshCookie: RefreshCookie,
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
      'Any other client waits after 5 failures on the account from anywhere, or 50 from its address. ' +
      'Browsers ask for refreshTokenIn: cookie and get the refresh token as an HttpOnly cookie instead of in the body.',
  })
  @ApiOkResponse({
    type: SignedInDto,
    headers: {
      'Set-Cookie': {
        description:
          `${DEVICE_COOKIE}=<deviceToken>; HttpOnly; SameSite=Strict; Secure over HTTPS; sent back only to this route; ${KNOWN_ORIGIN_DAYS} days. ` +
          `With refreshTokenIn: cookie, also ${REFRESH_COOKIE_HEADER}; with remember: true, Max-Age = the refresh token's lifetime ` +
          '(REFRESH_TOKEN_TTL_DAYS); without it, no Max-Age (a session cookie, forgotten when the browser closes).',
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
    const place = body.refreshTokenIn ?? 'body';
    // Remembering is about the cookie: a client that keeps its token in the body decides for itself.
    const remember = place === 'cookie' && body.remember === true;
    const signedIn = await this.signIn.login({
      username: body.username,
      password: body.password,
      ip: request.ip,
      deviceToken: body.deviceToken ?? request.cookies[DEVICE_COOKIE],
      requestId: String(request.id),
      remember,
    });
    void reply.setCookie(DEVICE_COOKIE, signedIn.deviceToken, {
      httpOnly: true,
      sameSite: 'strict',
      // request.protocol honours X-Forwarded-Proto from the proxies TRUST_PROXY names.
      secure: request.protocol === 'https',
      path: request.routeOptions.url,
      maxAge: KNOWN_ORIGIN_DAYS * 86_400,
    });
    return this.refreshCookie.deliver(signedIn, { place, remember }, request, reply);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair; reusing an old one ends the session',
    description:
      'Body mode: send refreshToken, get the new one in the answer. ' +
      `Cookie mode (browsers): send {} with the ${REFRESH_COOKIE} cookie, get the new one in that cookie and none in the answer. ` +
      `A refused cookie is cleared (Max-Age=0). No token at all: 401 refresh_token_missing; an invalid, expired or reused one: 401 invalid_refresh_token.`,
  })
  @ApiOkResponse({
    type: TokensDto,
    headers: {
      'Set-Cookie': {
        description: `Cookie mode: ${REFRESH_COOKIE_HEADER}; Max-Age = the refresh token's lifetime if the sign-in asked to be remembered, none otherwise (a session cookie again).`,
        schema: { type: 'string' },
      },
    },
  })
  @ApiProblems(400, 401)
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensDto> {
    const presented = this.refreshCookie.presented(body.refreshToken, request);
    try {
      const refreshed = await this.signIn.refresh(presented.token, String(request.id));
      return this.refreshCookie.deliver(refreshed.tokens, { place: presented.from, remember: refreshed.remember }, request, reply);
    } catch (error) {
      // A dead cookie would otherwise come back on every refresh; a database failure leaves it alone.
      if (presented.from === 'cookie' && error instanceof DomainError && error.kind === AuthError.InvalidRefreshToken) {
        this.refreshCookie.clear(request, reply);
      }
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Requires('account:self')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'End this session now: its access and refresh tokens stop working',
    description: `Also clears the ${REFRESH_COOKIE} cookie of a browser (Max-Age=0 on ${REFRESH_COOKIE_PATH}).`,
  })
  @ApiNoContentResponse({ description: 'The session has ended.' })
  @ApiProblems(401)
  async logout(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.signIn.logout(actor);
    this.refreshCookie.clear(request, reply);
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
