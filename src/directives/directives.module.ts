import { Module } from '@nestjs/common';
import { DirectiveQueriesService } from './directive-queries.service.js';
import { DirectivesController } from './directives.controller.js';
import { EditDirectiveService } from './edit-directive.service.js';
import { IssueDirectiveService } from './issue-directive.service.js';

@Module({
  controllers: [DirectivesController],
  providers: [DirectiveQueriesService, IssueDirectiveService, EditDirectiveService],
  exports: [DirectiveQueriesService],
})
export class DirectivesModule {}
