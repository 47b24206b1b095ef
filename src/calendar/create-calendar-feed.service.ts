import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../common/actor.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Clock } from '../common/time/clock.js';
import { runInTransaction } from '../database/transaction.js';
import { CalendarFeed, type FeedScope } from './calendar-feed.entity.js';
import { CalendarError } from './calendar.errors.js';
import { CalendarFeedQueries } from './calendar-feed-queries.service.js';
import type { CreatedCalendarFeedDto } from './dto/calendar-feed.dto.js';
import { feedPath, hashFeedSecret, newFeedSecret } from './feed-secret.js';

/** Enough for a phone, a desk calendar and a few shared ones; a list that stays short needs no paging. */
export const MAX_ACTIVE_FEEDS = 20;

/**
 * Creates one of the caller's calendar feeds. Audited: a feed is a standing
 * read access that works without signing in. The secret is in the answer
 * only; the audit entry leaves even its hash out.
 */
@Injectable()
export class CreateCalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly queries: CalendarFeedQueries,
    private readonly clock: Clock,
  ) {}

  async create(scope: FeedScope, actor: Actor, address: string): Promise<CreatedCalendarFeedDto> {
    const secret = newFeedSecret();
    const feed = await runInTransaction(this.dataSource, async (em) => {
      // One at a time per user, so two parallel creations cannot both pass the count.
      await em.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [actor.userId]);
      const [{ count }] = (await em.query('SELECT count(*)::int AS count FROM calendar_feed WHERE user_id = $1 AND revoked_at IS NULL', [
        actor.userId,
      ])) as [{ count: number }];
      if (count >= MAX_ACTIVE_FEEDS) {
        throw new DomainError(
          CalendarError.TooManyFeeds,
          `You have ${MAX_ACTIVE_FEEDS} calendar feeds already: revoke one you no longer use first.`,
        );
      }
      const id = await this.writes.insert(em, actor, {
        entity: CalendarFeed,
        values: { userId: actor.userId, scope, secretHash: hashFeedSecret(secret), createdAt: this.clock.now() },
        action: 'calendar_feed.create',
      });
      return this.queries.get(em, id);
    });
    return { ...feed, url: `${address}${feedPath(secret)}` };
  }
}
