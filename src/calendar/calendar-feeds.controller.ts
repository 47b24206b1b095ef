import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CalendarFeedQueries } from './calendar-feed-queries.service.js';
import { CreateCalendarFeedService } from './create-calendar-feed.service.js';
import { RevokeCalendarFeedService } from './revoke-calendar-feed.service.js';
import { CalendarFeedListDto, CreateCalendarFeedDto, CreatedCalendarFeedDto } from './dto/calendar-feed.dto.js';
import { serviceAddress } from './service-address.js';

@ApiTags('calendar')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(
    private readonly creation: CreateCalendarFeedService,
    private readonly revocation: RevokeCalendarFeedService,
    private readonly queries: CalendarFeedQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Not @Idempotent: a replayable answer would keep the secret URL in idempotency_key, in clear.
  // A retried creation makes a second feed; the first, never seen, is revoked from the list.
  @Post()
  @HttpCode(201)
  @Requires('directives:read')
  @ApiOperation({ summary: 'Create a calendar feed of your directives and meetings; its URL (with its secret) is shown this once' })
  @ApiCreatedResponse({ type: CreatedCalendarFeedDto })
  @ApiProblems(400, 409)
  create(
    @Body() body: CreateCalendarFeedDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<CreatedCalendarFeedDto> {
    return this.creation.create(body.scope, actor, serviceAddress(this.config, request));
  }

  @Get()
  @Requires('directives:read')
  @ApiOperation({ summary: 'Your calendar feeds still in force, newest first (without their URLs: only a hash of the secret is kept)' })
  @ApiOkResponse({ type: CalendarFeedListDto })
  list(@CurrentActor() actor: Actor): Promise<CalendarFeedListDto> {
    return this.queries.list(actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @Requires('directives:read')
  @ApiOperation({ summary: 'Revoke one of your calendar feeds: its URL answers 404 from now on' })
  @ApiNoContentResponse()
  @ApiProblems(404)
  revoke(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.revocation.revoke(id, actor);
  }
}
