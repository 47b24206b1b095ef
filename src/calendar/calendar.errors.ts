import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';

export const CalendarError = defineErrors({
  FeedNotFound: ['calendar_feed_not_found', 'not_found'],
  TooManyFeeds: ['too_many_calendar_feeds', 'conflict'],
});

/** Someone else's feed, a revoked one and one that never was answer alike. */
export function feedNotFound(id: string): DomainError {
  return new DomainError(CalendarError.FeedNotFound, `You have no calendar feed ${id}.`);
}

/** The public URL: revoked, unknown, or its owner disabled — a calendar app needs to know no more. */
export function calendarNotFound(): DomainError {
  return new DomainError(CalendarError.FeedNotFound, 'There is no such calendar, or it was revoked.');
}
