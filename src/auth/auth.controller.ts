import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { ApiProblems } from '../common/http/api-responses.js';
import { User } from '../users/user.entity.js';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Public, Requires } from '../access/decorators.js';
import { LoginDto, MeDto, RefreshDto, TokensDto } from './dto/auth.dto.js';
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
  @ApiOperation({ summary: 'Sign in: an access token (15 minutes) and a single-use refresh token' })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginDto, @Req() request: FastifyRequest): Promise<TokensDto> {
    return this.signIn.login(body.username, body.password, request.ip, String(request.id));
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
