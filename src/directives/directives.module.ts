import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CountDirectivesService } from './count-directives.service.js';
import { DirectiveHistoryService } from './directive-history.service.js';
import { DirectiveQueriesService } from './directive-queries.service.js';
import { DirectivesController } from './directives.controller.js';
import { EditDirectiveService } from './edit-directive.service.js';
import { ListDirectivesService } from './list-directives.service.js';
import { IssueDirectiveService } from './issue-directive.service.js';

@Module({
  imports: [NotificationsModule],
  controllers: [DirectivesController],
  providers: [
    DirectiveQueriesService,
    CountDirectivesService,
    ListDirectivesService,
    DirectiveHistoryService,
    IssueDirectiveService,
    EditDirectiveService,
  ],
  exports: [DirectiveQueriesService, NotificationsModule],
})
export class DirectivesModule {}
