import { Controller, Get, Headers, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../access/decorators.js';
import { ApiProblems } from '../common/http/api-responses.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RenderCalendarFeed } from './render-calendar-feed.service.js';
import { serviceAddress } from './service-address.js';

/**
 * The feed a calendar app polls, without signing in. It stays under /api/v1 like every route
 * (one prefix for the proxy to forward): the secret in the path is the
 * credential, since calendar apps cannot send a bearer token.
 */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: RenderCalendarFeed,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':file')
  @Public()
  @ApiOperation({
    summary: 'A calendar feed (iCalendar): directives as tasks (VTODO), meetings as events (VEVENT). No sign-in: the secret is the key',
  })
  @ApiProduces('text/calendar')
  @ApiResponse({ status: 200, description: 'The calendar, `text/calendar; charset=utf-8`, with an ETag' })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag sent in If-None-Match' })
  @ApiProblems(404)
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    const rendered = await this.feeds.render(file, serviceAddress(this.config, request), ifNoneMatch);
    // The URL is a credential: no shared cache may keep the answer.
    void reply.header('etag', rendered.etag).header('cache-control', 'private, no-cache').header('referrer-policy', 'no-referrer');
    if (rendered.kind === 'not_modified') {
      void reply.status(304);
      return undefined;
    }
    void reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="chidao.ics"');
    return rendered.body;
  }
}
