import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { expectedVersion, withEtag } from '../common/http/etag.js';
import type { Page } from '../common/http/pagination.js';
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
@ApiProblems(400)
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  @ApiProblems(409, 422)
  async create(@Body() body: CreateOrganizationDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganizationResponseDto> {
    return withEtag(reply, await this.organizations.registerOrganization(body));
  }

  @Get()
  @ApiOkResponse({ type: OrganizationPageDto })
  list(@Query() query: ListOrganizationsQueryDto): Promise<Page<OrganizationResponseDto>> {
    return this.organizations.listOrganizations(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(404)
  async get(@Param('id', UuidParamPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganizationResponseDto> {
    return withEtag(reply, await this.organizations.getOrganization(id));
  }

  @Patch(':id')
  @ApiIfMatch()
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiProblems(404, 409, 412, 422)
  async update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateOrganizationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationResponseDto> {
    return withEtag(reply, await this.organizations.updateOrganization(id, body, expectedVersion(ifMatch)));
  }
}
