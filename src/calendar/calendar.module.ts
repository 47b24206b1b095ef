import { Module } from '@nestjs/common';
import { CalendarFeedQueries } from './calendar-feed-queries.service.js';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarController } from './calendar.controller.js';
import { CreateCalendarFeedService } from './create-calendar-feed.service.js';
import { RevokeCalendarFeedService } from './revoke-calendar-feed.service.js';
import { RenderCalendarFeed } from './render-calendar-feed.service.js';

/** Calendar feeds: subscriptions a calendar app polls without signing in (directives as tasks, meetings as events). */
@Module({
  controllers: [CalendarFeedsController, CalendarController],
  providers: [CreateCalendarFeedService, RevokeCalendarFeedService, CalendarFeedQueries, RenderCalendarFeed],
})
export class CalendarModule {}
