import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { requiredVersion, withEtag } from '../common/http/etag.js';
import type { Page } from '../common/http/pagination.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import {
  CreateOrganizationDto,
  ListOrganizationsQueryDto,
  OrganizationPageDto,
  OrganizationResponseDto,
  UpdateOrganizationDto,
} from './dto/organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Idempotent()
  @Requires('organizations:write')
  @HttpCode(201)
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  @ApiProblems(409, 422)
  async create(
    @Body() body: CreateOrganizationDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationResponseDto> {
    return withEtag(reply, await this.organizations.registerOrganization(body, actor));
  }

  @Get()
  @Requires('directory:read')
  @ApiOkResponse({ type: OrganizationPageDto })
  list(@Query() query: ListOrganizationsQueryDto): Promise<Page<OrganizationResponseDto>> {
    return this.organizations.listOrganizations(query);
  }

  @Get(':id')
  @Requires('directory:read')
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(404)
  async get(@Param('id', UuidParamPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganizationResponseDto> {
    return withEtag(reply, await this.organizations.getOrganization(id));
  }

  @Patch(':id')
  @Requires('organizations:write')
  @ApiIfMatch()
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdateOrganizationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationResponseDto> {
    return withEtag(reply, await this.organizations.updateOrganization(id, body, requiredVersion(ifMatch), actor));
  }
}
