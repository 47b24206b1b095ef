import { Module } from '@nestjs/common';
import { CalendarFeedQueries } from './calendar-feed-queries.service.js';
import { CalendarFeedsController } from './calendar-feeds.controller.js';
import { CalendarController } from './calendar.controller.js';
import { ManageCalendarFeeds } from './manage-calendar-feeds.service.js';
import { RenderCalendarFeed } from './render-calendar-feed.service.js';

/** Calendar feeds: subscriptions a calendar app polls without signing in (directives as tasks, meetings as events). */
@Module({
  controllers: [CalendarFeedsController, CalendarController],
  providers: [ManageCalendarFeeds, CalendarFeedQueries, RenderCalendarFeed],
})
export class CalendarModule {}
