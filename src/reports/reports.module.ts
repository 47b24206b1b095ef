import { Module } from '@nestjs/common';
import { DirectivesModule } from '../directives/directives.module.js';
import { AgencyPerformanceService } from './agency-performance.service.js';
import { MeetingProgressService } from './meeting-progress.service.js';
import { OverdueReportService } from './overdue-report.service.js';
import { ReportsController } from './reports.controller.js';

@Module({
  imports: [DirectivesModule],
  controllers: [ReportsController],
  providers: [OverdueReportService, AgencyPerformanceService, MeetingProgressService],
})
export class ReportsModule {}
