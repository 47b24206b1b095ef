import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import type { Page } from '../common/http/pagination.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
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
import { CarryOverQueriesService } from './carry-over-queries.service.js';
import { CarryOverDto, CarryOverQueryDto } from './dto/carry-over.dto.js';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly recorder: RecordMeetingService,
    private readonly editor: EditMeetingService,
    private readonly queries: MeetingQueriesService,
    private readonly carryOvers: CarryOverQueriesService,
  ) {}

  @Post()
  @Idempotent()
  @Requires('meetings:write')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a whole meeting — attendees, speeches, directives — in one transaction (all or nothing)' })
  @ApiCreatedResponse({ type: MeetingResponseDto })
  @ApiProblems(409, 413, 422)
  record(@Body() body: CreateMeetingDto, @CurrentActor() actor: Actor): Promise<MeetingResponseDto> {
    return this.recorder.recordMeeting(body, actor);
  }

  @Get()
  @Requires('meetings:read')
  @ApiOperation({ summary: 'List meetings, most recent first' })
  @ApiOkResponse({ type: MeetingPageDto })
  list(@Query() query: ListMeetingsQueryDto): Promise<Page<MeetingSummaryDto>> {
    return this.queries.listMeetings(query);
  }

  @Get(':id')
  @Requires('meetings:read')
  @ApiOperation({ summary: 'A meeting with its attendees, speeches in order and directives' })
  @ApiOkResponse({ type: MeetingResponseDto })
  @ApiProblems(404)
  get(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<MeetingResponseDto> {
    return this.queries.getMeeting(id, actor);
  }

  @Get(':id/carry-over')
  @Requires('directives:read')
  @ApiOperation({
    summary:
      'What this meeting reviews again: directives of the same organizer’s earlier meetings still open or completed since its previous meeting',
    description:
      'Kiểm điểm việc thực hiện kết luận. Also lists the directives already recorded as reviewed (reviewedDirectiveIds). ' +
      "Deadlines judged as of the meeting's date unless `asOf`; agency users see only their agency's directives. Not paged; capped, with `truncated`.",
  })
  @ApiOkResponse({ type: CarryOverDto })
  @ApiProblems(404)
  carryOver(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: CarryOverQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<CarryOverDto> {
    return this.carryOvers.carryOver(id, actor, query.asOf);
  }

  @Patch(':id')
  @Requires('meetings:write')
  @ApiIfMatch()
  @ApiOkResponse({ type: MeetingResponseDto })
  @ApiProblems(404, 412, 422, 428)
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyPatch) body: UpdateMeetingDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingResponseDto> {
    return this.editor.updateMeeting(id, body, version, actor);
  }
}
