import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../../access/decorators.js';
import type { Actor } from '../../common/actor.js';
import { ApiProblems } from '../../common/http/api-responses.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { DirectiveTimelineService } from './directive-timeline.service.js';
import { DirectiveTimelineDto } from './timeline.dto.js';

@ApiTags('follow-up')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('directives/:id/timeline')
export class TimelineController {
  constructor(private readonly timeline: DirectiveTimelineService) {}

  @Get()
  @Requires('directives:read')
  @ApiOperation({
    summary: 'The story of a directive, oldest first',
    description:
      'Issued, owner and deadline changes, workflow steps with their notes, progress reports and contributions, reminders, ' +
      'extension requests and decisions, reviews by later meetings: ' +
      'who did what, when. Not paged (a directive has tens of events); capped, with `truncated` saying so.',
  })
  @ApiOkResponse({ type: DirectiveTimelineDto })
  get(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<DirectiveTimelineDto> {
    return this.timeline.timelineOf(id, actor);
  }
}
