import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { AddSpeechDto, SpeechResponseDto, UpdateSpeechDto } from './dto/speech.dto.js';
import { SpeechesService } from './speeches.service.js';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404, 422)
@Controller('meetings/:meetingId/speeches')
export class SpeechesController {
  constructor(private readonly speeches: SpeechesService) {}

  @Post()
  @Idempotent()
  @Requires('meetings:write')
  @HttpCode(201)
  @ApiOperation({ summary: 'Append a speech, or insert it at `position` and renumber the ones after' })
  @ApiCreatedResponse({ type: SpeechResponseDto })
  add(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Body() body: AddSpeechDto,
    @CurrentActor() actor: Actor,
  ): Promise<SpeechResponseDto> {
    return this.speeches.addSpeech(meetingId, body, actor);
  }

  @Patch(':speechId')
  @Requires('meetings:write')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Edit a speech; a new `position` moves it and renumbers the speeches in between' })
  @ApiOkResponse({ type: SpeechResponseDto })
  @ApiProblems(412, 428)
  update(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Param('speechId', UuidParamPipe) speechId: string,
    @Body(NonEmptyPatch) body: UpdateSpeechDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<SpeechResponseDto> {
    return this.speeches.updateSpeech(meetingId, speechId, body, version, actor);
  }
}
