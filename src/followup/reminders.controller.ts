import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { type Page, PageQueryDto } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { RemindDto, ReminderPageDto, ReminderResponseDto } from './dto/reminder.dto.js';
import { RemindDirectiveService } from './remind-directive.service.js';
import { ReminderQueries } from './reminder-queries.service.js';

@ApiTags('follow-up')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('directives/:id/reminders')
export class RemindersController {
  constructor(
    private readonly reminders: RemindDirectiveService,
    private readonly queries: ReminderQueries,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(201)
  @Requires('directives:remind')
  @ApiOperation({ summary: 'Remind (đôn đốc) the lead agency of a directive; refused (409) once it is completed or cancelled' })
  @ApiCreatedResponse({ type: ReminderResponseDto })
  @ApiProblems(409)
  remind(@Param('id', UuidParamPipe) id: string, @Body() body: RemindDto, @CurrentActor() actor: Actor): Promise<ReminderResponseDto> {
    return this.reminders.remind(id, body, actor);
  }

  @Get()
  @Requires('directives:read')
  @ApiOperation({ summary: 'The reminders of a directive, newest first' })
  @ApiOkResponse({ type: ReminderPageDto })
  list(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: PageQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ReminderResponseDto>> {
    return this.queries.list(id, query, actor);
  }
}
