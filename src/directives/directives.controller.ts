import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditPageDto, type AuditEntryDto } from '../audit/dto/audit.dto.js';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import { type Page, PageQueryDto } from '../common/http/pagination.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { CountDirectivesService } from './count-directives.service.js';
import { DirectiveCountsDto, DirectiveCountsQueryDto } from './dto/directive-counts.dto.js';
import { DirectiveHistoryService } from './directive-history.service.js';
import { DirectiveQueriesService } from './directive-queries.service.js';
import { IssueDirectiveDto, UpdateDirectiveDto } from './dto/directive-input.dto.js';
import { DirectivePageDto, DirectiveResponseDto, DirectiveViewQueryDto, ListDirectivesQueryDto } from './dto/directive-response.dto.js';
import { ApiExportable } from '../exports/api-exportable.js';
import { type ExportTarget, ExportTo } from '../exports/export-format.js';
import { ListDirectivesService } from './list-directives.service.js';
import { EditDirectiveService } from './edit-directive.service.js';
import { IssueDirectiveService } from './issue-directive.service.js';

@ApiTags('directives')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller()
export class DirectivesController {
  constructor(
    private readonly issuer: IssueDirectiveService,
    private readonly editor: EditDirectiveService,
    private readonly queries: DirectiveQueriesService,
    private readonly lists: ListDirectivesService,
    private readonly histories: DirectiveHistoryService,
    private readonly counter: CountDirectivesService,
  ) {}

  @Post('meetings/:meetingId/directives')
  @Idempotent()
  @HttpCode(201)
  @Requires('directives:write')
  @ApiOperation({ summary: 'Issue a directive in an existing meeting (status assigned)' })
  @ApiCreatedResponse({ type: DirectiveResponseDto })
  @ApiProblems(404, 422)
  issue(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Body() body: IssueDirectiveDto,
    @CurrentActor() actor: Actor,
  ): Promise<DirectiveResponseDto> {
    return this.issuer.issueDirective(meetingId, body, actor);
  }

  @Get('directives')
  @Requires('directives:read')
  @ApiOperation({
    summary:
      'List directives by deadline (no deadline last); agency roles see those their organization leads or cooperates on. ?format=xlsx|csv exports the whole filtered list',
  })
  @ApiExportable(DirectivePageDto)
  list(
    @Query() query: ListDirectivesQueryDto,
    @CurrentActor() actor: Actor,
    @ExportTo() target: ExportTarget,
  ): Promise<Page<DirectiveResponseDto> | StreamableFile> {
    return this.lists.answer(query, actor, target);
  }

  // Before directives/:id, which would take "counts" for an id.
  @Get('directives/counts')
  @Requires('directives:read')
  @ApiOperation({
    summary:
      'How many directives the list would show for each deadline status and workflow status, and how many await a decision on an extension; agency roles count those their organization leads or cooperates on',
  })
  @ApiOkResponse({ type: DirectiveCountsDto })
  counts(@Query() query: DirectiveCountsQueryDto, @CurrentActor() actor: Actor): Promise<DirectiveCountsDto> {
    return this.counter.count(query, actor);
  }

  @Get('directives/:id')
  @Requires('directives:read')
  @ApiOkResponse({ type: DirectiveResponseDto })
  @ApiProblems(404)
  get(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: DirectiveViewQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<DirectiveResponseDto> {
    return this.queries.getDirective(id, actor, { asOf: query.asOf });
  }

  @Get('directives/:id/history')
  @Requires('directives:read')
  @ApiOperation({ summary: 'Every change to the directive, oldest first: who, when, from what to what' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(404)
  async history(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<AuditEntryDto>> {
    return this.histories.historyOf(id, query, actor);
  }

  @Patch('directives/:id')
  @Requires('directives:write', 'directives:assign_owner')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Change what was decided (secretariat), or assign the owner (head of the lead agency)' })
  @ApiOkResponse({ type: DirectiveResponseDto })
  @ApiProblems(404, 412, 422, 428)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdateDirectiveDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<DirectiveResponseDto> {
    return this.editor.updateDirective(id, body, version, actor);
  }
}
