import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { AgencyPerformanceService } from './agency-performance.service.js';
import { AgencyPerformanceDto } from './dto/agency-performance.dto.js';
import { MeetingProgressDto } from './dto/meeting-progress.dto.js';
import { OverdueReportDto } from './dto/overdue-report.dto.js';
import { AgencyPerformanceQueryDto, AsOfQueryDto, OverdueQueryDto } from './dto/report-query.dto.js';
import { MeetingProgressService } from './meeting-progress.service.js';
import { OverdueReportService } from './overdue-report.service.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller()
export class ReportsController {
  constructor(
    private readonly overdueReport: OverdueReportService,
    private readonly performance: AgencyPerformanceService,
    private readonly meetingProgress: MeetingProgressService,
  ) {}

  @Get('reports/overdue')
  @Requires('reports:read')
  @ApiOperation({
    summary: 'Open directives past their deadline by lead agency, most days overdue first; agency roles see their own agency only',
  })
  @ApiOkResponse({ type: OverdueReportDto })
  overdue(@Query() query: OverdueQueryDto, @CurrentActor() actor: Actor): Promise<OverdueReportDto> {
    return this.overdueReport.overdue(query, actor);
  }

  @Get('reports/agency-performance')
  @Requires('reports:read')
  @ApiOperation({
    summary: 'The on-time league table of directives due in [from, to], one row per lead agency; agency roles see their own row only',
  })
  @ApiOkResponse({ type: AgencyPerformanceDto })
  @ApiProblems(422)
  agencyPerformance(@Query() query: AgencyPerformanceQueryDto, @CurrentActor() actor: Actor): Promise<AgencyPerformanceDto> {
    return this.performance.table(query, actor);
  }

  @Get('meetings/:id/progress')
  @Requires('reports:read')
  @ApiOperation({ summary: "How far a meeting's directives have got: counts by status and deadline status, percent completed" })
  @ApiOkResponse({ type: MeetingProgressDto })
  @ApiProblems(404)
  progress(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: AsOfQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingProgressDto> {
    return this.meetingProgress.progress(id, actor, query.asOf);
  }
}
