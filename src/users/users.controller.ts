import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import type { Page } from '../common/http/pagination.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { CreateUserDto, ListUsersQueryDto, ResetPasswordDto, UpdateUserDto, UserPageDto, UserResponseDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Requires('users:manage')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Idempotent()
  @HttpCode(201)
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiProblems(409, 422)
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserResponseDto> {
    return this.users.createUser(body, actor);
  }

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: ListUsersQueryDto): Promise<Page<UserResponseDto>> {
    return this.users.listUsers(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(404)
  get(@Param('id', UuidParamPipe) id: string): Promise<UserResponseDto> {
    return this.users.getUser(id);
  }

  @Patch(':id')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Change role or organization, or disable ({ "active": false } ends all sessions at once)' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblems(404, 412, 422, 428)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdateUserDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponseDto> {
    return this.users.updateUser(id, body, version, actor);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiOperation({ summary: "Reset a user's password; their sessions end" })
  @ApiNoContentResponse({ description: 'The new password is set and every session of the user has ended.' })
  @ApiProblems(404)
  async resetPassword(@Param('id', UuidParamPipe) id: string, @Body() body: ResetPasswordDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.users.resetPassword(id, body.password, actor);
  }
}
