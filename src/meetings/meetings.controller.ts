import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { expectedVersion, withEtag } from '../common/http/etag.js';
import type { Page } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import {
  CreateMeetingDto,
  ListMeetingsQueryDto,
  MeetingPageDto,
  MeetingResponseDto,
  MeetingSummaryDto,
  UpdateMeetingDto,
} from './dto/meeting.dto.js';
import { EditMeetingService } from './edit-meeting.service.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { RecordMeetingService } from './record-meeting.service.js';

@ApiTags('meetings')
@ApiProblems(400)
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly recorder: RecordMeetingService,
    private readonly editor: EditMeetingService,
    private readonly queries: MeetingQueriesService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a whole meeting — attendees, speeches, directives — in one transaction (all or nothing)' })
  @ApiCreatedResponse({ type: MeetingResponseDto })
  @ApiProblems(409, 413, 422)
  async record(@Body() body: CreateMeetingDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingResponseDto> {
    return withEtag(reply, await this.recorder.recordMeeting(body));
  }

  @Get()
  @ApiOperation({ summary: 'List meetings, most recent first' })
  @ApiOkResponse({ type: MeetingPageDto })
  list(@Query() query: ListMeetingsQueryDto): Promise<Page<MeetingSummaryDto>> {
    return this.queries.listMeetings(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A meeting with its attendees, speeches in order and directives' })
  @ApiOkResponse({ type: MeetingResponseDto })
  @ApiProblems(404)
  async get(@Param('id', UuidParamPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingResponseDto> {
    return withEtag(reply, await this.queries.getMeeting(id));
  }

  @Patch(':id')
  @ApiIfMatch()
  @ApiOkResponse({ type: MeetingResponseDto })
  @ApiProblems(404, 412, 422)
  async update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateMeetingDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingResponseDto> {
    return withEtag(reply, await this.editor.updateMeeting(id, body, expectedVersion(ifMatch)));
  }
}
