import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { DirectiveResponseDto } from '../directives/dto/directive-response.dto.js';
import { TransitionDto } from './dto/transition.dto.js';
import { TransitionDirectiveService } from './transition-directive.service.js';

@ApiTags('follow-up')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('directives/:id')
export class FollowUpController {
  constructor(private readonly transitions: TransitionDirectiveService) {}

  @Post('transitions')
  @HttpCode(200)
  @Requires('directives:follow_up')
  @ApiIfMatch()
  @ApiOperation({
    summary: 'Move the directive along the workflow (start, submit, confirm, reject, pause, resume, cancel, reopen)',
    description:
      'Who may take which action from which status is the workflow table in the README; the directive lists yours as allowedActions. ' +
      'An action its status does not allow answers 409 with allowedActions.',
  })
  @ApiOkResponse({ type: DirectiveResponseDto })
  @ApiProblems(404, 409, 412, 428)
  transition(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: TransitionDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<DirectiveResponseDto> {
    return this.transitions.transition(id, body, version, actor);
  }
}
