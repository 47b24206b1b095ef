import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { type Page, PageQueryDto } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { ProgressReportPageDto, ProgressReportResponseDto, ReportProgressDto } from './dto/progress-report.dto.js';
import { ProgressReportQueries } from './progress-report-queries.service.js';
import { ReportProgressService } from './report-progress.service.js';

@ApiTags('follow-up')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('directives/:id/progress-reports')
export class ProgressReportsController {
  constructor(
    private readonly reports: ReportProgressService,
    private readonly queries: ProgressReportQueries,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(201)
  @Requires('directives:report_progress')
  @ApiOperation({
    summary: 'Report progress on a directive (its lead agency) or a contribution to it (a cooperating agency)',
    description:
      'The lead agency’s first report on an assigned or reopened directive starts it (in_progress). ' +
      'Refused (409) while the directive is paused or awaiting confirmation, and once it is completed or cancelled.',
  })
  @ApiCreatedResponse({ type: ProgressReportResponseDto })
  @ApiProblems(409)
  report(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: ReportProgressDto,
    @CurrentActor() actor: Actor,
  ): Promise<ProgressReportResponseDto> {
    return this.reports.report(id, body, actor);
  }

  @Get()
  @Requires('directives:read')
  @ApiOperation({ summary: 'The progress reports and contributions on a directive, newest first' })
  @ApiOkResponse({ type: ProgressReportPageDto })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ProgressReportResponseDto>> {
    return this.queries.list(id, query, actor);
  }
}
