import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Requires } from '../access/decorators.js';
import type { Actor } from '../common/actor.js';
import { ApiProblems } from '../common/http/api-responses.js';
import type { Page } from '../common/http/pagination.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import {
  NotificationPageDto,
  NotificationQueryDto,
  NotificationResponseDto,
  ReadAllResponseDto,
  UnreadCountDto,
} from './dto/notification.dto.js';
import { NotificationQueries } from './notification-queries.service.js';
import { ReadNotificationsService } from './read-notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@ApiProblems(400, 401, 403)
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly reading: ReadNotificationsService,
  ) {}

  @Get()
  @Requires('account:self')
  @ApiOperation({ summary: 'Your own notifications, newest first (unread=true: only those not read yet)' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@Query() query: NotificationQueryDto, @CurrentActor() actor: Actor): Promise<Page<NotificationResponseDto>> {
    return this.queries.list(query, actor);
  }

  @Get('unread-count')
  @Requires('account:self')
  @ApiOperation({ summary: 'How many of your notifications are not read yet' })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountDto> {
    return { count: await this.queries.unreadCount(actor) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Requires('account:self')
  @ApiOperation({ summary: 'Mark all your notifications read; answers how many were unread' })
  @ApiOkResponse({ type: ReadAllResponseDto })
  async readAll(@CurrentActor() actor: Actor): Promise<ReadAllResponseDto> {
    return { marked: await this.reading.markAllRead(actor) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Requires('account:self')
  @ApiOperation({ summary: 'Mark one of your notifications read (again: no change); someone else’s is 404' })
  @ApiOkResponse({ type: NotificationResponseDto })
  @ApiProblems(404)
  read(@Param('id', UuidParamPipe) id: string, @CurrentActor() actor: Actor): Promise<NotificationResponseDto> {
    return this.reading.markRead(id, actor);
  }
}
