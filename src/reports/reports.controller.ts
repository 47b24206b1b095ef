import { Controller, Get, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { ApiExportable } from '../exports/api-exportable.js';
import { type ExportTarget, ExportTo } from '../exports/export-format.js';
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
    summary:
      'Open directives past their deadline by lead agency, most days overdue first; agency roles see their own agency only. ?format=xlsx|csv exports every page',
  })
  @ApiExportable(
    OverdueReportDto,
    'JSON: one page grouped by lead agency. With ?format=xlsx|csv (or Accept): every overdue directive, one line each with its lead agency, ' +
      'as a file named in Content-Disposition ("Báo cáo nhiệm vụ quá hạn <asOf>").',
  )
  overdue(
    @Query() query: OverdueQueryDto,
    @CurrentActor() actor: Actor,
    @ExportTo() target: ExportTarget,
  ): Promise<OverdueReportDto | StreamableFile> {
    return this.overdueReport.answer(query, actor, target);
  }

  @Get('reports/agency-performance')
  @Requires('reports:read')
  @ApiOperation({
    summary:
      'The on-time league table of directives due in [from, to], one row per lead agency; agency roles see their own row only. ?format=xlsx|csv exports it',
  })
  @ApiExportable(
    AgencyPerformanceDto,
    'JSON: the table. With ?format=xlsx|csv (or Accept): its rows and the totals row under the official Vietnamese headers, ' +
      'the rate as a percent cell, as a file named in Content-Disposition ("Tỷ lệ hoàn thành đúng hạn <from> đến <to>").',
  )
  @ApiProblems(422)
  agencyPerformance(
    @Query() query: AgencyPerformanceQueryDto,
    @CurrentActor() actor: Actor,
    @ExportTo() target: ExportTarget,
  ): Promise<AgencyPerformanceDto | StreamableFile> {
    return this.performance.answer(query, actor, target);
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
