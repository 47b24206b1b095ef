import { Module } from '@nestjs/common';
import { DirectivesModule } from '../directives/directives.module.js';
import { FollowUpController } from './followup.controller.js';
import { TransitionDirectiveService } from './transition-directive.service.js';

/** Following a directive until it is done: the workflow (and, next, progress, extensions, reminders). */
@Module({
  imports: [DirectivesModule],
  controllers: [FollowUpController],
  providers: [TransitionDirectiveService],
})
export class FollowUpModule {}
