import { Module } from '@nestjs/common';
import { DirectivesModule } from '../directives/directives.module.js';
import { DecideExtensionService } from './decide-extension.service.js';
import { ExtensionQueries } from './extension-queries.service.js';
import { ExtensionsController } from './extensions.controller.js';
import { FollowUpController } from './followup.controller.js';
import { RemindDirectiveService } from './remind-directive.service.js';
import { ReminderQueries } from './reminder-queries.service.js';
import { RemindersController } from './reminders.controller.js';
import { RequestExtensionService } from './request-extension.service.js';
import { TransitionDirectiveService } from './transition-directive.service.js';

/** Following a directive until it is done: the workflow, reminders and extensions of the deadline. */
@Module({
  imports: [DirectivesModule],
  controllers: [FollowUpController, RemindersController, ExtensionsController],
  providers: [
    TransitionDirectiveService,
    RemindDirectiveService,
    ReminderQueries,
    RequestExtensionService,
    DecideExtensionService,
    ExtensionQueries,
  ],
})
export class FollowUpModule {}
