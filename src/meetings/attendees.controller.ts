import { Body, Controller, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiIfMatch, ApiProblems } from '../common/http/api-responses.js';
import { expectedVersion, withEtag } from '../common/http/etag.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { AttendeesService } from './attendees.service.js';
import { AttendeeInputDto, AttendeeResponseDto, UpdateAttendeeDto } from './dto/attendee.dto.js';

@ApiTags('meetings')
@ApiProblems(400, 404)
@Controller('meetings/:meetingId/attendees')
export class AttendeesController {
  constructor(private readonly attendees: AttendeesService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: AttendeeResponseDto })
  @ApiProblems(409, 422)
  async add(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Body() body: AttendeeInputDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendeeResponseDto> {
    return withEtag(reply, await this.attendees.addAttendee(meetingId, body));
  }

  @Patch(':attendeeId')
  @ApiIfMatch()
  @ApiOkResponse({ type: AttendeeResponseDto })
  @ApiProblems(412)
  async update(
    @Param('meetingId', UuidParamPipe) meetingId: string,
    @Param('attendeeId', UuidParamPipe) attendeeId: string,
    @Body() body: UpdateAttendeeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendeeResponseDto> {
    return withEtag(reply, await this.attendees.updateAttendee(meetingId, attendeeId, body, expectedVersion(ifMatch)));
  }
}
