import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor.js';
import { CurrentActor, Requires } from '../access/decorators.js';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { Idempotent } from '../idempotency/idempotency.interceptor.js';
import { IfMatchVersion } from '../common/http/if-match.decorator.js';
import { NonEmptyPatch } from '../common/http/non-empty-patch.pipe.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { AttendeesService } from './attendees.service.js';
import { AttendeeInputDto, AttendeeResponseDto, UpdateAttendeeDto } from './dto/attendee.dto.js';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblems(400, 401, 403, 404)
@Controller('meetings/:meetingId/attendees')
export class AttendeesController {
  constructor(private readonly attendees: AttendeesService) {}

  @Post()
  @Idempotent()
  @Requires('meetings:write')
  @HttpCode(201)
  @ApiCreatedResponse({ type: AttendeeResponseDto })
  @ApiProblems(409, 422)
  add(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Body() body: AttendeeInputDto,
    @CurrentActor() actor: Actor,
  ): Promise<AttendeeResponseDto> {
    return this.attendees.addAttendee(meetingId, body, actor);
  }

  @Patch(':attendeeId')
  @Requires('meetings:write')
  @ApiIfMatch()
  @ApiOkResponse({ type: AttendeeResponseDto })
  @ApiProblems(412, 428)
  update(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Param('attendeeId', UuidParamPipe) attendeeId: string,
    @Body(NonEmptyPatch) body: UpdateAttendeeDto,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: Actor,
  ): Promise<AttendeeResponseDto> {
    return this.attendees.updateAttendee(meetingId, attendeeId, body, version, actor);
  }
}
