import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { expectedVersion, withEtag } from '../common/http/etag.js';
import type { Page } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { DirectiveQueriesService } from './directive-queries.service.js';
import { IssueDirectiveDto, UpdateDirectiveDto } from './dto/directive-input.dto.js';
import { DirectivePageDto, DirectiveResponseDto, ListDirectivesQueryDto } from './dto/directive-response.dto.js';
import { EditDirectiveService } from './edit-directive.service.js';
import { IssueDirectiveService } from './issue-directive.service.js';

@ApiTags('directives')
@ApiProblems(400)
@Controller()
export class DirectivesController {
  constructor(
    private readonly issuer: IssueDirectiveService,
    private readonly editor: EditDirectiveService,
    private readonly queries: DirectiveQueriesService,
  ) {}

  @Post('meetings/:meetingId/directives')
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue a directive in an existing meeting (status assigned)' })
  @ApiCreatedResponse({ type: DirectiveResponseDto })
  @ApiProblems(404, 422)
  async issue(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Body() body: IssueDirectiveDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DirectiveResponseDto> {
    return withEtag(reply, await this.issuer.issueDirective(meetingId, body));
  }

  @Get('directives')
  @ApiOperation({ summary: 'List directives by deadline (no deadline last)' })
  @ApiOkResponse({ type: DirectivePageDto })
  list(@Query() query: ListDirectivesQueryDto): Promise<Page<DirectiveResponseDto>> {
    return this.queries.listDirectives(query);
  }

  @Get('directives/:id')
  @ApiOkResponse({ type: DirectiveResponseDto })
  @ApiProblems(404)
  async get(@Param('id', UuidParamPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<DirectiveResponseDto> {
    return withEtag(reply, await this.queries.getDirective(id));
  }

  @Patch('directives/:id')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Change what was decided: wording, agencies, owner, deadline, priority' })
  @ApiOkResponse({ type: DirectiveResponseDto })
  @ApiProblems(404, 412, 422)
  async update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateDirectiveDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DirectiveResponseDto> {
    return withEtag(reply, await this.editor.updateDirective(id, body, expectedVersion(ifMatch)));
  }
}
