import { Body, Controller, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { expectedVersion, withEtag } from '../common/http/etag.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { AddSpeechDto, SpeechResponseDto, UpdateSpeechDto } from './dto/speech.dto.js';
import { SpeechesService } from './speeches.service.js';

@ApiTags('meetings')
@ApiProblems(400, 404, 422)
@Controller('meetings/:meetingId/speeches')
export class SpeechesController {
  constructor(private readonly speeches: SpeechesService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Append a speech, or insert it at `position` and renumber the ones after' })
  @ApiCreatedResponse({ type: SpeechResponseDto })
  async add(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Body() body: AddSpeechDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SpeechResponseDto> {
    return withEtag(reply, await this.speeches.addSpeech(meetingId, body));
  }

  @Patch(':speechId')
  @ApiIfMatch()
  @ApiOperation({ summary: 'Edit a speech; a new `position` moves it and renumbers the speeches in between' })
  @ApiOkResponse({ type: SpeechResponseDto })
  @ApiProblems(412)
  async update(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Param('speechId', UuidParamPipe) speechId: string,
    @Body() body: UpdateSpeechDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SpeechResponseDto> {
    return withEtag(reply, await this.speeches.updateSpeech(meetingId, speechId, body, expectedVersion(ifMatch)));
  }
}
