import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import type { WithEtag } from '../common/http/etag.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import { type Page, PageQueryDto } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { DecideExtensionService } from './decide-extension.service.js';
import { DecideExtensionDto, ExtensionRequestPageDto, ExtensionRequestResponseDto, RequestExtensionDto } from './dto/extension.dto.js';
import { ExtensionQueries } from './extension-queries.service.js';
import { RequestExtensionService } from './request-extension.service.js';

@ApiTags('follow-up')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('directives/:id/extension-requests')
export class ExtensionsController {
  constructor(
    private readonly requests: RequestExtensionService,
    private readonly decisions: DecideExtensionService,
    private readonly queries: ExtensionQueries,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(201)
  @Requires('directives:request_extension')
  @ApiOperation({
    summary: 'Ask for a later deadline (gia hạn): the head of the lead agency',
    description:
      'proposedDueDate must be later than the current deadline and not in the past (422); a directive without a deadline needs none (422). ' +
      'One request at a time awaits a decision (409 extension_already_pending); a completed or cancelled directive takes none (409).',
  })
  @ApiCreatedResponse({ type: ExtensionRequestResponseDto })
  @ApiProblems(409, 422)
  request(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: RequestExtensionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ExtensionRequestResponseDto> {
    return this.requests.request(id, body, actor);
  }

  @Post(':requestId/decision')
  @HttpCode(200)
  @Requires('directives:decide_extension')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Approve or reject a request for a later deadline: a leader',
    description:
      "If-Match is the directive's ETag (the deadline the leader decides against; an approval changes the directive), " +
      "and the answer's ETag is the directive's after the decision. Approval sets the directive's dueDate to approvedDueDate " +
      '(default: the date asked for; it must be later than the current deadline and not later than the date asked for, 422), ' +
      'leaving originalDueDate and the deadline a submission was made against; rejection changes no deadline. ' +
      'approvedDueDate with a rejection is 400; a request already decided is 409, and so is approving one on a completed or cancelled directive.',
  })
  @ApiOkResponse({ type: ExtensionRequestResponseDto })
  @ApiProblems(409, 412, 422, 428)
  decide(
    @Param('id', UuidParamPipe) id: string,
    @Param('requestId', UuidParamPipe) requestId: string,
    @Body() body: DecideExtensionDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<WithEtag<ExtensionRequestResponseDto>> {
    return this.decisions.decide(id, requestId, body, version, actor);
  }

  @Get()
  @Requires('directives:read')
  @ApiOperation({ summary: 'The extension requests of a directive, newest first' })
  @ApiOkResponse({ type: ExtensionRequestPageDto })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ExtensionRequestResponseDto>> {
    return this.queries.list(id, query, actor);
  }
}
