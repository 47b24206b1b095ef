import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { DirectivesModule } from '../directives/directives.module.js';
import { DecideExtensionService } from './decide-extension.service.js';
import { ExtensionQueries } from './extension-queries.service.js';
import { ExtensionsController } from './extensions.controller.js';
import { FollowUpController } from './followup.controller.js';
import { ProgressReportQueries } from './progress-report-queries.service.js';
import { ProgressReportsController } from './progress-reports.controller.js';
import { RemindDirectiveService } from './remind-directive.service.js';
import { ReminderQueries } from './reminder-queries.service.js';
import { RemindersController } from './reminders.controller.js';
import { ReportProgressService } from './report-progress.service.js';
import { RequestExtensionService } from './request-extension.service.js';
import { DirectiveTimelineService } from './timeline/directive-timeline.service.js';
import { TimelineController } from './timeline/timeline.controller.js';
import { TransitionDirectiveService } from './transition-directive.service.js';

/** Following a directive until it is done: the workflow, reminders, extensions of the deadline, progress reports and the timeline. */
@Module({
  imports: [DirectivesModule, AttachmentsModule],
  controllers: [FollowUpController, RemindersController, ExtensionsController, ProgressReportsController, TimelineController],
  providers: [
    TransitionDirectiveService,
    RemindDirectiveService,
    ReminderQueries,
    RequestExtensionService,
    DecideExtensionService,
    ExtensionQueries,
    ReportProgressService,
    ProgressReportQueries,
    DirectiveTimelineService,
  ],
})
export class FollowUpModule {}
