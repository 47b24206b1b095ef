import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
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
  create(@Body() body: CreateOrganizationDto, @CurrentActor() actor: Actor): Promise<OrganizationResponseDto> {
    return this.organizations.registerOrganization(body, actor);
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
  get(@Param('id', UuidParamPipe) id: string): Promise<OrganizationResponseDto> {
    return this.organizations.getOrganization(id);
  }

  @Patch(':id')
  @Requires('organizations:write')
  @ApiIfMatch()
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(404, 409, 412, 422, 428)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdateOrganizationDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationResponseDto> {
    return this.organizations.updateOrganization(id, body, version, actor);
  }
}
