import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { DirectivesModule } from '../directives/directives.module.js';
import { FollowUpController } from './followup.controller.js';
import { RemindDirectiveService } from './remind-directive.service.js';
import { ReminderQueries } from './reminder-queries.service.js';
import { RemindersController } from './reminders.controller.js';
import { TransitionDirectiveService } from './transition-directive.service.js';

/** Following a directive until it is done: the workflow and reminders (and, next, progress and extensions). */
@Module({
  imports: [DirectivesModule, AttachmentsModule],
  controllers: [FollowUpController, RemindersController],
  providers: [TransitionDirectiveService, RemindDirectiveService, ReminderQueries],
})
export class FollowUpModule {}
